package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 413: the uploaded file is larger than the endpoint allows. Not retried. */
public final class PayloadTooLargeException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
