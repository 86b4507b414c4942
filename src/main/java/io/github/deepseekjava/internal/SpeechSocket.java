package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One attempt at, and once open the whole of, a text-to-speech WebSocket session: the listener of
 * OkHttp's {@link WebSocket}. {@link Pipeline#openSpeechSocket} makes one per handshake attempt and
 * keeps the one that opened.
 *
 * <p>OkHttp calls the listener on one reader thread per socket; audio frames go to the sink there,
 * as they arrive, so memory holds OkHttp's current message and nothing more. The session ends once:
 * with the server's {@code finish} event, with a failure (cut connection, close frame before
 * {@code finish}, the sink's exception, the deadline of {@link #finish()}), or with {@link #close()}.
 */
public final class SpeechSocket extends WebSocketListener {
  /** Where audio frames go, in order, on OkHttp's reader thread. */
  public interface AudioSink {
    void write(ByteString frame) throws IOException;

    /** After the finish event, before {@link #finish()} returns. */
    void flush() throws IOException;
  }

  /** What the server's {@code finish} event said, and how much audio came before it. */
  public static final class Finish {
    /** The {@code code} member as sent (a number's literal text, a string's value, other JSON as text), or null. */
    public final String code;
    /** The whole event as received. */
    public final String event;
    public final long audioBytes;

    Finish(String code, String event, long audioBytes) {
      this.code = code;
      this.event = event;
      this.audioBytes = audioBytes;
    }
  }

  private static final int NORMAL_CLOSURE = 1000;
  private static final String FINISH_TEXT = "{\"event\":\"finish_text\"}";
  /** Longest server text event quoted in a failure's message. */
  private static final int MAX_QUOTED_EVENT_CHARS = 500;

  private final Request request;
  private final AudioSink sink;
  private final Gson gson;
  private final Failures failures;
  private final long errorBodyLimit;
  /** Bounds {@link #finish()}: from its call to the finish event. Zero for none. */
  private final Duration timeout;
  /** Bounds the handshake attempts; only for naming a handshake I/O failure. */
  private final Deadline openDeadline;
  private final long readTimeoutMillis;
  private final CallObservation observation;
  private final Runnable onEnd;

  private final CountDownLatch opened = new CountDownLatch(1);
  private final CountDownLatch ended = new CountDownLatch(1);

  // Guarded by this.
  private WebSocket webSocket;
  private boolean open;
  private boolean abandoned;
  private DeepSeekException handshakeFailure;
  private Headers handshakeFailureHeaders;
  private String traceId;
  private boolean finishRequested;
  private boolean closed;
  private Finish finish;
  /** What ended the session, when it failed: a RuntimeException, or an Error a sink threw. */
  private Throwable failure;
  private String lastEvent;
  /** Written only by the reader thread. */
  private volatile long audioBytes;

  SpeechSocket(Request request, AudioSink sink, Gson gson, Failures failures, long errorBodyLimit, Duration timeout,
      Deadline openDeadline, long readTimeoutMillis, CallObservation observation, Runnable onEnd) {
    this.request = request;
    this.sink = sink;
    this.gson = gson;
    this.failures = failures;
    this.errorBodyLimit = errorBodyLimit;
    this.timeout = timeout;
    this.openDeadline = openDeadline;
    this.readTimeoutMillis = readTimeoutMillis;
    this.observation = observation;
    this.onEnd = onEnd;
  }

  // ---- the handshake (Pipeline's attempt loop) ----

  /** Waits for the handshake of {@code socket} until {@code deadline}; throws its failure. */
  void awaitOpen(WebSocket socket, Deadline deadline) {
    boolean closedFirst;
    synchronized (this) {
      webSocket = socket;
      closedFirst = closed; // the client closed before OkHttp made the socket
    }
    if (closedFirst) {
      abandon(socket);
      throw new IllegalStateException("the DeepSeekClient is closed");
    }
    boolean done;
    try {
      done = deadline.await(opened);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon(socket);
      throw new DeepSeekIoException(Failures.describe(request) + " interrupted while opening the speech socket",
          new InterruptedIOException("interrupted"));
    }
    if (!done) {
      abandon(socket);
      throw failures.socketTimeout(request, "opening the speech socket exceeded the " + deadline.describe()
          + " deadline (timeout, across retries)");
    }
    synchronized (this) {
      if (handshakeFailure != null) {
        throw handshakeFailure;
      }
    }
  }

  /** The retry headers of a refused handshake, or null. */
  synchronized Headers handshakeFailureHeaders() {
    return handshakeFailureHeaders;
  }

  private void abandon(WebSocket socket) {
    synchronized (this) {
      abandoned = true;
    }
    socket.cancel();
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    synchronized (this) {
      if (abandoned || closed) {
        webSocket.cancel();
        return;
      }
      open = true;
      traceId = response.header(Pipeline.TRACE_ID_HEADER);
    }
    if (observation != null) {
      observation.headers(response);
    }
    opened.countDown();
  }

  // ---- the session, for the caller ----

  /** The {@code x-ds-trace-id} of the handshake response, or null. */
  public synchronized String traceId() {
    return traceId;
  }

  /** Audio bytes given to the sink so far. */
  public long audioBytes() {
    return audioBytes;
  }

  /**
   * Queues {@code {"event":"text","text":...}}.
   *
   * @throws IllegalStateException after {@link #finish()} or {@link #close()}, or once the server ended the session
   */
  public void sendText(String text) {
    JsonObject event = new JsonObject();
    event.addProperty("event", "text");
    event.addProperty("text", text);
    String frame = gson.toJson(event);
    synchronized (this) {
      checkSendable();
      if (!webSocket.send(frame)) {
        // OkHttp refuses when the socket failed or closes, or when its 16 MiB send queue would overflow (it then closes).
        if (failure != null) {
          throw unchecked(failure);
        }
        throw new IllegalStateException("the speech socket is closing; the text was not sent"
            + " (OkHttp closes a socket whose queue of unsent messages would exceed 16 MiB)");
      }
    }
  }

  private void checkSendable() {
    if (closed) {
      throw new IllegalStateException("the speech session is closed");
    }
    if (failure != null) {
      throw unchecked(failure);
    }
    if (finishRequested) {
      throw new IllegalStateException("finish() was called: no more text can be sent");
    }
    if (finish != null) {
      throw new IllegalStateException("the server already ended the speech session (finish event with code "
          + finish.code + ")");
    }
  }

  /**
   * Sends {@code finish_text} (once) and waits for the server's {@code finish} event, at most the
   * client's timeout from this call. Repeated calls return the same result.
   */
  public Finish finish() {
    synchronized (this) {
      if (closed && finish == null && failure == null) {
        throw new IllegalStateException("the speech session is closed");
      }
      if (!finishRequested && finish == null && failure == null) {
        webSocket.send(FINISH_TEXT); // when refused, the socket's failure or close ends the wait
      }
      finishRequested = true;
    }
    Deadline deadline = new Deadline(timeout);
    boolean done;
    try {
      done = deadline.await(ended);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      end(new DeepSeekIoException(Failures.describe(request) + " interrupted while waiting for the finish event",
          new InterruptedIOException("interrupted")), true);
      done = true;
    }
    if (!done) {
      end(failures.socketTimeout(request, "no finish event within the " + deadline.describe()
          + " deadline after finish() (timeout); " + audioBytes + " audio bytes had arrived"), true);
    }
    synchronized (this) {
      if (failure != null) {
        throw unchecked(failure);
      }
      if (finish == null) {
        throw new IllegalStateException("the speech session is closed");
      }
      return finish;
    }
  }

  /**
   * Ends the session: before the finish event, sends a close frame (code 1000) so the server stops;
   * OkHttp releases the socket when the server answers it, or cancels it after 60 s. Idempotent.
   */
  public void close() {
    WebSocket socket;
    boolean wasRunning;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      socket = webSocket;
      wasRunning = finish == null && failure == null;
    }
    if (wasRunning && socket != null) {
      socket.close(NORMAL_CLOSURE, "client closed the session");
    }
    opened.countDown(); // a handshake still waiting ends (the client closed)
    ended.countDown();
    endObservation(wasRunning ? new java.util.concurrent.CancellationException("closed before the finish event") : null);
  }

  // ---- OkHttp's callbacks (reader thread) ----

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    synchronized (this) {
      if (isOver()) {
        return;
      }
    }
    if (!deliver(() -> sink.write(bytes))) {
      return;
    }
    audioBytes += bytes.size();
    if (observation != null) {
      observation.chunk(bytes);
    }
  }

  /** A call of the caller's sink. */
  private interface SinkCall {
    void run() throws IOException;
  }

  /**
   * Runs {@code call}; when the sink throws, ends the session with it (an {@link IOException} as an
   * {@link UncheckedIOException}; an {@link Error} such as a test's {@code AssertionError} too, which
   * OkHttp's reader thread would swallow) and returns false.
   */
  private boolean deliver(SinkCall call) {
    try {
      call.run();
      return true;
    } catch (IOException e) {
      end(new UncheckedIOException(e), true);
    } catch (RuntimeException | Error e) {
      end(e, true);
    }
    return false;
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonObject event = parseObject(text);
    JsonElement type = event == null ? null : event.get("event");
    if (type == null || !type.isJsonPrimitive() || !"finish".equals(type.getAsString())) {
      synchronized (this) {
        lastEvent = text; // an event the docs do not describe: ignored, quoted if the session then fails
      }
      return;
    }
    JsonElement code = event.get("code");
    String codeText = code == null || code.isJsonNull() ? null
        : code.isJsonPrimitive() ? code.getAsString() : code.toString();
    if (!deliver(sink::flush)) {
      return;
    }
    synchronized (this) {
      if (isOver()) {
        return;
      }
      finish = new Finish(codeText, text, audioBytes);
    }
    webSocket.close(NORMAL_CLOSURE, null);
    endObservation(null); // before finish() returns, so the listener has seen the end by then
    ended.countDown();
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(NORMAL_CLOSURE, null); // answer the server's close frame
    synchronized (this) {
      if (isOver()) {
        return;
      }
    }
    end(incomplete("the server closed the speech socket (code " + code
        + (reason.isEmpty() ? "" : ", reason \"" + reason + "\"") + ")", new EOFException("close frame " + code)),
        false);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    boolean handshake;
    synchronized (this) {
      if (abandoned) {
        return;
      }
      handshake = !open;
    }
    if (handshake) {
      failHandshake(t, response);
      return;
    }
    synchronized (this) {
      if (isOver()) {
        return;
      }
    }
    IOException cause = t instanceof IOException ? (IOException) t : new IOException(t);
    end(incomplete("the connection failed (" + t + ")", cause), false);
  }

  private void failHandshake(Throwable t, Response response) {
    DeepSeekException error;
    Headers headers = null;
    if (response != null && response.code() != 101) {
      // A refused upgrade is an ordinary error response: the same exception as any call gets.
      headers = response.headers();
      if (observation != null) {
        observation.headers(response);
      }
      String body;
      try {
        body = Pipeline.errorText(response.body(), errorBodyLimit, null);
      } catch (IOException e) {
        body = null;
      }
      error = failures.status(response.code(), response.header(Pipeline.TRACE_ID_HEADER), body,
          response.isRedirect() ? response.header("Location") : null);
    } else {
      IOException cause = t instanceof IOException ? (IOException) t : new IOException(t);
      error = failures.io(request, cause, openDeadline, readTimeoutMillis);
    }
    synchronized (this) {
      handshakeFailure = error;
      handshakeFailureHeaders = headers;
    }
    opened.countDown();
  }

  // ---- ending ----

  private boolean isOver() {
    return finish != null || failure != null || closed || abandoned;
  }

  /** {@code failure} to throw: an Error as it is, anything else is a RuntimeException already. */
  private static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return (RuntimeException) failure;
  }

  /** Ends the session with {@code error} unless it ended already; {@code cancel} drops the connection. */
  private void end(Throwable error, boolean cancel) {
    WebSocket socket;
    synchronized (this) {
      if (isOver()) {
        return;
      }
      failure = error;
      socket = webSocket;
    }
    if (cancel && socket != null) {
      socket.cancel();
    }
    endObservation(error);
    ended.countDown();
  }

  private void endObservation(Throwable error) {
    if (observation != null) {
      observation.end(error);
    }
    onEnd.run();
  }

  private RuntimeException incomplete(String what, IOException cause) {
    String last;
    synchronized (this) {
      last = lastEvent;
    }
    String quoted = last == null ? "" : "; last event from the server: " + (last.length() > MAX_QUOTED_EVENT_CHARS
        ? last.substring(0, MAX_QUOTED_EVENT_CHARS) + "..." : last);
    return failures.incompleteSession(request, traceId(), audioBytes, what + " before the finish event" + quoted,
        cause);
  }

  private static JsonObject parseObject(String text) {
    try {
      JsonElement element = JsonParser.parseString(text);
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }

  @Override
  public synchronized String toString() {
    String state = closed ? "closed" : failure != null ? "failed" : finish != null ? "finished"
        : finishRequested ? "finishing" : open ? "open" : "opening";
    return "SpeechSession{" + Failures.describe(request) + ", " + state + ", audioBytes=" + audioBytes + "}";
  }
}
