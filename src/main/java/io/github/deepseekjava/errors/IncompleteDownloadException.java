package io.github.deepseekjava.errors;

import java.io.IOException;

/**
 * A binary body (text-to-speech audio) broke off after part of it was delivered: the connection was
 * cut, or fewer bytes than announced arrived. What was written is incomplete and must not be taken
 * for the whole. Not retried, since the bytes already went to the caller's stream.
 */
public final class IncompleteDownloadException extends DeepSeekIoException {
  private static final long serialVersionUID = 1L;
  private final long bytesWritten;

  public IncompleteDownloadException(String message, int statusCode, String traceId, long bytesWritten,
      IOException cause) {
    super(message, statusCode, traceId, null, cause);
    this.bytesWritten = bytesWritten;
  }

  /** How many bytes were delivered before the body broke off. */
  public long bytesWritten() {
    return bytesWritten;
  }
}
