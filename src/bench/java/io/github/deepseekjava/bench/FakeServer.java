package io.github.deepseekjava.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake DeepSeek server: JDK {@link HttpServer} on 127.0.0.1 with TCP_NODELAY and a fixed thread pool.
 * It serves the seed chat response ({@code POST .../chat/completions}), the {@value Fixtures#STREAM_CHUNKS}-chunk
 * stream or the paced stream (when the body has {@code "stream":true}; the prompt picks which), the seed FIM
 * response ({@code POST .../completions}), models and balance. {@code GET /bench/peak} reports (and resets)
 * the largest number of paced streams served at once.
 *
 * <p>{@link BenchMain} runs it in its own JVM ({@link #main}); a benchmark run without {@code -Dbench.baseUrl}
 * starts one in-process on its own threads instead.
 */
public final class FakeServer implements AutoCloseable {
  /** Enough handler threads for 256 concurrent paced streams plus headroom. */
  public static final int DEFAULT_THREADS = 320;

  private final HttpServer server;
  private final ExecutorService pool;
  private final Fixtures fixtures;
  private final AtomicInteger pacedActive = new AtomicInteger();
  private final AtomicInteger pacedPeak = new AtomicInteger();

  private FakeServer(Fixtures fixtures, int port, int threads) throws IOException {
    this.fixtures = fixtures;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fake-server");
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server; sets {@code sun.net.httpserver.nodelay=true} first unless it is already set. */
  public static FakeServer start(Fixtures fixtures, int port, int threads) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    return new FakeServer(fixtures, port, threads);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String route = exchange.getRequestURI().getPath();
      if (route.endsWith("/files")) {
        long read = Fixtures.drain(exchange.getRequestBody());
        json(exchange, ("{\"id\":\"file-api-bench\",\"object\":\"file\",\"bytes\":" + read
            + ",\"created_at\":1795000100,\"filename\":\"bench.bin\",\"purpose\":\"user_data\","
            + "\"status\":\"processed\"}").getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (route.endsWith("/v1/tools/tts") || route.endsWith("/audio/speech")) {
        Fixtures.drain(exchange.getRequestBody());
        audio(exchange);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().getPath();
      if (path.endsWith("/chat/completions")) {
        String request = new String(body, StandardCharsets.UTF_8);
        if (request.contains("\"stream\":true")) {
          if (request.contains(Fixtures.PACED_PROMPT)) {
            paced(exchange);
          } else {
            stream(exchange);
          }
        } else {
          json(exchange, fixtures.chat);
        }
      } else if (path.endsWith("/completions")) {
        json(exchange, fixtures.fim);
      } else if (path.endsWith("/models")) {
        json(exchange, fixtures.models);
      } else if (path.endsWith("/user/balance")) {
        json(exchange, fixtures.balance);
      } else if (path.equals("/bench/peak")) {
        json(exchange, Integer.toString(pacedPeak.getAndSet(0)).getBytes(StandardCharsets.UTF_8));
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    } finally {
      exchange.close();
    }
  }

  private static void json(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-ds-trace-id", "bench-trace");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@link Fixtures#TRANSFER_BYTES} of audio, written from one reused buffer. */
  private static void audio(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "audio/wav");
    exchange.getResponseHeaders().set("x-ds-trace-id", "bench-trace");
    exchange.sendResponseHeaders(200, Fixtures.TRANSFER_BYTES);
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = exchange.getResponseBody()) {
      for (long sent = 0; sent < Fixtures.TRANSFER_BYTES; sent += block.length) {
        out.write(block, 0, (int) Math.min(block.length, Fixtures.TRANSFER_BYTES - sent));
      }
    }
  }

  private void stream(HttpExchange exchange) throws IOException {
    sseHeaders(exchange);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(fixtures.stream);
    }
  }

  private void paced(HttpExchange exchange) throws IOException {
    int active = pacedActive.incrementAndGet();
    pacedPeak.accumulateAndGet(active, Math::max);
    try {
      sseHeaders(exchange);
      try (OutputStream out = exchange.getResponseBody()) {
        out.flush();
        for (byte[] event : fixtures.pacedEvents) {
          sleep(Fixtures.PACED_DELAY_MS);
          out.write(event);
          out.flush();
        }
      }
    } finally {
      pacedActive.decrementAndGet();
    }
  }

  private static void sseHeaders(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.getResponseHeaders().set("x-ds-trace-id", "bench-trace");
    exchange.sendResponseHeaders(200, 0);
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs the server in this JVM until standard input closes (so it ends with the process that started it).
   * Prints {@code LISTENING <base url>} once it accepts connections. Arguments: [port [threads]].
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_THREADS;
    try (FakeServer server = start(Fixtures.load(), port, threads)) {
      System.out.println("LISTENING " + server.baseUrl());
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the parent to close our stdin (or die)
      }
    }
    System.exit(0);
  }
}
