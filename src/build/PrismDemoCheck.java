import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Build step (pom.xml, execution {@code prism-demo}, phase {@code verify}, skipped with the other
 * Node.js checks): the spec as a contract, served by a spec-driven mock. Starts Prism
 * ({@code prism mock --errors}, through {@code npx}, on 127.0.0.1 and a free port), runs the demo
 * ({@code io.github.deepseekjava.demo.Demo}) against it and fails unless the demo exits 0 and every
 * request it made passed Prism's validation and was answered 2xx. Prism answers each operation with
 * its first example, streams included (the {@code text/event-stream} examples are SSE text), and with
 * {@code --errors} answers a request that breaks the spec with 4xx, which the demo reports as a failed
 * call; Prism's log is checked too, so a violation fails even if the demo swallowed it. Then a body that
 * breaks the spec goes to each POST the demo used and must be rejected, which proves Prism validated
 * those operations at all (see {@link #forPrism} for a case where it silently does not).
 *
 * <p>Every section of the demo works against this stateless mock. The thinking conversation with a
 * tool gets the same streamed answer (the first chat stream example, without a tool call) on every
 * turn; if that example ever became a tool call, the demo would loop until the timeout below.
 *
 * <p>Arguments: the npm package (pinned, e.g. {@code @stoplight/prism-cli@5.14.2}), the spec file, a
 * work directory for the logs, and the demo's class path. Nothing waits forever: Prism gets
 * {@link #START_TIMEOUT} to listen (the first run downloads it), the demo {@link #DEMO_TIMEOUT}, and
 * Prism and its child processes are stopped in every case.
 */
public final class PrismDemoCheck {
  static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  static final Duration DEMO_TIMEOUT = Duration.ofSeconds(60);
  static final String DEMO = "io.github.deepseekjava.demo.Demo";

  private static final Pattern REQUEST = Pattern.compile("\\[HTTP SERVER\\] (\\w+) (\\S+) .*Request received");
  private static final Pattern ACCEPT = Pattern.compile("Request contains an accept header: (\\S+)");
  private static final Pattern STATUS = Pattern.compile("> Responding with \"(\\d+)\"");
  /** The spec's null-only union branch, which Prism cannot compile (see {@link #forPrism}). */
  private static final Pattern NULL_ONLY_BRANCH =
      Pattern.compile("(?m)^( *)- type: object\\n\\1  nullable: true\\n\\1  enum: \\[null\\]\\n");
  /** Prism's log levels above info; any such line (a validation violation, a failed request) fails the check. */
  private static final Pattern PROBLEM = Pattern.compile("\\s(error|warning|fatal)\\s+\\S");

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: PrismDemoCheck <npm package> <spec> <work dir> <demo class path>");
    }
    String prismPackage = args[0];
    Path spec = Paths.get(args[1]);
    Path work = Files.createDirectories(Paths.get(args[2]));
    String classPath = args[3];
    Path prismLog = work.resolve("prism.log");
    Path demoLog = work.resolve("demo.log");

    Path served = work.resolve(spec.getFileName());
    Files.write(served, forPrism(new String(Files.readAllBytes(spec), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

    long start = System.nanoTime();
    int port = freePort();
    Process prism = new ProcessBuilder(npx(), "--yes", prismPackage, "mock", "-h", "127.0.0.1", "-p",
        String.valueOf(port), "--errors", served.toString())
        .redirectErrorStream(true).redirectOutput(prismLog.toFile()).start();
    List<String> failures = new ArrayList<>();
    double listeningAfter = 0;
    double demoSeconds = 0;
    List<String> demoLogLines;
    List<String> canaries;
    try {
      String notListening = awaitListening(prism, prismLog);
      if (notListening != null) {
        stop(prism); // System.exit skips the finally block
        System.out.println("[prism-demo] FAILED: " + notListening + "\n" + tail(prismLog, 40));
        System.exit(1);
      }
      listeningAfter = secondsSince(start);

      long demoStart = System.nanoTime();
      ProcessBuilder demoBuilder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classPath, DEMO).redirectErrorStream(true).redirectOutput(demoLog.toFile());
      Map<String, String> env = demoBuilder.environment();
      env.keySet().removeIf(name -> name.startsWith("DEEPSEEK_")); // no model or base URL of the caller's own
      env.put("DEEPSEEK_API_KEY", "sk-prism-mock");
      env.put("DEEPSEEK_BASE_URL", "http://127.0.0.1:" + port);
      Process demo = demoBuilder.start();
      if (!demo.waitFor(DEMO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(demo);
        failures.add("the demo did not finish within " + DEMO_TIMEOUT.getSeconds() + " s");
      } else if (demo.exitValue() != 0) {
        failures.add("the demo exited with " + demo.exitValue());
      }
      demoSeconds = secondsSince(demoStart);
      demoLogLines = Files.readAllLines(prismLog, StandardCharsets.UTF_8);
      canaries = canaries(port, demoLogLines, failures);
    } finally {
      stop(prism);
    }

    List<String> log = demoLogLines;
    List<String> calls = new ArrayList<>();
    String accept = null;
    for (String line : log) {
      Matcher request = REQUEST.matcher(line);
      Matcher acceptHeader = ACCEPT.matcher(line);
      Matcher status = STATUS.matcher(line);
      if (request.find()) {
        calls.add(request.group(1).toUpperCase(Locale.ROOT) + " " + request.group(2));
        accept = null;
      } else if (acceptHeader.find()) {
        accept = acceptHeader.group(1);
      } else if (status.find() && !calls.isEmpty()) {
        int last = calls.size() - 1;
        calls.set(last, calls.get(last) + (accept == null ? "" : " (Accept: " + accept + ")") + " -> " + status.group(1));
        if (!status.group(1).startsWith("2")) {
          failures.add(calls.get(last));
        }
      }
      if (PROBLEM.matcher(line).find()) {
        failures.add("Prism: " + line.trim());
      }
    }
    calls.stream().filter(call -> !call.contains(" -> ")).forEach(call -> failures.add(call + " got no answer"));
    if (calls.isEmpty()) {
      failures.add("Prism received no request");
    }

    System.out.println("[prism-demo] " + prismPackage + " mock of " + spec + " on 127.0.0.1:" + port
        + ", listening after " + format(listeningAfter) + " s; the demo ran " + format(demoSeconds) + " s and made "
        + calls.size() + " calls:");
    calls.forEach(call -> System.out.println("[prism-demo]   " + call));
    System.out.println("[prism-demo] and Prism rejects a body that breaks the spec ({}) on each POST the demo made:");
    canaries.forEach(canary -> System.out.println("[prism-demo]   " + canary));
    if (!failures.isEmpty()) {
      System.out.println("[prism-demo] FAILED:\n  " + String.join("\n  ", failures)
          + "\n[prism-demo] demo output (" + demoLog + "):\n" + tail(demoLog, 60) + "\n[prism-demo] Prism log: " + prismLog);
      System.exit(1);
    }
    System.out.println("[prism-demo] OK: the demo exited 0 and Prism validated and answered every call; "
        + format(secondsSince(start)) + " s in all");
  }

  /**
   * The spec as Prism is given it. Prism (5.14.2 to 5.16.0) turns {@code nullable: true} into a {@code null}
   * appended to {@code enum}, so the spec's null-only branch {@code {type: object, nullable: true, enum: [null]}}
   * (see Stop in the spec) becomes {@code enum: [null, null]}, which Ajv rejects as an invalid schema, and Prism
   * then silently skips validating the whole request body (stoplightio/prism#1931). The copy writes those
   * branches as {@code {enum: [null]}}, which means the same; {@link #canaries} proves validation is on.
   */
  static String forPrism(String spec) {
    Matcher branch = NULL_ONLY_BRANCH.matcher(spec);
    StringBuilder out = new StringBuilder();
    while (branch.find()) {
      branch.appendReplacement(out, Matcher.quoteReplacement(branch.group(1) + "- enum: [null]\n"));
    }
    branch.appendTail(out);
    return out.toString();
  }

  /**
   * Sends each POST path the demo used a JSON body that breaks every request schema of the spec ({@code {}}
   * misses the required properties) and expects Prism to reject it: otherwise Prism did not validate that
   * operation's requests and the demo's calls passing would prove nothing.
   */
  private static List<String> canaries(int port, List<String> demoLog, List<String> failures) throws IOException {
    List<String> paths = new ArrayList<>();
    for (String line : demoLog) {
      Matcher request = REQUEST.matcher(line);
      if (request.find() && request.group(1).equalsIgnoreCase("post") && !paths.contains(request.group(2))) {
        paths.add(request.group(2));
      }
    }
    List<String> results = new ArrayList<>();
    for (String path : paths) {
      HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(10_000);
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Authorization", "Bearer sk-prism-mock");
      connection.setRequestProperty("Content-Type", "application/json");
      connection.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
      int status = connection.getResponseCode();
      connection.disconnect();
      String result = "POST " + path + " {} -> " + status;
      results.add(result);
      if (status < 400 || status >= 500) {
        failures.add(result + ": Prism accepted a request that breaks the spec, so it does not validate this operation");
      }
    }
    return results;
  }

  /** Waits for Prism's "listening" line; returns null when it came, else why not. */
  private static String awaitListening(Process prism, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains("Prism is listening on")) {
        return null;
      }
      if (!prism.isAlive()) {
        return "Prism exited with " + prism.exitValue() + " before it listened";
      }
      Thread.sleep(100);
    }
    return "Prism did not listen within " + START_TIMEOUT.getSeconds() + " s";
  }

  /** Stops a process and its children (npx starts Prism as a child process). */
  private static void stop(Process process) throws InterruptedException {
    List<ProcessHandle> tree = process.descendants().collect(Collectors.toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static String npx() {
    return File.separatorChar == '\\' ? "npx.cmd" : "npx";
  }

  private static String tail(Path file, int lines) throws IOException {
    if (!Files.exists(file)) {
      return "(none)";
    }
    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static String format(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }
}
