package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 401 Authentication Fails: the API key is wrong or missing. Not retried. */
public final class AuthenticationException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
