package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 422 Invalid Parameters. Not retried. */
public final class InvalidParametersException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public InvalidParametersException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
