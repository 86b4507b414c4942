package io.github.deepseekjava.errors;

import java.io.IOException;

/** The call failed without a complete response: connection refused or reset, broken stream, TLS failure. */
public class DeepSeekIoException extends DeepSeekException {
  private static final long serialVersionUID = 1L;

  public DeepSeekIoException(String message, IOException cause) {
    super(message, 0, null, null, null, cause);
  }
}
