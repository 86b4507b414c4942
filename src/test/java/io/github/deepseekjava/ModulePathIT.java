package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.testing.FakeDeepSeekServer;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The packaged jar on the module path: a named module exporting only the public packages, and working. */
class ModulePathIT {
  private static final Pattern RUNTIME_JARS = Pattern.compile(
      "(retrofit-3|okhttp-4|okio-jvm-3|gson-2|kotlin-stdlib-2|annotations-13)[^/\\\\]*\\.jar");

  private static ModuleLayer layer() {
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(Paths.get(System.getProperty("library.jar")));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (RUNTIME_JARS.matcher(Paths.get(entry).getFileName().toString()).matches()) {
        modulePath.add(Paths.get(entry));
      }
    }
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration()
        .resolve(ModuleFinder.of(modulePath.toArray(new Path[0])), ModuleFinder.of(), Set.of("io.github.deepseekjava"));
    return boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void jarIsANamedModuleThatExportsOnlyThePublicPackages() {
    Module module = layer().findModule("io.github.deepseekjava").orElseThrow();

    Set<String> exported = module.getDescriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("io.github.deepseekjava", "io.github.deepseekjava.chat", "io.github.deepseekjava.errors",
        "io.github.deepseekjava.model", "io.github.deepseekjava.model.support", "io.github.deepseekjava.streaming",
        "io.github.deepseekjava.testing"), exported);
    assertTrue(module.getPackages().containsAll(Arrays.asList("io.github.deepseekjava.internal",
        "io.github.deepseekjava.internal.api")));
    assertFalse(module.isExported("io.github.deepseekjava.internal.api"));
  }

  @Test
  void clientWorksFromTheModulePath() throws Exception {
    Module module = layer().findModule("io.github.deepseekjava").orElseThrow();
    Class<?> clientClass = Class.forName("io.github.deepseekjava.DeepSeekClient", true, module.getClassLoader());
    assertEquals(module, clientClass.getModule());

    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      Object builder = clientClass.getMethod("builder").invoke(null);
      Class<?> builderClass = builder.getClass();
      builderClass.getMethod("apiKey", String.class).invoke(builder, FakeDeepSeekServer.FAKE_API_KEY);
      builderClass.getMethod("baseUrl", String.class).invoke(builder, fake.baseUrl());
      Object client = builderClass.getMethod("build").invoke(builder);

      Object service = clientClass.getMethod("models").invoke(client);
      Object models = service.getClass().getMethod("list").invoke(service);
      Method getData = models.getClass().getMethod("getData");
      List<?> data = (List<?>) getData.invoke(models);
      assertEquals("deepseek-v4-flash", data.get(0).getClass().getMethod("getId").invoke(data.get(0)));
      assertEquals(module, models.getClass().getModule());
    }
  }
}
