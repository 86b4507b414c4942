package io.github.deepseekjava.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Large bodies over HTTP: a {@value Fixtures#TRANSFER_MIB} MiB file uploaded through the Files API
 * (multipart) and {@value Fixtures#TRANSFER_MIB} MiB of TTS audio read to the end. An operation is one
 * MiB, so the score is ms per MiB and gc.alloc.rate.norm is bytes allocated per MiB moved.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TransferBench {
  /** One client and a random-content file per trial, checked once before measuring. */
  @State(Scope.Benchmark)
  public static class TransferState {
    @Param({Clients.DEEPSEEK, Clients.OPENAI, Clients.RAW})
    public String client;

    BenchClient bench;
    Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = Files.createTempFile("bench-upload", ".bin");
      byte[] block = new byte[1 << 20];
      try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
        for (int i = 0; i < Fixtures.TRANSFER_MIB; i++) {
          ThreadLocalRandom.current().nextBytes(block);
          out.write(block);
        }
      }
      bench = Clients.create(client, Servers.baseUrl());
      long uploaded = bench.upload(file);
      if (uploaded < Fixtures.TRANSFER_BYTES || uploaded > Fixtures.TRANSFER_BYTES + 4096) {
        throw new IllegalStateException(client + " upload: the server read " + uploaded + " bytes");
      }
      if (bench.tts() != Fixtures.TRANSFER_BYTES) {
        throw new IllegalStateException(client + " tts: wrong audio length");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      bench.close();
      Files.deleteIfExists(file);
    }
  }

  @Benchmark
  @OperationsPerInvocation(Fixtures.TRANSFER_MIB)
  public long upload(TransferState s) {
    return s.bench.upload(s.file);
  }

  @Benchmark
  @OperationsPerInvocation(Fixtures.TRANSFER_MIB)
  public long tts(TransferState s) {
    return s.bench.tts();
  }
}
