package io.github.deepseekjava;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket server on 127.0.0.1, frame by frame (RFC 6455, no extensions), for the text-to-speech
 * session: each connection's handshake and frames go to a script, which may also misbehave (refuse
 * the upgrade, cut a frame in half, never answer). WireMock and the fake server cannot upgrade.
 */
final class WebSocketTestServer implements AutoCloseable {
  /** Handles one connection; the handshake request was read, nothing was answered yet. */
  interface Script {
    void run(Connection connection) throws IOException, InterruptedException;
  }

  /** A frame the client sent. */
  static final class Frame {
    final int opcode;
    final byte[] payload;

    Frame(int opcode, byte[] payload) {
      this.opcode = opcode;
      this.payload = payload;
    }

    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** The status code of a close frame. */
    int closeCode() {
      return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
    }
  }

  static final int TEXT = 1;
  static final int BINARY = 2;
  static final int CLOSE = 8;

  private final ServerSocket socket;
  private final BlockingQueue<Script> scripts = new LinkedBlockingQueue<>();
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Throwable> scriptFailures = new LinkedBlockingQueue<>();

  WebSocketTestServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(this::acceptLoop, "websocket-test-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The script for the next connection (in order). */
  WebSocketTestServer enqueue(Script script) {
    scripts.add(script);
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  List<Connection> connections() {
    return connections;
  }

  /** A script's own failure (an assertion in it, or an unexpected frame), or null. */
  Throwable scriptFailure() {
    return scriptFailures.peek();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket accepted = socket.accept();
        accepted.setSoTimeout(20_000); // a test never waits longer for a frame
        Thread handler = new Thread(() -> serve(accepted), "websocket-test-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket accepted) {
    try (Socket s = accepted) {
      Connection connection = new Connection(s);
      connection.readHandshake();
      connections.add(connection);
      Script script = scripts.poll(5, TimeUnit.SECONDS);
      if (script == null) {
        connection.refuse(500, "", "no script");
        return;
      }
      try {
        script.run(connection);
      } finally {
        connection.done.countDown();
      }
    } catch (Throwable e) {
      scriptFailures.add(e);
    }
  }

  /** Waits up to 10 s for connection number {@code index} (0-based) to arrive. */
  Connection connection(int index) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (connections.size() <= index && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    return connections.get(index);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** One client connection. */
  static final class Connection {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    String requestLine;
    final Map<String, String> headers = new LinkedHashMap<>();
    /** The text frames received, in order. */
    final List<String> texts = new CopyOnWriteArrayList<>();
    /** The close frame received, when one was. */
    volatile Frame closeFrame;
    /** True once the client closed the TCP connection (read returned end of stream or failed). */
    volatile boolean clientGone;
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

    /** Waits up to 10 s for the script of this connection to end; false if it did not. */
    boolean awaitScript() throws InterruptedException {
      return done.await(10, TimeUnit.SECONDS);
    }

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new DataInputStream(socket.getInputStream());
      this.out = socket.getOutputStream();
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The request target, e.g. {@code /v1/tools/tts?voice_id=tide}. */
    String target() {
      return requestLine.split(" ")[1];
    }

    void readHandshake() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          throw new EOFException("handshake cut");
        }
        head.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String[] lines = head.toString("UTF-8").split("\r\n");
      requestLine = lines[0];
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
      }
    }

    /** Answers with {@code status} instead of 101; {@code extraHeaders} are CRLF-terminated lines. */
    void refuse(int status, String extraHeaders, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 " + status + " Refused\r\nContent-Type: application/json\r\nContent-Length: "
          + bytes.length + "\r\nConnection: close\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
    }

    /** Completes the upgrade. */
    void accept(String extraHeaders) throws IOException {
      String key = header("Sec-WebSocket-Key");
      String acceptKey;
      try {
        acceptKey = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
            .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
      out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Accept: " + acceptKey + "\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    /** The next frame from the client (unmasked); text frames are also kept in {@link #texts}. */
    Frame readFrame() throws IOException {
      int b0 = in.readUnsignedByte();
      int b1 = in.readUnsignedByte();
      if ((b0 & 0x80) == 0) {
        throw new IOException("fragmented frames are not expected from the client");
      }
      long length = b1 & 0x7f;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] mask = new byte[4];
      if ((b1 & 0x80) == 0) {
        throw new IOException("a client frame must be masked");
      }
      in.readFully(mask);
      byte[] payload = new byte[(int) length];
      in.readFully(payload);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i % 4];
      }
      Frame frame = new Frame(b0 & 0x0f, payload);
      if (frame.opcode == TEXT) {
        texts.add(frame.text());
      } else if (frame.opcode == CLOSE) {
        closeFrame = frame;
      }
      return frame;
    }

    /** Reads text frames until one equals {@code text}. */
    void readTextsUntil(String text) throws IOException {
      while (true) {
        Frame frame = readFrame();
        if (frame.opcode == TEXT && frame.text().equals(text)) {
          return;
        }
      }
    }

    void sendText(String text) throws IOException {
      writeFrame(TEXT, text.getBytes(StandardCharsets.UTF_8), true);
    }

    void sendBinary(byte[] audio) throws IOException {
      writeFrame(BINARY, audio, true);
    }

    void sendClose(int code, String reason) throws IOException {
      byte[] text = reason.getBytes(StandardCharsets.UTF_8);
      byte[] payload = new byte[2 + text.length];
      payload[0] = (byte) (code >> 8);
      payload[1] = (byte) code;
      System.arraycopy(text, 0, payload, 2, text.length);
      writeFrame(CLOSE, payload, true);
    }

    /** Sends the header and half the payload of a binary frame, then drops the connection. */
    void sendHalfFrameAndCut(byte[] audio) throws IOException {
      writeHeader(BINARY, audio.length);
      out.write(audio, 0, audio.length / 2);
      out.flush();
      socket.close();
    }

    private void writeFrame(int opcode, byte[] payload, boolean flush) throws IOException {
      writeHeader(opcode, payload.length);
      out.write(payload);
      if (flush) {
        out.flush();
      }
    }

    private void writeHeader(int opcode, int length) throws IOException {
      out.write(0x80 | opcode);
      if (length < 126) {
        out.write(length);
      } else if (length <= 0xffff) {
        out.write(126);
        out.write(length >> 8);
        out.write(length);
      } else {
        out.write(127);
        for (int shift = 56; shift >= 0; shift -= 8) {
          out.write((int) ((long) length >> shift));
        }
      }
    }

    /** Reads frames until the client closes the connection; returns how it ended. */
    void readUntilClientGone() {
      try {
        while (true) {
          readFrame();
        }
      } catch (java.net.SocketTimeoutException e) {
        clientGone = false; // the client kept the connection open
      } catch (IOException e) {
        clientGone = true;
      }
    }

    /** Answers a close frame the client sent with one of its own. */
    void answerClose() throws IOException {
      sendClose(1000, "");
    }

    InputStream input() {
      return in;
    }
  }
}
