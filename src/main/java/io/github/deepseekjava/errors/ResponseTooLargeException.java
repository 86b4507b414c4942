package io.github.deepseekjava.errors;

import java.io.IOException;

/**
 * A response body, error body or stream event was larger than the client's limit (see
 * {@code DeepSeekClient.Builder#maxResponseBytes} and its siblings). The client stopped reading at
 * the limit, so memory stays bounded; {@link #getRawBody()} holds at most a short prefix. Not retried.
 */
public final class ResponseTooLargeException extends DeepSeekIoException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public ResponseTooLargeException(String message, int statusCode, String traceId, String rawBodyPrefix,
      long limitBytes) {
    super(message, statusCode, traceId, rawBodyPrefix, new IOException(message));
    this.limitBytes = limitBytes;
  }

  /** The limit that was exceeded, in bytes. */
  public long getLimitBytes() {
    return limitBytes;
  }
}
