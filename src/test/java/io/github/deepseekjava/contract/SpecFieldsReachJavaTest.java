package io.github.deepseekjava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every property of every schema in the spec is reachable from the Java models: for each component
 * schema with {@code properties}, the generated class {@code io.github.deepseekjava.model.<Schema>} has
 * a field annotated {@code @SerializedName("<property>")}. A field added to the spec can then never be
 * silently missing from the client (for example because a schema mapping or a generator option hid it).
 */
class SpecFieldsReachJavaTest {
  private static final OpenApiSpec SPEC = OpenApiSpec.load();
  private static final String MODEL_PACKAGE = "io.github.deepseekjava.model.";
  /** Schemas that are only a oneOf: a Java interface or a hand-written type, with no fields of their own. */
  private static final Set<String> ONE_OF_ONLY =
      new TreeSet<>(List.of("ChatMessage", "ContentPart", "ToolChoice", "Stop", "UserContent",
          "ResponseInput", "ResponseItem", "ResponseContent", "ResponseContentPart", "ResponseTool",
          "ResponseToolChoice", "ResponseStreamEvent"));
  /** The oneOf schemas that pom.xml maps to hand-written classes (schemaMappings). */
  private static final Set<String> MAPPED =
      new TreeSet<>(List.of("Stop", "UserContent", "FinishReason", "ResponseInput", "ResponseContent"));

  @TestFactory
  Stream<DynamicTest> everySchemaPropertyHasASerializedJavaField() {
    List<DynamicTest> tests = new ArrayList<>();
    SPEC.components().properties().forEach(schema -> {
      if (schema.getValue().has("properties")) {
        tests.add(DynamicTest.dynamicTest(schema.getKey(), () -> assertFieldsFor(schema.getKey(), schema.getValue())));
      }
    });
    assertTrue(tests.size() >= 30, "only " + tests.size() + " object schemas found");
    return tests.stream();
  }

  @Test
  void everySchemaWithoutPropertiesIsAKnownOneOfOrAnEnumWithAllItsValues() throws Exception {
    Set<String> oneOfs = new TreeSet<>();
    for (Map.Entry<String, JsonNode> schema : SPEC.components().properties()) {
      String name = schema.getKey();
      JsonNode node = schema.getValue();
      if (node.has("properties")) {
        continue;
      }
      if (node.has("oneOf")) {
        oneOfs.add(name);
        assertOneOfReachable(name, node);
      } else if (node.has("enum")) {
        assertEnumValuesReachable(name, node);
      } else {
        throw new AssertionError("schema " + name + " has neither properties, oneOf nor enum: extend "
            + getClass().getSimpleName() + " to check how it reaches the Java models");
      }
    }
    assertEquals(ONE_OF_ONLY, oneOfs, "the oneOf-only schemas");
  }

  private static void assertFieldsFor(String schemaName, JsonNode schema) throws ClassNotFoundException {
    Class<?> model = Class.forName(MODEL_PACKAGE + schemaName);
    Set<String> serialized = serializedNames(model);
    List<String> missing = new ArrayList<>();
    for (String property : OpenApiSpec.fieldNames(schema.get("properties"))) {
      if (!serialized.contains(property)) {
        missing.add(property);
      }
    }
    assertTrue(missing.isEmpty(), () -> model.getName() + " has no @SerializedName field for " + missing
        + " of schema " + schemaName + " (it has " + serialized + ")");
  }

  private static Set<String> serializedNames(Class<?> model) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> type = model; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        SerializedName annotation = field.getAnnotation(SerializedName.class);
        if (annotation != null) {
          names.add(annotation.value());
          names.addAll(List.of(annotation.alternate()));
        }
      }
    }
    return names;
  }

  private static void assertOneOfReachable(String name, JsonNode schema) throws ClassNotFoundException {
    if (MAPPED.contains(name)) {
      Class.forName(MODEL_PACKAGE + "support." + name);
      return;
    }
    Class<?> union = Class.forName(MODEL_PACKAGE + name);
    for (JsonNode branch : schema.get("oneOf")) {
      if (branch.has("$ref")) {
        String target = branch.get("$ref").asText().substring(OpenApiSpec.SCHEMA_REF_PREFIX.length());
        Class<?> branchClass = Class.forName(MODEL_PACKAGE + target);
        assertTrue(union.isAssignableFrom(branchClass), branchClass.getName() + " should implement " + union.getName());
      }
    }
  }

  /** A closed enum is a generated Java enum; an open one (mapped) is a class with {@code knownValues()}. */
  private static void assertEnumValuesReachable(String name, JsonNode schema) throws Exception {
    Set<String> javaValues = new TreeSet<>();
    if (MAPPED.contains(name)) {
      Class<?> type = Class.forName(MODEL_PACKAGE + "support." + name);
      javaValues.addAll(((Map<?, ?>) type.getMethod("knownValues").invoke(null)).keySet().stream()
          .map(String::valueOf).collect(java.util.stream.Collectors.toList()));
    } else {
      Class<?> type = Class.forName(MODEL_PACKAGE + name);
      assertTrue(type.isEnum(), type.getName() + " should be an enum");
      Method getValue = type.getMethod("getValue");
      for (Object constant : type.getEnumConstants()) {
        javaValues.add(String.valueOf(getValue.invoke(constant)));
      }
    }
    for (JsonNode value : schema.get("enum")) {
      if (!value.isNull()) {
        assertTrue(javaValues.contains(value.asText()), name + " has no Java constant for \"" + value.asText()
            + "\" (it has " + javaValues + ")");
      }
    }
  }
}
