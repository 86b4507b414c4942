package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.deepseekjava.DeepSeekResponse;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.streaming.ChunkStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Executes requests built by the generated Retrofit interfaces: retries what {@link RetryPolicy}
 * allows within the overall deadline, reads a 2xx body as the expected type, maps an error status
 * to its exception, and wraps I/O failures. The one place that turns HTTP into results or
 * {@link DeepSeekException}s.
 */
public final class Transport {
  /** DeepSeek's request id header. */
  public static final String TRACE_ID_HEADER = "x-ds-trace-id";

  private final OkHttpClient http;
  private final Gson gson;
  private final ErrorMapper errors;
  private final Redactor redactor;
  private final int maxRetries;
  private final Duration timeout;
  private final Sleeper sleeper;
  private final Executor async;

  /**
   * @param maxRetries retries after the first attempt
   * @param timeout overall deadline of a call across retries (for streams: until the first chunk); zero for none
   * @param async where asynchronous calls run ({@link AsyncCalls#executor})
   */
  public Transport(OkHttpClient http, Gson gson, Redactor redactor, int maxRetries, Duration timeout, Sleeper sleeper,
      Executor async) {
    this.http = http;
    this.gson = gson;
    this.redactor = redactor;
    this.errors = new ErrorMapper(gson, redactor);
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.sleeper = sleeper;
    this.async = async;
  }

  /** A transport with other settings (null keeps this one's), sharing this one's connection pool and threads. */
  public Transport with(OkHttpClient http, Integer maxRetries, Duration timeout) {
    return new Transport(http, gson, redactor, maxRetries != null ? maxRetries : this.maxRetries,
        timeout != null ? timeout : this.timeout, sleeper, async);
  }

  public OkHttpClient http() {
    return http;
  }

  ErrorMapper errors() {
    return errors;
  }

  /** Executes {@code request} and reads the 2xx body as {@code type}. */
  public <T> T execute(Request request, Type type) {
    return this.<T, T>run(request, type, new AtomicReference<>(), (body, response) -> body);
  }

  /** Like {@link #execute} but also returns status, headers and trace id. */
  public <T> DeepSeekResponse<T> executeForResponse(Request request, Type type) {
    return this.<T, DeepSeekResponse<T>>run(request, type, new AtomicReference<>(),
        (body, response) -> new DeepSeekResponse<>(body, response.code(), response.headers().toMultimap(),
            response.header(TRACE_ID_HEADER)));
  }

  /** Runs the attempts of one call; {@code finish} turns the parsed body and its response into the result. */
  private <T, R> R run(Request request, Type type, AtomicReference<Call> current,
      BiFunction<T, Response, R> finish) {
    Deadline deadline = Deadline.after(timeout);
    for (int attempt = 0; ; attempt++) {
      Call call = http.newCall(request);
      deadline.apply(call);
      current.set(call);
      DeepSeekException failure;
      Headers failureHeaders = null;
      try (Response response = call.execute()) {
        try {
          return finish.apply(read(response, type), response);
        } catch (DeepSeekException e) {
          failure = e;
          failureHeaders = response.headers();
        }
      } catch (IOException e) {
        failure = ioFailure(request, e, deadline);
      }
      awaitRetry(attempt, failure, failureHeaders, deadline, call);
    }
  }

  /** Like {@link #execute} without blocking; cancelling the future cancels the HTTP call. */
  public <T> CompletableFuture<T> executeAsync(Request request, Type type) {
    AtomicReference<Call> current = new AtomicReference<>();
    CompletableFuture<T> future = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Call call = current.get();
        if (call != null) {
          call.cancel();
        }
        return cancelled;
      }
    };
    async.execute(() -> {
      try {
        future.complete(this.<T, T>run(request, type, current, (body, response) -> body));
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
    });
    return future;
  }

  /**
   * Starts a streaming call and returns its chunks; an error status is thrown as its exception.
   * Failures before the first chunk are retried; the deadline covers the time until the first
   * chunk, so it never cuts a long stream. {@code isFinal} tells a chunk that carries a finish reason.
   */
  public <T> ChunkStream<T> stream(Request request, Class<T> type, Predicate<? super T> isFinal) {
    Deadline deadline = Deadline.after(timeout);
    return new SseChunkStream<>(() -> open(request, deadline), deadline, gson, type, isFinal, this);
  }

  /**
   * Streams without blocking: each chunk goes to {@code onChunk} in order, and the future completes
   * with {@code result} after {@code [DONE]}, or exceptionally with the failure. Cancelling the
   * future cancels the HTTP call.
   */
  public <T, R> CompletableFuture<R> streamAsync(Request request, Class<T> type, Predicate<? super T> isFinal,
      Consumer<? super T> onChunk, Supplier<R> result) {
    AtomicReference<ChunkStream<T>> current = new AtomicReference<>();
    CompletableFuture<R> future = new CompletableFuture<R>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        ChunkStream<T> stream = current.get();
        if (stream != null) {
          stream.close();
        }
        return cancelled;
      }
    };
    async.execute(() -> {
      try (ChunkStream<T> chunks = stream(request, type, isFinal)) {
        current.set(chunks);
        for (T chunk : chunks) {
          if (future.isDone()) {
            return;
          }
          onChunk.accept(chunk);
        }
        future.complete(result.get());
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
    });
    return future;
  }

  /** One open 2xx streaming response with its call, retrying failures before the response arrives. */
  OpenStream open(Request request, Deadline deadline) {
    for (int attempt = 0; ; attempt++) {
      Call call = http.newCall(request);
      deadline.watch(call);
      DeepSeekException failure;
      Headers failureHeaders = null;
      try {
        Response response = call.execute();
        if (response.isSuccessful()) {
          return new OpenStream(call, response);
        }
        try (Response failed = response) {
          failureHeaders = failed.headers();
          failure = errors.toException(failed.code(), failed.header(TRACE_ID_HEADER), bodyText(failed));
        }
      } catch (IOException e) {
        failure = ioFailure(request, e, deadline);
      }
      awaitRetry(attempt, failure, failureHeaders, deadline, call);
    }
  }

  /** An open streaming response and the call that produced it. */
  static final class OpenStream {
    final Call call;
    final Response response;

    OpenStream(Call call, Response response) {
      this.call = call;
      this.response = response;
    }
  }

  /** Returns when retry number {@code attempt + 1} may start; throws {@code failure} when it may not. */
  void awaitRetry(int attempt, DeepSeekException failure, Headers headers, Deadline deadline, Call call) {
    if (attempt >= maxRetries || call.isCanceled() && !deadline.expired() || !RetryPolicy.isRetryable(failure)) {
      throw failure;
    }
    long delay = RetryPolicy.delayMillis(attempt + 1, headers);
    if (deadline.expired() || !deadline.allowsWait(delay)) {
      throw failure;
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(e);
      throw failure;
    }
  }

  private <T> T read(Response response, Type type) throws IOException {
    String traceId = response.header(TRACE_ID_HEADER);
    if (!response.isSuccessful()) {
      throw errors.toException(response.code(), traceId, bodyText(response));
    }
    BufferedSource source = response.body().source();
    source.request(Long.MAX_VALUE);
    Buffer buffer = source.getBuffer();
    Exception cause = null;
    try {
      JsonReader reader = gson.newJsonReader(
          new InputStreamReader(new BufferReadingStream(buffer), StandardCharsets.UTF_8));
      T value = gson.fromJson(reader, type);
      if (value != null && reader.peek() == JsonToken.END_DOCUMENT) {
        return value;
      }
    } catch (JsonParseException | IllegalStateException | IOException e) {
      cause = e;
    }
    throw malformed(response, buffer, cause);
  }

  private MalformedResponseException malformed(Response response, Buffer buffer, Exception cause) {
    String body = redactor.redact(buffer.readUtf8());
    String traceId = response.header(TRACE_ID_HEADER);
    String what = body.trim().isEmpty() ? "an empty body"
        : cause == null ? "a body that is not a single JSON value"
        : "a body that is not valid JSON (" + cause.getMessage() + ")";
    String message = "HTTP " + response.code() + " with " + what
        + (traceId == null ? "" : " (trace id " + traceId + ")");
    return new MalformedResponseException(message, response.code(), traceId, body, cause);
  }

  static String bodyText(Response response) throws IOException {
    ResponseBody body = response.body();
    return body == null ? null : body.string();
  }

  /** The exception for an I/O failure of {@code request}. */
  DeepSeekIoException ioFailure(Request request, IOException e, Deadline deadline) {
    String call = request.method() + " " + request.url();
    if (deadline.expired()) {
      return new DeepSeekTimeoutException(call + " exceeded the " + deadline.describe() + " deadline", e);
    }
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new DeepSeekTimeoutException(call + " timed out", e);
    }
    return new DeepSeekIoException(redactor.redact(call + " failed: " + e), e);
  }

  /** The overall deadline of one call across its retries. */
  static final class Deadline {
    private final Duration timeout;
    private final long endNanos;
    private final AtomicReference<Call> watched = new AtomicReference<>();
    /** Created by the first {@link #watch}: only streams need it. */
    private okio.AsyncTimeout watchdog;
    private volatile boolean fired;

    private Deadline(Duration timeout) {
      this.timeout = timeout;
      this.endNanos = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    }

    static Deadline after(Duration timeout) {
      return new Deadline(timeout);
    }

    /** Bounds a non-streaming call by the time left. */
    void apply(Call call) {
      if (endNanos != Long.MAX_VALUE) {
        call.timeout().timeout(Math.max(1, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    }

    /** Cancels {@code call} when the deadline passes, until {@link #stop()}. */
    synchronized void watch(Call call) {
      watched.set(call);
      if (endNanos != Long.MAX_VALUE && !fired) {
        if (watchdog == null) {
          watchdog = new okio.AsyncTimeout() {
            @Override
            protected void timedOut() {
              fired = true;
              Call watchedCall = watched.get();
              if (watchedCall != null) {
                watchedCall.cancel();
              }
            }
          };
        }
        watchdog.exit();
        watchdog.timeout(Math.max(1, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        watchdog.enter();
      }
    }

    /** Stops watching: the first chunk arrived or the stream ended. */
    synchronized void stop() {
      if (watchdog != null) {
        watchdog.exit();
      }
      watched.set(null);
    }

    boolean expired() {
      return fired || System.nanoTime() >= endNanos;
    }

    boolean allowsWait(long millis) {
      return endNanos == Long.MAX_VALUE || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis) < endNanos;
    }

    String describe() {
      long millis = timeout.toMillis();
      return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
  }
}
