package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 503 Server Overloaded. Retried with backoff. */
public final class ServerOverloadedException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public ServerOverloadedException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
