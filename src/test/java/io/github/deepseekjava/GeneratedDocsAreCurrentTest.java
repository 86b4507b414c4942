package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code generated-docs/} must equal what the build generates from the spec this run.
 * To update it: {@code mvn -Pupdate-docs generate-sources}.
 */
class GeneratedDocsAreCurrentTest {
  private static final Path COMMITTED = Paths.get("generated-docs");
  private static final Path FRESH = Paths.get(System.getProperty("docs.output", "target/generated-docs"));
  private static final String HOW_TO_FIX = " (regenerate with: mvn -Pupdate-docs generate-sources)";

  @Test
  void committedDocsMatchTheSpec() throws IOException {
    List<String> committed = files(COMMITTED);
    List<String> fresh = files(FRESH);
    assertEquals(fresh, committed, "generated-docs/ has other files than the spec produces" + HOW_TO_FIX);
    for (String file : fresh) {
      assertEquals(new String(Files.readAllBytes(FRESH.resolve(file)), "UTF-8"),
          new String(Files.readAllBytes(COMMITTED.resolve(file)), "UTF-8"),
          "generated-docs/" + file + " is stale" + HOW_TO_FIX);
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
