package io.github.deepseekjava.hostile;

import static io.github.deepseekjava.hostile.Replies.MB_200;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile answers that are retried are sent exactly {@code 1 + maxRetries} times, and each attempt
 * stays within the limits. (The other hostile tests assert one request for what is not retried.)
 */
class RetryCountsTest {
  @ParameterizedTest
  @EnumSource(Calls.class)
  void a503WithA200MbBodyIsRetriedAndEachAttemptReadsOnlyTheLimit(Calls call) throws Exception {
    String prefix = "{\"error\":{\"message\":\"";
    try (HostileServer server = HostileServer.start(Replies.huge(
        "HTTP/1.1 503 Service Unavailable\r\nRetry-After-Ms: 0\r\nContent-Length: " + MB_200 + "\r\n\r\n",
        prefix, (byte) 'x', MB_200))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).maxErrorBodyBytes(4096).maxRetries(2).build());

      assertEquals(ServerOverloadedException.class, e.getClass());
      String body = prefix + "x".repeat(4096 - prefix.length());
      assertEquals(body.substring(0, 500) + "... (HTTP 503)", e.getMessage());
      assertEquals(body + "... (cut at 4096 bytes)", e.getRawBody());
      assertSameRequestResent(server, 3, call.streams());
      assertTrue(server.bytesSent() < 3 * (16L << 20), "the fake sent " + server.bytesSent() + " bytes");
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void a503WithRetryAfterZeroIsRetriedOnlyByTheClient(Calls call) throws Exception {
    // OkHttp repeats a 503 with "Retry-After: 0" once by itself, beside any client retry (and even with
    // retryOnConnectionFailure off): without the client's guard this call makes 6 requests.
    try (HostileServer server = HostileServer.start(Replies.json(503, "Retry-After: 0\r\n",
        "{\"error\":{\"message\":\"busy\"}}"))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).maxRetries(2).build());

      assertEquals(ServerOverloadedException.class, e.getClass());
      assertEquals("busy (HTTP 503)", e.getMessage());
      assertSameRequestResent(server, 3, call.streams());
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void a503WithARetryAfterBeyondAnIntIsTheStatusException(Calls call) throws Exception {
    // OkHttp parses an all-digit Retry-After of a 503 with Integer.valueOf: NumberFormatException, unguarded.
    try (HostileServer server = HostileServer.start(Replies.json(503, "Retry-After: 99999999999\r\n",
        "{\"error\":{\"message\":\"busy\"}}"))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).maxRetries(0).build());

      assertEquals(ServerOverloadedException.class, e.getClass());
      assertSameRequestResent(server, 1, call.streams());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aStreamEndingBeforeItsFirstChunkIsRetried(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.sse(": keep-alive\n\n"))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).maxRetries(1).build());

      assertEquals(IncompleteStreamException.class, e.getClass());
      assertEquals("POST " + server.url() + "/chat/completions stream ended after 0 chunks without a finish reason"
          + " or [DONE]", e.getMessage());
      assertSameRequestResent(server, 2, true);
    }
  }

  private static void assertSameRequestResent(HostileServer server, int count, boolean stream) {
    List<HostileServer.Received> requests = server.requests();
    assertEquals(count, requests.size(), "1 + maxRetries");
    String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"model\":\"deepseek-v4-flash\""
        + (stream ? ",\"stream\":true}" : "}");
    for (HostileServer.Received request : requests) {
      assertEquals("POST /chat/completions", request.toString());
      assertEquals("Bearer " + Calls.API_KEY, request.headers.get("authorization"));
      assertEquals(body, request.body);
    }
  }
}
