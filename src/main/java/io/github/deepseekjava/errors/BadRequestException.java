package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 400 Invalid Format: malformed body, unknown model, out-of-range value or thinking-mode history error. Not retried. */
public final class BadRequestException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
