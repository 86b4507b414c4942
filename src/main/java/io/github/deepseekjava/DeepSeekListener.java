package io.github.deepseekjava;

/**
 * Sees every call a client makes: set one with {@link DeepSeekClient.Builder#listener}. Each call
 * gets one {@link #onStart}, an {@link #onRetry} before each retry, and one {@link #onEnd}: when the
 * response was read, when the call failed, or for a stream when it finished, failed or was closed.
 *
 * <p>A listener sees names, timings, statuses, trace ids and token counts, never the API key or a
 * request or response body. {@link #onStart} runs on the thread that makes the call, async calls
 * included (so it sees the caller's context); {@link #onRetry} and {@link #onEnd} on the thread running
 * it (an async call: the client's thread; a stream's end: the thread that finished or closed it; an
 * async call cancelled, or dropped by {@code close()} before it ran: the thread that cancelled or
 * closed, at once, with a {@link java.util.concurrent.CancellationException} or the
 * {@code IllegalStateException}; nothing is reported for it after that). It should return quickly. A
 * {@link RuntimeException} it throws is ignored: it never breaks the call. Without a listener
 * the client does no listener work at all.
 *
 * <pre>{@code
 * DeepSeekClient client = DeepSeekClient.builder().fromEnv()
 *     .listener(new DeepSeekListener() {
 *       public void onEnd(CallEnded call) {
 *         log.info("{} {} took {} ms", call.operation(), call.model(), call.duration().toMillis());
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public interface DeepSeekListener {
  /** A call starts, before its first attempt. */
  default void onStart(CallStarted call) {
  }

  /** An attempt failed and the call will try again after a backoff. */
  default void onRetry(CallRetried retry) {
  }

  /** The call ended, successfully or not; called once per call. */
  default void onEnd(CallEnded call) {
  }
}
