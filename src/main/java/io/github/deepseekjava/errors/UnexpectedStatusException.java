package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;

/**
 * An error status DeepSeek does not document (for example 404 for a wrong base URL, 502 from a proxy,
 * or a redirect, which is never followed).
 */
public final class UnexpectedStatusException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  private final String location;

  public UnexpectedStatusException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody) {
    this(message, statusCode, traceId, error, rawBody, null);
  }

  public UnexpectedStatusException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody,
      String location) {
    super(message, statusCode, traceId, error, rawBody);
    this.location = location;
  }

  /**
   * The {@code Location} header of a redirect (3xx), or null. The client never follows redirects:
   * DeepSeek's API does not send them, and following one could carry the prompt to another origin.
   */
  public String getLocation() {
    return location;
  }
}
