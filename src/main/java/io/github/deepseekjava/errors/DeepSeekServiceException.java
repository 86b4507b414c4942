package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** DeepSeek answered with an error status. Subclasses name the documented statuses. */
public class DeepSeekServiceException extends DeepSeekException {
  private static final long serialVersionUID = 1L;

  public DeepSeekServiceException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody, null);
  }
}
