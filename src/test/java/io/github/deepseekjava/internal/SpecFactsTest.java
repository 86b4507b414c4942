package io.github.deepseekjava.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated {@link SpecFacts} says what openapi/deepseek.yaml and the pom say. */
class SpecFactsTest {
  private static String describe(JsonNode schema) {
    StringBuilder keywords = new StringBuilder();
    for (String keyword : new String[] {"minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
        "minItems", "maxItems", "minLength", "maxLength", "pattern"}) {
      JsonNode value = schema.get(keyword);
      if (value != null && !(value.isBoolean() && !value.asBoolean())) {
        String text = value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
        keywords.append(keyword).append('=').append(text).append(' ');
      }
    }
    return keywords.toString();
  }

  private static String describe(Limit limit) {
    StringBuilder keywords = new StringBuilder();
    append(keywords, "minimum", limit.minimum());
    append(keywords, "exclusiveMinimum", limit.exclusiveMinimum() ? true : null);
    append(keywords, "maximum", limit.maximum());
    append(keywords, "exclusiveMaximum", limit.exclusiveMaximum() ? true : null);
    append(keywords, "minItems", limit.minItems());
    append(keywords, "maxItems", limit.maxItems());
    append(keywords, "minLength", limit.minLength());
    append(keywords, "maxLength", limit.maxLength());
    append(keywords, "pattern", limit.pattern());
    return keywords.toString();
  }

  private static void append(StringBuilder keywords, String keyword, Object value) {
    if (value != null) {
      String text = value instanceof Double ? new BigDecimal(value.toString()).stripTrailingZeros().toPlainString() : value.toString();
      keywords.append(keyword).append('=').append(text).append(' ');
    }
  }

  @Test
  void everyValidationKeywordOfEverySchemaPropertyIsDerived() throws Exception {
    JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Paths.get("openapi/deepseek.yaml").toFile())
        .path("components").path("schemas");
    Map<String, String> spec = new LinkedHashMap<>();
    schemas.properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(property -> {
      String keywords = describe(property.getValue());
      if (!keywords.isEmpty()) {
        spec.put(schema.getKey() + "." + property.getKey(), keywords);
      }
    }));
    spec.put("Stop", "");
    schemas.path("Stop").path("oneOf").forEach(branch -> {
      if (branch.has("maxItems") || branch.has("minItems")) {
        spec.put("Stop", describe(branch));
      }
    });
    Map<String, String> derived = new LinkedHashMap<>();
    SpecFacts.limits().forEach((key, limit) -> derived.put(key, describe(limit)));

    assertEquals(spec, derived);
  }

  @Test
  void userAgentCarriesThePomVersion() throws Exception {
    String pom = new String(Files.readAllBytes(Paths.get("pom.xml")), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<artifactId>deepseek-java</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    version.find();
    assertEquals("deepseek-java/" + version.group(1), SpecFacts.USER_AGENT);
  }
}
