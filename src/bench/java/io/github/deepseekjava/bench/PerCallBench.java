package io.github.deepseekjava.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call figures over HTTP on one keep-alive connection, one calling thread: non-streaming chat (seed chat
 * response), streaming chat ({@value Fixtures#STREAM_CHUNKS} chunks, reported per chunk) and FIM (seed FIM
 * response with its large logprobs body). Every result is checked against the expected checksum.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PerCallBench {
  @Benchmark
  public long chat(ClientState s) {
    long sum = s.bench.chat();
    if (sum != s.fixtures.expectedChat) {
      s.check("chat", sum, s.fixtures.expectedChat);
    }
    return sum;
  }

  /** Ops are chunks: the score is chunks/s and gc.alloc.rate.norm is bytes per chunk. */
  @Benchmark
  @OperationsPerInvocation(Fixtures.STREAM_CHUNKS)
  public long stream(ClientState s) {
    long sum = s.bench.stream(Fixtures.STREAM_PROMPT);
    if (sum != s.fixtures.expectedStream) {
      s.check("stream", sum, s.fixtures.expectedStream);
    }
    return sum;
  }

  @Benchmark
  public long fim(ClientState s) {
    long sum = s.bench.fim();
    if (sum != s.fixtures.expectedFim) {
      s.check("fim", sum, s.fixtures.expectedFim);
    }
    return sum;
  }

  /** The FIM body parsed from memory by each client's own deserializer: parse time without HTTP. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long fimParse(ClientState s) {
    long sum = s.bench.parseFim(s.fixtures.fim);
    if (sum != s.fixtures.expectedFim) {
      s.check("fimParse", sum, s.fixtures.expectedFim);
    }
    return sum;
  }
}
