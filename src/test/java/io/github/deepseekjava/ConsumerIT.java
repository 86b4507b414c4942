package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user gets it. Maven resolves the runtime dependencies of a consumer project
 * ({@code src/it/consumer}) that depends on this artifact; the consumer is compiled against exactly
 * those jars and run once on the class path and once on the module path, making one chat call to
 * the test kit's fake server.
 */
class ConsumerIT {
  private static final String ANSWER = "Hello from the fake DeepSeek." + System.lineSeparator();
  private static final Path CONSUMER = Paths.get(System.getProperty("consumer.dir"));
  private static final Path WORK = Paths.get(System.getProperty("consumer.work"));

  /** The library jar and its runtime dependencies, in Maven's order. */
  private static List<Path> jars;

  @BeforeAll
  static void resolveTheConsumersRuntimeDependencies() throws Exception {
    deleteRecursively(WORK);
    String version = System.getProperty("project.version");
    // A local repository holding only this artifact; everything else comes from the user's local
    // repository (as a file repository), then from Maven Central.
    Path repository = WORK.resolve("repository");
    Path artifact = repository.resolve("io/github/deepseekjava/deepseek-java/" + version);
    Files.createDirectories(artifact);
    Files.copy(Paths.get(System.getProperty("library.jar")), artifact.resolve("deepseek-java-" + version + ".jar"));
    Files.copy(Paths.get(System.getProperty("library.pom")), artifact.resolve("deepseek-java-" + version + ".pom"));
    Path pom = WORK.resolve("pom.xml");
    Files.writeString(pom, Files.readString(CONSUMER.resolve("pom.xml")).replace("@project.version@", version));
    Path settings = WORK.resolve("settings.xml");
    Files.writeString(settings, settings(Paths.get(System.getProperty("maven.repo.local")).toUri()));
    Path classpathFile = WORK.resolve("classpath.txt");

    boolean windows = File.separatorChar == '\\';
    List<String> mvn = new ArrayList<>(List.of(
        Paths.get(System.getProperty("maven.home"), "bin", windows ? "mvn.cmd" : "mvn").toString(),
        "-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repository, "-f", pom.toString(),
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
        "-DincludeScope=runtime", "-Dmdep.outputFile=" + classpathFile));
    Result resolved = run(mvn);
    assertEquals(0, resolved.exitCode, resolved.output);
    jars = Arrays.stream(Files.readString(classpathFile).trim().split(File.pathSeparator))
        .map(Paths::get).collect(Collectors.toList());
    assertTrue(jars.get(0).getFileName().toString().startsWith("deepseek-java-"), jars.toString());
  }

  @Test
  void jarIsANamedModuleThatExportsOnlyThePublicPackages() {
    ModuleDescriptor module = ModuleFinder.of(Paths.get(System.getProperty("library.jar")))
        .find("io.github.deepseekjava").orElseThrow().descriptor();

    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("io.github.deepseekjava", "io.github.deepseekjava.chat", "io.github.deepseekjava.errors",
        "io.github.deepseekjava.model", "io.github.deepseekjava.model.support", "io.github.deepseekjava.otel",
        "io.github.deepseekjava.streaming", "io.github.deepseekjava.testing"), exported);
    assertTrue(module.packages().containsAll(Set.of("io.github.deepseekjava.internal",
        "io.github.deepseekjava.internal.api")));
  }

  @Test
  void theOptionalOpenTelemetryApiIsNotResolvedForAConsumer() {
    List<String> otel = jars.stream().map(jar -> jar.getFileName().toString())
        .filter(name -> name.startsWith("opentelemetry")).collect(Collectors.toList());
    assertEquals(List.of(), otel);
  }

  @Test
  void everyResolvedJarIsADifferentModule() {
    // okhttp pulls com.squareup.okio:okio (Kotlin metadata, no classes) next to okio-jvm; both are
    // module "okio", and the module path then loads the empty one.
    Map<String, Path> seen = new HashMap<>();
    for (Path jar : jars) {
      for (ModuleReference module : ModuleFinder.of(jar).findAll()) {
        Path other = seen.put(module.descriptor().name(), jar);
        assertNull(other, "module " + module.descriptor().name() + " is in " + other + " and " + jar);
      }
    }
  }

  @Test
  void consumerRunsOnTheClassPath() throws Exception {
    Path classes = WORK.resolve("classes");
    compile(List.of("-cp", path(jars), "-d", classes.toString(), source("app/Main.java")));

    Result run = run(List.of(java(), "-cp", path(prepend(classes, jars)), "app.Main"));

    assertEquals(new Result(0, ANSWER), run);
  }

  @Test
  void consumerRunsOnTheModulePath() throws Exception {
    Path classes = WORK.resolve("modules/app");
    compile(List.of("--module-path", path(jars), "-d", classes.toString(),
        source("module-info.java"), source("app/Main.java")));

    Result run = run(List.of(java(), "--module-path", path(prepend(classes, jars)), "--module", "app/app.Main"));

    assertEquals(new Result(0, ANSWER), run);
  }

  private static void compile(List<String> arguments) {
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(new String[0])),
        "javac " + arguments);
  }

  private static String source(String file) {
    return CONSUMER.resolve("src/main/java").resolve(file).toString();
  }

  private static String java() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<Path> prepend(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String path(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String settings(URI userRepository) {
    String repository = "<id>user-local-repository</id><url>" + userRepository
        + "</url><snapshots><enabled>false</enabled></snapshots>";
    return "<settings><profiles><profile><id>user-local-repository</id>"
        + "<repositories><repository>" + repository + "</repository></repositories>"
        + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
        + "</profile></profiles><activeProfiles><activeProfile>user-local-repository</activeProfile></activeProfiles>"
        + "</settings>";
  }

  private record Result(int exitCode, String output) {
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "still running: " + command);
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(directory);
  }
}
