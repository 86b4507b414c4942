package io.github.deepseekjava.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md records the SHA-256 of {@code openapi/deepseek.yaml}. Any change of the spec makes this
 * test fail until the recorded hash is updated, so a spec change is always a visible, reviewed step
 * (together with regenerating the docs and the checks CONTRIBUTING.md lists).
 */
class SpecHashRecordedTest {
  static final Pattern RECORDED =
      Pattern.compile("Recorded SHA-256 of `openapi/deepseek\\.yaml`: `([0-9a-f]{64})`");

  @Test
  void contributingRecordsTheSpecsCurrentHash() throws IOException {
    String contributing = new String(Files.readAllBytes(Paths.get("CONTRIBUTING.md")), StandardCharsets.UTF_8);
    Matcher matcher = RECORDED.matcher(contributing);
    assertTrue(matcher.find(), "CONTRIBUTING.md must contain a line "
        + "\"Recorded SHA-256 of `openapi/deepseek.yaml`: `<64 hex digits>`\"");
    String actual = OpenApiSpec.specSha256();

    assertEquals(actual, matcher.group(1), "openapi/deepseek.yaml changed: its SHA-256 is " + actual
        + " but CONTRIBUTING.md records " + matcher.group(1) + ". Go through the spec checklist in CONTRIBUTING.md"
        + " (regenerate generated-docs/ with `mvn -Pupdate-docs generate-sources`, run `mvn -B verify`), then update"
        + " the recorded hash in CONTRIBUTING.md to " + actual + " (sha256sum openapi/deepseek.yaml).");
  }
}
