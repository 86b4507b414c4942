package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** An error status DeepSeek does not document (for example 404 for a wrong base URL, or 502 from a proxy). */
public final class UnexpectedStatusException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
