package io.github.deepseekjava.errors;

/**
 * A successful status whose body could not be read as the expected type: empty or whitespace only
 * (DeepSeek drops a queued request that way), truncated, or not JSON.
 */
public final class MalformedResponseException extends DeepSeekException {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String message, int statusCode, String traceId, String rawBody, Throwable cause) {
    super(message, statusCode, traceId, null, rawBody, cause);
  }

  /** True when the body was empty or only whitespace. */
  public boolean isEmptyBody() {
    return getRawBody() == null || getRawBody().trim().isEmpty();
  }
}
