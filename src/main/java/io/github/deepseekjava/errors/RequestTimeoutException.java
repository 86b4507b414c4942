package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** HTTP 408: the upload was too slow (OCR, ASR, document upload). Retried with backoff. */
public final class RequestTimeoutException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public RequestTimeoutException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
