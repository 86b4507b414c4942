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
 * schema cannot drift apart: request bodies, responses (error responses and the {@code text/event-stream}
 * chunk examples included), via {@code example} or {@code examples}, and the {@code example} of every
 * schema and property. The seed fixtures under {@code src/test/resources/seed} equal the spec's
 * {@code seed} examples. See {@link OpenApiSpec} for how OpenAPI 3.0 schemas (nullable, discriminator)
 * are validated.
 */
class SpecExamplesTest {
  private static final OpenApiSpec SPEC = OpenApiSpec.load();
  private static final String CHAT = "/paths/~1chat~1completions/post";
  private static final String FIM = "/paths/~1beta~1completions/post";
  private static final String JSON_BODY = "/requestBody/content/application~1json";
  private static final String JSON_200 = "/responses/200/content/application~1json";

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
    assertContains(pointers, CHAT + "/responses/200/content/text~1event-stream/examples/toolCallChunk");
    assertContains(pointers, FIM + "/responses/200/content/text~1event-stream/examples/chunk");
    assertContains(pointers, "/components/responses/RateLimited/content/application~1json/example");
    assertContains(pointers, "/components/responses/InvalidParameters/content/text~1plain/example");
    assertContains(pointers, "/components/schemas/Model/properties/id/example");
    assertTrue(pointers.size() >= 30, "only " + pointers.size() + " examples found: " + pointers);
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
    JsonNode chunk = SPEC.at(CHAT + "/responses/200/content/text~1event-stream/examples/toolCallChunk/value");
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
   * nested schema (components and inline).
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
