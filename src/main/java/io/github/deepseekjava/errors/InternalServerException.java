package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 500 Server Error. Retried with backoff. */
public final class InternalServerException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public InternalServerException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
