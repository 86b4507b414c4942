package io.github.deepseekjava.internal;

import java.time.Duration;

/** Durations as people read them in messages. */
final class Durations {
  private Durations() {
  }

  /** {@code "30 s"}, {@code "250 ms"}, {@code "10 min"}. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 60_000 == 0 && millis >= 60_000) {
      return (millis / 60_000) + " min";
    }
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }

  static String describeMillis(long millis) {
    return describe(Duration.ofMillis(millis));
  }
}
