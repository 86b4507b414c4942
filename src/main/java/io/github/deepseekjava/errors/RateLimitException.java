package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 429 Rate Limit Reached (rate or concurrency limit). Retried with backoff. */
public final class RateLimitException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
