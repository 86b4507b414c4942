package io.github.deepseekjava.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The fake server's base URL: {@code -Dbench.baseUrl} (the own-JVM server {@link BenchMain} starts), else one started in-process. */
final class Servers {
  private static FakeServer inProcess;

  private Servers() {
  }

  static synchronized String baseUrl() {
    String url = System.getProperty("bench.baseUrl");
    if (url != null && !url.isEmpty()) {
      return url;
    }
    if (inProcess == null) {
      try {
        inProcess = FakeServer.start(Fixtures.load(), 0, FakeServer.DEFAULT_THREADS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.err.println("bench: no -Dbench.baseUrl, started an in-process fake server at " + inProcess.baseUrl()
          + " (its allocations count in -prof gc; prefer BenchMain, which runs it in its own JVM)");
    }
    return inProcess.baseUrl();
  }
}
