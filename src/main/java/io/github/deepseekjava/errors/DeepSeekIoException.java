package io.github.deepseekjava.errors;

import java.io.IOException;

/** The call failed without a complete response: connection refused or reset, broken stream, TLS failure. */
public class DeepSeekIoException extends DeepSeekException {
  private static final long serialVersionUID = 1L;

  public DeepSeekIoException(String message, IOException cause) {
    super(message, 0, null, null, null, cause);
  }

  /** For failures that happen after a response arrived: its status, trace id and a prefix of its body. */
  protected DeepSeekIoException(String message, int statusCode, String traceId, String rawBody, IOException cause) {
    super(message, statusCode, traceId, null, rawBody, cause);
  }
}
