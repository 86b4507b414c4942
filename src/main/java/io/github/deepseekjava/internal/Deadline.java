package io.github.deepseekjava.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okio.AsyncTimeout;

/**
 * The overall deadline of one call across its attempts and backoff waits. While an attempt runs it
 * is watched: when the deadline passes, the attempt's HTTP call is cancelled. A plain call is
 * watched until its body is read; a stream until its first chunk, so the deadline never cuts a
 * long answer.
 */
final class Deadline {
  private final Duration timeout;
  private final long endNanos;
  /** Created by the first {@link #watch}; null without a deadline. */
  private Watchdog watchdog;
  private volatile boolean fired;

  Deadline(Duration timeout) {
    this.timeout = timeout;
    this.endNanos = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
  }

  /** Cancels {@code call} when the deadline passes, until {@link #stop()}. */
  void watch(Call call) {
    if (endNanos == Long.MAX_VALUE) {
      return;
    }
    if (watchdog == null) {
      watchdog = new Watchdog();
    }
    watchdog.watch(call, Math.max(1, endNanos - System.nanoTime()));
  }

  /** Stops watching the current attempt: its body was read, its first chunk arrived, or it failed. */
  void stop() {
    if (watchdog != null) {
      watchdog.exit();
    }
  }

  /** True when the deadline cancelled an attempt. */
  boolean fired() {
    return fired;
  }

  boolean expired() {
    return fired || System.nanoTime() >= endNanos;
  }

  /** True when a wait of {@code millis} still ends before the deadline. */
  boolean allowsWait(long millis) {
    return endNanos == Long.MAX_VALUE || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis) < endNanos;
  }

  /** Waits for {@code latch} until the deadline (forever without one); false when the deadline passed first. */
  boolean await(java.util.concurrent.CountDownLatch latch) throws InterruptedException {
    if (endNanos == Long.MAX_VALUE) {
      latch.await();
      return true;
    }
    return latch.await(Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** The configured timeout, e.g. {@code "30 s"}. */
  String describe() {
    return Durations.describe(timeout);
  }

  private final class Watchdog extends AsyncTimeout {
    private volatile Call call;

    void watch(Call call, long nanos) {
      this.call = call;
      timeout(nanos, TimeUnit.NANOSECONDS);
      enter();
    }

    @Override
    protected void timedOut() {
      fired = true;
      Call watched = call;
      if (watched != null) {
        watched.cancel();
      }
    }
  }
}
