package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.deepseekjava.internal.Discriminator;
import io.github.deepseekjava.internal.SpecFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The metadata derived at build time (GraalVM reflect/proxy config and R8 rules by
 * src/build/NativeMetadata.java, subtype maps by openapi/templates/SpecFacts.mustache) covers every
 * model class the build compiled and every discriminated {@code oneOf} of the spec.
 */
class ShippedMetadataTest {
  private static final String NATIVE_IMAGE = "META-INF/native-image/io.github.deepseekjava/deepseek-java/";
  private static final String MODEL = "io.github.deepseekjava.model";
  private static final String API = "io.github.deepseekjava.internal.api";

  @Test
  void derivedMetadataCoversEveryModelClass() throws Exception {
    Set<String> models = compiledClasses(MODEL, true);
    Set<String> apis = compiledClasses(API, false);
    List<String> proguard = Fixtures.read("META-INF/proguard/deepseek-java.pro").lines().collect(Collectors.toList());
    Set<String> expectedReflection = new TreeSet<>(models);
    expectedReflection.addAll(apis);

    assertAll(
        () -> assertTrue(models.contains(MODEL + ".ChatCompletionRequest")
            && models.stream().anyMatch(name -> name.contains("$"))
            && models.stream().anyMatch(name -> name.startsWith(MODEL + ".support.")),
            "nested classes and model.support are model classes too: " + models),
        () -> assertEquals(expectedReflection, names(NATIVE_IMAGE + "reflect-config.json", "name")),
        () -> assertEquals(apis, names(NATIVE_IMAGE + "proxy-config.json", "interfaces")),
        () -> assertTrue(proguard.contains("-keep class " + MODEL + ".** { <fields>; <init>(...); }"), proguard.toString()),
        () -> assertTrue(proguard.contains("-keep,allowobfuscation interface " + API + ".** { *; }"), proguard.toString()),
        () -> assertEquals(specDiscriminators(), derivedDiscriminators()),
        () -> assertEquals(implementersOfDiscriminatedInterfaces(models), derivedSubtypes()));
  }

  /** Binary names of the classes compiled into a package (nested classes and, if asked, subpackages too). */
  private static Set<String> compiledClasses(String packageName, boolean subpackages) throws Exception {
    Path classes = Paths.get(DeepSeekClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve(packageName.replace('.', '/'));
    try (Stream<Path> files = subpackages ? Files.walk(dir) : Files.list(dir)) {
      return files.map(path -> classes.relativize(path).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".class"))
          .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
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

  /** "Interface.property" to (value to schema name) for every schema of the spec with a discriminator. */
  private static Map<String, Map<String, String>> specDiscriminators() throws Exception {
    JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Paths.get("openapi/deepseek.yaml").toFile())
        .path("components").path("schemas");
    Map<String, Map<String, String>> result = new TreeMap<>();
    schemas.properties().forEach(schema -> {
      JsonNode discriminator = schema.getValue().path("discriminator");
      if (!discriminator.isMissingNode()) {
        Map<String, String> mapping = new TreeMap<>();
        discriminator.path("mapping").properties().forEach(entry ->
            mapping.put(entry.getKey(), entry.getValue().asText().replace("#/components/schemas/", "")));
        result.put(schema.getKey() + "." + discriminator.path("propertyName").asText(), mapping);
      }
    });
    return result;
  }

  private static Map<String, Map<String, String>> derivedDiscriminators() {
    Map<String, Map<String, String>> result = new TreeMap<>();
    for (Discriminator<?> discriminator : SpecFacts.discriminators()) {
      Map<String, String> mapping = new TreeMap<>();
      discriminator.subtypes().forEach((value, type) -> mapping.put(value, type.getSimpleName()));
      result.put(discriminator.baseType().getSimpleName() + "." + discriminator.property(), mapping);
    }
    return result;
  }

  /** Interface to its compiled model implementations, for every interface that has a derived discriminator. */
  private static Map<String, Set<String>> implementersOfDiscriminatedInterfaces(Set<String> models) throws Exception {
    Map<String, Set<String>> result = new TreeMap<>();
    for (Discriminator<?> discriminator : SpecFacts.discriminators()) {
      Set<String> implementers = new TreeSet<>();
      for (String model : models) {
        Class<?> type = Class.forName(model);
        // model.support.Unknown* hold values of types the spec does not list (kept raw, never mapped).
        boolean unknownFallback = type.getSimpleName().startsWith("Unknown") && model.startsWith(MODEL + ".support.");
        if (!type.isInterface() && !unknownFallback && discriminator.baseType().isAssignableFrom(type)) {
          implementers.add(type.getName());
        }
      }
      result.put(discriminator.baseType().getName(), implementers);
    }
    return result;
  }

  private static Map<String, Set<String>> derivedSubtypes() {
    Map<String, Set<String>> result = new TreeMap<>();
    for (Discriminator<?> discriminator : SpecFacts.discriminators()) {
      result.put(discriminator.baseType().getName(), discriminator.subtypes().values().stream()
          .map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
    }
    return result;
  }
}
