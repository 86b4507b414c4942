package io.github.deepseekjava.errors;

import java.io.IOException;

/**
 * A stream ended before {@code data: [DONE]} and before any finish reason: the connection was
 * closed mid-answer. What arrived is incomplete and must not be taken for the whole answer.
 */
public final class IncompleteStreamException extends DeepSeekIoException {
  private static final long serialVersionUID = 1L;

  public IncompleteStreamException(String message, IOException cause) {
    super(message, cause);
  }
}
