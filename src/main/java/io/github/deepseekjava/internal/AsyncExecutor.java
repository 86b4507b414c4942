package io.github.deepseekjava.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads asynchronous calls run on (a call blocks its thread through its attempts and, for a
 * stream, until the last chunk). An idle thread takes the next call; a new thread starts only when
 * none is idle, up to {@code limit}; beyond that calls wait in order. Threads are daemons, so a
 * program exits without closing the client, and end after 60 s idle.
 *
 * <p>({@link ThreadPoolExecutor} alone either starts a thread per call until its core size is
 * reached, idle threads or not, or queues without ever growing past the core size; the queue below
 * declines a task when no thread is idle, which makes the executor start one.)
 */
final class AsyncExecutor extends ThreadPoolExecutor {
  /** Calls submitted and not yet finished. */
  private final AtomicInteger unfinished = new AtomicInteger();

  AsyncExecutor(int limit) {
    super(0, limit, 60, TimeUnit.SECONDS, new GrowFirstQueue(), new DaemonThreads());
    ((GrowFirstQueue) getQueue()).executor = this;
    setRejectedExecutionHandler((task, executor) -> {
      if (executor.isShutdown() || !((GrowFirstQueue) getQueue()).enqueue(task)) {
        throw new RejectedExecutionException("the DeepSeekClient is closed");
      }
    });
  }

  @Override
  public void execute(Runnable task) {
    unfinished.incrementAndGet();
    try {
      super.execute(task);
    } catch (RejectedExecutionException e) {
      unfinished.decrementAndGet();
      throw e;
    }
  }

  @Override
  protected void afterExecute(Runnable task, Throwable failure) {
    unfinished.decrementAndGet();
  }

  private static final class GrowFirstQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    transient AsyncExecutor executor;

    @Override
    public boolean offer(Runnable task) {
      boolean idleThread = executor.unfinished.get() <= executor.getPoolSize();
      if (!idleThread && executor.getPoolSize() < executor.getMaximumPoolSize()) {
        return false;
      }
      return super.offer(task);
    }

    boolean enqueue(Runnable task) {
      return super.offer(task);
    }
  }

  private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "deepseek-java async " + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
