package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 404: no such file, or (Fetch) the URL could not be fetched. Not retried. */
public final class NotFoundException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
