package io.github.deepseekjava.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
      if (executor.isShutdown() && executor.remove(task)) {
        // shutdownNow() ran between the check and the enqueue: no thread will ever take it
        throw new RejectedExecutionException("the DeepSeekClient is closed");
      }
    });
  }

  /**
   * Runs {@code work} on a client thread; the future's cancellation cancels {@code control}. A call
   * cancelled while queued is never started; any {@link Throwable} completes the future.
   */
  <R> CompletableFuture<R> submit(CallControl control, Supplier<R> work) {
    ControlledFuture<R> future = new ControlledFuture<>(control);
    unfinished.incrementAndGet();
    try {
      execute(new QueuedCall<>(future, work));
    } catch (RejectedExecutionException e) {
      unfinished.decrementAndGet();
      future.completeExceptionally(new IllegalStateException("the DeepSeekClient is closed", e));
    }
    return future;
  }

  /**
   * Stops the threads (running calls are interrupted, which fails them) and fails the calls still
   * queued with {@code IllegalStateException("the DeepSeekClient is closed")}, so no future is left
   * waiting for a thread that will never come.
   */
  @Override
  public List<Runnable> shutdownNow() {
    List<Runnable> queued = super.shutdownNow();
    for (Runnable task : queued) {
      if (task instanceof QueuedCall) {
        ((QueuedCall<?>) task).dropped();
      }
    }
    return queued;
  }

  /** A call waiting for, then running on, a thread. */
  private final class QueuedCall<R> implements Runnable {
    private final CompletableFuture<R> future;
    private final Supplier<R> work;

    QueuedCall(CompletableFuture<R> future, Supplier<R> work) {
      this.future = future;
      this.work = work;
    }

    @Override
    public void run() {
      if (future.isDone()) {
        unfinished.decrementAndGet();
        return; // cancelled while queued: never sent
      }
      R result = null;
      Throwable failure = null;
      try {
        result = work.get();
      } catch (Throwable t) {
        failure = t;
      }
      // Counted as finished before the caller can see the result, so a call it submits next
      // finds this thread idle instead of starting another.
      unfinished.decrementAndGet();
      if (failure == null) {
        future.complete(result);
      } else {
        future.completeExceptionally(failure);
      }
    }

    void dropped() {
      unfinished.decrementAndGet();
      future.completeExceptionally(new IllegalStateException("the DeepSeekClient is closed"));
    }
  }

  /** A future whose cancellation cancels its call. */
  private static final class ControlledFuture<T> extends CompletableFuture<T> {
    private final CallControl control;

    ControlledFuture(CallControl control) {
      this.control = control;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // The future first, so that it is the one cancelled even if the call fails at once from the cancel below.
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      control.cancel();
      return cancelled;
    }
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

  /** Names threads {@code deepseek-java client <n> async <m>}, so each client's threads can be told apart. */
  private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String prefix = "deepseek-java client " + CLIENTS.incrementAndGet() + " async ";
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
