package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 402 Insufficient Balance: top up the account. Not retried. */
public final class InsufficientBalanceException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public InsufficientBalanceException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
