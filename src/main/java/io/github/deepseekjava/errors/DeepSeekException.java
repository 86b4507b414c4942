package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/**
 * Base of every exception the client throws for a failed call. Unchecked. Carries, where they exist,
 * the HTTP status, DeepSeek's {@code x-ds-trace-id} and the error body. Never contains the API key.
 */
public class DeepSeekException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String traceId;
  private final transient ErrorDetail error;
  private final String rawBody;

  protected DeepSeekException(String message, int statusCode, String traceId, ErrorDetail error,
      String rawBody, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.traceId = traceId;
    this.error = error;
    this.rawBody = rawBody;
  }

  /** The HTTP status code, or 0 when no response was received. */
  public int getStatusCode() {
    return statusCode;
  }

  /** DeepSeek's request id from the {@code x-ds-trace-id} response header, or null. */
  public String getTraceId() {
    return traceId;
  }

  /** The parsed {@code error} object of the response body, or null when the body was not DeepSeek's JSON envelope. */
  public ErrorDetail getError() {
    return error;
  }

  /** The response body as text (also when it was not JSON), or null when there was none. */
  public String getRawBody() {
    return rawBody;
  }
}
