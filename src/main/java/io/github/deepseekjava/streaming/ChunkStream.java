package io.github.deepseekjava.streaming;

import java.util.stream.Stream;

/**
 * A stream of typed chunks from one streaming call. Iterate it once, then close it (try-with-resources);
 * closing early cancels the HTTP call and frees the connection.
 *
 * <p>Iteration ends normally at DeepSeek's {@code data: [DONE]} (Responses streams: after the terminal
 * {@code response.completed} or {@code response.incomplete} event). It throws a
 * {@link io.github.deepseekjava.errors.DeepSeekException} instead of ending silently when the stream
 * carries an error object ({@link io.github.deepseekjava.errors.StreamErrorException}), ends before
 * {@code [DONE]} and before any finish reason ({@link io.github.deepseekjava.errors.IncompleteStreamException}),
 * breaks ({@link io.github.deepseekjava.errors.DeepSeekIoException}), or stays silent longer than the
 * read timeout ({@link io.github.deepseekjava.errors.DeepSeekTimeoutException}).
 *
 * <p>A stream that nobody reads from and nobody closes for the read timeout (default 10 minutes) is
 * closed, so an abandoned stream does not hold its connection; a consumer that spends longer than
 * that on one chunk finds the stream closed ({@link IllegalStateException} naming why).
 *
 * @param <T> the chunk type
 */
public interface ChunkStream<T> extends Iterable<T>, AutoCloseable {
  /** The chunks as a sequential {@link Stream}; closing it closes this. */
  Stream<T> stream();

  /** DeepSeek's {@code x-ds-trace-id} of the call, or null. */
  String traceId();

  /** Cancels the call if still running and releases the connection. Idempotent. */
  @Override
  void close();
}
