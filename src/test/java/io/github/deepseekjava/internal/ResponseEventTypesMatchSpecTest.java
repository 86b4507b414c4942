package io.github.deepseekjava.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.deepseekjava.streaming.ResponseEventTypes;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The constants of {@link ResponseEventTypes} are exactly the event types of the spec's discriminator mapping. */
class ResponseEventTypesMatchSpecTest {
  private static Map<String, Object> schemas;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readSpec() throws IOException {
    try (Reader reader = Files.newBufferedReader(Paths.get("openapi/deepseek.yaml"), StandardCharsets.UTF_8)) {
      Map<String, Object> spec = new Yaml().load(reader);
      schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
    }
  }

  /** The spec's discriminator mapping of {@code schema}: value to schema name. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> mapping(String schema) {
    Map<String, Object> discriminator = (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("discriminator");
    Map<String, String> mapping = new TreeMap<>();
    ((Map<String, String>) discriminator.get("mapping")).forEach((key, ref) ->
        mapping.put(key, ref.substring("#/components/schemas/".length())));
    return mapping;
  }



  @Test
  void eventTypeConstantsAreTheSpecsEventTypes() throws IllegalAccessException {
    Set<String> constants = new TreeSet<>();
    for (Field field : ResponseEventTypes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        constants.add((String) field.get(null));
      }
    }
    assertEquals(mapping("ResponseStreamEvent").keySet(), constants);
  }
}
