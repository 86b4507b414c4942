package io.github.deepseekjava.contract;

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
import java.util.LinkedHashMap;
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
 * example (reasoning_content, cache hits, a tool call), the others the seed fixtures. With {@code --served DIR}
 * each body is also written to {@code DIR/<endpoint>.json}.
 */
public final class FakeServerLauncher {
  /** The spec example the chat endpoint serves. */
  static final String CHAT_EXAMPLE =
      "/paths/~1chat~1completions/post/responses/200/content/application~1json/examples/thinkingToolCall/value";

  private FakeServerLauncher() {
  }

  /** The body each endpoint serves, by file name under {@code --served}. */
  static Map<String, String> servedBodies() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("chat", OpenApiSpec.load().at(CHAT_EXAMPLE).toString());
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
