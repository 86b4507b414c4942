package io.github.deepseekjava.hostile;

import static io.github.deepseekjava.hostile.Calls.API_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.deepseekjava.LogCapture;
import io.github.deepseekjava.LogLevel;
import io.github.deepseekjava.errors.AuthenticationException;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.StreamErrorException;
import io.github.deepseekjava.errors.UnexpectedStatusException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that echoes the API key (in a stream error, a malformed chunk or body, an error body, a
 * header, a status line) never gets it into an exception (message, toString, raw body, location,
 * any cause or suppressed exception: the whole printed stack trace is checked) nor into a log line,
 * with logging at HEADERS or BODY.
 */
class RedactionTest {
  private static final String MASK = "sk-***";

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aStreamErrorObjectNamingTheKey(Calls call) throws Exception {
    String error = "{\"error\":{\"message\":\"key " + API_KEY + " revoked\",\"type\":\"authentication_error\"}}";
    DeepSeekException e = fail(call, Replies.sse(chunk("Hi") + "data: " + error + "\n\n"));

    assertEquals(StreamErrorException.class, e.getClass());
    assertEquals("stream error: key sk-*** revoked (HTTP 200, type authentication_error)", e.getMessage());
    assertEquals(error.replace(API_KEY, MASK), e.getRawBody());
    assertEquals("key sk-*** revoked", e.getError().getMessage());
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aStreamErrorStringNamingTheKey(Calls call) throws Exception {
    String error = "{\"error\":\"key " + API_KEY + " revoked\"}";
    DeepSeekException e = fail(call, Replies.sse("data: " + error + "\n\n"));

    assertEquals(StreamErrorException.class, e.getClass());
    assertEquals("stream error: key sk-*** revoked (HTTP 200)", e.getMessage());
    assertEquals(error.replace(API_KEY, MASK), e.getRawBody());
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aMalformedChunkHoldingTheKey(Calls call) throws Exception {
    String data = "{\"id\":\"1\",\"created\":\"" + API_KEY + "\",\"choices\":[]}";
    DeepSeekException e = fail(call, Replies.sse(chunk("Hi") + "data: " + data + "\n\n"));

    assertEquals(MalformedResponseException.class, e.getClass());
    assertTrue(e.getMessage().startsWith("HTTP 200 with stream chunk 2 that is not valid JSON ("), e.getMessage());
    assertTrue(e.getMessage().contains(MASK), "Gson's message quotes the value: " + e.getMessage());
    assertEquals(data.replace(API_KEY, MASK), e.getRawBody());
  }

  @ParameterizedTest
  @EnumSource(names = {"PLAIN", "ASYNC"})
  void aMalformedPlainBodyHoldingTheKey(Calls call) throws Exception {
    String body = "{\"id\":\"1\",\"created\":\"" + API_KEY + "\",\"choices\":[]}";
    DeepSeekException e = fail(call, Replies.json(200, body));

    assertEquals(MalformedResponseException.class, e.getClass());
    assertTrue(e.getMessage().startsWith("HTTP 200 with a body that is not valid JSON for the expected type ("),
        e.getMessage());
    assertTrue(e.getMessage().contains(MASK), "Gson's message quotes the value: " + e.getMessage());
    assertEquals(body.replace(API_KEY, MASK), e.getRawBody());
  }

  static Stream<Arguments> callsAndLogLevels() {
    return Stream.of(Calls.values()).flatMap(call -> Stream.of(arguments(call, LogLevel.HEADERS),
        arguments(call, LogLevel.BODY)));
  }

  @ParameterizedTest
  @MethodSource("callsAndLogLevels")
  void anErrorBodyAndAHeaderEchoingTheKey(Calls call, LogLevel level) throws Exception {
    String body = "{\"error\":{\"message\":\"Your api key: " + API_KEY + " is invalid\",\"type\":\"authentication_error\"}}";
    DeepSeekException e = fail(call, level,
        Replies.json(401, "X-Echo-Authorization: Bearer " + API_KEY + "\r\n", body));

    assertEquals(AuthenticationException.class, e.getClass());
    assertEquals("Your api key: sk-*** is invalid (HTTP 401, type authentication_error)", e.getMessage());
    assertEquals(body.replace(API_KEY, MASK), e.getRawBody());
    String log = String.join("\n", logs.lines());
    assertTrue(log.contains("\nX-Echo-Authorization: Bearer sk-***"), log);
    assertTrue(log.contains("\nAuthorization: <redacted>"), log);
    assertEquals(level == LogLevel.BODY, log.contains("Your api key: sk-*** is invalid"), log);
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void aPlainTextErrorBodyHoldingTheKey(Calls call) throws Exception {
    DeepSeekException e = fail(call, Replies.raw("HTTP/1.1 418 Teapot\r\nContent-Type: text/plain\r\n"
        + "Connection: close\r\n\r\nno entry for " + API_KEY));

    assertEquals(UnexpectedStatusException.class, e.getClass());
    assertEquals("no entry for sk-*** (HTTP 418)", e.getMessage());
    assertEquals("no entry for sk-***", e.getRawBody());
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void aRedirectLocationHoldingTheKey(Calls call) throws Exception {
    DeepSeekException e = fail(call, Replies.raw("HTTP/1.1 302 Found\r\nLocation: https://evil.example/?k=" + API_KEY
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));

    assertEquals(UnexpectedStatusException.class, e.getClass());
    assertEquals("(empty body) (HTTP 302) (redirect to https://evil.example/?k=sk-*** not followed)", e.getMessage());
    assertEquals("https://evil.example/?k=sk-***", ((UnexpectedStatusException) e).getLocation());
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void aCauseWhoseMessageQuotesTheKey(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.raw(API_KEY + " 200 OK\r\n\r\n"))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).logLevel(LogLevel.BODY).maxRetries(0).build());

      assertEquals(DeepSeekIoException.class, e.getClass());
      assertEquals("POST " + server.url() + "/chat/completions failed: java.net.ProtocolException: "
          + "Unexpected status line: sk-*** 200 OK", e.getMessage());
      assertTrue(e.getCause().getMessage().contains("Unexpected status line: sk-*** 200 OK"), e.getCause().getMessage());
      assertKeyNowhere(e);
      assertEquals(1, server.requests().size());
    }
  }

  /** Runs {@code call} against {@code reply} with logging at {@code level}; checks the key is nowhere and one request was sent. */
  private DeepSeekException fail(Calls call, HostileServer.Reply reply) throws Exception {
    return fail(call, LogLevel.BODY, reply);
  }

  private DeepSeekException fail(Calls call, LogLevel level, HostileServer.Reply reply) throws Exception {
    try (HostileServer server = HostileServer.start(reply)) {
      DeepSeekException e = call.failure(Calls.clientFor(server).logLevel(level).build());
      assertKeyNowhere(e);
      assertEquals(1, server.requests().size(), "not retried");
      return e;
    }
  }

  private void assertKeyNowhere(DeepSeekException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertFalse(trace.toString().contains(API_KEY), trace.toString());
    assertFalse(String.valueOf(e.getRawBody()).contains(API_KEY), e.getRawBody());
    if (e.getError() != null) {
      assertFalse(String.valueOf(e.getError()).contains(API_KEY), String.valueOf(e.getError()));
    }
    if (e instanceof UnexpectedStatusException) {
      assertFalse(String.valueOf(((UnexpectedStatusException) e).getLocation()).contains(API_KEY));
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(API_KEY), t.toString());
    }
    List<String> lines = logs.lines();
    assertFalse(lines.isEmpty(), "logging at BODY wrote nothing");
    for (String line : lines) {
      assertFalse(line.contains(API_KEY), line);
    }
  }

  private static String chunk(String content) {
    return "data: {\"id\":\"1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + Calls.MODEL
        + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"}}]}\n\n";
  }
}
