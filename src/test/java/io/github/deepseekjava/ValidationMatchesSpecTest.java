package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The client-side limits of {@link RequestValidation} are the ones the spec declares. */
class ValidationMatchesSpecTest {
  private static Map<String, Object> schemas;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readSpec() throws IOException {
    try (Reader reader = Files.newBufferedReader(Paths.get("openapi/deepseek.yaml"), StandardCharsets.UTF_8)) {
      Map<String, Object> spec = new Yaml().load(reader);
      schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> property(String schema, String property) {
    Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties");
    return (Map<String, Object>) properties.get(property);
  }

  private static double number(Map<String, Object> schema, String keyword) {
    return ((Number) schema.get(keyword)).doubleValue();
  }

  @Test
  void samplingRangesMatch() {
    for (String schema : new String[] {"ChatCompletionRequest", "FimCompletionRequest"}) {
      assertEquals(RequestValidation.MIN_TEMPERATURE, number(property(schema, "temperature"), "minimum"), schema);
      assertEquals(RequestValidation.MAX_TEMPERATURE, number(property(schema, "temperature"), "maximum"), schema);
      assertEquals(RequestValidation.MIN_TOP_P, number(property(schema, "top_p"), "minimum"), schema);
      assertEquals(RequestValidation.MAX_TOP_P, number(property(schema, "top_p"), "maximum"), schema);
      for (String penalty : new String[] {"frequency_penalty", "presence_penalty"}) {
        assertEquals(RequestValidation.MIN_PENALTY, number(property(schema, penalty), "minimum"), schema);
        assertEquals(RequestValidation.MAX_PENALTY, number(property(schema, penalty), "maximum"), schema);
      }
      assertEquals(RequestValidation.MIN_MAX_TOKENS, number(property(schema, "max_tokens"), "minimum"), schema);
    }
  }

  @Test
  void logprobsRangesMatch() {
    assertEquals(RequestValidation.MIN_TOP_LOGPROBS, number(property("ChatCompletionRequest", "top_logprobs"), "minimum"));
    assertEquals(RequestValidation.MAX_TOP_LOGPROBS, number(property("ChatCompletionRequest", "top_logprobs"), "maximum"));
    assertEquals(RequestValidation.MIN_TOP_LOGPROBS, number(property("FimCompletionRequest", "logprobs"), "minimum"));
    assertEquals(RequestValidation.MAX_TOP_LOGPROBS, number(property("FimCompletionRequest", "logprobs"), "maximum"));
    assertEquals(RequestValidation.MIN_TOP_LOGPROBS, number(property("CreateResponseRequest", "top_logprobs"), "minimum"));
    assertEquals(RequestValidation.MAX_TOP_LOGPROBS, number(property("CreateResponseRequest", "top_logprobs"), "maximum"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void countLimitsMatch() {
    Map<String, Object> stopArray = (Map<String, Object>) ((java.util.List<Object>) ((Map<String, Object>) schemas.get("Stop")).get("oneOf")).get(1);
    assertEquals(RequestValidation.MAX_STOP_SEQUENCES, number(stopArray, "maxItems"));
    assertEquals(RequestValidation.MAX_TOOLS, number(property("ChatCompletionRequest", "tools"), "maxItems"));
    assertEquals(RequestValidation.MAX_USER_ID_LENGTH, number(property("ChatCompletionRequest", "user_id"), "maxLength"));
  }

  @Test
  void patternsMatch() {
    assertEquals(RequestValidation.TOOL_NAME.pattern(), property("FunctionDefinition", "name").get("pattern"));
    assertEquals(RequestValidation.USER_ID.pattern(), property("ChatCompletionRequest", "user_id").get("pattern"));
    assertEquals(RequestValidation.RESPONSES_FUNCTION_NAME.pattern(), property("ResponseFunctionTool", "name").get("pattern"));
    assertEquals(RequestValidation.MAX_RESPONSES_FUNCTION_NAME_LENGTH,
        number(property("ResponseFunctionTool", "name"), "maxLength"));
  }
}
