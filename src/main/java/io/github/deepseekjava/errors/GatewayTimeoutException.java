package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 504: fetching, synthesis or recognition timed out on the server. Retried with backoff. */
public final class GatewayTimeoutException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public GatewayTimeoutException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
