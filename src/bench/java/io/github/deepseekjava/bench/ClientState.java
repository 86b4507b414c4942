package io.github.deepseekjava.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One client per trial, checked once against every expected checksum before measuring. */
@State(Scope.Benchmark)
public class ClientState {
  @Param({Clients.DEEPSEEK, Clients.OPENAI, Clients.RAW})
  public String client;

  public BenchClient bench;
  public Fixtures fixtures;

  @Setup(Level.Trial)
  public void setUp() {
    fixtures = Fixtures.load();
    bench = Clients.create(client, Servers.baseUrl());
    check("chat", bench.chat(), fixtures.expectedChat);
    check("stream", bench.stream(Fixtures.STREAM_PROMPT), fixtures.expectedStream);
    check("fim", bench.fim(), fixtures.expectedFim);
    check("parseFim", bench.parseFim(fixtures.fim), fixtures.expectedFim);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    bench.close();
  }

  void check(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(client + " " + what + " checksum " + actual + " != expected " + expected);
    }
  }
}
