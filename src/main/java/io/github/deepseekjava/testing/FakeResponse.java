package io.github.deepseekjava.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A response of {@link FakeDeepSeekServer}: a JSON body, an error in DeepSeek's envelope, or an
 * event stream, plus the quirks to test against (keep-alives, blank lines, delays, Retry-After, a
 * stream cut short). Immutable; the {@code with...} methods return copies.
 */
public final class FakeResponse {
  private static final String MODEL = "deepseek-v4-flash";
  private static final String FINGERPRINT = "fp_fake_deepseek";

  final int status;
  final String contentType;
  final String body;
  final List<String> events;
  final Map<String, String> headers;
  final int keepAlives;
  final Duration delay;
  final Duration eventDelay;
  final boolean done;
  final int cutAfter;
  final boolean namedEvents;

  private FakeResponse(int status, String contentType, String body, List<String> events, Map<String, String> headers,
      int keepAlives, Duration delay, Duration eventDelay, boolean done, int cutAfter, boolean namedEvents) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.events = events;
    this.headers = headers;
    this.keepAlives = keepAlives;
    this.delay = delay;
    this.eventDelay = eventDelay;
    this.done = done;
    this.cutAfter = cutAfter;
    this.namedEvents = namedEvents;
  }

  private static FakeResponse of(int status, String contentType, String body, List<String> events) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-ds-trace-id", FakeDeepSeekServer.TRACE_ID);
    return new FakeResponse(status, contentType, body, events, headers, 0, Duration.ZERO, Duration.ZERO, true, -1, false);
  }

  private FakeResponse copy(Map<String, String> headers, int keepAlives, Duration delay, Duration eventDelay, boolean done) {
    return new FakeResponse(status, contentType, body, events, headers, keepAlives, delay, eventDelay, done, cutAfter,
        namedEvents);
  }

  // ---- bodies ----

  /** A 200 with this JSON body. */
  public static FakeResponse json(String body) {
    return of(200, "application/json", Objects.requireNonNull(body, "body == null"), null);
  }

  /** {@code status} with a plain-text body (as DeepSeek's 422 used to send). */
  public static FakeResponse text(int status, String body) {
    return of(status, "text/plain; charset=utf-8", Objects.requireNonNull(body, "body == null"), null);
  }

  /** {@code status} with DeepSeek's error envelope {@code {"error":{"message","type","param","code"}}}. */
  public static FakeResponse error(int status, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("message", message);
    error.addProperty("type", status == 401 ? "authentication_error" : status == 402 || status >= 500
        ? "unknown_error" : "invalid_request_error");
    error.add("param", JsonNull.INSTANCE);
    error.addProperty("code", "invalid_request_error");
    JsonObject envelope = new JsonObject();
    envelope.add("error", error);
    return of(status, "application/json", envelope.toString(), null);
  }

  /** A 200 event stream of these {@code data} payloads (JSON chunks), followed by {@code data: [DONE]}. */
  public static FakeResponse events(String... dataPayloads) {
    return of(200, "text/event-stream; charset=utf-8", null, Collections.unmodifiableList(Arrays.asList(dataPayloads)));
  }

  /**
   * A 200 stream of named events, as the Responses API sends them: each JSON payload as
   * {@code event: <its "type">} and {@code data: <json>}, and no {@code data: [DONE]}. Scripted
   * Responses answers: {@link ResponsesAnswers}.
   */
  public static FakeResponse namedEvents(String... dataPayloads) {
    FakeResponse stream = events(dataPayloads);
    return new FakeResponse(stream.status, stream.contentType, null, stream.events, stream.headers, 0, Duration.ZERO,
        Duration.ZERO, false, -1, true);
  }

  /** A non-streamed chat completion answering {@code content}, with usage. */
  public static FakeResponse chatCompletion(String content) {
    JsonObject message = new JsonObject();
    message.addProperty("role", "assistant");
    message.addProperty("content", content);
    JsonObject choice = new JsonObject();
    choice.addProperty("index", 0);
    choice.add("message", message);
    choice.add("logprobs", JsonNull.INSTANCE);
    choice.addProperty("finish_reason", "stop");
    JsonObject completion = envelope("chat.completion", choice);
    completion.add("usage", usage(content.length()));
    return json(completion.toString());
  }

  /** A streamed chat answer: a role chunk, one chunk per piece, and a finish chunk carrying usage. */
  public static FakeResponse chatStream(String... contentPieces) {
    return thinkingStream(Collections.<String>emptyList(), Arrays.asList(contentPieces));
  }

  /** A thinking-mode stream: reasoning pieces, then content pieces, then the finish chunk with usage. */
  public static FakeResponse thinkingStream(List<String> reasoningPieces, List<String> contentPieces) {
    boolean thinking = !reasoningPieces.isEmpty();
    List<String> chunks = new ArrayList<>();
    JsonObject first = new JsonObject();
    first.addProperty("role", "assistant");
    first.addProperty("content", thinking ? null : "");
    if (thinking) {
      first.addProperty("reasoning_content", "");
    }
    chunks.add(chunk(first, null, null));
    int length = 0;
    for (String piece : reasoningPieces) {
      JsonObject delta = new JsonObject();
      delta.add("content", JsonNull.INSTANCE);
      delta.addProperty("reasoning_content", piece);
      chunks.add(chunk(delta, null, null));
      length += piece.length();
    }
    for (String piece : contentPieces) {
      JsonObject delta = new JsonObject();
      delta.addProperty("content", piece);
      chunks.add(chunk(delta, null, null));
      length += piece.length();
    }
    JsonObject last = new JsonObject();
    last.addProperty("content", "");
    chunks.add(chunk(last, "stop", usage(length)));
    return events(chunks.toArray(new String[0]));
  }

  /**
   * A stream in which the model calls {@code functionName}: the first fragment carries id and name,
   * the next ones the argument pieces (repeating the id, as DeepSeek does); finish reason {@code tool_calls}.
   */
  public static FakeResponse toolCallStream(String functionName, String... argumentPieces) {
    String id = "call_00_fake" + Integer.toHexString(functionName.hashCode());
    List<String> chunks = new ArrayList<>();
    JsonObject first = new JsonObject();
    first.addProperty("role", "assistant");
    first.addProperty("content", "");
    chunks.add(chunk(first, null, null));
    JsonObject function = new JsonObject();
    function.addProperty("name", functionName);
    function.addProperty("arguments", "");
    chunks.add(chunk(toolCallDelta(id, "function", function), null, null));
    for (String piece : argumentPieces) {
      JsonObject arguments = new JsonObject();
      arguments.addProperty("arguments", piece);
      chunks.add(chunk(toolCallDelta(id, null, arguments), null, null));
    }
    JsonObject last = new JsonObject();
    last.addProperty("content", "");
    chunks.add(chunk(last, "tool_calls", usage(argumentPieces.length)));
    return events(chunks.toArray(new String[0]));
  }

  /** A FIM completion with this text. */
  public static FakeResponse fimCompletion(String text) {
    JsonObject choice = new JsonObject();
    choice.addProperty("text", text);
    choice.addProperty("index", 0);
    choice.add("logprobs", JsonNull.INSTANCE);
    choice.addProperty("finish_reason", "stop");
    JsonObject completion = envelope("text_completion", choice);
    completion.add("usage", usage(text.length()));
    return json(completion.toString());
  }

  /**
   * A streamed FIM completion: one {@code text_completion} chunk per piece, then a finish chunk with
   * empty text, finish reason {@code stop} and usage, then {@code data: [DONE]}.
   */
  public static FakeResponse fimStream(String... textPieces) {
    List<String> chunks = new ArrayList<>();
    int length = 0;
    for (String piece : textPieces) {
      chunks.add(fimChunk(piece, null, null));
      length += piece.length();
    }
    chunks.add(fimChunk("", "stop", usage(length)));
    return events(chunks.toArray(new String[0]));
  }

  /** The model list with these ids. */
  public static FakeResponse models(String... ids) {
    JsonArray data = new JsonArray();
    for (String id : ids) {
      JsonObject model = new JsonObject();
      model.addProperty("id", id);
      model.addProperty("object", "model");
      model.addProperty("owned_by", "deepseek");
      data.add(model);
    }
    JsonObject list = new JsonObject();
    list.addProperty("object", "list");
    list.add("data", data);
    return json(list.toString());
  }

  /** An available balance with one row; amounts are decimal strings such as {@code "4.95"}. */
  public static FakeResponse balance(String currency, String total) {
    JsonObject row = new JsonObject();
    row.addProperty("currency", currency);
    row.addProperty("total_balance", total);
    row.addProperty("granted_balance", "0.00");
    row.addProperty("topped_up_balance", total);
    JsonArray rows = new JsonArray();
    rows.add(row);
    JsonObject balance = new JsonObject();
    balance.addProperty("is_available", true);
    balance.add("balance_infos", rows);
    return json(balance.toString());
  }

  // ---- assistant fields (titles, server-tool blocks) ----

  /**
   * Adds a conversation {@code title} as DeepSeek sends it when the request set {@code title.enabled}:
   * on the assistant message of a chat completion, or in the {@code delta} of a chat stream's last chunk.
   */
  public FakeResponse withTitle(String title) {
    return withAssistantField("title", new JsonPrimitive(Objects.requireNonNull(title, "title == null")).toString());
  }

  /**
   * Adds a field to the assistant message of a chat completion, or to the {@code delta} of a chat
   * stream's last chunk, e.g. the blocks a server tool ({@code deepseek_web_search}) returns:
   * {@code withAssistantField("server_blocks", "[{\"type\":\"web_search_result\",\"url\":\"https://example.org\"}]")}.
   * DeepSeek has not fully documented the Chat Completions shape of server-tool output, so script the
   * shape your code must survive; the client keeps such fields and sends them back.
   *
   * @param json the field's value as JSON text
   * @throws IllegalStateException when this response is not a chat completion or chat stream
   */
  public FakeResponse withAssistantField(String name, String json) {
    Objects.requireNonNull(name, "name == null");
    JsonElement value = JsonParser.parseString(Objects.requireNonNull(json, "json == null"));
    if (events != null && !events.isEmpty()) {
      List<String> copy = new ArrayList<>(events);
      JsonObject last = JsonParser.parseString(copy.get(copy.size() - 1)).getAsJsonObject();
      firstChoice(last, "delta").add(name, value);
      copy.set(copy.size() - 1, last.toString());
      return new FakeResponse(status, contentType, body, Collections.unmodifiableList(copy), headers, keepAlives, delay,
          eventDelay, done, cutAfter, namedEvents);
    }
    if (body == null) {
      throw new IllegalStateException("not a chat completion or chat stream");
    }
    JsonObject completion = JsonParser.parseString(body).getAsJsonObject();
    firstChoice(completion, "message").add(name, value);
    return new FakeResponse(status, contentType, completion.toString(), events, headers, keepAlives, delay, eventDelay,
        done, cutAfter, namedEvents);
  }

  private static JsonObject firstChoice(JsonObject envelope, String member) {
    JsonElement choices = envelope.get("choices");
    if (choices == null || !choices.isJsonArray() || choices.getAsJsonArray().isEmpty()
        || !choices.getAsJsonArray().get(0).getAsJsonObject().has(member)) {
      throw new IllegalStateException("not a chat completion or chat stream: no choices[0]." + member);
    }
    return choices.getAsJsonArray().get(0).getAsJsonObject().getAsJsonObject(member);
  }

  // ---- quirks ----

  /** Adds a header (replacing one of the same name). */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return copy(Collections.unmodifiableMap(copy), keepAlives, delay, eventDelay, done);
  }

  /** Sets {@code x-ds-trace-id} (default {@value FakeDeepSeekServer#TRACE_ID}). */
  public FakeResponse withTraceId(String traceId) {
    return withHeader("x-ds-trace-id", traceId);
  }

  /** Sets {@code Retry-After} in seconds. */
  public FakeResponse withRetryAfter(int seconds) {
    return withHeader("Retry-After", String.valueOf(seconds));
  }

  /**
   * Sends {@code count} keep-alives first, as DeepSeek does while a request waits: {@code : keep-alive}
   * comments before a stream, blank lines before a JSON body.
   */
  public FakeResponse withKeepAlives(int count) {
    return copy(headers, count, delay, eventDelay, done);
  }

  /** Waits this long before sending the status line. */
  public FakeResponse withDelay(Duration delay) {
    return copy(headers, keepAlives, Objects.requireNonNull(delay, "delay == null"), eventDelay, done);
  }

  /** Waits this long before each keep-alive and event of a stream. */
  public FakeResponse withEventDelay(Duration eventDelay) {
    return copy(headers, keepAlives, delay, Objects.requireNonNull(eventDelay, "eventDelay == null"), done);
  }

  /** Ends the stream after its last event without {@code data: [DONE]}. */
  public FakeResponse withoutDone() {
    return copy(headers, keepAlives, delay, eventDelay, false);
  }

  /** Sends only the first {@code events} events of the stream, then closes the connection: a dropped stream. */
  public FakeResponse cutAfter(int events) {
    if (events < 0) {
      throw new IllegalArgumentException("events < 0: " + events);
    }
    return new FakeResponse(status, contentType, body, this.events, headers, keepAlives, delay, eventDelay, false, events,
        namedEvents);
  }

  // ---- JSON building ----

  private static JsonObject envelope(String object, JsonObject choice) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("id", "fake-" + Long.toHexString(System.nanoTime()));
    envelope.addProperty("object", object);
    envelope.addProperty("created", System.currentTimeMillis() / 1000);
    envelope.addProperty("model", MODEL);
    envelope.addProperty("system_fingerprint", FINGERPRINT);
    JsonArray choices = new JsonArray();
    choices.add(choice);
    envelope.add("choices", choices);
    return envelope;
  }

  private static String chunk(JsonObject delta, String finishReason, JsonObject usage) {
    JsonObject choice = new JsonObject();
    choice.addProperty("index", 0);
    choice.add("delta", delta);
    choice.add("logprobs", JsonNull.INSTANCE);
    choice.addProperty("finish_reason", finishReason);
    JsonObject chunk = envelope("chat.completion.chunk", choice);
    chunk.addProperty("id", "fake-stream");
    chunk.addProperty("created", 1777014000L);
    if (usage != null) {
      chunk.add("usage", usage);
    }
    return chunk.toString();
  }

  private static String fimChunk(String text, String finishReason, JsonObject usage) {
    JsonObject choice = new JsonObject();
    choice.addProperty("text", text);
    choice.addProperty("index", 0);
    choice.add("logprobs", JsonNull.INSTANCE);
    choice.addProperty("finish_reason", finishReason);
    JsonObject chunk = envelope("text_completion", choice);
    chunk.addProperty("id", "fake-stream");
    chunk.addProperty("created", 1777014000L);
    if (usage != null) {
      chunk.add("usage", usage);
    }
    return chunk.toString();
  }

  private static JsonObject toolCallDelta(String id, String type, JsonObject function) {
    JsonObject call = new JsonObject();
    call.addProperty("index", 0);
    call.addProperty("id", id);
    if (type != null) {
      call.addProperty("type", type);
    }
    call.add("function", function);
    JsonArray calls = new JsonArray();
    calls.add(call);
    JsonObject delta = new JsonObject();
    delta.add("tool_calls", calls);
    return delta;
  }

  private static JsonObject usage(int completionTokens) {
    JsonObject usage = new JsonObject();
    usage.addProperty("prompt_tokens", 10);
    usage.addProperty("completion_tokens", completionTokens);
    usage.addProperty("total_tokens", 10 + completionTokens);
    usage.addProperty("prompt_cache_hit_tokens", 0);
    usage.addProperty("prompt_cache_miss_tokens", 10);
    return usage;
  }
}
