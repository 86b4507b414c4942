package io.github.deepseekjava.internal;

import okhttp3.Call;

/**
 * Cancellation of one logical call: its attempts, its backoff waits and, for a stream, the reading
 * of its chunks. {@link #cancel()} may come from any thread at any moment; the HTTP call running
 * then is cancelled at once, and no further attempt starts.
 */
final class CallControl {
  private Call current;
  private boolean cancelled;

  /** Makes {@code call} the running attempt; cancels it at once when this was cancelled already. */
  void attach(Call call) {
    synchronized (this) {
      if (!cancelled) {
        current = call;
        return;
      }
    }
    call.cancel();
  }

  /** Cancels the running attempt, if any, and every later one. Idempotent. */
  public void cancel() {
    Call call;
    synchronized (this) {
      cancelled = true;
      call = current;
    }
    if (call != null) {
      call.cancel();
    }
  }

  public synchronized boolean isCancelled() {
    return cancelled;
  }
}
