package io.github.deepseekjava.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes streams that nobody reads and nobody closes, so an abandoned stream does not hold its
 * connection. One daemon thread for all clients looks at the open streams once a second while any
 * is open (and ends a minute after the last), so a stream costs no timer of its own: hundreds of
 * concurrent streams would otherwise fill Okio's shared timeout queue.
 */
final class StreamReaper {
  /** How often open streams are looked at; a stream is closed up to this much after its limit. */
  static final long PERIOD_MILLIS = 1_000;

  private static final Set<SseChunkStream<?>> OPEN = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean SCHEDULED = new AtomicBoolean();
  private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, task -> {
    Thread thread = new Thread(task, "deepseek-java stream reaper");
    thread.setDaemon(true);
    return thread;
  });

  static {
    TIMER.setKeepAliveTime(60, TimeUnit.SECONDS);
    TIMER.allowCoreThreadTimeOut(true);
  }

  private StreamReaper() {
  }

  static void watch(SseChunkStream<?> stream) {
    OPEN.add(stream);
    scheduleCheck();
  }

  static void unwatch(SseChunkStream<?> stream) {
    OPEN.remove(stream);
  }

  private static void scheduleCheck() {
    if (SCHEDULED.compareAndSet(false, true)) {
      TIMER.schedule(StreamReaper::check, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private static void check() {
    long now = System.nanoTime();
    for (SseChunkStream<?> stream : OPEN) {
      stream.closeIfAbandoned(now);
    }
    SCHEDULED.set(false);
    if (!OPEN.isEmpty()) {
      scheduleCheck();
    }
  }
}
