package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.github.deepseekjava.DeepSeekListener;
import io.github.deepseekjava.DeepSeekResponse;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.streaming.ChunkStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The one path every call takes. {@link #run} is the attempt loop: it owns the overall deadline,
 * retries with backoff (at most {@code 1 + maxRetries} requests, OkHttp's own retry is off), error
 * mapping, size limits and redaction; a {@link ResponseHandler} turns a 2xx response into the
 * result (a JSON value, or an open stream once its first chunk arrived). Synchronous, asynchronous
 * and streaming calls, typed or raw, all end in {@link #run}.
 *
 * <p>A pipeline is immutable. {@link #with} makes a view with other per-call settings that shares
 * this one's connection pool, threads and limits.
 */
public final class Pipeline {
  /** DeepSeek's request id header. */
  public static final String TRACE_ID_HEADER = "x-ds-trace-id";

  private final Shared shared;
  private final OkHttpClient http;
  private final int maxRetries;
  private final Duration timeout;
  private final Map<String, String> extraHeaders;
  private final Map<String, String> extraQuery;
  private final Map<String, JsonElement> extraBody;
  private final Consumer<Response> onSuccess;

  /** Size limits of what the client reads, in bytes. */
  public static final class Limits {
    final long responseBytes;
    final long errorBodyBytes;
    final long streamEventBytes;

    public Limits(long responseBytes, long errorBodyBytes, long streamEventBytes) {
      this.responseBytes = responseBytes;
      this.errorBodyBytes = errorBodyBytes;
      this.streamEventBytes = streamEventBytes;
    }
  }

  /** What every view of one client shares. */
  private static final class Shared {
    final OkHttpClient http;
    final boolean ownsHttp;
    final Gson gson;
    final Failures failures;
    final Sleeper sleeper;
    final Limits limits;
    final AsyncExecutor async;
    final Retrofit retrofit;
    /** Null when the client has no listener: then no call does any listener work. */
    final DeepSeekListener listener;
    /** Open text-to-speech sockets, closed with the client. */
    final java.util.Set<SpeechSocket> sockets = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Runs the sockets' reader loops; made on first use. */
    private okhttp3.Dispatcher socketDispatcher;
    volatile boolean closed;

    /**
     * OkHttp runs a WebSocket's reader loop on its dispatcher for the whole session. Its default
     * threads are not daemons and count against {@code maxRequests} (64); these are daemons, like the
     * client's other threads, and unlimited in number (each is one open session the caller holds).
     */
    synchronized okhttp3.Dispatcher socketDispatcher() {
      if (socketDispatcher == null) {
        java.util.concurrent.ThreadPoolExecutor threads = new java.util.concurrent.ThreadPoolExecutor(0,
            Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<Runnable>(), task -> {
              Thread thread = new Thread(task, "deepseek-speech-socket");
              thread.setDaemon(true);
              // OkHttp rethrows a handshake's RuntimeException on this thread after it reported it to the
              // session's listener as an IOException (e.g. its NumberFormatException for a 503's Retry-After
              // beyond an int); the session already fails with it, so it is not printed again. Errors are.
              thread.setUncaughtExceptionHandler((t, e) -> {
                if (!(e instanceof RuntimeException)) {
                  t.getThreadGroup().uncaughtException(t, e);
                }
              });
              return thread;
            });
        socketDispatcher = new okhttp3.Dispatcher(threads);
        socketDispatcher.setMaxRequests(Integer.MAX_VALUE);
        socketDispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
      }
      return socketDispatcher;
    }

    synchronized void shutdownSockets() {
      for (SpeechSocket socket : sockets) {
        socket.close();
      }
      if (socketDispatcher != null) {
        socketDispatcher.executorService().shutdown();
      }
    }

    Shared(OkHttpClient http, boolean ownsHttp, Gson gson, Redactor redactor, Sleeper sleeper, Limits limits,
        int maxConcurrentRequests, HttpUrl baseUrl, Pipeline root, DeepSeekListener listener) {
      this.http = http;
      this.listener = listener;
      this.ownsHttp = ownsHttp;
      this.gson = gson;
      this.failures = new Failures(gson, redactor);
      this.sleeper = sleeper;
      this.limits = limits;
      this.async = new AsyncExecutor(maxConcurrentRequests);
      this.retrofit = new Retrofit.Builder()
          .baseUrl(baseUrl)
          .client(http)
          .addCallAdapterFactory(new OperationCall.AdapterFactory(root))
          .addConverterFactory(new JsonBodies(gson))
          .build();
    }
  }

  /**
   * @param http the client's OkHttpClient; redirects and OkHttp's connection-failure retry are
   *     turned off on the copy this pipeline uses
   * @param ownsHttp whether {@link #close()} may evict the connection pool (false for a user's client)
   * @param maxRetries retries after the first attempt
   * @param timeout overall deadline across attempts (streams: until the first chunk); zero for none
   */
  public Pipeline(OkHttpClient http, boolean ownsHttp, Gson gson, Redactor redactor, Sleeper sleeper, Limits limits,
      int maxConcurrentRequests, HttpUrl baseUrl, int maxRetries, Duration timeout) {
    this(http, ownsHttp, gson, redactor, sleeper, limits, maxConcurrentRequests, baseUrl, maxRetries, timeout, null);
  }

  /** As above, with a {@code listener} told about every call (null for none). */
  public Pipeline(OkHttpClient http, boolean ownsHttp, Gson gson, Redactor redactor, Sleeper sleeper, Limits limits,
      int maxConcurrentRequests, HttpUrl baseUrl, int maxRetries, Duration timeout, DeepSeekListener listener) {
    this.http = http.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(okhttp3.Authenticator.NONE) // a 401 is the call's answer, not a cue to resend with other credentials
        .addNetworkInterceptor(new RetryAfterGuard())
        .build();
    this.shared = new Shared(this.http, ownsHttp, gson, redactor, sleeper, limits, maxConcurrentRequests, baseUrl,
        this, listener);
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.extraHeaders = Collections.emptyMap();
    this.extraQuery = Collections.emptyMap();
    this.extraBody = Collections.emptyMap();
    this.onSuccess = null;
  }

  private Pipeline(Pipeline base, OkHttpClient http, int maxRetries, Duration timeout, Map<String, String> headers,
      Map<String, String> query, Map<String, JsonElement> body, Consumer<Response> onSuccess) {
    this.shared = base.shared;
    this.http = http;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.extraHeaders = headers;
    this.extraQuery = query;
    this.extraBody = body;
    this.onSuccess = onSuccess;
  }

  /**
   * A view with other settings; a null argument keeps this one's. Maps are added to this view's
   * (a later value for the same name wins).
   */
  public Pipeline with(Integer maxRetries, Duration timeout, Duration readTimeout, Map<String, String> headers,
      Map<String, String> query, Map<String, JsonElement> body) {
    OkHttpClient viewHttp = readTimeout == null ? http
        : http.newBuilder().readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build();
    return new Pipeline(this, viewHttp, maxRetries != null ? maxRetries : this.maxRetries,
        timeout != null ? timeout : this.timeout, merge(extraHeaders, headers), merge(extraQuery, query),
        merge(extraBody, body), onSuccess);
  }

  /** A view that passes every successful response (before its body is read) to {@code onSuccess}. */
  public Pipeline recording(Consumer<Response> onSuccess) {
    return new Pipeline(this, http, maxRetries, timeout, extraHeaders, extraQuery, extraBody, onSuccess);
  }

  private static <V> Map<String, V> merge(Map<String, V> base, Map<String, V> more) {
    if (more == null || more.isEmpty()) {
      return base;
    }
    Map<String, V> merged = new java.util.LinkedHashMap<>(base);
    merged.putAll(more);
    return Collections.unmodifiableMap(merged);
  }

  /** The generated Retrofit interface {@code api}, whose methods return {@link OperationCall}s. */
  public <A> A api(Class<A> api) {
    return shared.retrofit.create(api);
  }

  // ---- entry points ----

  /** Runs {@code call} and returns its parsed 2xx body. */
  public <T> T execute(retrofit2.Call<T> call) {
    OperationCall<T> operation = (OperationCall<T>) call;
    return run(operation.request(), json(operation.converter()), new CallControl());
  }

  /** {@link #execute} on the client's async threads; cancelling the future cancels the call at any moment. */
  public <T> CompletableFuture<T> executeAsync(retrofit2.Call<T> call) {
    return execute((OperationCall<T>) call, new CallControl());
  }

  <T> CompletableFuture<T> execute(OperationCall<T> call, CallControl control) {
    ResponseHandler<T> handler = json(call.converter());
    return submit(call.request(), control, (prepared, observation) -> attempts(prepared, handler, control, observation));
  }

  /**
   * Starts {@code call} as a stream ({@code "stream": true} added to its JSON body) and returns it
   * once its first chunk arrived; failures before that are retried like a plain call.
   *
   * @param shape what the chunks are and how the stream ends
   */
  public <T> ChunkStream<T> stream(retrofit2.Call<?> call, StreamShape<T> shape) {
    CallControl control = new CallControl();
    return run(streaming(call.request()), streamHandler(shape), control);
  }

  /**
   * {@link #stream} on the client's async threads: each chunk goes to {@code onChunk} in order, and
   * the future completes with {@code result} after the last one. Cancelling the future cancels the
   * call at any moment (queued, before headers, during keep-alives, mid-stream).
   */
  public <T, R> CompletableFuture<R> streamAsync(retrofit2.Call<?> call, StreamShape<T> shape,
      Consumer<? super T> onChunk, Supplier<R> result) {
    CallControl control = new CallControl();
    ResponseHandler<ChunkStream<T>> handler = streamHandler(shape);
    return submit(streaming(call.request()), control, (prepared, observation) -> {
      try (ChunkStream<T> chunks = attempts(prepared, handler, control, observation)) {
        for (T chunk : chunks) {
          onChunk.accept(chunk);
        }
      }
      return result.get();
    });
  }

  /** Sends {@code method} to {@code url} with an optional JSON {@code body}; the 2xx body parsed as {@code type}. */
  public <T> DeepSeekResponse<T> raw(String method, HttpUrl url, Object body, Type type) {
    RequestBody requestBody = body == null ? null : new JsonRequestBody(shared.gson, body, body.getClass());
    Request request = new Request.Builder().url(url).method(method, requestBody).build();
    @SuppressWarnings("unchecked")
    Converter<ResponseBody, T> converter =
        (Converter<ResponseBody, T>) shared.retrofit.responseBodyConverter(type, new java.lang.annotation.Annotation[0]);
    ResponseHandler<T> parse = json(converter);
    return run(request, (response, exchange) -> new DeepSeekResponse<>(parse.handle(response, exchange),
        response.code(), response.headers().toMultimap(), response.header(TRACE_ID_HEADER)), new CallControl());
  }

  /** Stops async threads and, for a connection pool the client made, closes its idle connections. */
  public void close() {
    shared.closed = true;
    shared.async.shutdownNow();
    shared.shutdownSockets();
    if (shared.ownsHttp) {
      shared.http.connectionPool().evictAll();
    }
  }

  // ---- the attempt loop ----

  /** Turns a 2xx response into the call's result; owns the response (closes it unless the result holds it). */
  interface ResponseHandler<R> {
    R handle(Response response, Exchange exchange) throws IOException;
  }

  /** What a handler may need of the attempt it handles. */
  static final class Exchange {
    final Request request;
    final Call call;
    final Deadline deadline;
    final long readTimeoutMillis;
    /** The call's listener state; null without a listener. */
    final CallObservation observation;

    Exchange(Request request, Call call, Deadline deadline, long readTimeoutMillis, CallObservation observation) {
      this.request = request;
      this.call = call;
      this.deadline = deadline;
      this.readTimeoutMillis = readTimeoutMillis;
      this.observation = observation;
    }
  }

  /** Sends {@code request} until it succeeds or may not be retried; at most {@code 1 + maxRetries} times. */
  <R> R run(Request request, ResponseHandler<R> handler, CallControl control) {
    checkOpen();
    Request prepared = withExtras(request);
    return attempts(prepared, handler, control, observe(prepared));
  }

  private void checkOpen() {
    if (shared.closed) {
      throw new IllegalStateException("the DeepSeekClient is closed");
    }
  }

  /** Tells the listener that {@code prepared} starts; null without a listener. */
  private CallObservation observe(Request prepared) {
    return shared.listener == null ? null : CallObservation.start(shared.listener, prepared);
  }

  /** The attempts of {@link #run}, for a request with its extras applied. */
  private <R> R attempts(Request prepared, ResponseHandler<R> handler, CallControl control, CallObservation observation) {
    Deadline deadline = new Deadline(timeout);
    return retrying(deadline, control, observation, () -> {
      checkOpen(); // the client may have closed since the call started (or while it waited in the async queue)
      Call call = http.newCall(prepared);
      control.attach(call);
      deadline.watch(call);
      Response response = null;
      try {
        response = call.execute();
        if (observation != null) {
          observation.headers(response);
        }
        if (response.isSuccessful()) {
          if (onSuccess != null) {
            onSuccess.accept(response);
          }
          Response handed = response;
          response = null;
          R result = handler.handle(handed, new Exchange(prepared, call, deadline, http.readTimeoutMillis(), observation));
          if (observation != null) {
            observation.returned(result);
          }
          return result;
        }
        throw new AttemptFailed(statusFailure(response, call), response.headers(), UploadBody.canResend(prepared));
      } catch (IOException e) {
        throw new AttemptFailed(ioFailure(prepared, e, deadline), null, UploadBody.canResend(prepared));
      } catch (DeepSeekException e) {
        throw new AttemptFailed(e, null, UploadBody.canResend(prepared));
      } finally {
        deadline.stop();
        if (response != null) {
          response.close();
        }
      }
    });
  }

  /** One try of a call: its result, or {@link AttemptFailed}. */
  private interface Attempt<R> {
    R run() throws AttemptFailed;
  }

  /** How a try failed: the exception the call throws if it is not tried again, and what decides that. */
  private static final class AttemptFailed extends Exception {
    private static final long serialVersionUID = 1L;

    final DeepSeekException failure;
    /** The failed response's headers ({@code Retry-After}...); null without a response. */
    final Headers headers;
    /** False when the request cannot be sent again (a one-shot upload stream already read). */
    final boolean resendable;

    AttemptFailed(DeepSeekException failure, Headers headers, boolean resendable) {
      super(null, null, false, false);
      this.failure = failure;
      this.headers = headers;
      this.resendable = resendable;
    }
  }

  /**
   * The one retry loop of every call (HTTP requests and WebSocket handshakes): runs {@code attempt}
   * until it returns or may not be retried ({@link #awaitRetry}), at most {@code 1 + maxRetries} times,
   * and tells the listener of each retry and of the end of a failed call.
   */
  private <R> R retrying(Deadline deadline, CallControl control, CallObservation observation, Attempt<R> attempt) {
    for (int retries = 0; ; retries++) {
      AttemptFailed failed;
      try {
        return attempt.run();
      } catch (AttemptFailed e) {
        failed = e;
      } catch (RuntimeException | Error e) {
        if (observation != null) {
          observation.end(e);
        }
        throw e;
      }
      try {
        if (!failed.resendable) {
          throw failed.failure;
        }
        awaitRetry(retries, failed.failure, failed.headers, deadline, control);
      } catch (DeepSeekException e) {
        if (observation != null) {
          observation.end(e);
        }
        throw e;
      }
      if (observation != null) {
        observation.retrying(retries + 2, failed.failure);
      }
    }
  }

  private DeepSeekException ioFailure(Request request, IOException e, Deadline deadline) {
    if (e instanceof SseReader.EventTooLargeException) {
      return shared.failures.tooLarge(request, "a stream event", 200, null, shared.limits.streamEventBytes,
          ((SseReader.EventTooLargeException) e).prefix);
    }
    return shared.failures.io(request, e, deadline, http.readTimeoutMillis());
  }

  /** Returns when retry number {@code attempt + 1} may start; throws {@code failure} when it may not. */
  private void awaitRetry(int attempt, DeepSeekException failure, Headers headers, Deadline deadline,
      CallControl control) {
    if (attempt >= maxRetries || control.isCancelled() || !RetryPolicy.isRetryable(failure)) {
      throw failure;
    }
    long delay = RetryPolicy.delayMillis(attempt + 1, headers);
    if (deadline.expired() || !deadline.allowsWait(delay)) {
      throw failure;
    }
    try {
      shared.sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(e);
      throw failure;
    }
    if (control.isCancelled()) {
      throw failure;
    }
  }

  private DeepSeekException statusFailure(Response response, Call call) throws IOException {
    String location = response.isRedirect() ? response.header("Location") : null;
    String body = errorText(response.body(), shared.limits.errorBodyBytes, call);
    return shared.failures.status(response.code(), response.header(TRACE_ID_HEADER), body, location);
  }

  /**
   * At most {@code limit} bytes of an error body as text, marked when cut. A cut body's call is
   * cancelled, so closing the response does not drain the rest (OkHttp reads on for up to 100 ms).
   */
  static String errorText(ResponseBody body, long limit, Call call) throws IOException {
    if (body == null) {
      return null;
    }
    BufferedSource source = body.source();
    boolean cut = source.request(limit + 1);
    if (cut && call != null) {
      call.cancel();
    }
    Buffer buffer = source.getBuffer();
    String text = buffer.readUtf8(Math.min(buffer.size(), limit));
    return cut ? text + "... (cut at " + limit + " bytes)" : text;
  }

  // ---- handlers ----

  /** Reads the whole body (within the limit) and parses it with {@code converter}. */
  <T> ResponseHandler<T> json(Converter<ResponseBody, T> converter) {
    return (response, exchange) -> {
      try (Response owned = response) {
        return parse(owned, exchange, converter);
      }
    };
  }

  private <T> T parse(Response response, Exchange exchange, Converter<ResponseBody, T> converter)
      throws IOException {
    ResponseBody body = response.body();
    String traceId = response.header(TRACE_ID_HEADER);
    long limit = shared.limits.responseBytes;
    if (body.contentLength() > limit) {
      exchange.call.cancel(); // else closing the response drains the body for up to 100 ms
      throw shared.failures.tooLarge(exchange.request, "the response body (Content-Length " + body.contentLength()
          + ")", response.code(), traceId, limit, "");
    }
    BufferedSource source = body.source();
    if (source.request(limit + 1)) {
      exchange.call.cancel();
      throw shared.failures.tooLarge(exchange.request, "the response body", response.code(), traceId, limit,
          source.getBuffer().readUtf8(1024));
    }
    Buffer buffer = source.getBuffer();
    if (isBlank(buffer)) {
      throw shared.failures.malformed(response.code(), traceId, "an empty body", buffer.readUtf8(), null);
    }
    T value;
    try {
      value = converter.convert(body); // its source's buffer holds the whole body now
    } catch (JsonParseException | IllegalStateException | IOException e) {
      throw shared.failures.malformed(response.code(), traceId,
          "a body that is not valid JSON for the expected type (" + e.getMessage() + ")", buffer.readUtf8(), e);
    }
    String missing = SpecFacts.missingRequired(value);
    if (missing != null) {
      throw shared.failures.malformed(response.code(), traceId,
          "a body without the required field \"" + missing + "\"", buffer.readUtf8(), null);
    }
    return value;
  }

  private static boolean isBlank(Buffer buffer) {
    for (long i = 0; i < buffer.size(); i++) {
      byte b = buffer.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private <T> ResponseHandler<ChunkStream<T>> streamHandler(StreamShape<T> shape) {
    return (response, exchange) -> {
      MediaType type = response.body().contentType();
      if (type != null && "json".equals(type.subtype())) {
        try (Response owned = response) {
          String body = errorText(owned.body(), shared.limits.errorBodyBytes, exchange.call);
          String traceId = owned.header(TRACE_ID_HEADER);
          DeepSeekException error = shared.failures.streamError(owned.code(), traceId, body);
          throw error != null ? error : shared.failures.malformed(owned.code(), traceId,
              "an application/json body where a text/event-stream was requested", body, null);
        }
      }
      SseChunkStream<T> stream = new SseChunkStream<>(response, exchange, shared.gson, shared.failures,
          shared.limits.streamEventBytes, shape);
      try {
        stream.readFirstChunk();
      } catch (IOException | RuntimeException e) {
        stream.close();
        throw e;
      }
      return stream;
    };
  }

  // ---- requests ----

  /** {@code request} as a stream: {@code "stream": true} in its JSON body and an event-stream {@code Accept}. */
  private Request streaming(Request request) {
    JsonRequestBody body = JsonRequestBody.of(request, shared.gson);
    return request.newBuilder()
        .header("Accept", "text/event-stream")
        .method(request.method(), body.with(Collections.singletonMap("stream", new JsonPrimitive(true))))
        .build();
  }

  private Request withExtras(Request request) {
    if (extraHeaders.isEmpty() && extraQuery.isEmpty() && extraBody.isEmpty()) {
      return request;
    }
    Request.Builder builder = request.newBuilder();
    for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    if (!extraQuery.isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      for (Map.Entry<String, String> parameter : extraQuery.entrySet()) {
        url.setQueryParameter(parameter.getKey(), parameter.getValue());
      }
      builder.url(url.build());
    }
    JsonRequestBody body = extraBody.isEmpty() ? null : JsonRequestBody.of(request, shared.gson);
    if (body != null) {
      builder.method(request.method(), body.with(extraBody));
    }
    return builder.build();
  }

  // ---- async ----

  /** An async call's work on a client thread, given its request with the extras applied and its observation. */
  private interface AsyncWork<R> {
    R run(Request prepared, CallObservation observation);
  }

  /**
   * Runs {@code work} for {@code request} on the async threads; the future's cancellation cancels
   * {@code control}. The listener hears of the call at once, on the calling thread (so it sees the
   * caller's context, e.g. its OpenTelemetry span), and of its end also when it never ran (cancelled
   * while queued, client closed).
   */
  private <R> CompletableFuture<R> submit(Request request, CallControl control, AsyncWork<R> work) {
    if (shared.closed) {
      CompletableFuture<R> closed = new CompletableFuture<>();
      closed.completeExceptionally(new IllegalStateException("the DeepSeekClient is closed"));
      return closed;
    }
    Request prepared = withExtras(request);
    CallObservation observation = observe(prepared);
    CompletableFuture<R> future = shared.async.submit(control, () -> work.run(prepared, observation));
    if (observation != null) {
      future.whenComplete((result, error) -> {
        if (error != null) {
          observation.end(error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
        }
      });
    }
    return future;
  }

  // ---- other bodies: uploads, downloads, endpoints under another base (files and tools) ----

  /**
   * The generated interface {@code api} resolving its paths against {@code baseUrl} instead of the
   * client's (the {@code /v1/tools/...} paths live under the API host, not under a {@code /v1} base).
   */
  public <A> A api(Class<A> api, HttpUrl baseUrl) {
    return shared.retrofit.newBuilder().baseUrl(baseUrl).build().create(api);
  }

  /**
   * Runs {@code call} and copies its 2xx body to {@code out} as it arrives, without buffering it
   * whole and without the JSON size limit; returns the number of bytes written. A failure before
   * the first byte is retried like any call; once bytes were written it is an
   * {@link io.github.deepseekjava.errors.IncompleteDownloadException}, never retried. {@code out} is
   * flushed, not closed; its own write failures propagate as {@link java.io.UncheckedIOException}.
   */
  public long download(retrofit2.Call<ResponseBody> call, java.io.OutputStream out) {
    return run(call.request(), copyTo(out), new CallControl());
  }

  /** {@link #download} on the client's async threads; cancelling the future cancels the call. */
  public CompletableFuture<Long> downloadAsync(retrofit2.Call<ResponseBody> call, java.io.OutputStream out) {
    CallControl control = new CallControl();
    ResponseHandler<Long> handler = copyTo(out);
    return submit(call.request(), control, (prepared, observation) -> attempts(prepared, handler, control, observation));
  }

  private ResponseHandler<Long> copyTo(java.io.OutputStream out) {
    return (response, exchange) -> {
      try (Response owned = response) {
        ResponseBody body = owned.body();
        long expected = body.contentLength();
        BufferedSource source = body.source();
        Buffer chunk = new Buffer();
        long written = 0;
        try {
          for (long read; (read = source.read(chunk, 64 * 1024)) != -1; ) {
            written += read;
            writeOut(chunk, out);
          }
          if (expected >= 0 && written != expected) {
            throw new java.io.EOFException("expected " + expected + " bytes");
          }
        } catch (IOException e) {
          if (written == 0) {
            throw e; // nothing delivered yet: the attempt may be repeated
          }
          throw shared.failures.incompleteDownload(exchange.request, owned.code(), owned.header(TRACE_ID_HEADER),
              written, expected, e);
        }
        try {
          out.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return written;
      }
    };
  }

  // ---- the text-to-speech WebSocket ----

  /**
   * Opens the WebSocket at {@code url} (an http(s) URL; OkHttp upgrades it) and returns it once the
   * server accepted it. A refused handshake becomes the status's exception, exactly as for any call,
   * and is retried like one (nothing was sent on a socket that never opened); the client's timeout
   * bounds the handshake across retries. The view's extra headers and query parameters apply; extra
   * body properties do not (there is no body).
   *
   * @param operation the operation id the listener sees
   */
  public SpeechSocket openSpeechSocket(HttpUrl url, String operation, SpeechSocket.AudioSink sink) {
    checkOpen();
    Request request = withExtras(new Request.Builder().url(url).build()); // no body: headers and query only
    OkHttpClient socketHttp = http.newBuilder().dispatcher(shared.socketDispatcher()).build(); // this view's timeouts
    CallObservation observation = shared.listener == null ? null
        : CallObservation.start(shared.listener, operation, true);
    Deadline deadline = new Deadline(timeout);
    return retrying(deadline, new CallControl(), observation, () -> {
      checkOpen();
      SpeechSocket[] holder = new SpeechSocket[1];
      SpeechSocket socket = new SpeechSocket(request, sink, shared.gson, shared.failures, shared.limits.errorBodyBytes,
          timeout, deadline, http.readTimeoutMillis(), observation, () -> shared.sockets.remove(holder[0]));
      holder[0] = socket;
      shared.sockets.add(socket); // before it opens, so a session that ends at once is removed after it was added
      try {
        socket.awaitOpen(socketHttp.newWebSocket(request, socket), deadline);
      } catch (DeepSeekException e) {
        shared.sockets.remove(socket);
        throw new AttemptFailed(e, socket.handshakeFailureHeaders(), true); // nothing was sent on it
      }
      if (shared.closed) {
        socket.close(); // the client closed while this one opened
        throw new IllegalStateException("the DeepSeekClient is closed");
      }
      return socket;
    });
  }

  private static void writeOut(Buffer chunk, java.io.OutputStream out) {
    try {
      chunk.writeTo(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
