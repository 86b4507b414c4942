package io.github.deepseekjava.errors;

import java.io.IOException;

/** A connect, idle-read or overall timeout expired. */
public final class DeepSeekTimeoutException extends DeepSeekIoException {
  private static final long serialVersionUID = 1L;

  public DeepSeekTimeoutException(String message, IOException cause) {
    super(message, cause);
  }
}
