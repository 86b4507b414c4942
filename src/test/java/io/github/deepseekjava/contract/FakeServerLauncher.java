package io.github.deepseekjava.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.gson.JsonObject;
import io.github.deepseekjava.testing.FakeDeepSeekServer;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import io.github.deepseekjava.testing.RecordedRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the test kit's {@link FakeDeepSeekServer} standalone, for clients in other languages (the
 * cross-language check, {@link CrossLanguageRun}) or by hand:
 * {@code java -cp <test class path> io.github.deepseekjava.contract.FakeServerLauncher [--timeout-seconds N] [--served DIR]}.
 *
 * <p>It listens on 127.0.0.1 on a free port and prints one line,
 * {@code FAKE_DEEPSEEK base_url=http://127.0.0.1:<port> api_key=<key>}. It stops when its standard input
 * closes (so it ends with the process that started it) or after the timeout (default 300 s), and then
 * prints one {@code REQUEST <method> <path> <auth> <body>} line per request it received ({@code auth} is
 * {@code bearer-ok} when the request carried the fake's key, the body is one line of JSON or {@code -}).
 *
 * <p>Chat, FIM, models and balance answer fixed bodies taken from the spec and the seed fixtures, so a
 * client can compare what it read with what was sent: the chat answer is the spec's {@code thinkingToolCall}
 * example (reasoning_content, cache hits, a tool call), the others the seed fixtures. The first chat request
 * is answered with an event stream instead: a {@code : keep-alive} comment, then the {@code data:} chunks of
 * every chat {@code text/event-stream} example of the spec, then {@code data: [DONE]}. With
 * {@code --served DIR} each body is also written to {@code DIR/<endpoint>.json} ({@code chat-stream.json}: the
 * array of chunks).
 */
public final class FakeServerLauncher {
  /** The spec example the chat endpoint serves. */
  static final String CHAT_EXAMPLE =
      "/paths/~1chat~1completions/post/responses/200/content/application~1json/examples/thinkingToolCall/value";
  /** The spec examples the chat stream is made of. */
  static final String CHAT_STREAM_EXAMPLES = "/paths/~1chat~1completions/post/responses/200/content/text~1event-stream/examples";

  private FakeServerLauncher() {
  }

  /** The body each endpoint serves, by file name under {@code --served}. */
  static Map<String, String> servedBodies() {
    OpenApiSpec spec = OpenApiSpec.load();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("chat", spec.at(CHAT_EXAMPLE).toString());
    ArrayNode chunks = JsonNodeFactory.instance.arrayNode();
    spec.at(CHAT_STREAM_EXAMPLES).forEach(example -> chunks.addAll(dataChunks(spec.resolve(example).get("value"))));
    bodies.put("chat-stream", chunks.toString());
    bodies.put("fim", OpenApiSpec.parseJson(OpenApiSpec.resource("seed/fim-response.json")).toString());
    bodies.put("models", OpenApiSpec.parseJson(OpenApiSpec.resource("seed/models-response.json")).toString());
    bodies.put("balance", OpenApiSpec.parseJson(OpenApiSpec.resource("seed/balance-response.json")).toString());
    return bodies;
  }

  public static void main(String[] args) throws Exception {
    long timeoutSeconds = 300;
    Path served = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--timeout-seconds") && i + 1 < args.length) {
        timeoutSeconds = Long.parseLong(args[++i]);
      } else if (args[i].equals("--served") && i + 1 < args.length) {
        served = Paths.get(args[++i]);
      } else {
        System.err.println("usage: FakeServerLauncher [--timeout-seconds N] [--served DIR]");
        System.exit(2);
      }
    }
    Map<String, String> bodies = servedBodies();
    if (served != null) {
      Files.createDirectories(served);
      for (Map.Entry<String, String> body : bodies.entrySet()) {
        Files.write(served.resolve(body.getKey() + ".json"), body.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      List<String> chunks = new ArrayList<>();
      OpenApiSpec.parseJson(bodies.get("chat-stream")).forEach(chunk -> chunks.add(chunk.toString()));
      fake.enqueue(Endpoint.CHAT, FakeResponse.events(chunks.toArray(new String[0])).withKeepAlives(1));
      fake.setDefault(Endpoint.CHAT, FakeResponse.json(bodies.get("chat")));
      fake.setDefault(Endpoint.FIM, FakeResponse.json(bodies.get("fim")));
      fake.setDefault(Endpoint.MODELS, FakeResponse.json(bodies.get("models")));
      fake.setDefault(Endpoint.BALANCE, FakeResponse.json(bodies.get("balance")));
      out.println("FAKE_DEEPSEEK base_url=" + fake.baseUrl() + " api_key=" + FakeDeepSeekServer.FAKE_API_KEY);
      waitForStdinCloseOrTimeout(timeoutSeconds);
      for (RecordedRequest request : fake.requests()) {
        String auth = ("Bearer " + FakeDeepSeekServer.FAKE_API_KEY).equals(request.header("Authorization"))
            ? "bearer-ok" : "bearer-missing";
        String body = request.body().trim().isEmpty() ? "-" : oneLine(request.body());
        out.println("REQUEST " + request.method() + " " + request.path() + " " + auth + " " + body);
      }
    }
    System.exit(0);
  }

  /** The JSON chunks of a stream example: its value, or the {@code data:} lines of its SSE text but [DONE]. */
  static List<JsonNode> dataChunks(JsonNode value) {
    List<JsonNode> chunks = new ArrayList<>();
    if (!value.isTextual()) {
      chunks.add(value);
      return chunks;
    }
    for (String line : value.asText().split("\r?\n")) {
      if (line.startsWith("data:") && !line.substring(5).trim().equals("[DONE]")) {
        chunks.add(OpenApiSpec.parseJson(line.substring(5).trim()));
      }
    }
    return chunks;
  }

  private static String oneLine(String json) {
    try {
      return OpenApiSpec.parseJson(json).toString();
    } catch (RuntimeException e) {
      JsonObject wrapped = new JsonObject();
      wrapped.addProperty("unparsable", json);
      return wrapped.toString();
    }
  }

  private static void waitForStdinCloseOrTimeout(long timeoutSeconds) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // wait for the parent to close our stdin (or die)
        }
      } catch (IOException e) {
        // stdin broken: treat as closed
      }
      closed.countDown();
    }, "stdin-watch");
    reader.setDaemon(true);
    reader.start();
    if (!closed.await(timeoutSeconds, TimeUnit.SECONDS)) {
      System.err.println("FakeServerLauncher: stopping after the " + timeoutSeconds + " s timeout");
    }
  }
}
