package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.internal.AsyncCalls;
import io.github.deepseekjava.internal.AuthInterceptor;
import io.github.deepseekjava.internal.HttpLogger;
import io.github.deepseekjava.internal.JsonBodies;
import io.github.deepseekjava.internal.Redactor;
import io.github.deepseekjava.internal.RequestCapture;
import io.github.deepseekjava.internal.Sleeper;
import io.github.deepseekjava.internal.Transport;
import io.github.deepseekjava.internal.api.ChatApi;
import io.github.deepseekjava.internal.api.CompletionsApi;
import io.github.deepseekjava.internal.api.ModelsApi;
import io.github.deepseekjava.internal.api.UserApi;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionChunkChoice;
import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.ModelList;
import io.github.deepseekjava.model.UserBalance;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.streaming.FimCompletionAccumulator;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Retrofit;

/**
 * The DeepSeek API client. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * DeepSeekClient client = DeepSeekClient.fromEnv();
 * ChatCompletion completion = client.chat("deepseek-v4-flash", "Hello!");
 * System.out.println(completion.getChoices().get(0).getMessage().getContent());
 * }</pre>
 *
 * <p>Every method throws a subclass of {@link DeepSeekException} when the call fails, and
 * {@link IllegalArgumentException} naming the field when a request is invalid (before any network call).
 * Requests that need DeepSeek's beta endpoint (FIM; chat with an assistant {@code prefix} message or
 * {@code strict} tools) are sent under {@code /beta} automatically.
 */
public final class DeepSeekClient {
  /** {@value}, the default base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.deepseek.com";
  /** Environment variable holding the API key. */
  public static final String ENV_API_KEY = "DEEPSEEK_API_KEY";
  /** Environment variable overriding the base URL. */
  public static final String ENV_BASE_URL = "DEEPSEEK_BASE_URL";

  static final String USER_AGENT = "deepseek-java/0.1.0";

  private final Builder settings;
  private final HttpUrl baseUrl;
  private final Transport transport;
  private final ChatApi chatApi;
  private final ChatApi betaChatApi;
  private final CompletionsApi completionsApi;
  private final ModelsApi modelsApi;
  private final UserApi userApi;

  private DeepSeekClient(Builder builder) {
    this.baseUrl = builder.parsedBaseUrl();
    Gson gson = DeepSeekJson.gson();
    Redactor redactor = new Redactor(builder.apiKey);
    this.transport = new Transport(builder.buildHttpClient(), gson, redactor, builder.maxRetries, builder.timeout,
        builder.sleeper, AsyncCalls.executor(builder.maxConcurrentRequests));
    this.settings = builder.copy();
    Retrofit root = retrofit(baseUrl, gson);
    Retrofit beta = retrofit(baseUrl.newBuilder().addPathSegment("beta").addPathSegment("").build(), gson);
    this.chatApi = root.create(ChatApi.class);
    this.betaChatApi = beta.create(ChatApi.class);
    this.completionsApi = root.create(CompletionsApi.class);
    this.modelsApi = root.create(ModelsApi.class);
    this.userApi = root.create(UserApi.class);
  }

  private DeepSeekClient(DeepSeekClient base, Transport transport) {
    this.settings = base.settings;
    this.baseUrl = base.baseUrl;
    this.transport = transport;
    this.chatApi = base.chatApi;
    this.betaChatApi = base.betaChatApi;
    this.completionsApi = base.completionsApi;
    this.modelsApi = base.modelsApi;
    this.userApi = base.userApi;
  }

  /**
   * A view of this client whose calls use {@code options} where set (retries, deadline, read
   * timeout); it shares this client's connection pool and threads. Cheap enough to call per request.
   */
  public DeepSeekClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    OkHttpClient http = transport.http();
    if (options.readTimeout() != null) {
      http = http.newBuilder().readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build();
    }
    return new DeepSeekClient(this, transport.with(http, options.maxRetries(), options.timeout()));
  }

  private static Retrofit retrofit(HttpUrl base, Gson gson) {
    return new Retrofit.Builder()
        .baseUrl(base)
        .callFactory(new RequestCapture())
        .addConverterFactory(new JsonBodies(gson))
        .build();
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

  /** A builder preset with this client's settings, sharing its connection pool and threads. */
  public Builder newBuilder() {
    return settings.copy();
  }

  /** The base URL requests are sent to; beta requests go to its {@code beta/} sub-path. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  // ---- chat ----

  /** Creates a chat completion. {@code stream} must not be true; use the streaming methods for that. */
  public ChatCompletion chat(ChatCompletionRequest request) {
    return transport.execute(chatRequest(request), ChatCompletion.class);
  }

  /** Like {@link #chat(ChatCompletionRequest)}, also returning status, headers and {@code x-ds-trace-id}. */
  public DeepSeekResponse<ChatCompletion> chatWithResponse(ChatCompletionRequest request) {
    return transport.executeForResponse(chatRequest(request), ChatCompletion.class);
  }

  /** Sends one user message to {@code model} and returns the completion. */
  public ChatCompletion chat(String model, String userMessage) {
    return chat(new ChatCompletionRequest().model(model)
        .addMessagesItem(new UserMessage().content(UserContent.of(Objects.requireNonNull(userMessage, "userMessage == null")))));
  }

  /** Asynchronous {@link #chat(ChatCompletionRequest)}; cancelling the future cancels the HTTP call. */
  public CompletableFuture<ChatCompletion> chatAsync(ChatCompletionRequest request) {
    return transport.executeAsync(chatRequest(request), ChatCompletion.class);
  }

  private Request chatRequest(ChatCompletionRequest request) {
    Objects.requireNonNull(request, "request == null");
    boolean stream = Boolean.TRUE.equals(request.getStream());
    RequestValidation.validateChat(request, stream);
    if (stream) {
      throw new IllegalArgumentException("stream must not be true for chat(); use chatStream()");
    }
    return chatApiFor(request).createChatCompletion(request).request();
  }

  /**
   * Streams a chat completion: the returned chunks arrive as DeepSeek generates them. Close the stream
   * (try-with-resources) to cancel early. {@code stream} is set to true on the wire; the request
   * object is left as given. Use {@link ChatCompletionAccumulator} to build the final completion.
   *
   * <pre>{@code
   * try (ChunkStream<ChatCompletionChunk> chunks = client.chatStream(request)) {
   *   for (ChatCompletionChunk chunk : chunks) {
   *     System.out.print(chunk.getChoices().get(0).getDelta().getContent());
   *   }
   * }
   * }</pre>
   */
  public ChunkStream<ChatCompletionChunk> chatStream(ChatCompletionRequest request) {
    return transport.stream(chatStreamRequest(request), ChatCompletionChunk.class, DeepSeekClient::hasFinishReason);
  }

  /**
   * Streams a chat completion without blocking: each chunk is passed to {@code onChunk} (on an OkHttp
   * thread, in order), and the future completes with the accumulated completion after the last chunk.
   * Cancelling the future cancels the HTTP call.
   */
  public CompletableFuture<ChatCompletion> chatStreamAsync(ChatCompletionRequest request,
      Consumer<? super ChatCompletionChunk> onChunk) {
    Objects.requireNonNull(onChunk, "onChunk == null");
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    return transport.streamAsync(chatStreamRequest(request), ChatCompletionChunk.class,
        DeepSeekClient::hasFinishReason, chunk -> {
          accumulator.add(chunk);
          onChunk.accept(chunk);
        }, accumulator::result);
  }

  private Request chatStreamRequest(ChatCompletionRequest request) {
    RequestValidation.validateChat(request, true);
    return streaming(chatApiFor(request).createChatCompletion(request).request(), request);
  }

  private static boolean hasFinishReason(ChatCompletionChunk chunk) {
    if (chunk.getChoices() != null) {
      for (ChatCompletionChunkChoice choice : chunk.getChoices()) {
        if (choice.getFinishReason() != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code request} (built from {@code body}) as a streaming request: {@code "stream": true} in its
   * JSON and an event-stream {@code Accept}. The caller's object is never modified, so one request
   * object can be shared by streaming and plain calls on several threads.
   */
  private static Request streaming(Request request, Object body) {
    JsonObject json = DeepSeekJson.gson().toJsonTree(body).getAsJsonObject();
    json.addProperty("stream", true);
    return request.newBuilder()
        .header("Accept", "text/event-stream")
        .post(RequestBody.create(json.toString(), request.body().contentType()))
        .build();
  }

  ChatApi chatApiFor(ChatCompletionRequest request) {
    return BetaRouting.needsBeta(request) ? betaChatApi : chatApi;
  }

  // ---- FIM ----

  /** Creates a FIM (fill-in-the-middle) completion; sent to {@code /beta/completions}. */
  public FimCompletion fim(FimCompletionRequest request) {
    return transport.execute(fimRequest(request), FimCompletion.class);
  }

  /** Like {@link #fim(FimCompletionRequest)}, also returning status, headers and {@code x-ds-trace-id}. */
  public DeepSeekResponse<FimCompletion> fimWithResponse(FimCompletionRequest request) {
    return transport.executeForResponse(fimRequest(request), FimCompletion.class);
  }

  /** Completes the text between {@code prompt} and {@code suffix} (null for none) with {@code model}. */
  public FimCompletion fim(String model, String prompt, String suffix) {
    return fim(new FimCompletionRequest().model(model).prompt(prompt).suffix(suffix));
  }

  /** Asynchronous {@link #fim(FimCompletionRequest)}; cancelling the future cancels the HTTP call. */
  public CompletableFuture<FimCompletion> fimAsync(FimCompletionRequest request) {
    return transport.executeAsync(fimRequest(request), FimCompletion.class);
  }

  /** Streams a FIM completion; see {@link #chatStream(ChatCompletionRequest)}. */
  public ChunkStream<FimCompletion> fimStream(FimCompletionRequest request) {
    return transport.stream(fimStreamRequest(request), FimCompletion.class, DeepSeekClient::hasFinishReason);
  }

  /** Streams a FIM completion without blocking; see {@link #chatStreamAsync}. */
  public CompletableFuture<FimCompletion> fimStreamAsync(FimCompletionRequest request,
      Consumer<? super FimCompletion> onChunk) {
    Objects.requireNonNull(onChunk, "onChunk == null");
    FimCompletionAccumulator accumulator = new FimCompletionAccumulator();
    return transport.streamAsync(fimStreamRequest(request), FimCompletion.class,
        DeepSeekClient::hasFinishReason, chunk -> {
          accumulator.add(chunk);
          onChunk.accept(chunk);
        }, accumulator::result);
  }

  private Request fimStreamRequest(FimCompletionRequest request) {
    RequestValidation.validateFim(request, true);
    return streaming(completionsApi.createFimCompletion(request).request(), request);
  }

  private static boolean hasFinishReason(FimCompletion chunk) {
    if (chunk.getChoices() != null) {
      for (FimChoice choice : chunk.getChoices()) {
        if (choice.getFinishReason() != null) {
          return true;
        }
      }
    }
    return false;
  }

  private Request fimRequest(FimCompletionRequest request) {
    Objects.requireNonNull(request, "request == null");
    boolean stream = Boolean.TRUE.equals(request.getStream());
    RequestValidation.validateFim(request, stream);
    if (stream) {
      throw new IllegalArgumentException("stream must not be true for fim(); use fimStream()");
    }
    return completionsApi.createFimCompletion(request).request();
  }

  // ---- models and balance ----

  /** Lists the models the account can use. */
  public ModelList models() {
    return transport.execute(modelsApi.listModels().request(), ModelList.class);
  }

  /** Like {@link #models()}, also returning status, headers and {@code x-ds-trace-id}. */
  public DeepSeekResponse<ModelList> modelsWithResponse() {
    return transport.executeForResponse(modelsApi.listModels().request(), ModelList.class);
  }

  /** Asynchronous {@link #models()}. */
  public CompletableFuture<ModelList> modelsAsync() {
    return transport.executeAsync(modelsApi.listModels().request(), ModelList.class);
  }

  /** The account balance, one row per currency. */
  public UserBalance balance() {
    return transport.execute(userApi.getUserBalance().request(), UserBalance.class);
  }

  /** Like {@link #balance()}, also returning status, headers and {@code x-ds-trace-id}. */
  public DeepSeekResponse<UserBalance> balanceWithResponse() {
    return transport.executeForResponse(userApi.getUserBalance().request(), UserBalance.class);
  }

  /** Asynchronous {@link #balance()}. */
  public CompletableFuture<UserBalance> balanceAsync() {
    return transport.executeAsync(userApi.getUserBalance().request(), UserBalance.class);
  }

  /** Calls to any path with this client's key, base URL, retries and error mapping; see {@link RawRequests}. */
  public RawRequests raw() {
    return new RawRequests(baseUrl, transport, DeepSeekJson.gson());
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
    private Sleeper sleeper = Sleeper.REAL;
    private LogLevel logLevel = LogLevel.NONE;
    /** The default OkHttpClient once built, shared by clients made with {@link DeepSeekClient#newBuilder()}. */
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
     * hosts unless {@link #allowInsecureHttp(boolean)} is set, so the key is not sent in clear text.
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
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
     * Timeouts set on this builder override the given client's. Asynchronous calls run on the
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
     * How many asynchronous calls and streams ({@code *Async} methods) run at once, default
     * {@value #DEFAULT_MAX_CONCURRENT_REQUESTS}; more wait in order. They run on the client's own
     * daemon threads, so a program exits without closing the client. Synchronous calls are not limited.
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
     * HTTP logging through SLF4J when a backend is bound, else {@code java.util.logging}; default
     * {@link LogLevel#NONE}. The key is always redacted.
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
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

    private static boolean isLoopback(String host) {
      return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
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
      copy.sleeper = sleeper;
      copy.logLevel = logLevel;
      return copy;
    }

    @Override
    public String toString() {
      return "DeepSeekClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "set") + "}";
    }
  }
}
