package io.github.deepseekjava;

import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.internal.AuthInterceptor;
import io.github.deepseekjava.internal.HttpLogger;
import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.Redactor;
import io.github.deepseekjava.internal.Sleeper;
import io.github.deepseekjava.internal.SpecFacts;
import io.github.deepseekjava.internal.api.ChatApi;
import io.github.deepseekjava.internal.api.CompletionsApi;
import io.github.deepseekjava.internal.api.FilesApi;
import io.github.deepseekjava.internal.api.ModelsApi;
import io.github.deepseekjava.internal.api.ResponsesApi;
import io.github.deepseekjava.internal.api.ToolsApi;
import io.github.deepseekjava.internal.api.UserApi;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The DeepSeek API client. Immutable and thread-safe: build one, share it, and {@link #close()} it
 * when the application no longer needs it (its threads are daemons, so a program also exits
 * without closing it).
 *
 * <pre>{@code
 * try (DeepSeekClient client = DeepSeekClient.fromEnv()) {
 *   ChatCompletion completion = client.chat().create("deepseek-flash", "Hello!");
 *   System.out.println(completion.getChoices().get(0).getMessage().getContent());
 * }
 * }</pre>
 *
 * <p>Operations are grouped by resource: {@link #chat()}, {@link #fim()}, {@link #models()},
 * {@link #balance()}, {@link #responses()}, {@link #files()}, {@link #tools()}; {@link #async()} has the same
 * services returning futures. Every call goes
 * through one pipeline: auth, the overall deadline, retries with backoff, size limits, error mapping
 * and logging. A failed call throws a subclass of {@link DeepSeekException}; an invalid request
 * throws {@link IllegalArgumentException} naming the field, before any network call.
 */
public final class DeepSeekClient implements AutoCloseable {
  /** {@value}, the default base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.deepseek.com";
  /** Environment variable holding the API key. */
  public static final String ENV_API_KEY = "DEEPSEEK_API_KEY";
  /** Environment variable overriding the base URL. */
  public static final String ENV_BASE_URL = "DEEPSEEK_BASE_URL";

  static final String USER_AGENT = SpecFacts.USER_AGENT;

  private final Builder settings;
  private final HttpUrl baseUrl;
  private final Pipeline pipeline;
  private final Apis apis;
  // The services are made on first use (a client that only chats loads and makes nothing else; a
  // withResponse/withOptions view makes only what its lambda uses). They are stateless, so two threads
  // racing to make one both get a working service; volatile publishes it safely.
  private volatile ChatService chat;
  private volatile FimService fim;
  private volatile ModelsService models;
  private volatile BalanceService balance;
  private volatile ResponsesService responses;
  private volatile FilesService files;
  private volatile ToolsService tools;
  private volatile DeepSeekAsyncClient async;

  /**
   * The generated interfaces, shared by a client and its views; each is made on first use (a Retrofit
   * proxy: threads racing may each make one, all equivalent; volatile publishes it safely).
   */
  private static final class Apis {
    private final Pipeline pipeline;
    final HttpUrl toolsBaseUrl;
    private volatile ChatApi chat;
    private volatile CompletionsApi completions;
    private volatile ModelsApi models;
    private volatile UserApi user;
    private volatile ResponsesApi responses;
    private volatile FilesApi files;
    private volatile ToolsApi tools;

    Apis(Pipeline pipeline, HttpUrl baseUrl) {
      this.pipeline = pipeline;
      this.toolsBaseUrl = ToolsService.toolsBaseUrl(baseUrl);
    }

    ChatApi chat() {
      return chat != null ? chat : (chat = pipeline.api(ChatApi.class));
    }

    CompletionsApi completions() {
      return completions != null ? completions : (completions = pipeline.api(CompletionsApi.class));
    }

    ModelsApi models() {
      return models != null ? models : (models = pipeline.api(ModelsApi.class));
    }

    UserApi user() {
      return user != null ? user : (user = pipeline.api(UserApi.class));
    }

    ResponsesApi responses() {
      return responses != null ? responses : (responses = pipeline.api(ResponsesApi.class));
    }

    FilesApi files() {
      return files != null ? files : (files = pipeline.api(FilesApi.class));
    }

    ToolsApi tools() {
      return tools != null ? tools : (tools = pipeline.api(ToolsApi.class, toolsBaseUrl));
    }
  }

  private DeepSeekClient(Builder builder) {
    this.settings = builder.copy();
    this.baseUrl = builder.parsedBaseUrl();
    this.pipeline = new Pipeline(builder.buildHttpClient(), builder.okHttpClient == null, DeepSeekJson.gson(),
        new Redactor(builder.apiKey), builder.sleeper,
        new Pipeline.Limits(builder.maxResponseBytes, builder.maxErrorBodyBytes, builder.maxStreamEventBytes),
        builder.maxConcurrentRequests, baseUrl, builder.maxRetries, builder.timeout, builder.listener);
    this.apis = new Apis(pipeline, baseUrl);
  }

  private DeepSeekClient(DeepSeekClient base, Pipeline view) {
    this.settings = base.settings;
    this.baseUrl = base.baseUrl;
    this.pipeline = view;
    this.apis = base.apis;
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code DEEPSEEK_API_KEY} (required) and
   * {@code DEEPSEEK_BASE_URL} (optional, default {@value #DEFAULT_BASE_URL}).
   *
   * @throws IllegalStateException when {@code DEEPSEEK_API_KEY} is not set
   */
  public static DeepSeekClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Chat completions: {@code client.chat().create(request)}, {@code client.chat().stream(request)}. */
  public ChatService chat() {
    return chat != null ? chat : (chat = new ChatService(pipeline, apis.chat()));
  }

  /** FIM completions (beta): {@code client.fim().create(model, prompt, suffix)}. */
  public FimService fim() {
    return fim != null ? fim : (fim = new FimService(pipeline, apis.completions()));
  }

  /** The models the account can use: {@code client.models().list()}. */
  public ModelsService models() {
    return models != null ? models : (models = new ModelsService(pipeline, apis.models()));
  }

  /** The account balance: {@code client.balance().get()}. */
  public BalanceService balance() {
    return balance != null ? balance : (balance = new BalanceService(pipeline, apis.user()));
  }

  /**
   * The Responses API (OpenAI Responses format, stateless): {@code client.responses().create(request)},
   * {@code client.responses().stream(request)}.
   */
  public ResponsesService responses() {
    return responses != null ? responses : (responses = new ResponsesService(pipeline, apis.responses()));
  }

  /** Uploaded images and parsed documents: {@code client.files().upload(FileUpload.of(path), FilesService.USER_DATA)}. */
  public FilesService files() {
    return files != null ? files : (files = new FilesService(pipeline, apis.files()));
  }

  /** Web search and fetch, OCR, text to speech and speech to text: {@code client.tools().search(query)}. */
  public ToolsService tools() {
    return tools != null ? tools : (tools = new ToolsService(pipeline, apis.tools(), apis.toolsBaseUrl));
  }

  /** The same services without blocking, returning futures; see {@link DeepSeekAsyncClient}. */
  public DeepSeekAsyncClient async() {
    DeepSeekAsyncClient view = async;
    if (view == null) {
      view = new DeepSeekAsyncClient(new AsyncChatService(pipeline, chat()), new AsyncFimService(pipeline, fim()),
          new AsyncModelsService(pipeline, apis.models()), new AsyncBalanceService(pipeline, apis.user()),
          new AsyncResponsesService(pipeline, responses()), new AsyncFilesService(pipeline, apis.files()),
          new AsyncToolsService(pipeline, apis.tools()));
      async = view;
    }
    return view;
  }

  /** Calls to any path with this client's key, base URL, retries and error mapping; see {@link RawRequests}. */
  public RawRequests raw() {
    return new RawRequests(baseUrl, pipeline);
  }

  /**
   * A view of this client whose calls use {@code options} where set (retries, deadline, read
   * timeout, extra headers, query parameters and body properties). It shares this client's
   * connection pool and threads, so closing either closes both. Cheap enough to call per request.
   */
  public DeepSeekClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    return new DeepSeekClient(this, pipeline.with(options.maxRetries(), options.timeout(), options.readTimeout(),
        options.headers(), options.queryParameters(), options.bodyProperties()));
  }

  /**
   * Runs {@code call} with a view of this client and returns its result with the HTTP status,
   * headers and {@code x-ds-trace-id} of the (last) successful response.
   *
   * <pre>{@code
   * DeepSeekResponse<ChatCompletion> response = client.withResponse(c -> c.chat().create(request));
   * System.out.println(response.traceId());
   * }</pre>
   *
   * @throws IllegalStateException when {@code call} made no call with the client it was given
   */
  public <T> DeepSeekResponse<T> withResponse(Function<? super DeepSeekClient, T> call) {
    Objects.requireNonNull(call, "call == null");
    AtomicReference<Response> last = new AtomicReference<>();
    T body = call.apply(new DeepSeekClient(this, pipeline.recording(last::set)));
    Response response = last.get();
    if (response == null) {
      throw new IllegalStateException("the function made no call with the client it was given");
    }
    return new DeepSeekResponse<>(body, response.code(), response.headers().toMultimap(),
        response.header(Pipeline.TRACE_ID_HEADER));
  }

  /**
   * A builder preset with this client's settings. A client it builds shares this one's connection
   * pool (unless given another OkHttpClient) but has its own async threads.
   */
  public Builder newBuilder() {
    return settings.copy();
  }

  /** The base URL requests are sent to; beta requests go to its {@code beta/} sub-path. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Stops the client's async threads (running and queued async calls fail) and closes idle
   * connections of the pool it created (not of an OkHttpClient you supplied). Later calls throw
   * {@link IllegalStateException}. Views from {@link #withOptions} share these resources: closing one
   * closes them all. Idempotent.
   */
  @Override
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "DeepSeekClient{baseUrl=" + baseUrl + "}";
  }

  /**
   * Configures a {@link DeepSeekClient}. Only the API key is required. Setters fail fast on invalid
   * values; {@link #build()} fails when the key is missing.
   */
  public static final class Builder {
    /** Default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Default read timeout: 10 minutes of silence between bytes. DeepSeek may hold a request for up
     * to 10 minutes before inference starts (sending keep-alive bytes), and thinking models can take
     * minutes before answering.
     */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(10);
    /** Default write timeout: 60 seconds. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
    /** Default number of retries after the first attempt: 2. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /**
     * Default overall deadline of a call including its retries: 30 minutes. For streams it bounds the
     * time until the first chunk only, so it never cuts a long answer.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
    /**
     * Default limit of asynchronous calls and streams running at once: 256 (OkHttp's own dispatcher
     * allows 5 per host). Synchronous calls are not limited.
     */
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 256;
    /** Default limit of a response body after decompression: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;
    /** Default limit of an error body read for the exception: 1 MiB (the rest is not read). */
    public static final long DEFAULT_MAX_ERROR_BODY_BYTES = 1L << 20;
    /** Default limit of one server-sent event (or line) of a stream: 4 MiB. */
    public static final long DEFAULT_MAX_STREAM_EVENT_BYTES = 4L << 20;

    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private boolean allowInsecureHttp;
    private OkHttpClient okHttpClient;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private Duration timeout = DEFAULT_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private long maxErrorBodyBytes = DEFAULT_MAX_ERROR_BODY_BYTES;
    private long maxStreamEventBytes = DEFAULT_MAX_STREAM_EVENT_BYTES;
    private Sleeper sleeper = Sleeper.REAL;
    private LogLevel logLevel = LogLevel.NONE;
    private DeepSeekListener listener;
    /** The default OkHttpClient once built; clients made with {@link DeepSeekClient#newBuilder()} share its pool. */
    private OkHttpClient defaultHttp;

    Builder() {
    }

    /** The API key ({@code sk-...}). Required. Never logged or included in messages. */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.trim().isEmpty()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      for (int i = 0; i < apiKey.length(); i++) {
        char c = apiKey.charAt(i);
        if (c <= ' ' || c >= 0x7f) {
          throw new IllegalArgumentException(
              "apiKey contains a character that is not allowed in an HTTP header (at index " + i + ")");
        }
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The base URL, default {@value DeepSeekClient#DEFAULT_BASE_URL}. Any path prefix is kept (e.g.
     * {@code https://proxy.example/deepseek}). Plain {@code http://} is accepted only for loopback
     * hosts (IP literals in 127.0.0.0/8, {@code ::1}, {@code ::ffff:127.x.x.x} and the exact name
     * {@code localhost}) unless {@link #allowInsecureHttp(boolean)} is set, so the key is not sent in
     * clear text. User info ({@code user:pass@}) is refused.
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL"
            + (baseUrl.contains("@") ? "" : ": " + baseUrl));
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        throw new IllegalArgumentException("baseUrl must not contain user info (user:password@host): it would"
            + " never be sent and could leak into messages and logs; DeepSeek authenticates with the API key");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /** Allows a plain {@code http://} base URL on a non-loopback host. Default false. */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /**
     * Applies {@code DEEPSEEK_API_KEY} and, when set, {@code DEEPSEEK_BASE_URL} from the process environment.
     *
     * @throws IllegalStateException when {@code DEEPSEEK_API_KEY} is not set
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      String key = env.get(ENV_API_KEY);
      if (key == null || key.trim().isEmpty()) {
        throw new IllegalStateException(ENV_API_KEY + " is not set");
      }
      apiKey(key.trim());
      String base = env.get(ENV_BASE_URL);
      if (base != null && !base.trim().isEmpty()) {
        baseUrl(base.trim());
      }
      return this;
    }

    /**
     * An OkHttpClient to build on (its connection pool, interceptors, proxy and timeouts are kept;
     * the client adds its auth interceptor). Default: a new client with the timeouts below.
     * Timeouts set on this builder override the given client's. Whatever the given client says,
     * calls never follow redirects (a 3xx becomes an
     * {@link io.github.deepseekjava.errors.UnexpectedStatusException} with its {@code Location}) and
     * OkHttp does not resend a request on its own (retries are this client's, {@link #maxRetries}; the
     * one exception is a TTS WebSocket handshake answered 503 with {@code Retry-After: 0}, which OkHttp
     * repeats once itself); its
     * {@code authenticator} is not asked after a 401 (the API key is the one credential; a
     * {@code proxyAuthenticator} for a proxy's 407 is kept).
     * {@link DeepSeekClient#close()} leaves its connection pool alone. Asynchronous calls run on the
     * client's own threads (see {@link #maxConcurrentRequests}), not on OkHttp's dispatcher.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /** Connect timeout, default 10 seconds; zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /** Longest silence between two bytes of a response, default 10 minutes; zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout(timeout, "readTimeout");
      return this;
    }

    /** Longest silence while sending a request, default 60 seconds; zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = checkTimeout(timeout, "writeTimeout");
      return this;
    }

    /**
     * Retries after the first attempt, default 2, with exponential backoff and jitter (honouring
     * {@code Retry-After}, capped at 60 s). Retried: connection failures and timeouts, 408, 429, 500,
     * 502, 503, 504, and a 2xx with an empty body; streams only before the first chunk. Never retried:
     * 400, 401, 402, 422.
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = checkRetries(maxRetries);
      return this;
    }

    /**
     * How many asynchronous calls and streams ({@link DeepSeekClient#async()}) run at once, default
     * {@value #DEFAULT_MAX_CONCURRENT_REQUESTS}; more wait in order. They run on the client's own
     * daemon threads, reused while idle (ended after 60 s idle), so a program exits without closing
     * the client. Synchronous calls are not limited.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests < 1: " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * Overall deadline of a call including retries and waits, default 30 minutes; for streams it
     * bounds the time until the first chunk. Zero means none.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = checkTimeout(timeout, "timeout");
      return this;
    }

    /**
     * Largest response body read, after decompression, default 64 MiB; a larger one fails with
     * {@link io.github.deepseekjava.errors.ResponseTooLargeException} after reading the limit, so a
     * hostile or broken server cannot exhaust memory.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = checkLimit(maxResponseBytes, "maxResponseBytes");
      return this;
    }

    /** Largest part of an error body read for the exception, default 1 MiB; the rest is not read. */
    public Builder maxErrorBodyBytes(long maxErrorBodyBytes) {
      this.maxErrorBodyBytes = checkLimit(maxErrorBodyBytes, "maxErrorBodyBytes");
      return this;
    }

    /**
     * Largest server-sent event (or line) of a stream, default 4 MiB; a larger one fails the stream
     * with {@link io.github.deepseekjava.errors.ResponseTooLargeException}.
     */
    public Builder maxStreamEventBytes(long maxStreamEventBytes) {
      this.maxStreamEventBytes = checkLimit(maxStreamEventBytes, "maxStreamEventBytes");
      return this;
    }

    private static long checkLimit(long bytes, String name) {
      if (bytes < 1) {
        throw new IllegalArgumentException(name + " < 1: " + bytes);
      }
      return bytes;
    }

    /**
     * HTTP logging through SLF4J when a backend is bound, else {@code java.util.logging}; default
     * {@link LogLevel#NONE}. The key is always redacted.
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
      return this;
    }

    /**
     * Tells {@code listener} about every call: operation, model, attempts and retry reasons, status,
     * trace id, timings, token usage, finish reasons and the error if any; see {@link DeepSeekListener}.
     * Default none, and without one the client does no listener work. One listener per client; to
     * feed several, write one that calls them (e.g. {@code io.github.deepseekjava.otel.OpenTelemetryListener}
     * and your own).
     */
    public Builder listener(DeepSeekListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    static int checkRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      return maxRetries;
    }

    static Duration checkTimeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + timeout);
      }
      return timeout;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no API key was set, or the base URL is plain http on a
     *     non-loopback host without {@link #allowInsecureHttp(boolean)}
     */
    public DeepSeekClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required (set it, or use fromEnv() with " + ENV_API_KEY + ")");
      }
      HttpUrl url = parsedBaseUrl();
      if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
        throw new IllegalStateException("baseUrl " + url
            + " is plain http on a non-loopback host; the API key would travel unencrypted (use https, or allowInsecureHttp(true))");
      }
      return new DeepSeekClient(this);
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Loopback by address, never by a name that DNS could point elsewhere (only {@code localhost} itself). */
    static boolean isLoopback(String host) {
      if (host.equals("localhost") || host.equals("localhost.")) {
        return true;
      }
      if (IPV4_LITERAL.matcher(host).matches()) {
        return host.startsWith("127.");
      }
      if (host.indexOf(':') >= 0) {
        try {
          return InetAddress.getByName(host).isLoopbackAddress(); // an IPv6 literal: no DNS lookup
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return false;
    }

    HttpUrl parsedBaseUrl() {
      HttpUrl url = HttpUrl.get(baseUrl);
      // Retrofit resolves relative paths against a base that must end with '/'.
      return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
    }

    OkHttpClient buildHttpClient() {
      OkHttpClient.Builder http = baseHttpClient().newBuilder();
      boolean userClient = okHttpClient != null;
      if (!userClient || connectTimeout != DEFAULT_CONNECT_TIMEOUT) {
        http.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (!userClient || readTimeout != DEFAULT_READ_TIMEOUT) {
        http.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (!userClient || writeTimeout != DEFAULT_WRITE_TIMEOUT) {
        http.writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      http.addInterceptor(new AuthInterceptor(apiKey, USER_AGENT));
      if (logLevel != LogLevel.NONE) {
        http.addInterceptor(new HttpLogger(logLevel, new Redactor(apiKey)));
      }
      return http.build();
    }

    private OkHttpClient baseHttpClient() {
      if (okHttpClient != null) {
        return okHttpClient;
      }
      if (defaultHttp == null) {
        defaultHttp = new OkHttpClient();
      }
      return defaultHttp;
    }

    Builder copy() {
      Builder copy = new Builder();
      copy.apiKey = apiKey;
      copy.baseUrl = baseUrl;
      copy.allowInsecureHttp = allowInsecureHttp;
      copy.okHttpClient = okHttpClient;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.writeTimeout = writeTimeout;
      copy.defaultHttp = defaultHttp;
      copy.maxRetries = maxRetries;
      copy.maxConcurrentRequests = maxConcurrentRequests;
      copy.timeout = timeout;
      copy.maxResponseBytes = maxResponseBytes;
      copy.maxErrorBodyBytes = maxErrorBodyBytes;
      copy.maxStreamEventBytes = maxStreamEventBytes;
      copy.sleeper = sleeper;
      copy.logLevel = logLevel;
      copy.listener = listener;
      return copy;
    }

    @Override
    public String toString() {
      return "DeepSeekClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "set") + "}";
    }
  }
}
