package io.github.deepseekjava;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 that gives each request to a script, byte for byte, and notices when the
 * client closes the connection: for what WireMock cannot show (a pooled connection's reuse, the
 * moment a cancelled call's socket closes).
 */
final class RawSocketServer implements AutoCloseable {
  /** What to do with the connection after a response. */
  enum Then {
    /** Read the next request from it. */
    KEEP_OPEN,
    /** Close it. */
    CLOSE,
    /** Send nothing more; wait until the client closes it. */
    HOLD
  }

  /** Handles one request read from a connection. */
  interface Script {
    Then respond(int requestNumber, String requestHead, OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final Script script;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Long> closedAtNanos = new LinkedBlockingQueue<>();
  private final Thread acceptor;

  RawSocketServer(Script script) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    this.script = script;
    this.acceptor = new Thread(this::acceptLoop, "raw-socket-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The request lines received so far, e.g. {@code POST /chat/completions HTTP/1.1}. */
  List<String> requests() {
    return requests;
  }

  /** Waits up to {@code millis} for a connection to be closed by the client; returns when, or null. */
  Long awaitClientClose(long millis) throws InterruptedException {
    return closedAtNanos.poll(millis, TimeUnit.MILLISECONDS);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        Thread handler = new Thread(() -> serve(connection), "raw-socket-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (Socket c = connection) {
      InputStream in = c.getInputStream();
      OutputStream out = c.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          closedAtNanos.add(System.nanoTime());
          return;
        }
        requests.add(head.substring(0, head.indexOf("\r\n")));
        skipBody(in, head);
        Then then = script.respond(requests.size(), head, out);
        out.flush();
        if (then == Then.CLOSE) {
          return;
        }
        if (then == Then.HOLD) {
          while (in.read() != -1) {
            // discard until the client closes
          }
          closedAtNanos.add(System.nanoTime());
          return;
        }
      }
    } catch (IOException e) {
      closedAtNanos.add(System.nanoTime());
    }
  }

  /** Reads until the blank line ending the head; null when the client closed the connection. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      String text = head.toString("ISO-8859-1");
      if (text.endsWith("\r\n\r\n")) {
        return text;
      }
    }
    return null;
  }

  private static void skipBody(InputStream in, String head) throws IOException {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        long length = Long.parseLong(line.substring(15).trim());
        for (long i = 0; i < length; i++) {
          if (in.read() == -1) {
            return;
          }
        }
      }
    }
  }

  /** Writes a complete response with a body and {@code Content-Length}. */
  static void writeResponse(OutputStream out, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  /** Writes the head of an event stream whose body follows as the script writes it. */
  static void writeStreamHead(OutputStream out) throws IOException {
    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
