package io.github.deepseekjava.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.deepseekjava.DeepSeekClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake DeepSeek API on 127.0.0.1 for tests of code that uses {@link DeepSeekClient}. Built on the
 * JDK's HTTP server: no dependency to add. Every endpoint answers with a canned response unless
 * responses are queued with {@link #enqueue}; every request is recorded.
 *
 * <pre>{@code
 * try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
 *   fake.enqueue(Endpoint.CHAT, FakeResponse.error(402, "Insufficient Balance"));
 *   DeepSeekClient client = fake.clientBuilder().build();
 *   assertThrows(InsufficientBalanceException.class, () -> client.chat().create("deepseek-v4-flash", "Hi"));
 *   assertEquals("/chat/completions", fake.requests().get(0).path());
 * }
 * }</pre>
 */
public final class FakeDeepSeekServer implements AutoCloseable {
  /** The API key {@link #clientBuilder()} uses. */
  public static final String FAKE_API_KEY = "sk-fake-deepseek-test-key";
  /** The {@code x-ds-trace-id} of every response unless {@link FakeResponse#withTraceId} says otherwise. */
  public static final String TRACE_ID = "0d3c1b2a99887766554433221100ffee";
  /** DeepSeek's message when the reasoning of earlier turns is missing from a request with tools. */
  public static final String REASONING_PASS_BACK_MESSAGE =
      "The reasoning_content in the thinking mode must be passed back to the API.";

  /** The endpoints the fake serves. */
  public enum Endpoint {
    CHAT("/chat/completions"),
    BETA_CHAT("/beta/chat/completions"),
    FIM("/beta/completions"),
    MODELS("/models"),
    BALANCE("/user/balance"),
    RESPONSES("/responses"),
    /** {@code GET /files}: answered from the files uploaded to this fake. */
    FILES_LIST("GET", "/files"),
    /** {@code POST /files}: stores the file's name, size and purpose and answers its file object. */
    FILES_UPLOAD("POST", "/files"),
    /** {@code GET /files/{file_id}}: an uploaded file, else 404. */
    FILE_RETRIEVE("GET", "/files/"),
    /** {@code DELETE /files/{file_id}}: forgets an uploaded file, else 404. */
    FILE_DELETE("DELETE", "/files/"),
    SEARCH("POST", "/v1/tools/search"),
    FETCH("POST", "/v1/tools/fetch"),
    /** Answers after newline keep-alives, as DeepSeek does while it recognizes. */
    OCR("POST", "/v1/tools/ocr"),
    TTS("POST", "/v1/tools/tts"),
    ASR("POST", "/v1/tools/asr");

    private final String method;
    private final String path;

    Endpoint(String path) {
      this(null, path);
    }

    Endpoint(String method, String path) {
      this.method = method;
      this.path = path;
    }

    /** The HTTP method, or null when any method is served. */
    public String method() {
      return method;
    }

    boolean matches(String requestMethod, String requestPath) {
      if (method != null && !method.equals(requestMethod)) {
        return false;
      }
      return path.endsWith("/") ? requestPath.startsWith(path) && requestPath.length() > path.length()
          : path.equals(requestPath);
    }

    /** The request path, e.g. {@code /chat/completions}. */
    public String path() {
      return path;
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  // HashMap, not EnumMap: EnumMap finds the constants by reflection, which fails once ProGuard renames values().
  private final Map<Endpoint, Deque<FakeResponse>> queued = new HashMap<>();
  private final Map<Endpoint, FakeResponse> defaults = new HashMap<>();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean reasoningPassBackRequired;
  private final FakeFiles files = new FakeFiles();

  private FakeDeepSeekServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
    resetDefaults();
  }

  /** Starts a server on 127.0.0.1 on a free port. */
  public static FakeDeepSeekServer start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
      ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-deepseek");
        thread.setDaemon(true);
        return thread;
      });
      http.setExecutor(threads);
      FakeDeepSeekServer fake = new FakeDeepSeekServer(http, threads);
      http.createContext("/", fake::handle);
      http.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake DeepSeek server", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A client builder pointed at this server with {@link #FAKE_API_KEY}. */
  public DeepSeekClient.Builder clientBuilder() {
    return DeepSeekClient.builder().apiKey(FAKE_API_KEY).baseUrl(baseUrl());
  }

  /** Queues a one-time response for {@code endpoint}; queued responses are served in order, then the default. */
  public FakeDeepSeekServer enqueue(Endpoint endpoint, FakeResponse response) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(response, "response == null");
    synchronized (queued) {
      queued.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).add(response);
    }
    return this;
  }

  /**
   * Replaces the response {@code endpoint} gives when nothing is queued; it is served to streaming and
   * non-streaming requests alike. Without one, chat and FIM answer a request with {@code "stream":true}
   * with an event stream and any other request with JSON.
   */
  public FakeDeepSeekServer setDefault(Endpoint endpoint, FakeResponse response) {
    synchronized (queued) {
      defaults.put(Objects.requireNonNull(endpoint, "endpoint == null"), Objects.requireNonNull(response, "response == null"));
    }
    return this;
  }

  /**
   * Makes chat endpoints enforce DeepSeek's thinking-mode rule of 2026-09-29 (default off): a request
   * in thinking mode (neither {@code thinking.type} {@code disabled} nor {@code reasoning_effort}
   * {@code none}) that declares {@code tools} and has an assistant message without
   * {@code reasoning_content} is answered 400 {@value #REASONING_PASS_BACK_MESSAGE}, before any queued response.
   */
  public FakeDeepSeekServer requireReasoningPassBack(boolean required) {
    this.reasoningPassBackRequired = required;
    return this;
  }

  /** Every request received so far, oldest first. */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return Collections.unmodifiableList(new ArrayList<>(requests));
    }
  }

  /** Forgets queued responses, custom defaults, {@link #requireReasoningPassBack} and recorded requests. */
  public void reset() {
    reasoningPassBackRequired = false;
    synchronized (queued) {
      queued.clear();
      resetDefaults();
    }
    requests.clear();
    files.clear();
  }

  private void resetDefaults() {
    defaults.clear();
    defaults.put(Endpoint.MODELS, FakeResponse.models("deepseek-v4-flash", "deepseek-v4-pro"));
    defaults.put(Endpoint.BALANCE, FakeResponse.balance("CNY", "110.00"));
    defaults.put(Endpoint.SEARCH, FakeResponse.searchResults("DeepSeek API", "https://api-docs.deepseek.com/"));
    defaults.put(Endpoint.FETCH, FakeResponse.fetched("DeepSeek API Docs", "# DeepSeek API\n\nThe fake's page."));
    defaults.put(Endpoint.OCR, FakeResponse.ocr("Hello from the fake OCR.").withKeepAlives(3));
    defaults.put(Endpoint.TTS, FakeResponse.audio(FakeResponse.silentWav(1000)));
    defaults.put(Endpoint.ASR, FakeResponse.transcription("Hello from the fake DeepSeek.", 1000));
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] bytes = readBody(exchange.getRequestBody());
      String body = new String(bytes, StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      RecordedRequest recorded = new RecordedRequest(exchange.getRequestMethod(), path, exchange.getRequestHeaders(),
          body, bytes, exchange.getRequestURI().getRawQuery());
      requests.add(recorded);
      Endpoint endpoint = endpointFor(exchange.getRequestMethod(), path);
      if (endpoint == null) {
        send(exchange, FakeResponse.error(404, "Not Found: " + path));
        return;
      }
      if (reasoningPassBackRequired && (endpoint == Endpoint.CHAT || endpoint == Endpoint.BETA_CHAT)
          && missesReasoning(body)) {
        send(exchange, FakeResponse.error(400, REASONING_PASS_BACK_MESSAGE));
        return;
      }
      FakeResponse scripted = scripted(endpoint);
      send(exchange, scripted != null ? scripted : builtIn(endpoint, recorded));
    } catch (IOException | InterruptedException e) {
      // The client went away (cancelled or timed out): nothing more to send.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      exchange.close();
    }
  }

  /** The queued or default response of {@code endpoint}; for chat without one, the built-in answer. */
  private FakeResponse scripted(Endpoint endpoint) {
    synchronized (queued) {
      Deque<FakeResponse> queue = queued.get(endpoint);
      if (queue != null && !queue.isEmpty()) {
        return queue.poll();
      }
      return defaults.get(endpoint);
    }
  }

  /** The answer when nothing is scripted: the files the fake holds, else a FIM, Responses or chat answer. */
  private FakeResponse builtIn(Endpoint endpoint, RecordedRequest request) {
    FakeResponse file = files.answer(endpoint, request);
    if (file != null) {
      return file;
    }
    boolean streaming = request.body().contains("\"stream\":true");
    if (endpoint == Endpoint.FIM) {
      return streaming ? FakeResponse.fimStream("    return a", " + b\n") : FakeResponse.fimCompletion("    return a + b\n");
    }
    if (endpoint == Endpoint.RESPONSES) {
      return streaming ? ResponsesAnswers.textStream("Hello", " from", " the fake", " DeepSeek", ".")
          : ResponsesAnswers.text("Hello from the fake DeepSeek.");
    }
    return streaming ? FakeResponse.chatStream("Hello", " from", " the fake", " DeepSeek", ".")
        : FakeResponse.chatCompletion("Hello from the fake DeepSeek.");
  }

  private static boolean missesReasoning(String body) {
    JsonObject request;
    try {
      request = JsonParser.parseString(body).getAsJsonObject();
    } catch (RuntimeException e) {
      return false;
    }
    JsonElement tools = request.get("tools");
    JsonElement thinking = request.get("thinking");
    boolean thinkingOff = thinking != null && thinking.isJsonObject()
        && "disabled".equals(text(thinking.getAsJsonObject().get("type")))
        || "none".equals(text(request.get("reasoning_effort")));
    if (thinkingOff || tools == null || !tools.isJsonArray() || tools.getAsJsonArray().isEmpty()
        || !request.has("messages") || !request.get("messages").isJsonArray()) {
      return false;
    }
    for (JsonElement message : request.getAsJsonArray("messages")) {
      if (message.isJsonObject() && "assistant".equals(text(message.getAsJsonObject().get("role")))
          && text(message.getAsJsonObject().get("reasoning_content")) == null) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonElement element) {
    return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
  }

  private static Endpoint endpointFor(String method, String path) {
    for (Endpoint endpoint : Endpoint.values()) {
      if (endpoint.matches(method, path)) {
        return endpoint;
      }
    }
    return null;
  }

  private static void send(HttpExchange exchange, FakeResponse response) throws IOException, InterruptedException {
    pause(response.delay);
    exchange.getResponseHeaders().set("Content-Type", response.contentType);
    for (Map.Entry<String, String> header : response.headers.entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    exchange.sendResponseHeaders(response.status, response.bytes != null ? response.bytes.length : 0);
    OutputStream out = exchange.getResponseBody();
    boolean stream = response.events != null;
    for (int i = 0; i < response.keepAlives; i++) {
      pause(response.eventDelay);
      write(out, stream ? ": keep-alive\n\n" : "\n");
    }
    if (response.bytes != null) {
      int end = response.cutAtByte >= 0 ? response.cutAtByte : response.bytes.length;
      out.write(response.bytes, 0, end);
      out.flush();
      return;
    }
    if (!stream) {
      write(out, response.body);
      return;
    }
    int sent = 0;
    for (String event : response.events) {
      if (sent++ == response.cutAfter) {
        return;
      }
      pause(response.eventDelay);
      write(out, (response.namedEvents ? ResponsesAnswers.eventLine(event) : "") + "data: " + event + "\n\n");
    }
    if (response.done) {
      write(out, "data: [DONE]\n\n");
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void pause(Duration duration) throws InterruptedException {
    if (!duration.isZero()) {
      Thread.sleep(duration.toMillis());
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) != -1) {
      bytes.write(buffer, 0, read);
    }
    return bytes.toByteArray();
  }
}
