package io.github.deepseekjava;

import io.github.deepseekjava.internal.SpeechSocket;
import java.util.Objects;

/**
 * An open text-to-speech WebSocket ({@code wss://api.deepseek.com/v1/tools/tts}), for text that arrives
 * in pieces, e.g. while a chat answer streams. Made by {@link ToolsService#speechSession}; send text
 * with {@link #sendText} any number of times, then {@link #finish()}. Audio goes to the sink given to
 * {@code speechSession} as the server sends it, frame by frame, on OkHttp's reader thread (one
 * thread per session, so the sink sees the frames in order); it is never buffered whole.
 *
 * <pre>{@code
 * try (SpeechSession speech = client.tools().speechSession(SpeechSessionOptions.defaults(), audioOut)) {
 *   speech.sendText("Your order ");
 *   speech.sendText("has shipped.");
 *   SpeechSessionResult done = speech.finish();
 * }
 * }</pre>
 *
 * <p>Thread-safe: text may be sent from one thread while another waits in {@link #finish()} or calls
 * {@link #close()}. Synchronous only: {@code client.async().tools()} has no socket variant, as
 * nothing here blocks except {@link #finish()}.
 */
public final class SpeechSession implements AutoCloseable {
  private final SpeechSocket socket;

  SpeechSession(SpeechSocket socket) {
    this.socket = socket;
  }

  /**
   * Sends {@code {"event":"text","text":text}}. Returns once OkHttp queued the frame (it is written
   * in the background, in order).
   *
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when {@code text} is empty
   * @throws IllegalStateException after {@link #finish()} or {@link #close()}, or when the server
   *     already ended the session with its {@code finish} event
   * @throws RuntimeException what ended the session, when it already failed: a
   *     {@link io.github.deepseekjava.errors.DeepSeekException}, or the {@link java.io.UncheckedIOException}
   *     or exception of a failing audio sink (an {@link Error} a sink threw is thrown as it is)
   */
  public SpeechSession sendText(String text) {
    Objects.requireNonNull(text, "text == null");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text is empty");
    }
    socket.sendText(text);
    return this;
  }

  /**
   * Sends {@code {"event":"finish_text"}} and waits for the server's {@code finish} event, at most the
   * client's {@link DeepSeekClient.Builder#timeout timeout} from this call; the audio sink has all the
   * audio when it returns (an {@code OutputStream} is flushed, not closed). The socket is then closed.
   * A code in the event does not make this throw: its meanings are undocumented, see
   * {@link SpeechSessionResult#code()}. Calling it again returns the same result.
   *
   * @throws io.github.deepseekjava.errors.IncompleteDownloadException when the connection failed, or the
   *     server closed the socket, before the {@code finish} event ({@code bytesWritten()} tells how much
   *     audio arrived; never retried)
   * @throws io.github.deepseekjava.errors.DeepSeekTimeoutException when no {@code finish} event came
   *     within the timeout (the socket is then cancelled)
   * @throws java.io.UncheckedIOException when the audio {@code OutputStream} failed (the socket is cancelled);
   *     a {@code Consumer}'s {@link RuntimeException} or {@link Error} is thrown as it is
   * @throws IllegalStateException when the session was closed first
   */
  public SpeechSessionResult finish() {
    SpeechSocket.Finish finish = socket.finish();
    return new SpeechSessionResult(finish.code, finish.event, finish.audioBytes, socket.traceId());
  }

  /** Audio bytes delivered to the sink so far. */
  public long audioBytes() {
    return socket.audioBytes();
  }

  /** The {@code x-ds-trace-id} of the handshake response, or null. */
  public String traceId() {
    return socket.traceId();
  }

  /**
   * Ends the session. Before the {@code finish} event it cancels it: it sends a close frame (code
   * 1000) so the server stops synthesizing, and a {@link #finish()} waiting in another thread throws
   * {@link IllegalStateException}; OkHttp releases the connection when the server answers the close
   * frame, or cancels it after 60 s. After {@link #finish()} returned there is nothing left to release.
   * {@link DeepSeekClient#close()} closes the client's open sessions the same way. Idempotent.
   */
  @Override
  public void close() {
    socket.close();
  }

  /** The URL (without the key, which travels only in a header), the state and the audio bytes received. */
  @Override
  public String toString() {
    return socket.toString();
  }
}
