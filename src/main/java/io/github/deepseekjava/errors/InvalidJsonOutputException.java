package io.github.deepseekjava.errors;

/**
 * A JSON-output answer ({@code response_format: json_object}) was empty or not valid JSON for the
 * requested type. DeepSeek may return empty content in JSON mode; a retry or a prompt that shows
 * the expected JSON usually helps. {@link #getRawBody()} holds the content.
 */
public final class InvalidJsonOutputException extends DeepSeekException {
  private static final long serialVersionUID = 1L;

  public InvalidJsonOutputException(String message, String content, Throwable cause) {
    super(message, 0, null, null, content, cause);
  }
}
