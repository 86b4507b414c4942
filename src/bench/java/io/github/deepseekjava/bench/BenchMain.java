package io.github.deepseekjava.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark run behind {@code mvn -Pbench package}:
 *
 * <ol>
 *   <li>starts the fake server in its own JVM ({@code -Dsun.net.httpserver.nodelay=true}, fixed pool);
 *   <li>checks that the three clients parse the same thing (checksums against the fixtures);
 *   <li>resolves each client's runtime dependency closure on its own (nested {@code mvn dependency:build-classpath})
 *       and adds up the jar sizes;
 *   <li>cold start: fresh JVMs, interleaved, each running one client's main on that client's closure only;
 *   <li>the JMH suite with {@code -prof gc};
 *   <li>prints the medians and ratios and writes them to {@code target/bench/results.md}.
 * </ol>
 *
 * <p>System properties (all optional): {@code bench.include} (JMH regex), {@code bench.forks} (rounds, default 3),
 * {@code bench.warmupIterations}, {@code bench.iterations}, {@code bench.time} (seconds per timed iteration),
 * {@code bench.coldRuns} (default 10), {@code bench.skip} (comma list of {@code jmh,cold,footprint}).
 */
public final class BenchMain {
  private static final List<String> CLIENTS = Arrays.asList(Clients.DEEPSEEK, Clients.OPENAI, Clients.RAW);
  private static final String PKG = "io.github.deepseekjava.bench.";

  private final Path out = Paths.get(prop("bench.out", "target/bench")).toAbsolutePath();
  private final Path basedir = Paths.get(prop("bench.basedir", ".")).toAbsolutePath();
  private final String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  private final List<String> skip = Arrays.asList(prop("bench.skip", "").split(","));
  private final Report report = new Report();

  public static void main(String[] args) throws Exception {
    new BenchMain().run();
    System.exit(0);
  }

  private static String prop(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    machine();
    Fixtures fixtures = Fixtures.load();
    try (ServerProcess server = ServerProcess.start(java)) {
      log("fake server (own JVM, nodelay, fixed pool of " + FakeServer.DEFAULT_THREADS + "): " + server.baseUrl);
      verify(server.baseUrl, fixtures);
      Map<String, List<Path>> closures = null;
      if (!skip.contains("footprint") || !skip.contains("cold")) {
        closures = closures();
        footprint(closures);
      }
      if (!skip.contains("cold")) {
        coldStart(server.baseUrl, closures, fixtures);
      }
      if (!skip.contains("jmh")) {
        jmh(server.baseUrl);
      }
    }
    report.machine.put("load average at end (1/5/15 min)", loadAverage());
    String text = report.render();
    Files.write(out.resolve("results.md"), text.getBytes(StandardCharsets.UTF_8));
    System.out.println();
    System.out.println("==================== deepseek-java benchmark results ====================");
    System.out.println(text);
    System.out.println("(written to " + out.resolve("results.md") + "; raw JMH data in " + out.resolve("jmh-result.json")
        + ")");
  }

  // ---- machine ----

  private void machine() {
    report.machine.put("date", command("date").trim());
    report.machine.put("nproc", command("nproc").trim());
    report.machine.put("cpu", firstMatch("/proc/cpuinfo", "model name"));
    report.machine.put("memory", firstMatch("/proc/meminfo", "MemTotal"));
    report.machine.put("os", command("uname", "-srm").trim());
    report.machine.put("load average at start (1/5/15 min)", loadAverage());
    report.machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")");
    report.machine.put("clients", "deepseek-java " + prop("bench.version", "?") + ", openai-java "
        + prop("bench.openaiVersion", "?") + ", raw = OkHttp " + prop("bench.okhttpVersion", "?") + " + Gson "
        + prop("bench.gsonVersion", "?"));
  }

  private static String loadAverage() {
    try {
      String[] parts = new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.UTF_8).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static String firstMatch(String file, String key) {
    try {
      for (String line : Files.readAllLines(Paths.get(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "?";
  }

  private static String command(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return text;
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  // ---- 1. same parse for all ----

  private void verify(String baseUrl, Fixtures f) {
    report.checks.add("| client | chat | stream (" + Fixtures.STREAM_CHUNKS + " chunks) | FIM | FIM parse | paced stream |");
    report.checks.add("|---|---|---|---|---|---|");
    report.checks.add("| expected (fixtures) | " + f.expectedChat + " | " + f.expectedStream + " | " + f.expectedFim
        + " | " + f.expectedFim + " | " + f.expectedPaced + " |");
    for (String name : CLIENTS) {
      try (BenchClient client = Clients.create(name, baseUrl)) {
        long[] got = {client.chat(), client.stream(Fixtures.STREAM_PROMPT), client.fim(), client.parseFim(f.fim),
            client.stream(Fixtures.PACED_PROMPT), client.streamAsync(Fixtures.STREAM_PROMPT).join()};
        long[] want = {f.expectedChat, f.expectedStream, f.expectedFim, f.expectedFim, f.expectedPaced,
            f.expectedStream};
        if (!Arrays.equals(got, want)) {
          throw new IllegalStateException(name + " parsed something else: " + Arrays.toString(got) + " != "
              + Arrays.toString(want));
        }
        report.checks.add("| " + name + " | " + got[0] + " | " + got[1] + " | " + got[2] + " | " + got[3] + " | "
            + got[4] + " |");
      }
    }
    report.checkNotes.add("chat: " + f.describeChat);
    report.checkNotes.add("stream: " + f.describeStream);
    report.checkNotes.add("FIM: " + f.describeFim);
    report.checkNotes.add("paced stream: " + f.describePaced);
    log("checksums agree for all clients (chat, stream, stream async, FIM, FIM parse, paced stream)");
  }

  // ---- 2. closures and footprint ----

  private Map<String, List<Path>> closures() throws IOException, InterruptedException {
    Map<String, List<Path>> closures = new LinkedHashMap<>();
    Path ownJar = Paths.get(prop("bench.ownJar", "target/deepseek-java.jar")).toAbsolutePath();
    if (!Files.isRegularFile(ownJar)) {
      throw new IllegalStateException("no client jar at " + ownJar + " (run through mvn -Pbench package)");
    }
    List<Path> deepseek = new ArrayList<>();
    deepseek.add(ownJar);
    // The project's own runtime closure, resolved without the bench profile.
    deepseek.addAll(buildClasspath(basedir.resolve("pom.xml"), Clients.DEEPSEEK));
    closures.put(Clients.DEEPSEEK, deepseek);
    closures.put(Clients.OPENAI, buildClasspath(closurePom("openai-java",
        dependency("com.openai", "openai-java", prop("bench.openaiVersion", "4.101.0"))), Clients.OPENAI));
    closures.put(Clients.RAW, buildClasspath(closurePom("raw",
        dependency("com.squareup.okhttp3", "okhttp", prop("bench.okhttpVersion", "4.12.0"))
            + dependency("com.google.code.gson", "gson", prop("bench.gsonVersion", "2.13.2"))), Clients.RAW));
    return closures;
  }

  private static String dependency(String group, String artifact, String version) {
    return "<dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version
        + "</version></dependency>";
  }

  private Path closurePom(String name, String dependencies) throws IOException {
    Path dir = out.resolve("closures").resolve(name);
    Files.createDirectories(dir);
    Path pom = dir.resolve("pom.xml");
    Files.write(pom, ("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
        + "<groupId>bench.closure</groupId><artifactId>" + name + "</artifactId><version>1</version>"
        + "<packaging>pom</packaging><dependencies>" + dependencies + "</dependencies></project>\n")
        .getBytes(StandardCharsets.UTF_8));
    return pom;
  }

  /**
   * The runtime closure of {@code pom}'s dependencies as a consumer gets it: {@code dependency:tree} (JSON) gives
   * the graph, from which compile and runtime nodes not under an optional one are kept; {@code build-classpath}
   * gives their files.
   */
  private List<Path> buildClasspath(Path pom, String name) throws IOException, InterruptedException {
    Path cpFile = out.resolve("cp-" + name + ".txt");
    Path treeFile = out.resolve("tree-" + name + ".json");
    Files.deleteIfExists(cpFile);
    Files.deleteIfExists(treeFile);
    String plugin = "org.apache.maven.plugins:maven-dependency-plugin:" + prop("bench.dependencyPluginVersion", "3.8.1");
    List<String> command = Arrays.asList(prop("bench.mvn", "mvn"), "-B", "-q", "-f", pom.toString(),
        plugin + ":tree", "-DoutputType=json", "-DoutputFile=" + treeFile,
        plugin + ":build-classpath", "-DincludeScope=runtime", "-Dmdep.outputFile=" + cpFile);
    log("resolving the runtime closure of " + name + ": " + String.join(" ", command));
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(cpFile)
        || !Files.isRegularFile(treeFile)) {
      throw new IllegalStateException("could not resolve the closure of " + name);
    }
    Set<String> wanted = new HashSet<>();
    JsonObject root = JsonParser.parseString(new String(Files.readAllBytes(treeFile), StandardCharsets.UTF_8))
        .getAsJsonObject();
    collect(root, wanted);
    List<Path> jars = new ArrayList<>();
    for (String part : new String(Files.readAllBytes(cpFile), StandardCharsets.UTF_8).trim()
        .split(File.pathSeparator)) {
      if (part.isEmpty()) {
        continue;
      }
      Path jar = Paths.get(part);
      // <repo>/<group path>/<artifactId>/<version>/<artifactId>-<version>[-classifier].jar
      String key = jar.getParent().getParent().getFileName() + ":" + jar.getParent().getFileName();
      if (wanted.contains(key)) {
        jars.add(jar);
      }
    }
    if (jars.size() != wanted.size()) {
      log("note: " + name + " tree has " + wanted.size() + " runtime artifacts, " + jars.size() + " matched files");
    }
    return jars;
  }

  private static void collect(JsonObject node, Set<String> into) {
    JsonArray children = node.getAsJsonArray("children");
    if (children == null) {
      return;
    }
    for (JsonElement element : children) {
      JsonObject child = element.getAsJsonObject();
      String scope = child.get("scope").getAsString();
      boolean optional = "true".equals(child.get("optional").getAsString());
      if (optional || !(scope.equals("compile") || scope.equals("runtime"))) {
        continue;
      }
      into.add(child.get("artifactId").getAsString() + ":" + child.get("version").getAsString());
      collect(child, into);
    }
  }

  private void footprint(Map<String, List<Path>> closures) throws IOException {
    for (Map.Entry<String, List<Path>> e : closures.entrySet()) {
      long total = 0;
      List<String> largest = new ArrayList<>();
      List<Path> jars = new ArrayList<>(e.getValue());
      jars.sort((a, b) -> Long.compare(size(b), size(a)));
      for (Path jar : jars) {
        total += size(jar);
      }
      for (Path jar : jars.subList(0, Math.min(4, jars.size()))) {
        largest.add(jar.getFileName() + " " + mb(size(jar)));
      }
      report.put(Figure.FOOTPRINT, e.getKey(), total / 1e6, null);
      report.footprintNotes.add("- " + e.getKey() + ": " + jars.size() + " jars, " + String.format(Locale.ROOT, "%,d", total)
          + " bytes; largest: " + String.join(", ", largest));
      Files.write(out.resolve("closure-" + e.getKey() + ".txt"),
          jars.stream().map(j -> size(j) + "\t" + j.getFileName()).collect(Collectors.joining("\n", "", "\n"))
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
  }

  // ---- 3. cold start ----

  private void coldStart(String baseUrl, Map<String, List<Path>> closures, Fixtures fixtures)
      throws IOException, InterruptedException {
    int runs = Integer.parseInt(prop("bench.coldRuns", "10"));
    Path classes = Paths.get(prop("bench.classes", "target/bench-classes")).toAbsolutePath();
    Map<String, String> mains = new LinkedHashMap<>();
    mains.put(Clients.DEEPSEEK, PKG + "ColdStartDeepSeek");
    mains.put(Clients.OPENAI, PKG + "ColdStartOpenAi");
    mains.put(Clients.RAW, PKG + "ColdStartRaw");
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    Map<String, List<Double>> rss = new LinkedHashMap<>();
    log("cold start: 1 discarded + " + runs + " measured fresh JVMs per client, interleaved");
    for (int round = 0; round <= runs; round++) {
      for (Map.Entry<String, String> main : mains.entrySet()) {
        List<String> cp = new ArrayList<>();
        cp.add(classes.toString());
        closures.get(main.getKey()).forEach(j -> cp.add(j.toString()));
        List<String> command = Arrays.asList(java, "-cp", String.join(File.pathSeparator, cp), main.getValue(),
            baseUrl);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        double millis = -1;
        long rssKb = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.startsWith("DONE ")) {
              millis = (System.nanoTime() - start) / 1e6;
              long sum = Long.parseLong(line.substring(5).trim());
              if (sum != fixtures.expectedChat) {
                throw new IllegalStateException(main.getKey() + " cold start checksum " + sum);
              }
            } else if (line.startsWith("RSS ")) {
              rssKb = Long.parseLong(line.substring(4).trim());
            }
          }
        }
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0 || millis < 0) {
          throw new IllegalStateException(main.getKey() + " cold start failed: " + command);
        }
        if (round > 0) {
          wall.computeIfAbsent(main.getKey(), k -> new ArrayList<>()).add(millis);
          rss.computeIfAbsent(main.getKey(), k -> new ArrayList<>()).add(rssKb / 1024.0);
        }
      }
    }
    for (String client : CLIENTS) {
      report.put(Figure.COLD_WALL, client, median(wall.get(client)), wall.get(client));
      report.put(Figure.COLD_RSS, client, median(rss.get(client)), rss.get(client));
    }
  }

  // ---- 4. JMH ----

  /**
   * Runs JMH in rounds, one fork per client per round, rotating the order of the clients between
   * rounds, so that a slow patch of this shared machine does not land on one client's forks only.
   * {@code bench.forks} is the number of rounds (default 3).
   */
  private void jmh(String baseUrl) throws Exception {
    int rounds = Integer.parseInt(prop("bench.forks", "3"));
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    Map<String, List<Double>> allocs = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < CLIENTS.size(); i++) {
        String client = CLIENTS.get((round + i) % CLIENTS.size());
        log("JMH round " + (round + 1) + " of " + rounds + ": " + client);
        for (RunResult run : new Runner(jmhOptions(baseUrl, client, round)).run()) {
          collect(run, scores, allocs);
        }
      }
    }
    for (Map.Entry<String, List<Double>> e : scores.entrySet()) {
      String[] key = e.getKey().split("\\|");
      String method = key[0];
      String client = key[1];
      List<Double> allocations = allocs.get(e.getKey());
      switch (method) {
        case "chat":
          putTimeAndAllocation(Figure.CHAT_RATE, Figure.CHAT_ALLOC, client, e.getValue(), allocations);
          break;
        case "stream":
          putTimeAndAllocation(Figure.STREAM_RATE, Figure.STREAM_ALLOC, client, e.getValue(), allocations);
          break;
        case "fim":
          putTimeAndAllocation(Figure.FIM_RATE, Figure.FIM_ALLOC, client, e.getValue(), allocations);
          break;
        case "fimParse":
          putTimeAndAllocation(Figure.PARSE_TIME, Figure.PARSE_ALLOC, client, e.getValue(), allocations);
          break;
        case "upload":
          putTimeAndAllocation(Figure.UPLOAD_TIME, Figure.UPLOAD_ALLOC, client, e.getValue(), allocations);
          break;
        case "tts":
          putTimeAndAllocation(Figure.TTS_TIME, Figure.TTS_ALLOC, client, e.getValue(), allocations);
          break;
        case "streams":
          String mode = key[2];
          Figure figure = mode.equals("sync") ? Figure.CONCURRENT_SYNC : Figure.CONCURRENT_ASYNC;
          report.put(figure, client, median(e.getValue()), e.getValue());
          Path peak = out.resolve("peak-" + client + "-" + mode + "-" + key[3] + ".txt");
          if (Files.isRegularFile(peak)) {
            report.peaks.put(client + " " + mode, new String(Files.readAllBytes(peak), StandardCharsets.UTF_8).trim());
          }
          break;
        default:
          break;
      }
    }
  }

  private org.openjdk.jmh.runner.options.Options jmhOptions(String baseUrl, String client, int round) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(prop("bench.include", PKG + "(PerCallBench|ConcurrentStreamsBench|TransferBench)"))
        .param("client", client)
        .forks(1)
        .addProfiler(GCProfiler.class)
        .jvmArgs("-Xms1g", "-Xmx1g")
        .jvmArgsAppend("-Dbench.baseUrl=" + baseUrl,
            "-Dbench.fixtures=" + Paths.get(prop("bench.fixtures", "src/test/resources")).toAbsolutePath(),
            "-Dbench.out=" + out)
        .result(out.resolve("jmh-result-" + (round + 1) + "-" + client + ".json").toString())
        .resultFormat(ResultFormatType.JSON);
    String warmups = prop("bench.warmupIterations", null);
    if (warmups != null) {
      options.warmupIterations(Integer.parseInt(warmups));
    }
    String iterations = prop("bench.iterations", null);
    if (iterations != null) {
      options.measurementIterations(Integer.parseInt(iterations));
    }
    String time = prop("bench.time", null);
    if (time != null) {
      options.warmupTime(TimeValue.seconds(Long.parseLong(time)));
      options.measurementTime(TimeValue.seconds(Long.parseLong(time)));
    }
    return options.build();
  }

  /** Adds one run's iteration scores and allocations under "method|client[|mode|streams]". */
  private void collect(RunResult run, Map<String, List<Double>> scores, Map<String, List<Double>> allocs) {
    org.openjdk.jmh.infra.BenchmarkParams params = run.getParams();
    String bench = params.getBenchmark();
    String kind = bench.substring(bench.lastIndexOf('.', bench.lastIndexOf('.') - 1) + 1, bench.lastIndexOf('.'));
    int rounds = Integer.parseInt(prop("bench.forks", "3"));
    report.machine.putIfAbsent("JMH " + kind, "JMH " + params.getJmhVersion() + ", " + rounds
        + " rounds of 1 fork per client (client order rotated), warmup " + params.getWarmup().getCount() + " x "
        + params.getWarmup().getTime() + ", measurement " + params.getMeasurement().getCount() + " x "
        + params.getMeasurement().getTime() + " (batch " + params.getMeasurement().getBatchSize()
        + "), -prof gc, fork JVM args "
        + String.join(" ", params.getJvmArgs()).replaceAll("-Dbench\\.\\S+\\s?", "").trim());
    String method = bench.substring(bench.lastIndexOf('.') + 1);
    String key = method + "|" + params.getParam("client")
        + (method.equals("streams") ? "|" + params.getParam("mode") + "|" + params.getParam("streams") : "");
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        scores.computeIfAbsent(key, k -> new ArrayList<>()).add(iteration.getPrimaryResult().getScore());
        for (String name : iteration.getSecondaryResults().keySet()) {
          if (name.endsWith("gc.alloc.rate.norm")) {
            allocs.computeIfAbsent(key, k -> new ArrayList<>())
                .add(iteration.getSecondaryResults().get(name).getScore());
          }
        }
      }
    }
  }

  private void putTimeAndAllocation(Figure time, Figure allocation, String client, List<Double> scores,
      List<Double> allocs) {
    report.put(time, client, median(scores), scores);
    report.put(allocation, client, median(allocs), allocs);
  }

  static double median(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
    System.out.flush();
  }

  /** The fake server in its own JVM; ends when we close its stdin. */
  static final class ServerProcess implements AutoCloseable {
    final Process process;
    final String baseUrl;

    private ServerProcess(Process process, String baseUrl) {
      this.process = process;
      this.baseUrl = baseUrl;
    }

    static ServerProcess start(String java) throws IOException {
      List<String> command = Arrays.asList(java, "-Dsun.net.httpserver.nodelay=true", "-Xms512m", "-Xmx512m",
          "-Dbench.fixtures=" + Paths.get(prop("bench.fixtures", "src/test/resources")).toAbsolutePath(),
          "-cp", System.getProperty("java.class.path"), PKG + "FakeServer", "0",
          Integer.toString(FakeServer.DEFAULT_THREADS));
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = r.readLine();
      if (line == null || !line.startsWith("LISTENING ")) {
        p.destroy();
        throw new IllegalStateException("fake server did not start: " + line);
      }
      return new ServerProcess(p, line.substring("LISTENING ".length()).trim());
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroy();
        }
      } catch (IOException e) {
        process.destroy();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroy();
      }
    }
  }
}
