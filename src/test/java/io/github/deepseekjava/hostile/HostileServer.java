package io.github.deepseekjava.hostile;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An HTTP/1.1 server on a raw {@link ServerSocket} bound to 127.0.0.1 (optionally TLS), for tests
 * where the bytes on the wire must be exact (what a hostile or broken server sends, not what a
 * well-behaved HTTP library would). Connection number {@code n} gets reply {@code n} of the script (the last reply
 * repeats), written byte for byte; the connection is then closed. It records each request, counts
 * the bytes it managed to write, and notes when a client closed a connection the reply kept open.
 */
final class HostileServer implements AutoCloseable {
  /** Writes one connection's reply; returning closes the connection. */
  @FunctionalInterface
  interface Reply {
    void write(Connection connection) throws IOException;
  }

  /** A request as it arrived. Header names are lower case. */
  static final class Received {
    final String method;
    final String path;
    final Map<String, String> headers;
    final String body;

    Received(String method, String path, Map<String, String> headers, String body) {
      this.method = method;
      this.path = path;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** One accepted connection, its request read. */
  final class Connection {
    final Received request;
    private final Socket socket;
    private final InputStream in;
    final OutputStream out;

    Connection(Socket socket, InputStream in, Received request) throws IOException {
      this.socket = socket;
      this.in = in;
      this.request = request;
      this.out = new FilterOutputStream(socket.getOutputStream()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          bytesSent.addAndGet(len);
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          bytesSent.incrementAndGet();
        }
      };
    }

    void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    /** Writes {@code fill} until {@code total} bytes were written or the client stopped reading (closed). */
    void writeRepeated(byte fill, long total) throws IOException {
      byte[] block = new byte[16 * 1024];
      Arrays.fill(block, fill);
      for (long left = total; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
      out.flush();
    }

    /** Keeps the connection open, sending nothing, until the client closes it (or 10 s pass). */
    void holdUntilClientCloses() throws IOException {
      out.flush();
      socket.setSoTimeout(10_000);
      while (in.read() != -1) {
        // a client sends nothing more on this connection; drain until it closes
      }
      clientClosed.complete(System.nanoTime());
    }
  }

  private final ServerSocket server;
  private final boolean tls;
  private final List<Reply> script;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong bytesSent = new AtomicLong();
  private final CompletableFuture<Long> clientClosed = new CompletableFuture<>();
  private final Thread acceptor;
  private static SSLContext tlsContext;

  private HostileServer(List<Reply> script, boolean tls) throws IOException {
    this.script = script;
    this.tls = tls;
    this.server = tls
        ? tlsContext().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))
        : new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    this.acceptor = new Thread(this::acceptLoop, "hostile-server-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server answering connection {@code n} with {@code replies[n]} (the last one repeats). */
  static HostileServer start(Reply... replies) throws IOException {
    return new HostileServer(Arrays.asList(replies), false);
  }

  /**
   * The same over TLS, with WireMock's self-signed certificate for {@code localhost} (its test
   * keystore), so clients must trust any certificate.
   */
  static HostileServer startTls(Reply... replies) throws IOException {
    return new HostileServer(Arrays.asList(replies), true);
  }

  /** {@code http://127.0.0.1:port}, or {@code https://localhost:port} over TLS. */
  String url() {
    return tls ? "https://localhost:" + server.getLocalPort() : "http://127.0.0.1:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The requests received so far, in order. */
  List<Received> requests() {
    synchronized (received) {
      return new ArrayList<>(received);
    }
  }

  /** Connections accepted so far (also those whose request never completed). */
  int connections() {
    return connections.get();
  }

  /** Bytes written to clients so far, over all connections. */
  long bytesSent() {
    return bytesSent.get();
  }

  /**
   * Milliseconds from {@code sinceNanos} until a client closed a connection that a reply kept open
   * (or stopped reading one that a reply was writing); fails after {@code waitMillis}.
   */
  long millisUntilClientClosed(long sinceNanos, long waitMillis) throws Exception {
    long closedAt = clientClosed.get(waitMillis, TimeUnit.MILLISECONDS);
    return TimeUnit.NANOSECONDS.toMillis(closedAt - sinceNanos);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private static synchronized SSLContext tlsContext() throws IOException {
    if (tlsContext == null) {
      try (InputStream keystore = WireMockServer.class.getResourceAsStream("/keystore")) {
        KeyStore keys = KeyStore.getInstance("JKS");
        keys.load(keystore, "password".toCharArray());
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "password".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        tlsContext = context;
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
    }
    return tlsContext;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return;
      }
      Reply reply = script.get(Math.min(connections.getAndIncrement(), script.size() - 1));
      Thread handler = new Thread(() -> serve(socket, reply), "hostile-connection");
      handler.setDaemon(true);
      handler.start();
    }
  }

  private void serve(Socket socket, Reply reply) {
    try (Socket s = socket) {
      s.setSoTimeout(10_000);
      InputStream in = new BufferedInputStream(s.getInputStream());
      Received request = readRequest(in);
      if (request == null) {
        return;
      }
      received.add(request);
      Connection connection = new Connection(s, in, request);
      reply.write(connection);
      connection.out.flush();
    } catch (SocketException e) {
      clientClosed.complete(System.nanoTime()); // the client closed while the reply was writing
    } catch (IOException e) {
      // the client went away in another way (timeout, reset): nothing more to do
    }
  }

  private static Received readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (headers.containsKey("content-length")) {
      copy(in, body, Long.parseLong(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (long size; (size = Long.parseLong(readLine(in).trim(), 16)) > 0; readLine(in)) {
        copy(in, body, size);
      }
      readLine(in);
    }
    String[] parts = requestLine.split(" ");
    return new Received(parts[0], parts[1], headers, body.toString(StandardCharsets.UTF_8));
  }

  private static void copy(InputStream in, OutputStream out, long count) throws IOException {
    for (long i = 0; i < count; i++) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("request body ended early");
      }
      out.write(b);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b == -1) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
