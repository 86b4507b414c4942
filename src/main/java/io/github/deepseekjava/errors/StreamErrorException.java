package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/** A stream delivered DeepSeek's error object ({@code {"error":{...}}}) in place of a chunk. */
public final class StreamErrorException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  public StreamErrorException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    super(message, statusCode, traceId, error, rawBody);
  }
}
