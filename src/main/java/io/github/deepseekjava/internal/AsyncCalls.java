package io.github.deepseekjava.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads asynchronous calls run on (each call blocks its thread through retries and, for a
 * stream, until the last chunk). At most {@code limit} run at once and the rest wait in order, so a
 * burst of calls cannot start thousands of threads. The threads are daemons, like
 * CompletableFuture's, so a program exits when {@code main} returns, and they end after 60 s idle.
 */
public final class AsyncCalls {
  private AsyncCalls() {
  }

  public static ExecutorService executor(int limit) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(limit, limit, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "deepseek-java async " + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
