package io.github.deepseekjava;

/**
 * How a text-to-speech session ended: the server's {@code finish} event. Immutable.
 *
 * <p>DeepSeek documents the event as {@code {"event":"finish","code":...}} without saying which codes
 * mean success or what other members it may carry, so the client does not judge it: it returns the
 * code as sent and the whole event, and throws only for what is certainly a failure (no finish event).
 */
public final class SpeechSessionResult {
  private final String code;
  private final String finishEvent;
  private final long audioBytes;
  private final String traceId;

  SpeechSessionResult(String code, String finishEvent, long audioBytes, String traceId) {
    this.code = code;
    this.finishEvent = finishEvent;
    this.audioBytes = audioBytes;
    this.traceId = traceId;
  }

  /**
   * The event's {@code code} as sent: a number's literal text ({@code "0"}), a string's value, other
   * JSON as its text; null when the event has no code or {@code null}. Its meanings are not documented.
   */
  public String code() {
    return code;
  }

  /** The whole {@code finish} event as the server sent it (JSON text), including members the docs do not name. */
  public String finishEvent() {
    return finishEvent;
  }

  /** Audio bytes delivered to the sink before the {@code finish} event. */
  public long audioBytes() {
    return audioBytes;
  }

  /** The {@code x-ds-trace-id} of the socket's handshake response, or null. */
  public String traceId() {
    return traceId;
  }

  @Override
  public String toString() {
    return "SpeechSessionResult{code=" + code + ", audioBytes=" + audioBytes + ", traceId=" + traceId + "}";
  }
}
