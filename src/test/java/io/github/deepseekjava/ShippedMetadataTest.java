package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM and R8/ProGuard metadata shipped in the jar cover every class used by reflection, so a
 * model added to the spec cannot be forgotten there.
 */
class ShippedMetadataTest {
  private static final String METADATA = "META-INF/native-image/io.github.deepseekjava/deepseek-java/";

  private static Set<String> compiledClasses(String packageName) throws IOException, URISyntaxException {
    Path classes = Paths.get(DeepSeekClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve(packageName.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".class"))
          .map(name -> packageName + "." + name.substring(0, name.length() - ".class".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<String> names(String resource, String member) {
    JsonArray entries = JsonParser.parseString(Fixtures.read(resource)).getAsJsonArray();
    Set<String> names = new TreeSet<>();
    for (JsonElement entry : entries) {
      JsonElement value = entry.getAsJsonObject().get(member);
      if (value.isJsonArray()) {
        value.getAsJsonArray().forEach(name -> names.add(name.getAsString()));
      } else {
        names.add(value.getAsString());
      }
    }
    return names;
  }

  @Test
  void reflectionMetadataListsExactlyTheModelsAdaptersAndApis() throws Exception {
    Set<String> expected = new TreeSet<>();
    expected.addAll(compiledClasses("io.github.deepseekjava.model"));
    expected.addAll(compiledClasses("io.github.deepseekjava.model.support"));
    expected.addAll(compiledClasses("io.github.deepseekjava.internal.api"));

    assertEquals(expected, names(METADATA + "reflect-config.json", "name"),
        "update " + METADATA + "reflect-config.json: one entry per class");
  }

  @Test
  void proxyMetadataListsEveryRetrofitInterface() throws Exception {
    assertEquals(compiledClasses("io.github.deepseekjava.internal.api"), names(METADATA + "proxy-config.json", "interfaces"));
  }

  @Test
  void proguardRulesKeepModelsAndApis() {
    List<String> rules = Fixtures.read("META-INF/proguard/deepseek-java.pro").lines().collect(Collectors.toList());
    assertTrue(rules.contains("-keep class io.github.deepseekjava.model.** { <fields>; <init>(...); }"), rules.toString());
    assertTrue(rules.contains("-keep,allowobfuscation interface io.github.deepseekjava.internal.api.** { *; }"), rules.toString());
  }
}
