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
  /** A binary body (audio), sent with its Content-Length; null for text bodies. */
  byte[] bytes;
  /** Sends only this many bytes of {@link #bytes}, then closes the connection; -1 for all. */
  int cutAtByte = -1;

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
    FakeResponse copy = new FakeResponse(status, contentType, body, events, headers, keepAlives, delay, eventDelay, done,
        cutAfter, namedEvents);
    copy.bytes = bytes;
    copy.cutAtByte = cutAtByte;
    return copy;
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

  /** A 200 {@code audio/wav} body of these bytes (text to speech). */
  public static FakeResponse audio(byte[] audio) {
    return audio("audio/wav", audio);
  }

  /** A 200 audio body of this content type ({@code audio/wav} or {@code audio/pcm}). */
  public static FakeResponse audio(String contentType, byte[] audio) {
    FakeResponse response = of(200, Objects.requireNonNull(contentType, "contentType == null"), null, null);
    response.bytes = Objects.requireNonNull(audio, "audio == null").clone();
    return response;
  }

  /** A WAV file of {@code millis} milliseconds of silence, 24 kHz 16-bit mono, as the TTS endpoint sends. */
  public static byte[] silentWav(int millis) {
    int dataBytes = 24_000 * 2 * millis / 1000;
    java.nio.ByteBuffer wav = java.nio.ByteBuffer.allocate(44 + dataBytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
        .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
        .putShort((short) 1).putInt(24_000).putInt(48_000).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
    return wav.array();
  }

  /** A search answer with one result per title/URL pair. */
  public static FakeResponse searchResults(String... titlesAndUrls) {
    if (titlesAndUrls.length % 2 != 0) {
      throw new IllegalArgumentException("titlesAndUrls must hold title/URL pairs");
    }
    JsonArray results = new JsonArray();
    for (int i = 0; i < titlesAndUrls.length; i += 2) {
      JsonObject result = new JsonObject();
      result.addProperty("title", titlesAndUrls[i]);
      result.addProperty("url", titlesAndUrls[i + 1]);
      result.addProperty("snippet", "A snippet of " + titlesAndUrls[i] + ".");
      result.addProperty("summary", "A summary of " + titlesAndUrls[i] + ".");
      result.addProperty("content", "");
      result.addProperty("rerank_score", 2.0);
      result.addProperty("authority", 3);
      result.addProperty("date", "2026-11-01T00:00:00+00:00");
      result.addProperty("site_name", titlesAndUrls[i]);
      result.addProperty("site_icon", titlesAndUrls[i + 1] + "favicon.ico");
      results.add(result);
    }
    JsonObject response = new JsonObject();
    response.add("results", results);
    return json(response.toString());
  }

  /** A fetched page: its title and Markdown content. */
  public static FakeResponse fetched(String title, String markdown) {
    JsonObject page = new JsonObject();
    page.addProperty("title", title);
    page.addProperty("content", markdown);
    return json(page.toString());
  }

  /** An OCR result with one page per text (add {@link #withKeepAlives} for the newlines DeepSeek sends first). */
  public static FakeResponse ocr(String... pageTexts) {
    JsonArray pages = new JsonArray();
    for (int i = 0; i < pageTexts.length; i++) {
      JsonObject page = new JsonObject();
      page.addProperty("index", i);
      page.addProperty("text", pageTexts[i]);
      page.addProperty("finish_reason", "stop");
      pages.add(page);
    }
    JsonObject usage = new JsonObject();
    usage.addProperty("input_tokens", 900);
    usage.addProperty("output_tokens", 40);
    usage.addProperty("total_tokens", 940);
    JsonObject result = new JsonObject();
    result.addProperty("id", "ocr-fake");
    result.addProperty("object", "ocr.result");
    result.addProperty("created", 1795000200L);
    result.addProperty("purpose", "text_recognition");
    result.addProperty("page_count", pageTexts.length);
    result.add("pages", pages);
    result.add("usage", usage);
    return json(result.toString());
  }

  /** A speech-to-text answer. */
  public static FakeResponse transcription(String text, long durationMillis) {
    JsonObject result = new JsonObject();
    result.addProperty("request_id", "9a8b7c6d-0000-4e5f-8a9b-0c1d2e3f4a5b");
    result.addProperty("text", text);
    result.addProperty("duration_ms", durationMillis);
    return json(result.toString());
  }

  /** A file object as the Files API returns it. */
  public static JsonObject fileObject(String id, String filename, long bytes, String purpose) {
    JsonObject file = new JsonObject();
    file.addProperty("id", id);
    file.addProperty("object", "file");
    file.addProperty("bytes", bytes);
    file.addProperty("created_at", 1795000100L);
    file.addProperty("filename", filename);
    file.addProperty("purpose", purpose);
    return file;
  }

  static String deletedFile(String id) {
    JsonObject deleted = new JsonObject();
    deleted.addProperty("id", id);
    deleted.addProperty("object", "file");
    deleted.addProperty("deleted", true);
    return deleted.toString();
  }

  static String fileList(JsonArray data, boolean hasMore) {
    JsonObject list = new JsonObject();
    list.addProperty("object", "list");
    list.add("data", data);
    list.add("first_id", data.size() == 0 ? JsonNull.INSTANCE : data.get(0).getAsJsonObject().get("id"));
    list.add("last_id", data.size() == 0 ? JsonNull.INSTANCE : data.get(data.size() - 1).getAsJsonObject().get("id"));
    list.addProperty("has_more", hasMore);
    return list.toString();
  }

  // ---- quirks ----

  /** Sends only the first {@code bytes} bytes of an {@link #audio} body, then cuts the connection. */
  public FakeResponse cutAtByte(int bytes) {
    if (this.bytes == null || bytes < 0 || bytes >= this.bytes.length) {
      throw new IllegalArgumentException("cutAtByte needs an audio body longer than " + bytes + " bytes");
    }
    FakeResponse copy = copy(headers, keepAlives, delay, eventDelay, done);
    copy.cutAtByte = bytes;
    return copy;
  }

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
