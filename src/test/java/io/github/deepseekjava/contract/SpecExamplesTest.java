package io.github.deepseekjava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in {@code openapi/deepseek.yaml} is valid against its schema, so an example and its
 * schema cannot drift apart: request bodies, responses (error responses included), via {@code example}
 * or {@code examples}, and the {@code example} of every schema and property. A {@code text/event-stream}
 * example is the SSE text of a whole stream: it must be a complete stream (see {@link #streamProblems}),
 * and each of its {@code data:} payloads must be valid against the chunk or event schema that
 * {@link #EVENT_STREAMS} names. The seed fixtures under {@code src/test/resources/seed} equal the spec's
 * {@code seed} examples. See {@link OpenApiSpec} for how OpenAPI 3.0 schemas (nullable, discriminator)
 * are validated.
 */
class SpecExamplesTest {
  private static final OpenApiSpec SPEC = OpenApiSpec.load();
  private static final String CHAT = "/paths/~1chat~1completions/post";
  private static final String FIM = "/paths/~1beta~1completions/post";
  private static final String JSON_BODY = "/requestBody/content/application~1json";
  private static final String JSON_200 = "/responses/200/content/application~1json";
  private static final String BETA_CHAT = "/paths/~1beta~1chat~1completions/post";
  private static final String RESPONSES = "/paths/~1responses/post";
  private static final String SSE_200 = "/responses/200/content/text~1event-stream";
  private static final String DONE = "[DONE]";
  private static final List<String> TERMINAL_EVENTS =
      List.of("response.completed", "response.incomplete", "response.failed");

  /**
   * Every {@code text/event-stream} response of the spec, with the schema of its {@code data:} payloads:
   * named here (and checked against the spec's {@code x-sse-data-schema}), so a stream example cannot
   * silently validate against nothing. Chat and FIM streams end with {@code data: [DONE]}; Responses
   * streams are named events ({@code event: <type>}) that end with a terminal event.
   */
  static final Map<String, EventStream> EVENT_STREAMS = Map.of(
      CHAT + SSE_200, new EventStream("ChatCompletionChunk", true),
      BETA_CHAT + SSE_200, new EventStream("ChatCompletionChunk", true),
      FIM + SSE_200, new EventStream("FimCompletion", true),
      RESPONSES + SSE_200, new EventStream("ResponseStreamEvent", false));

  /** What the events of one {@code text/event-stream} response carry. */
  static final class EventStream {
    final String payloadSchema;
    final boolean endsWithDone;

    EventStream(String payloadSchema, boolean endsWithDone) {
      this.payloadSchema = payloadSchema;
      this.endsWithDone = endsWithDone;
    }
  }

  /** One server-sent event: its {@code event:} name (or null) and its {@code data:} lines. */
  static final class ServerSentEvent {
    final String name;
    final List<String> data;

    ServerSentEvent(String name, List<String> data) {
      this.name = name;
      this.data = data;
    }
  }

  /** One example of the spec: where it is, its value, and the OpenAPI schema it must satisfy. */
  static final class Example {
    final String pointer;
    final JsonNode value;
    final JsonNode schema;

    Example(String pointer, JsonNode value, JsonNode schema) {
      this.pointer = pointer;
      this.value = value;
      this.schema = schema;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsValidAgainstItsSchema() {
    List<Example> examples = allExamples();
    return examples.stream().map(example -> DynamicTest.dynamicTest(example.pointer, () -> {
      List<String> problems = SPEC.validate(example.schema, example.value);
      assertTrue(problems.isEmpty(), () -> "example " + example.pointer + " does not match its schema:\n  "
          + String.join("\n  ", problems) + "\nexample: " + OpenApiSpec.toJson(example.value));
    }));
  }

  @Test
  void theExampleWalkFindsEveryKindOfExample() {
    List<String> pointers = new ArrayList<>();
    allExamples().forEach(example -> pointers.add(example.pointer));

    assertContains(pointers, CHAT + JSON_BODY + "/examples/seed");
    assertContains(pointers, CHAT + SSE_200 + "/examples/toolCall");
    assertContains(pointers, CHAT + SSE_200 + "/examples/toolCall/data/2");
    assertContains(pointers, BETA_CHAT + SSE_200 + "/examples/prefixCompletion/data/0");
    assertContains(pointers, FIM + SSE_200 + "/examples/stream/data/0");
    assertContains(pointers, RESPONSES + SSE_200 + "/examples/reasoning/data/0");
    assertContains(pointers, "/components/responses/RateLimited/content/application~1json/example");
    assertContains(pointers, "/components/responses/InvalidParameters/content/text~1plain/example");
    assertContains(pointers, "/components/schemas/Model/properties/id/example");
    assertTrue(pointers.size() >= 30, "only " + pointers.size() + " examples found: " + pointers);
    // Each stream payload is validated against its chunk or event schema, not against the stream's `type: string`.
    allExamples().stream().filter(example -> example.pointer.contains("/text~1event-stream/") && example.pointer.contains("/data/"))
        .forEach(example -> assertEquals(OpenApiSpec.SCHEMA_REF_PREFIX + EVENT_STREAMS.get(example.pointer.substring(0,
            example.pointer.indexOf("/examples/"))).payloadSchema, example.schema.path("$ref").asText(), example.pointer));
  }

  @Test
  void everyEventStreamNamesItsPayloadSchema() {
    List<String> found = new ArrayList<>();
    forEachOperation((pointer, operation) -> operation.path("responses").properties().forEach(response ->
        SPEC.resolve(response.getValue()).path("content").properties().forEach(media -> {
          if (!media.getKey().equals("text/event-stream")) {
            return;
          }
          String where = pointer + "/responses/" + response.getKey() + "/content/text~1event-stream";
          found.add(where);
          EventStream stream = EVENT_STREAMS.get(where);
          assertTrue(stream != null, () -> where + ": a stream without a payload schema in EVENT_STREAMS");
          assertEquals(OpenApiSpec.SCHEMA_REF_PREFIX + stream.payloadSchema, media.getValue().path("x-sse-data-schema").asText(),
              where + "/x-sse-data-schema");
          assertTrue(SPEC.components().has(stream.payloadSchema), stream.payloadSchema);
          // The body is the text of the stream: a mock serves the examples as they are (Prism does).
          assertEquals("string", media.getValue().path("schema").path("type").asText(), where + "/schema");
        })));
    assertEquals(new java.util.TreeSet<>(EVENT_STREAMS.keySet()), new java.util.TreeSet<>(found));
  }

  @TestFactory
  Stream<DynamicTest> everyEventStreamExampleIsACompleteStream() {
    List<DynamicTest> tests = new ArrayList<>();
    EVENT_STREAMS.forEach((pointer, stream) -> SPEC.at(pointer).path("examples").properties().forEach(example ->
        tests.add(DynamicTest.dynamicTest(pointer + "/examples/" + example.getKey(), () -> {
          JsonNode text = SPEC.resolve(example.getValue()).path("value");
          assertTrue(text.isTextual(), "the example must be the SSE text of the stream, not " + text.getNodeType());
          assertEquals(List.of(), streamProblems(text.asText(), stream));
        }))));
    assertTrue(tests.size() >= 6, "only " + tests.size() + " stream examples");
    return tests.stream();
  }

  @Test
  void everyRequestAndResponseMediaTypeHasAnExample() {
    List<String> missing = new ArrayList<>();
    forEachOperation((pointer, operation) -> {
      List<String> bodies = new ArrayList<>();
      if (operation.has("requestBody")) {
        bodies.add(pointer + "/requestBody");
      }
      operation.path("responses").fieldNames().forEachRemaining(status ->
          bodies.add(pointer + "/responses/" + status));
      for (String body : bodies) {
        JsonNode content = SPEC.resolve(SPEC.at(body)).path("content");
        content.properties().forEach(media -> {
          boolean hasExample = media.getValue().has("example") || media.getValue().path("examples").size() > 0;
          if (!hasExample) {
            missing.add(body + "/content/" + media.getKey());
          }
        });
      }
    });
    assertTrue(missing.isEmpty(), "media types without an example (add one so the contract is exercised): " + missing);
  }

  static Stream<Arguments> seedFixtures() {
    return Stream.of(
        Arguments.of("seed/chat-request.json", CHAT + JSON_BODY),
        Arguments.of("seed/chat-response.json", CHAT + JSON_200),
        Arguments.of("seed/fim-request.json", FIM + JSON_BODY),
        Arguments.of("seed/models-response.json", "/paths/~1models/get" + JSON_200),
        Arguments.of("seed/balance-response.json", "/paths/~1user~1balance/get" + JSON_200));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedFixtures")
  void seedFixtureEqualsTheSpecsSeedExample(String fixture, String mediaType) {
    JsonNode expected = OpenApiSpec.parseJson(OpenApiSpec.resource(fixture));
    JsonNode example = SPEC.at(mediaType + "/examples/seed/value");

    assertTrue(OpenApiSpec.sameJson(expected, example), () -> fixture + " differs from the spec's `seed` example at "
        + mediaType + "\nfixture: " + OpenApiSpec.toJson(expected) + "\nspec:    " + OpenApiSpec.toJson(example));
    assertEquals(List.of(), SPEC.validate(SPEC.at(mediaType + "/schema"), expected), fixture);
  }

  @Test
  void fullFimResponseFixtureIsAValidFimCompletionAndTheSpecExampleShortensIt() {
    JsonNode fixture = OpenApiSpec.parseJson(OpenApiSpec.resource("seed/fim-response.json"));

    assertEquals(List.of(), SPEC.validateAgainstComponent("FimCompletion", fixture), "seed/fim-response.json");
    assertEquals(List.of(), SPEC.validate(SPEC.at(FIM + JSON_200 + "/schema"), fixture), "seed/fim-response.json");
    assertShortened(SPEC.at(FIM + JSON_200 + "/examples/seed/value"), fixture, "");
  }

  @Test
  void theValidatorRejectsWhatTheSchemasForbid() {
    // Guards the test itself: a validator that accepted everything would make the examples test pass vacuously.
    JsonNode chunk = payloads(CHAT + SSE_200 + "/examples/toolCall").stream()
        .filter(c -> c.path("choices").path(0).path("delta").path("tool_calls").path(0).has("id")).findFirst().get();
    assertEquals(List.of(), SPEC.validateAgainstComponent("ChatCompletionChunk", chunk));

    assertChunkRejected(chunk, choice -> choice.put("finish_reason", "bogus"));
    assertChunkRejected(chunk, choice -> choice.put("finish_reason", 42));
    assertChunkRejected(chunk, choice -> choice.set("logprob", choice.remove("logprobs")));
    assertChunkRejected(chunk, choice -> ((ObjectNode) choice.path("delta").path("tool_calls").get(0)).remove("index"));
    assertChunkRejected(chunk, choice -> ((ObjectNode) choice.path("delta")).put("content", 7));

    String user = "{\"role\": \"user\", \"content\": \"x\"}";
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [{\"role\": \"user\","
        + " \"content\": [{\"type\": \"image_url\", \"text\": \"x\"}]}]}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": []}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [" + user + "], \"top_p\": 3}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [" + user + "], \"tool_choice\": \"sometimes\"}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [" + user + "], \"max_tokens\": 1.5}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [" + user + "], \"stop\": 5}");
    assertRejected("ChatCompletionRequest", "{\"model\": \"m\", \"messages\": [" + user + "], \"max_token\": 5}");
    assertRejected("ErrorResponse", "{\"error\": {\"message\": null}}");

    // The stream checks: framing, [DONE] only at the end, event names equal to the payload's type.
    EventStream chat = EVENT_STREAMS.get(CHAT + SSE_200);
    EventStream responses = EVENT_STREAMS.get(RESPONSES + SSE_200);
    String finish = "data: {\"choices\": [{\"finish_reason\": \"stop\"}], \"usage\": {}}\n\n";
    assertEquals(List.of(), streamProblems(finish + "data: [DONE]\n\n", chat));
    assertFalse(streamProblems(finish + "data: [DONE]\n", chat).isEmpty(), "last event not terminated");
    assertFalse(streamProblems(finish, chat).isEmpty(), "no [DONE]");
    assertFalse(streamProblems("data: [DONE]\n\n" + finish + "data: [DONE]\n\n", chat).isEmpty(), "[DONE] not last");
    assertFalse(streamProblems("data: {\"choices\": []}\n\ndata: [DONE]\n\n", chat).isEmpty(), "no finish chunk");
    assertFalse(streamProblems("event: x\n" + finish + "data: [DONE]\n\n", chat).isEmpty(), "named chat event");
    String completed = "event: response.completed\ndata: {\"type\": \"response.completed\", \"sequence_number\": 0}\n\n";
    assertEquals(List.of(), streamProblems(completed, responses));
    assertFalse(streamProblems(completed.replaceFirst("event: response.completed", "event: response.failed"), responses)
        .isEmpty(), "event name differs from type");
    assertFalse(streamProblems(completed + "data: [DONE]\n\n", responses).isEmpty(), "[DONE] in a Responses stream");
    assertFalse(streamProblems(completed.replace("completed", "created"), responses).isEmpty(), "no terminal event");

    assertEquals(List.of(), SPEC.validateAgainstComponent("ChatCompletionRequest", OpenApiSpec.parseJson(
        "{\"model\": \"m\", \"messages\": [" + user + "], \"stop\": null, \"tool_choice\": null,"
            + " \"thinking\": null, \"temperature\": null, \"user_id\": null}")), "nulls where the spec allows them");
    assertEquals(List.of(), SPEC.validateAgainstComponent("ChatCompletionRequest", OpenApiSpec.parseJson(
        "{\"model\": \"m\", \"messages\": [" + user + "], \"stop\": [\"a\", \"b\"],"
            + " \"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"f\"}}}")), "the other branches");
  }

  private static void assertChunkRejected(JsonNode chunk, java.util.function.Consumer<ObjectNode> breakChoice) {
    JsonNode broken = chunk.deepCopy();
    breakChoice.accept((ObjectNode) broken.path("choices").get(0));
    assertFalse(SPEC.validateAgainstComponent("ChatCompletionChunk", broken).isEmpty(),
        () -> "ChatCompletionChunk should reject " + broken);
  }

  private static void assertRejected(String component, String json) {
    assertFalse(SPEC.validateAgainstComponent(component, OpenApiSpec.parseJson(json)).isEmpty(),
        () -> component + " should reject " + json);
  }

  /**
   * {@code shortened} is {@code full} with arrays cut to a prefix and strings to a prefix; everything
   * else equal.
   */
  private static void assertShortened(JsonNode shortened, JsonNode full, String path) {
    if (shortened.isObject()) {
      assertEquals(OpenApiSpec.fieldNames(full), OpenApiSpec.fieldNames(shortened), "fields at " + path);
      shortened.properties().forEach(f -> assertShortened(f.getValue(), full.get(f.getKey()), path + "/" + f.getKey()));
    } else if (shortened.isArray()) {
      assertTrue(full.isArray() && shortened.size() <= full.size(), "array at " + path);
      for (int i = 0; i < shortened.size(); i++) {
        assertShortened(shortened.get(i), full.get(i), path + "/" + i);
      }
    } else if (shortened.isTextual()) {
      assertTrue(full.isTextual() && full.asText().startsWith(shortened.asText()), "text at " + path);
    } else {
      assertTrue(OpenApiSpec.sameJson(shortened, full), "value at " + path + ": " + shortened + " vs " + full);
    }
  }

  /** The JSON payloads of the stream example at {@code pointer}, in order ({@code [DONE]} left out). */
  private static List<JsonNode> payloads(String examplePointer) {
    List<JsonNode> payloads = new ArrayList<>();
    allExamples().stream().filter(e -> e.pointer.startsWith(examplePointer + "/data/")).forEach(e -> payloads.add(e.value));
    assertFalse(payloads.isEmpty(), "no payloads at " + examplePointer);
    return payloads;
  }

  /**
   * The events of SSE text, as a client reads them (WHATWG: a blank line ends an event; {@code :} starts a
   * comment; one space after the colon is dropped). An event left open at the end is returned too;
   * {@link #streamProblems} reports it.
   */
  static List<ServerSentEvent> parseEvents(String text) {
    List<ServerSentEvent> events = new ArrayList<>();
    String name = null;
    List<String> data = new ArrayList<>();
    boolean open = false;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        if (open) {
          events.add(new ServerSentEvent(name, data));
        }
        name = null;
        data = new ArrayList<>();
        open = false;
        continue;
      }
      open = true;
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(line.startsWith(": ", colon) ? colon + 2 : colon + 1);
      if (field.equals("event")) {
        name = value;
      } else if (field.equals("data")) {
        data.add(value);
      }
    }
    if (open) {
      events.add(new ServerSentEvent(name, data));
    }
    return events;
  }

  /**
   * What keeps SSE text from being a complete stream of its operation: every event one {@code data:} line;
   * the last event ended by a blank line (a client drops an unterminated one); chat and FIM: no event names,
   * {@code data: [DONE]} exactly once, at the end, after a chunk with a finish_reason and usage; Responses:
   * each event named by its payload's {@code type}, {@code sequence_number} counting from 0, no
   * {@code [DONE]}, a terminal event at the end. Payload validation is {@link #everyExampleIsValidAgainstItsSchema}'s.
   */
  static List<String> streamProblems(String text, EventStream stream) {
    List<String> problems = new ArrayList<>();
    if (!text.endsWith("\n\n")) {
      problems.add("the last event is not ended by a blank line");
    }
    List<ServerSentEvent> events = parseEvents(text);
    List<JsonNode> payloads = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      ServerSentEvent event = events.get(i);
      if (event.data.size() != 1) {
        problems.add("event " + i + " has " + event.data.size() + " data lines");
        continue;
      }
      String data = event.data.get(0);
      boolean last = i == events.size() - 1;
      if (data.equals(DONE)) {
        if (!stream.endsWithDone || !last) {
          problems.add("event " + i + ": [DONE] " + (stream.endsWithDone ? "before the last event" : "in a stream of named events"));
        }
        continue;
      }
      JsonNode payload;
      try {
        payload = OpenApiSpec.parseJson(data);
      } catch (RuntimeException e) {
        problems.add("event " + i + ": data is not JSON: " + data);
        continue;
      }
      payloads.add(payload);
      if (stream.endsWithDone) {
        if (event.name != null) {
          problems.add("event " + i + " is named `" + event.name + "`; chat and FIM events have no name");
        }
      } else {
        if (!payload.path("type").asText().equals(event.name)) {
          problems.add("event " + i + " is named `" + event.name + "` but its type is `" + payload.path("type").asText() + "`");
        }
        if (payload.path("sequence_number").asInt(-1) != payloads.size() - 1) {
          problems.add("event " + i + ": sequence_number " + payload.path("sequence_number") + ", expected " + (payloads.size() - 1));
        }
      }
    }
    if (payloads.isEmpty()) {
      problems.add("no JSON payloads");
      return problems;
    }
    JsonNode lastPayload = payloads.get(payloads.size() - 1);
    if (stream.endsWithDone) {
      ServerSentEvent lastEvent = events.get(events.size() - 1);
      if (lastEvent.data.size() != 1 || !lastEvent.data.get(0).equals(DONE)) {
        problems.add("the stream does not end with data: [DONE]");
      }
      if (lastPayload.path("choices").path(0).path("finish_reason").isNull()
          || lastPayload.path("choices").path(0).path("finish_reason").isMissingNode() || !lastPayload.has("usage")) {
        problems.add("the last chunk before [DONE] has no finish_reason or no usage");
      }
    } else if (!TERMINAL_EVENTS.contains(lastPayload.path("type").asText())) {
      problems.add("the stream does not end with a terminal event " + TERMINAL_EVENTS);
    }
    return problems;
  }

  private static void assertContains(List<String> pointers, String pointer) {
    assertTrue(pointers.contains(pointer), () -> "no example at " + pointer + "; found " + pointers);
  }

  private interface OperationVisitor {
    void visit(String pointer, JsonNode operation);
  }

  private static void forEachOperation(OperationVisitor visitor) {
    SPEC.root().path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      if (List.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(op.getKey())) {
        visitor.visit("/paths/" + OpenApiSpec.escape(path.getKey()) + "/" + op.getKey(), op.getValue());
      }
    }));
  }

  /**
   * Every example of the document: the {@code example}/{@code examples} of each object that has a
   * {@code schema} (media types, parameters, headers), and the {@code example} of each schema and
   * nested schema (components and inline). A {@code text/event-stream} example also yields each JSON
   * {@code data:} payload of its stream, at {@code <example>/data/<event index>}, with the payload schema
   * of {@link #EVENT_STREAMS}.
   */
  static List<Example> allExamples() {
    List<Example> found = new ArrayList<>();
    collect(SPEC.root(), "", false, found);
    return found;
  }

  private static void collect(JsonNode node, String pointer, boolean isSchema, List<Example> found) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, isSchema, found);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isSchema) {
      if (node.has("example")) {
        found.add(new Example(pointer + "/example", node.get("example"), node));
      }
      JsonNode properties = node.path("properties");
      properties.properties().forEach(p ->
          collect(p.getValue(), pointer + "/properties/" + OpenApiSpec.escape(p.getKey()), true, found));
      for (String key : List.of("items", "additionalProperties", "not", "allOf", "oneOf", "anyOf")) {
        if (node.has(key)) {
          collect(node.get(key), pointer + "/" + key, true, found);
        }
      }
      return;
    }
    if (node.has("schema")) {
      JsonNode schema = node.get("schema");
      if (node.has("example")) {
        found.add(new Example(pointer + "/example", node.get("example"), schema));
      }
      node.path("examples").properties().forEach(e -> {
        String where = pointer + "/examples/" + OpenApiSpec.escape(e.getKey());
        JsonNode exampleObject = SPEC.resolve(e.getValue());
        if (exampleObject.has("externalValue")) {
          fail(where + ": externalValue examples are not supported; inline the value");
        }
        if (!exampleObject.has("value")) {
          fail(where + ": an Example Object needs a value");
        }
        found.add(new Example(where, exampleObject.get("value"), schema));
        if (pointer.endsWith("/content/text~1event-stream")) {
          EventStream stream = EVENT_STREAMS.get(pointer);
          if (stream == null) {
            fail(pointer + ": name the schema of its data payloads in SpecExamplesTest.EVENT_STREAMS");
          }
          JsonNode payloadSchema = OpenApiSpec.parseJson("{\"$ref\": \"" + OpenApiSpec.SCHEMA_REF_PREFIX + stream.payloadSchema + "\"}");
          List<ServerSentEvent> events = parseEvents(exampleObject.get("value").asText());
          for (int i = 0; i < events.size(); i++) {
            String data = String.join("\n", events.get(i).data);
            if (!events.get(i).data.isEmpty() && !data.equals(DONE)) {
              found.add(new Example(where + "/data/" + i, OpenApiSpec.parseJson(data), payloadSchema));
            }
          }
        }
      });
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (key.equals("example") || key.equals("examples")) {
        continue;
      }
      String child = pointer + "/" + OpenApiSpec.escape(key);
      boolean childIsSchema = key.equals("schema") || pointer.equals("/components/schemas");
      collect(field.getValue(), child, childIsSchema, found);
    }
  }
}
