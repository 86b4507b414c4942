package io.github.deepseekjava.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Scripted answers of the Responses API ({@code POST /responses}) for {@link FakeDeepSeekServer}:
 * responses as JSON, and the named-event streams DeepSeek sends for them ({@code response.created},
 * {@code response.in_progress}, per item {@code output_item.added}, {@code content_part.added}, the
 * deltas, the {@code .done} events, and the terminal {@code response.completed}). Accumulating such
 * a stream gives exactly the response its terminal event carries.
 *
 * <pre>{@code
 * fake.enqueue(Endpoint.RESPONSES, ResponsesAnswers.textStream("Hel", "lo"));
 * }</pre>
 */
public final class ResponsesAnswers {
  private static final String MODEL = "deepseek-flash";
  private static final long CREATED_AT = 1795000000L;

  private ResponsesAnswers() {
  }

  /** A non-streamed response whose one output message says {@code text}. */
  public static FakeResponse text(String text) {
    return FakeResponse.json(response("completed", message(text)).toString());
  }

  /** A streamed answer: one output message whose text arrives in {@code pieces}. */
  public static FakeResponse textStream(String... pieces) {
    return stream(response("completed", message(join(pieces))), Arrays.asList(pieces));
  }

  /** A thinking-mode stream: a reasoning item from {@code reasoningPieces}, then a message from {@code textPieces}. */
  public static FakeResponse reasoningStream(List<String> reasoningPieces, List<String> textPieces) {
    JsonObject response = response("completed", reasoning(join(reasoningPieces)), message(join(textPieces)));
    List<String> pieces = new ArrayList<>(reasoningPieces);
    pieces.addAll(textPieces);
    return stream(response, pieces);
  }

  /** A non-streamed response that calls {@code name} with {@code arguments} (a JSON string). */
  public static FakeResponse functionCall(String name, String arguments) {
    return FakeResponse.json(response("completed", functionCallItem(name, arguments)).toString());
  }

  /** A stream in which the model calls {@code name}; the arguments arrive in {@code argumentPieces}. */
  public static FakeResponse functionCallStream(String name, String... argumentPieces) {
    return stream(response("completed", functionCallItem(name, join(argumentPieces))), Arrays.asList(argumentPieces));
  }

  /** A stream that fails: {@code response.created}, then {@code response.failed} carrying {@code message}. */
  public static FakeResponse failedStream(String code, String message) {
    JsonObject failed = response("failed");
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    failed.add("error", error);
    failed.remove("usage");
    List<String> events = new ArrayList<>();
    events.add(lifecycle("response.created", inProgress(failed), 0).toString());
    events.add(lifecycle("response.failed", failed, 1).toString());
    return FakeResponse.namedEvents(events.toArray(new String[0]));
  }

  /**
   * The events DeepSeek streams for {@code response} (a {@code Response} as JSON): each text-bearing
   * part or call is sent as one delta per entry of {@code pieces}, consumed in order (a text with no
   * pieces left is sent whole).
   */
  public static FakeResponse stream(JsonObject response, List<String> pieces) {
    return FakeResponse.namedEvents(events(response, pieces).toArray(new String[0]));
  }

  static List<String> events(JsonObject response, List<String> pieces) {
    List<String> remaining = new ArrayList<>(pieces);
    List<String> events = new ArrayList<>();
    int sequence = 0;
    JsonObject started = inProgress(response);
    events.add(lifecycle("response.created", started, sequence++).toString());
    events.add(lifecycle("response.in_progress", started, sequence++).toString());
    JsonArray output = response.getAsJsonArray("output");
    for (int index = 0; index < output.size(); index++) {
      JsonObject item = output.get(index).getAsJsonObject();
      String type = item.get("type").getAsString();
      JsonObject added = item.deepCopy();
      added.addProperty("status", "in_progress");
      if (type.equals("function_call")) {
        added.addProperty("arguments", "");
        events.add(itemEvent("response.output_item.added", index, added, sequence++).toString());
        String arguments = item.get("arguments").getAsString();
        for (String piece : take(remaining, arguments)) {
          events.add(delta("response.function_call_arguments.delta", item, index, null, piece, sequence++).toString());
        }
        JsonObject done = textEvent("response.function_call_arguments.done", item, index, null, sequence++);
        done.addProperty("arguments", arguments);
        events.add(done.toString());
      } else {
        JsonArray parts = item.getAsJsonArray("content");
        added.add("content", new JsonArray());
        events.add(itemEvent("response.output_item.added", index, added, sequence++).toString());
        String partType = type.equals("reasoning") ? "reasoning_text" : "output_text";
        for (int content = 0; content < parts.size(); content++) {
          JsonObject part = parts.get(content).getAsJsonObject();
          JsonObject empty = part.deepCopy();
          empty.addProperty("text", "");
          events.add(partEvent("response.content_part.added", item, index, content, empty, sequence++).toString());
          String text = part.get("text").getAsString();
          for (String piece : take(remaining, text)) {
            events.add(delta("response." + partType + ".delta", item, index, content, piece, sequence++).toString());
          }
          JsonObject done = textEvent("response." + partType + ".done", item, index, content, sequence++);
          done.addProperty("text", text);
          events.add(done.toString());
          events.add(partEvent("response.content_part.done", item, index, content, part, sequence++).toString());
        }
      }
      events.add(itemEvent("response.output_item.done", index, item, sequence++).toString());
    }
    events.add(lifecycle("response." + response.get("status").getAsString(), response, sequence).toString());
    return events;
  }

  /** {@code event: <type>\n} for a JSON event payload, or nothing when it has no string {@code type}. */
  static String eventLine(String data) {
    try {
      JsonElement type = JsonParser.parseString(data).getAsJsonObject().get("type");
      return type != null && type.isJsonPrimitive() ? "event: " + type.getAsString() + "\n" : "";
    } catch (JsonParseException | IllegalStateException e) {
      return "";
    }
  }

  // ---- JSON building ----

  private static JsonObject response(String status, JsonObject... output) {
    JsonObject response = new JsonObject();
    response.addProperty("id", "resp_fake_0001");
    response.addProperty("object", "response");
    response.addProperty("created_at", CREATED_AT);
    response.addProperty("status", status);
    response.add("error", JsonNull.INSTANCE);
    response.add("incomplete_details", JsonNull.INSTANCE);
    response.addProperty("model", MODEL);
    JsonArray items = new JsonArray();
    int outputTokens = 0;
    for (JsonObject item : output) {
      items.add(item);
      outputTokens += item.toString().length() / 4;
    }
    response.add("output", items);
    JsonObject usage = new JsonObject();
    usage.addProperty("input_tokens", 10);
    JsonObject inputDetails = new JsonObject();
    inputDetails.addProperty("cached_tokens", 0);
    usage.add("input_tokens_details", inputDetails);
    usage.addProperty("output_tokens", outputTokens);
    JsonObject outputDetails = new JsonObject();
    outputDetails.addProperty("reasoning_tokens", 0);
    usage.add("output_tokens_details", outputDetails);
    usage.addProperty("total_tokens", 10 + outputTokens);
    response.add("usage", usage);
    return response;
  }

  private static JsonObject inProgress(JsonObject response) {
    JsonObject started = response.deepCopy();
    started.addProperty("status", "in_progress");
    started.add("error", JsonNull.INSTANCE);
    started.add("output", new JsonArray());
    started.remove("usage");
    return started;
  }

  private static JsonObject message(String text) {
    JsonObject part = new JsonObject();
    part.addProperty("type", "output_text");
    part.addProperty("text", text);
    part.add("annotations", new JsonArray());
    JsonArray content = new JsonArray();
    content.add(part);
    JsonObject item = new JsonObject();
    item.addProperty("type", "message");
    item.addProperty("id", "msg_fake_0001");
    item.addProperty("role", "assistant");
    item.addProperty("status", "completed");
    item.add("content", content);
    return item;
  }

  private static JsonObject reasoning(String text) {
    JsonObject part = new JsonObject();
    part.addProperty("type", "reasoning_text");
    part.addProperty("text", text);
    JsonArray content = new JsonArray();
    content.add(part);
    JsonObject item = new JsonObject();
    item.addProperty("type", "reasoning");
    item.addProperty("id", "rs_fake_0001");
    item.add("summary", new JsonArray());
    item.add("content", content);
    return item;
  }

  private static JsonObject functionCallItem(String name, String arguments) {
    JsonObject item = new JsonObject();
    item.addProperty("type", "function_call");
    item.addProperty("id", "fc_fake_0001");
    item.addProperty("call_id", "call_00_fake" + Integer.toHexString(Objects.requireNonNull(name, "name == null").hashCode()));
    item.addProperty("name", name);
    item.addProperty("arguments", Objects.requireNonNull(arguments, "arguments == null"));
    item.addProperty("status", "completed");
    return item;
  }

  private static JsonObject lifecycle(String type, JsonObject response, int sequence) {
    JsonObject event = event(type, sequence);
    event.add("response", response);
    return event;
  }

  private static JsonObject itemEvent(String type, int outputIndex, JsonObject item, int sequence) {
    JsonObject event = event(type, sequence);
    event.addProperty("output_index", outputIndex);
    event.add("item", item);
    return event;
  }

  private static JsonObject partEvent(String type, JsonObject item, int outputIndex, int contentIndex, JsonObject part,
      int sequence) {
    JsonObject event = textEvent(type, item, outputIndex, contentIndex, sequence);
    event.add("part", part);
    return event;
  }

  private static JsonObject delta(String type, JsonObject item, int outputIndex, Integer contentIndex, String delta,
      int sequence) {
    JsonObject event = textEvent(type, item, outputIndex, contentIndex, sequence);
    event.addProperty("delta", delta);
    return event;
  }

  private static JsonObject textEvent(String type, JsonObject item, int outputIndex, Integer contentIndex, int sequence) {
    JsonObject event = event(type, sequence);
    event.add("item_id", item.get("id"));
    event.addProperty("output_index", outputIndex);
    if (contentIndex != null) {
      event.addProperty("content_index", contentIndex);
    }
    return event;
  }

  private static JsonObject event(String type, int sequence) {
    JsonObject event = new JsonObject();
    event.addProperty("type", type);
    event.addProperty("sequence_number", sequence);
    return event;
  }

  /** The pieces of {@code remaining} that make up {@code text} (taken from its front), else {@code text} whole. */
  private static List<String> take(List<String> remaining, String text) {
    List<String> taken = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    while (!remaining.isEmpty() && joined.length() < text.length()
        && text.startsWith(joined + remaining.get(0))) {
      joined.append(remaining.get(0));
      taken.add(remaining.remove(0));
    }
    if (!joined.toString().equals(text)) {
      return text.isEmpty() ? Collections.<String>emptyList() : Collections.singletonList(text);
    }
    return taken;
  }

  private static String join(String... pieces) {
    return join(Arrays.asList(pieces));
  }

  private static String join(List<String> pieces) {
    StringBuilder text = new StringBuilder();
    for (String piece : pieces) {
      text.append(Objects.requireNonNull(piece, "pieces contains null"));
    }
    return text.toString();
  }
}
