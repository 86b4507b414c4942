package io.github.deepseekjava.hostile;

import static io.github.deepseekjava.hostile.Replies.MB_200;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.ResponseTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bodies, error bodies and stream events over the limits end in a typed exception with a bounded
 * prefix, after the client read little more than the limit: the fake offers 200 MB (or 1 GiB
 * unpacked) and counts what it managed to send before the client stopped reading.
 */
class SizeLimitsTest {
  private static final long LIMIT = 1 << 20;
  private static final long EVENT_LIMIT = 64 * 1024;
  private static final long ERROR_LIMIT = 4096;
  /** What the client may have read or left in socket buffers when it stopped: the limit plus a few MB. */
  private static final long SENT_BOUND = 16L << 20;
  private static final String TOO_LARGE_ADVICE =
      "; reading stopped there (raise the limit on DeepSeekClient.Builder if this answer is legitimate)";
  private static final byte[] JSON_BOMB = Replies.gzipBomb("{\"id\":\"", 1024);
  private static final byte[] SSE_BOMB = Replies.gzipBomb("data: {\"id\":\"", 1024);

  private static DeepSeekClient client(HostileServer server) {
    return Calls.clientFor(server).maxResponseBytes(LIMIT).maxStreamEventBytes(EVENT_LIMIT)
        .maxErrorBodyBytes(ERROR_LIMIT).build();
  }

  @ParameterizedTest
  @EnumSource(names = {"PLAIN", "ASYNC"})
  void a200MbBodyWithItsContentLengthIsRefusedBeforeReading(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.head(200, "application/json", MB_200), "{\"id\":\"", (byte) 'a', MB_200))) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "the response body (Content-Length 209715200)", LIMIT, e);
      assertEquals("", e.getRawBody());
      assertBounded(server);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"PLAIN", "ASYNC"})
  void a200MbBodyWithoutLengthIsCutAtTheLimit(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.head(200, "application/json", -1), "{\"id\":\"", (byte) 'a', MB_200))) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "the response body", LIMIT, e);
      assertEquals("{\"id\":\"" + "a".repeat(1024 - 7), e.getRawBody());
      assertBounded(server);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void a200MbJsonBodyAnsweringAStreamRequestIsReadOnlyToTheErrorLimit(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.head(200, "application/json", MB_200), "{\"id\":\"", (byte) 'a', MB_200))) {
      DeepSeekException e = call.failure(client(server));

      assertEquals(MalformedResponseException.class, e.getClass());
      assertEquals("HTTP 200 with an application/json body where a text/event-stream was requested", e.getMessage());
      assertEquals("{\"id\":\"" + "a".repeat((int) ERROR_LIMIT - 7) + "... (cut at 4096 bytes)", e.getRawBody());
      assertEquals(1, server.requests().size());
      assertBounded(server);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"PLAIN", "ASYNC"})
  void aGzipBombIsCutAtTheLimitAfterDecompression(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.gzip(200, "application/json", JSON_BOMB))) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "the response body", LIMIT, e);
      assertEquals("{\"id\":\"" + "\0".repeat(1024 - 7), e.getRawBody());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aGzipBombStreamIsCutAtTheEventLimitAfterDecompression(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.gzip(200, "text/event-stream", SSE_BOMB))) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "a stream event", EVENT_LIMIT, e);
      assertEquals("data: {\"id\":\"" + "\0".repeat(1024 - 13), e.getRawBody());
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void a400WithA200MbBodyKeepsABoundedPrefix(Calls call) throws Exception {
    String prefix = "{\"error\":{\"message\":\"";
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.head(400, "application/json", MB_200), prefix, (byte) 'x', MB_200))) {
      DeepSeekException e = call.failure(client(server));

      assertEquals(BadRequestException.class, e.getClass());
      String body = prefix + "x".repeat((int) ERROR_LIMIT - prefix.length());
      assertEquals(body.substring(0, 500) + "... (HTTP 400)", e.getMessage());
      assertEquals(body + "... (cut at 4096 bytes)", e.getRawBody());
      assertEquals(400, e.getStatusCode());
      assertEquals(1, server.requests().size(), "400 is not retried");
      assertBounded(server);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void anSseLineThatNeverEndsFailsTheFirstChunk(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.sseHead(), "data: {\"id\":\"", (byte) 'a', MB_200))) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "a stream event", EVENT_LIMIT, e);
      assertEquals("data: {\"id\":\"" + "a".repeat(1024 - 13), e.getRawBody());
      assertBounded(server);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void anSseLineThatNeverEndsFailsMidStream(Calls call) throws Exception {
    String first = "data: {\"id\":\"1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.sseHead(), first + "data: {\"id\":\"", (byte) 'a', MB_200))) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "a stream event", EVENT_LIMIT, e);
      assertEquals("data: {\"id\":\"" + "a".repeat(1024 - 13), e.getRawBody());
      assertBounded(server);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void anEventOfManyShortLinesIsLimitedAsAWhole(Calls call) throws Exception {
    String line = "data: x\n";
    try (HostileServer server = HostileServer.start(c -> {
      c.write(Replies.sseHead());
      for (long sent = 0; sent < MB_200; sent += line.length()) {
        c.out.write(line.getBytes());
      }
    })) {
      DeepSeekException e = call.failure(client(server));

      assertTooLarge(server, "a stream event", EVENT_LIMIT, e);
      assertTrue(e.getRawBody().length() <= 1024, e.getRawBody());
      assertBounded(server);
    }
  }

  @Test
  void theDefaultLimitStopsA200MbBodyAt64Mib() throws Exception {
    try (HostileServer server = HostileServer.start(
        Replies.huge(Replies.head(200, "application/json", -1), "{\"id\":\"", (byte) 'a', MB_200))) {
      DeepSeekException e = Calls.PLAIN.failure(Calls.clientFor(server).build());

      assertTooLarge(server, "the response body", DeepSeekClient.Builder.DEFAULT_MAX_RESPONSE_BYTES, e);
      server.millisUntilClientClosed(0, 2000);
      assertTrue(server.bytesSent() < DeepSeekClient.Builder.DEFAULT_MAX_RESPONSE_BYTES + SENT_BOUND,
          "sent " + server.bytesSent());
    }
  }

  private static void assertTooLarge(HostileServer server, String what, long limit, DeepSeekException e) {
    assertEquals(ResponseTooLargeException.class, e.getClass(), String.valueOf(e));
    assertEquals("POST " + server.url() + "/chat/completions: " + what + " is larger than the limit of " + limit
        + " bytes" + TOO_LARGE_ADVICE, e.getMessage());
    assertEquals(limit, ((ResponseTooLargeException) e).getLimitBytes());
    assertEquals(200, e.getStatusCode());
    assertEquals(1, server.requests().size(), "a response over a limit is not retried");
  }

  /** The client closed the connection (the fake's writes failed) having taken less than {@link #SENT_BOUND}. */
  private static void assertBounded(HostileServer server) throws Exception {
    server.millisUntilClientClosed(0, 2000);
    assertTrue(server.bytesSent() < SENT_BOUND, "the fake sent " + server.bytesSent() + " bytes");
  }
}
