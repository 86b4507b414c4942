package io.github.deepseekjava.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-language check of the {@code cross-language} profile (phase {@code verify}): runs a program that
 * uses only the generated TypeScript or Python client against the test kit's fake server, started standalone
 * ({@link FakeServerLauncher}, its own JVM), and checks what the program sent.
 *
 * <p>{@code java -cp <test class path> io.github.deepseekjava.contract.CrossLanguageRun typescript|python}
 * from the project directory. It writes {@code target/cross-language/examples.json}: every seed fixture and
 * every spec example with the schema to read it with (event-stream examples as SSE text). The program
 * (src/test/cross-language/&lt;language&gt;) calls chat, FIM, models and balance, compares what it read with
 * {@code target/cross-language/served/*.json}, and round-trips every example through its generated model.
 * Every external process has a timeout; the fake is always stopped. Exit code 0 only when everything passed.
 */
public final class CrossLanguageRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Path OUT = Paths.get("target", "cross-language");
  private static final Pattern PROPERTY_EXAMPLE = Pattern.compile("^/components/schemas/([^/]+)/properties/([^/]+)/example$");
  private static final Pattern SCHEMA_EXAMPLE = Pattern.compile("^/components/schemas/([^/]+)/example$");
  /** A stream example: the media type's pointer and the example's name. */
  private static final Pattern STREAM_EXAMPLE = Pattern.compile("^(.*/content/text~1event-stream)/examples/[^/]+$");
  /** One payload of a stream example, which SpecExamplesTest lists apart; the programs parse the stream itself. */
  private static final Pattern STREAM_PAYLOAD = Pattern.compile("^.*/content/text~1event-stream/examples/[^/]+/data/\\d+$");
  private static final long PROGRAM_TIMEOUT_SECONDS = 180;
  private static final long TSC_TIMEOUT_SECONDS = 300;

  /** The seed fixtures and the media type whose schema reads them (the same pairs SpecExamplesTest checks). */
  private static final String[][] SEEDS = {
      {"seed/chat-request.json", "/paths/~1chat~1completions/post/requestBody/content/application~1json"},
      {"seed/chat-response.json", "/paths/~1chat~1completions/post/responses/200/content/application~1json"},
      {"seed/fim-request.json", "/paths/~1beta~1completions/post/requestBody/content/application~1json"},
      {"seed/fim-response.json", "/paths/~1beta~1completions/post/responses/200/content/application~1json"},
      {"seed/models-response.json", "/paths/~1models/get/responses/200/content/application~1json"},
      {"seed/balance-response.json", "/paths/~1user~1balance/get/responses/200/content/application~1json"},
  };

  /**
   * The calls every program makes, in order: method, path, and the request body: a seed fixture, or the JSON
   * the program builds itself (the streamed chat request, made with the generated types' constructors).
   */
  private static final String[][] EXPECTED_CALLS = {
      {"POST", "/chat/completions", "{\"model\":\"deepseek-v4-flash\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"stream\":true}"},
      {"POST", "/chat/completions", "seed/chat-request.json"},
      {"POST", "/beta/completions", "seed/fim-request.json"},
      {"GET", "/models", null},
      {"GET", "/user/balance", null},
  };

  private CrossLanguageRun() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !Arrays.asList("typescript", "python").contains(args[0])) {
      System.err.println("usage: CrossLanguageRun typescript|python");
      System.exit(2);
    }
    String language = args[0];
    int status;
    try {
      status = language.equals("typescript") ? typescript() : python();
    } catch (Exception | AssertionError e) {
      System.err.println("cross-language " + language + ": " + e);
      status = 1;
    }
    System.exit(status);
  }

  private static int typescript() throws Exception {
    ArrayNode examples = exportExamples();
    Files.write(OUT.resolve("typescript-check").resolve("examples.ts"), typedExamples(examples).getBytes(StandardCharsets.UTF_8));
    int compiled = run(Arrays.asList(npx(), "--yes", "-p", "typescript@5.6.3", "tsc", "-p",
        "src/test/cross-language/typescript/tsconfig.json"), null, TSC_TIMEOUT_SECONDS);
    if (compiled != 0) {
      System.err.println("cross-language typescript: tsc failed (exit " + compiled + ") on the check program or the typed examples");
      return 1;
    }
    return againstFake("typescript", Arrays.asList("node",
        OUT.resolve("typescript-run/src/test/cross-language/typescript/check.js").toString()));
  }

  private static int python() throws Exception {
    String python = null;
    for (String candidate : pythonCandidates()) {
      if (hasPydantic2(candidate)) {
        python = candidate;
        break;
      }
    }
    if (python == null) {
      String warning = "Python 3 with pydantic 2 was not found (tried " + pythonCandidates() + "): the generated Python"
          + " client was NOT run. Install python3 with pydantic>=2, urllib3, python-dateutil and typing_extensions"
          + " (or point PYTHON at one), or pass -DskipPythonChecks.";
      boolean ci = "true".equals(System.getenv("CI"));
      System.err.println("[WARNING] ******************************************************************");
      System.err.println("[WARNING] " + warning);
      System.err.println("[WARNING] ******************************************************************");
      return ci ? 1 : 0;
    }
    exportExamples();
    return againstFake("python", Arrays.asList(python, "src/test/cross-language/python/check.py"));
  }

  /**
   * Where a Python with pydantic 2 may be: {@code $PYTHON}, {@code python3} on the PATH, then pyenv's shims
   * (this machine image has pydantic in pyenv's Python, not in the system one, whatever the PATH says).
   */
  private static List<String> pythonCandidates() {
    List<String> candidates = new ArrayList<>();
    String explicit = System.getenv("PYTHON");
    if (explicit != null && !explicit.isEmpty()) {
      candidates.add(explicit);
    }
    candidates.add("python3");
    String pyenvRoot = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
    Path shim = Paths.get(pyenvRoot, "shims", "python3");
    if (Files.isExecutable(shim)) {
      candidates.add(shim.toString());
    }
    return candidates;
  }

  private static boolean hasPydantic2(String python) {
    try {
      return run(Arrays.asList(python, "-c",
          "import sys, pydantic; sys.exit(0 if int(pydantic.VERSION.split('.')[0]) >= 2 else 3)"), null, 60) == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** Starts the fake in its own JVM, runs {@code program} against it, stops the fake and checks the requests. */
  private static int againstFake(String language, List<String> program) throws Exception {
    Path served = OUT.resolve("served");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder launcher = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FakeServerLauncher.class.getName(), "--timeout-seconds", Long.toString(PROGRAM_TIMEOUT_SECONDS + 60),
        "--served", served.toString());
    launcher.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process fake = launcher.start();
    List<String> requests = new ArrayList<>();
    int status;
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      Matcher started = first == null ? null : Pattern.compile("^FAKE_DEEPSEEK base_url=(\\S+) api_key=(\\S+)$").matcher(first);
      if (started == null || !started.matches()) {
        System.err.println("cross-language " + language + ": the fake server did not start: " + first);
        return 1;
      }
      Map<String, String> env = new LinkedHashMap<>();
      env.put("DEEPSEEK_BASE_URL", started.group(1));
      env.put("DEEPSEEK_API_KEY", started.group(2));
      env.put("CROSS_LANGUAGE_DIR", OUT.toAbsolutePath().toString());
      env.put("PYTHONPATH", OUT.resolve("python").toAbsolutePath().toString());
      env.put("PYTHONDONTWRITEBYTECODE", "1");
      status = run(program, env, PROGRAM_TIMEOUT_SECONDS);
      fake.getOutputStream().close();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        requests.add(line);
      }
    } finally {
      fake.getOutputStream().close();
      if (!fake.waitFor(30, TimeUnit.SECONDS)) {
        fake.destroyForcibly();
      }
    }
    List<String> problems = checkRequests(language, requests);
    problems.forEach(problem -> System.err.println("cross-language " + language + ": " + problem));
    if (status != 0) {
      System.err.println("cross-language " + language + ": the check program failed (exit " + status + ")");
      return 1;
    }
    if (!problems.isEmpty()) {
      return 1;
    }
    System.out.println("cross-language " + language + ": the fake received " + requests.size()
        + " requests, each at its path with the key and the expected body");
    return 0;
  }

  /**
   * The requests the fake received must be exactly {@link #EXPECTED_CALLS}, with the fake's key, and each
   * body must be the expected one (wire names, nothing renamed). Python's {@code from_dict} marks every
   * field as set, so its client also sends the absent nullable fields of a request read from a fixture as
   * {@code null}: that one difference is allowed for Python (the Python program names and counts it); the
   * request it builds with constructors must be exact.
   */
  static List<String> checkRequests(String language, List<String> requests) throws IOException {
    List<String> problems = new ArrayList<>();
    if (requests.size() != EXPECTED_CALLS.length) {
      problems.add("expected " + EXPECTED_CALLS.length + " requests, the fake received " + requests.size() + ": " + requests);
      return problems;
    }
    for (int i = 0; i < EXPECTED_CALLS.length; i++) {
      String[] expected = EXPECTED_CALLS[i];
      String[] parts = requests.get(i).split(" ", 5);
      String where = expected[0] + " " + expected[1];
      if (parts.length != 5 || !parts[1].equals(expected[0]) || !parts[2].equals(expected[1])) {
        problems.add("request " + (i + 1) + " should be " + where + ": " + requests.get(i));
        continue;
      }
      if (!parts[3].equals("bearer-ok")) {
        problems.add(where + " did not carry the key as a bearer token");
      }
      if (expected[2] == null) {
        if (!parts[4].equals("-")) {
          problems.add(where + " sent a body: " + parts[4]);
        }
        continue;
      }
      JsonNode sent = JSON.readTree(parts[4]);
      boolean literal = expected[2].startsWith("{");
      JsonNode fixture = JSON.readTree(literal ? expected[2] : OpenApiSpec.resource(expected[2]));
      if (language.equals("python") && !literal) {
        sent = withoutAddedNulls(sent, fixture);
      }
      if (!OpenApiSpec.sameJson(fixture, sent)) {
        problems.add(where + " sent a body that is not " + (literal ? "the expected one" : expected[2])
            + ":\n  sent:     " + sent + "\n  expected: " + fixture);
      }
    }
    return problems;
  }

  /** {@code sent} without the object members that are null there and absent in {@code original}. */
  private static JsonNode withoutAddedNulls(JsonNode sent, JsonNode original) {
    if (sent.isObject() && original.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> member : sent.properties()) {
        if (member.getValue().isNull() && !original.has(member.getKey())) {
          continue;
        }
        copy.set(member.getKey(), original.has(member.getKey())
            ? withoutAddedNulls(member.getValue(), original.get(member.getKey())) : member.getValue());
      }
      return copy;
    }
    if (sent.isArray() && original.isArray() && sent.size() == original.size()) {
      ArrayNode copy = NODES.arrayNode();
      for (int i = 0; i < sent.size(); i++) {
        copy.add(withoutAddedNulls(sent.get(i), original.get(i)));
      }
      return copy;
    }
    return sent;
  }

  /**
   * Writes {@code target/cross-language/examples.json}: {@code {"examples": [...], "skipped": [...]}}. Each
   * example has {@code name}, {@code schema} (a component), {@code kind}: {@code json} (read the value with the
   * schema's model), {@code sse} ({@code text}: the event stream; each {@code data:} line but {@code [DONE]} is a
   * chunk of the schema) or {@code property} (the value of {@code property} of the schema). Examples that are not
   * JSON of a component (text/plain, audio, multipart form fields) are listed under {@code skipped} with why.
   */
  static ArrayNode exportExamples() throws IOException {
    OpenApiSpec spec = OpenApiSpec.load();
    ArrayNode examples = NODES.arrayNode();
    ArrayNode skipped = NODES.arrayNode();
    for (String[] seed : SEEDS) {
      examples.add(example(seed[0], componentOf(spec.at(seed[1] + "/schema")), "json")
          .set("value", JSON.readTree(OpenApiSpec.resource(seed[0]))));
    }
    for (SpecExamplesTest.Example found : SpecExamplesTest.allExamples()) {
      String pointer = found.pointer;
      Matcher property = PROPERTY_EXAMPLE.matcher(pointer);
      Matcher schemaExample = SCHEMA_EXAMPLE.matcher(pointer);
      Matcher stream = STREAM_EXAMPLE.matcher(pointer);
      String component = componentOf(found.schema);
      if (STREAM_PAYLOAD.matcher(pointer).matches()) {
        continue;
      }
      if (stream.matches() && found.value.isTextual()) {
        // The SSE text; its data payloads are of the schema the media type names in x-sse-data-schema.
        String payload = componentOf(NODES.objectNode().put("$ref", spec.at(stream.group(1)).path("x-sse-data-schema").asText("")));
        if (payload == null) {
          throw new AssertionError(stream.group(1) + " has no x-sse-data-schema naming its chunk schema");
        }
        examples.add(example(pointer, payload, "sse").put("text", found.value.asText()));
      } else if (property.matches()) {
        examples.add(example(pointer, property.group(1), "property")
            .put("property", property.group(2).replace("~1", "/").replace("~0", "~")).set("value", found.value));
      } else if (schemaExample.matches()) {
        examples.add(example(pointer, schemaExample.group(1), "json").set("value", found.value));
      } else if (component != null && stream.matches()) {
        // A stream example written as its one JSON chunk (the older form).
        examples.add(example(pointer, component, "sse").put("text", "data: " + found.value + "\n\n"));
      } else if (component != null && pointer.contains("/content/application~1json/")) {
        examples.add(example(pointer, component, "json").set("value", found.value));
      } else {
        skipped.add(NODES.objectNode().put("name", pointer).put("why", "not JSON of a component schema ("
            + (found.schema.has("type") ? found.schema.get("type").asText() : "inline schema") + "), no generated model reads it"));
      }
    }
    ObjectNode file = NODES.objectNode();
    file.set("examples", examples);
    file.set("skipped", skipped);
    Files.createDirectories(OUT.resolve("typescript-check"));
    JSON.writerWithDefaultPrettyPrinter().writeValue(OUT.resolve("examples.json").toFile(), file);
    System.out.println("cross-language: " + examples.size() + " examples to round-trip, " + skipped.size()
        + " not JSON of a model: " + skipped.findValuesAsText("name"));
    return examples;
  }

  private static ObjectNode example(String name, String schema, String kind) {
    return NODES.objectNode().put("name", name).put("schema", schema).put("kind", kind);
  }

  private static String componentOf(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith(OpenApiSpec.SCHEMA_REF_PREFIX) ? ref.substring(OpenApiSpec.SCHEMA_REF_PREFIX.length()) : null;
  }

  /**
   * Every example as a typed object literal ({@code const example_3: M.ChatCompletionRequest = {...}}), so
   * {@code tsc --strict} rejects a property the generated interface does not declare (excess property check)
   * or a value of the wrong type; event streams contribute one typed literal per chunk.
   */
  static String typedExamples(ArrayNode examples) throws IOException {
    StringBuilder ts = new StringBuilder();
    ts.append("// Generated by CrossLanguageRun from the seed fixtures and the spec's examples. Do not edit.\n")
        .append("import type * as M from '../typescript/src/models/index';\n\n")
        .append("export const typedExamples: Array<{ name: string; values: unknown[] }> = [];\n\n");
    for (int i = 0; i < examples.size(); i++) {
      JsonNode example = examples.get(i);
      String type = "M." + example.get("schema").asText();
      List<JsonNode> values = new ArrayList<>();
      switch (example.get("kind").asText()) {
        case "property":
          type = type + "[" + JSON.writeValueAsString(example.get("property").asText()) + "]";
          values.add(example.get("value"));
          break;
        case "sse":
          for (String line : example.get("text").asText().split("\r?\n")) {
            if (line.startsWith("data:") && !line.substring(5).trim().equals("[DONE]")) {
              values.add(JSON.readTree(line.substring(5).trim()));
            }
          }
          break;
        default:
          values.add(example.get("value"));
      }
      List<String> names = new ArrayList<>();
      for (int j = 0; j < values.size(); j++) {
        String name = "example_" + i + "_" + j;
        names.add(name);
        ts.append("const ").append(name).append(": ").append(type).append(" = ")
            .append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(values.get(j))).append(";\n");
      }
      ts.append("typedExamples.push({ name: ").append(JSON.writeValueAsString(example.get("name").asText()))
          .append(", values: [").append(String.join(", ", names)).append("] });\n\n");
    }
    return ts.toString();
  }

  private static String npx() {
    return System.getProperty("os.name").toLowerCase().contains("win") ? "npx.cmd" : "npx";
  }

  /** Runs a command with inherited output and a timeout (then it is killed and counts as failed). */
  private static int run(List<String> command, Map<String, String> env, long timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO().redirectInput(new File(devNull()));
    if (env != null) {
      builder.environment().putAll(env);
    }
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      System.err.println("cross-language: timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
      return 124;
    }
    return process.exitValue();
  }

  private static String devNull() {
    return System.getProperty("os.name").toLowerCase().contains("win") ? "NUL" : "/dev/null";
  }
}
