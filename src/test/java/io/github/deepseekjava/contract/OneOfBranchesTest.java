package io.github.deepseekjava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec's unions resolve without the {@code discriminator}: OpenAPI makes it a hint, and generators
 * and validators that follow JSON Schema (the Python generator, ajv, Prism) require every {@code oneOf}
 * value to match exactly one branch. Each branch of a discriminated union therefore constrains its
 * discriminator property with a {@code pattern} (a {@code pattern}, not a one-value {@code enum}: an enum
 * would turn the Java property into a generated enum type that clashes with the union interface's
 * {@code String getRole()}; see CONTRIBUTING.md).
 */
class OneOfBranchesTest {
  private static final OpenApiSpec SPEC = OpenApiSpec.load();
  private static final OpenApiSpec PLAIN = SPEC.asPlainJsonSchema();

  @TestFactory
  Stream<DynamicTest> everyExampleMatchesExactlyOneBranchOfEveryOneOfWithoutTheDiscriminator() {
    return SpecExamplesTest.allExamples().stream().map(example -> DynamicTest.dynamicTest(example.pointer, () -> {
      List<String> problems = PLAIN.validate(example.schema, example.value);
      assertTrue(problems.isEmpty(), () -> "example " + example.pointer + " is not valid as plain JSON Schema"
          + " (a oneOf matched no branch or several):\n  " + String.join("\n  ", problems));
    }));
  }

  @Test
  void eachDiscriminatorValueMatchesTheDiscriminatorPatternOfItsOwnBranchOnly() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> union : SPEC.components().properties()) {
      JsonNode discriminator = union.getValue().path("discriminator");
      if (discriminator.isMissingNode()) {
        continue;
      }
      String property = discriminator.path("propertyName").asText();
      for (Map.Entry<String, JsonNode> mapping : discriminator.path("mapping").properties()) {
        String value = mapping.getKey();
        for (JsonNode branchRef : union.getValue().path("oneOf")) {
          String branch = branchRef.path("$ref").asText().substring(OpenApiSpec.SCHEMA_REF_PREFIX.length());
          JsonNode branchSchema = SPEC.components().path(branch);
          boolean own = mapping.getValue().asText().equals(branchRef.path("$ref").asText());
          if (!contains(branchSchema.path("required"), property)) {
            problems.add(branch + " does not require `" + property + "`");
          }
          String pattern = branchSchema.path("properties").path(property).path("pattern").asText(null);
          if (pattern == null) {
            problems.add(branch + "." + property + " has no pattern");
            continue;
          }
          // ECMA-262 patterns match anywhere in the string, like Matcher.find().
          boolean matches = Pattern.compile(pattern).matcher(value).find();
          if (matches != own) {
            problems.add(union.getKey() + ": `" + value + "` " + (own ? "does not match its own branch " : "also matches ")
                + branch + " (pattern " + pattern + ")");
          }
          checked++;
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked >= 60, "only " + checked + " (value, branch) pairs checked");
  }

  @Test
  void withoutThePatternsTheSeedChatRequestWouldBeAmbiguous() {
    // Guards the test above: the plain validator counts matching branches, so the unions of the spec as it
    // was before the patterns (role only a string with a default) fail on the seed request.
    JsonNode seed = SPEC.at("/paths/~1chat~1completions/post/requestBody/content/application~1json/examples/seed/value");
    JsonNode schema = SPEC.at("/paths/~1chat~1completions/post/requestBody/content/application~1json/schema");
    assertEquals(List.of(), PLAIN.validate(schema, seed));

    JsonNode withoutPatterns = SPEC.root().deepCopy();
    for (String message : List.of("SystemMessage", "UserMessage", "AssistantMessage", "ToolMessage", "LatestReminderMessage")) {
      ((ObjectNode) withoutPatterns.path("components").path("schemas").path(message).path("properties").path("role"))
          .remove("pattern");
    }
    List<String> problems = PLAIN.withRoot(withoutPatterns).validate(schema, seed);
    assertTrue(problems.stream().anyMatch(p -> p.contains("one and only one")), () -> "expected a oneOf with several"
        + " matching branches, got " + problems);
    assertEquals(List.of(), SPEC.withRoot(withoutPatterns).validate(schema, seed),
        "with the discriminator (OpenAPI semantics) the seed request is fine either way");
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
