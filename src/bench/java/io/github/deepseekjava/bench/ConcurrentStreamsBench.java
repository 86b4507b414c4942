package io.github.deepseekjava.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time for {@code streams} paced streams started at once on ONE client ({@value Fixtures#PACED_CHUNKS}
 * chunks + [DONE], one every {@value Fixtures#PACED_DELAY_MS} ms, so one stream alone takes ~220 ms). If the
 * client queued requests (OkHttp's default dispatcher allows 5 per host), 256 streams would take a multiple of
 * that. {@code sync}: the blocking streaming API on 256 prestarted threads; {@code async}: the client's own
 * asynchronous streaming API. The server records how many paced streams it served at once (peak-*.txt).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = 1)
@Measurement(iterations = 8, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ConcurrentStreamsBench {

  @State(Scope.Benchmark)
  public static class Load {
    @Param({Clients.DEEPSEEK, Clients.OPENAI, Clients.RAW})
    public String client;

    @Param({"sync", "async"})
    public String mode;

    @Param({"256"})
    public int streams;

    BenchClient bench;
    ExecutorService threads;
    long expected;
    String baseUrl;
    int minPeak = Integer.MAX_VALUE;
    int maxPeak;

    @Setup(Level.Trial)
    public void setUp() {
      baseUrl = Servers.baseUrl();
      expected = Fixtures.load().expectedPaced;
      bench = Clients.create(client, baseUrl);
      ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(streams);
      pool.prestartAllCoreThreads();
      threads = pool;
      long sum = bench.stream(Fixtures.PACED_PROMPT);
      if (sum != expected) {
        throw new IllegalStateException(client + " paced stream checksum " + sum + " != " + expected);
      }
      peak();
    }

    @TearDown(Level.Iteration)
    public void recordPeak() {
      int peak = peak();
      minPeak = Math.min(minPeak, peak);
      maxPeak = Math.max(maxPeak, peak);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      threads.shutdownNow();
      bench.close();
      String out = System.getProperty("bench.out");
      if (out != null) {
        Path dir = Paths.get(out);
        Files.createDirectories(dir);
        Files.write(dir.resolve("peak-" + client + "-" + mode + "-" + streams + ".txt"),
            (minPeak + " " + maxPeak + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }

    /** The server's peak number of paced streams served at once since the last call. */
    int peak() {
      try {
        HttpURLConnection c = (HttpURLConnection) new URL(baseUrl + "/bench/peak").openConnection();
        try (InputStream in = c.getInputStream()) {
          return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } finally {
          c.disconnect();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Benchmark
  public long streams(Load load) {
    List<CompletableFuture<Long>> all = new ArrayList<>(load.streams);
    boolean sync = load.mode.equals("sync");
    for (int i = 0; i < load.streams; i++) {
      all.add(sync
          ? CompletableFuture.supplyAsync(() -> load.bench.stream(Fixtures.PACED_PROMPT), load.threads)
          : load.bench.streamAsync(Fixtures.PACED_PROMPT));
    }
    long total = 0;
    for (CompletableFuture<Long> f : all) {
      long sum = f.join();
      if (sum != load.expected) {
        throw new IllegalStateException(load.client + " paced stream checksum " + sum + " != " + load.expected);
      }
      total += sum;
    }
    return total;
  }
}
