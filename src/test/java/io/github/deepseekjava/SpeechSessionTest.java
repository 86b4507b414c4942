package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.WebSocketTestServer.Connection;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.DeepSeekServiceException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.IncompleteDownloadException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text-to-speech WebSocket session against a frame-level server on 127.0.0.1. */
class SpeechSessionTest {
  private static final String KEY = "sk-speech-secret-0123456789abcdef";
  private static final String FINISH_TEXT = "{\"event\":\"finish_text\"}";

  private WebSocketTestServer server;
  private DeepSeekClient client;

  @BeforeEach
  void start() throws IOException {
    server = new WebSocketTestServer();
  }

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    server.close();
    assertNull(server.scriptFailure(), () -> "the server script failed: " + server.scriptFailure());
  }

  private DeepSeekClient.Builder builder() {
    return DeepSeekClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).sleeper(millis -> { });
  }

  private String url(String target) {
    return "GET " + server.baseUrl() + target;
  }

  /** Accepts, reads text until finish_text, sends {@code finish}, then answers the client's close. */
  private static WebSocketTestServer.Script finishing(String finish) {
    return c -> {
      c.accept("");
      c.readTextsUntil(FINISH_TEXT);
      c.sendText(finish);
      closeHandshake(c);
    };
  }

  private static void closeHandshake(Connection c) throws IOException {
    while (c.readFrame().opcode != WebSocketTestServer.CLOSE) {
      // frames after finish are not expected; the loop ends at the client's close frame
    }
    c.answerClose();
    c.readUntilClientGone();
  }

  @Test
  void textFramesGoOutInOrderAndAudioFramesReachTheSinkInOrder() throws Exception {
    server.enqueue(c -> {
      c.accept("x-ds-trace-id: tr-ws-1\r\n");
      c.readFrame();
      c.sendBinary(new byte[] {1, 2, 3});
      c.readFrame();
      c.sendBinary(new byte[] {4, 5});
      c.readTextsUntil(FINISH_TEXT);
      c.sendBinary(new byte[] {6});
      c.sendText("{\"event\":\"finish\",\"code\":0}");
      closeHandshake(c);
    });
    client = builder().build();
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    SpeechSessionOptions options = SpeechSessionOptions.builder().voice(SpeechSessionOptions.VOICE_TIDE)
        .format(SpeechSessionOptions.FORMAT_OPUS).filterMarkdown(false).build();

    SpeechSessionResult result;
    try (SpeechSession session = client.tools().speechSession(options, audio)) {
      session.sendText("Your order ").sendText("has \"shipped\".\n已发货");
      result = session.finish();
      assertEquals(result.finishEvent(), session.finish().finishEvent(), "finish() again returns the same result");
    }

    assertEquals("0", result.code());
    assertEquals("{\"event\":\"finish\",\"code\":0}", result.finishEvent());
    assertEquals(6, result.audioBytes());
    assertEquals("tr-ws-1", result.traceId());
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, audio.toByteArray());
    Connection connection = server.connection(0);
    assertTrue(connection.awaitScript());
    assertEquals("GET /v1/tools/tts?voice_id=tide&format=opus&filter_markdown=false HTTP/1.1",
        connection.requestLine);
    assertEquals("Bearer " + KEY, connection.header("Authorization"));
    assertEquals("websocket", connection.header("Upgrade"));
    assertEquals(Arrays.asList(
        "{\"event\":\"text\",\"text\":\"Your order \"}",
        "{\"event\":\"text\",\"text\":\"has \\\"shipped\\\".\\n已发货\"}",
        FINISH_TEXT), connection.texts);
    assertEquals(1000, connection.closeFrame.closeCode(), "the client closes the socket after finish");
    assertTrue(connection.clientGone);
  }

  @ParameterizedTest
  @CsvSource({
      "'',           /v1/tools/tts",
      "/v1,          /v1/tools/tts",
      "/v1/,         /v1/tools/tts",
      "/proxy,       /proxy/v1/tools/tts",
      "/proxy/v1/,   /proxy/v1/tools/tts",
  })
  void theSocketLivesWhereTheOtherToolsDoAndDefaultsSendNoQuery(String basePath, String path) throws Exception {
    server.enqueue(finishing("{\"event\":\"finish\",\"code\":0}"));
    client = builder().baseUrl(server.baseUrl() + basePath).build();
    List<byte[]> frames = new ArrayList<>();

    try (SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), frames::add)) {
      session.sendText("Hi.");
      assertEquals(0, session.finish().audioBytes());
    }

    assertEquals("GET " + path + " HTTP/1.1", server.connection(0).requestLine);
    assertEquals(Collections.emptyList(), frames);
  }

  @Test
  void aRefusedHandshakeWithARetryAfterBeyondAnIntEndsInATypedException() throws Exception {
    server.enqueue(c -> c.refuse(503, "Retry-After: 99999999999\r\n", "{\"error\":{\"message\":\"busy\"}}"));
    client = builder().maxRetries(0).build();

    DeepSeekException e = assertThrows(DeepSeekException.class,
        () -> client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream()));

    // OkHttp fails the handshake itself (NumberFormatException while reading the 503's Retry-After): typed, bounded.
    assertEquals(DeepSeekIoException.class, e.getClass());
    assertEquals("GET " + server.baseUrl() + "/v1/tools/tts failed: java.io.IOException: canceled due to"
        + " java.lang.NumberFormatException: For input string: \"99999999999\"", e.getMessage());
    assertEquals(1, server.connections().size());
  }

  @ParameterizedTest
  @CsvSource({
      "401, io.github.deepseekjava.errors.AuthenticationException, authentication_error, 1",
      "429, io.github.deepseekjava.errors.RateLimitException,      rate_limit_error,     2",
      "503, io.github.deepseekjava.errors.ServerOverloadedException, server_busy,        2",
  })
  void aRefusedHandshakeIsTheStatusExceptionAndRetriedLikeAnyCall(int status, Class<?> type, String errorType,
      int attempts) throws Exception {
    String body = "{\"error\":{\"message\":\"refused for key " + KEY + "\",\"type\":\"" + errorType + "\"}}";
    for (int i = 0; i < attempts; i++) {
      // No Retry-After: 0 here: OkHttp repeats a 503 that has it once by itself, and a WebSocket handshake
      // bypasses network interceptors, so the client's RetryAfterGuard cannot stop it there (see the README).
      server.enqueue(c -> c.refuse(status, "x-ds-trace-id: tr-" + status + "\r\n", body));
    }
    client = builder().maxRetries(1).build();

    DeepSeekServiceException e = (DeepSeekServiceException) assertThrows(DeepSeekException.class,
        () -> client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream()));

    assertEquals(type, e.getClass());
    assertEquals("refused for key sk-*** (HTTP " + status + ", type " + errorType + ", trace id tr-" + status + ")",
        e.getMessage());
    assertEquals(status, e.getStatusCode());
    assertEquals("tr-" + status, e.getTraceId());
    assertFalse(e.getRawBody().contains(KEY));
    assertFalse(e.toString().contains(KEY));
    assertEquals(attempts, server.connections().size(), "401 is not retried; 429 and 503 are, once here");
  }

  @Test
  void aConnectionCutMidAudioIsAnIncompleteDownload() throws Exception {
    byte[] first = filled(1024, 7);
    byte[] second = filled(1024, 8);
    server.enqueue(c -> {
      c.accept("x-ds-trace-id: tr-cut\r\n");
      c.readFrame();
      c.sendBinary(first);
      c.sendBinary(second);
      c.readTextsUntil(FINISH_TEXT); // nothing unread when it cuts, so the client sees an end of stream, not a reset
      c.sendHalfFrameAndCut(filled(1024, 9));
    });
    client = builder().build();
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), audio);
    session.sendText("A long answer.");

    IncompleteDownloadException e = assertThrows(IncompleteDownloadException.class, session::finish);

    assertEquals(2048, e.bytesWritten());
    assertEquals(url("/v1/tools/tts") + ": the speech session broke off after 2048 audio bytes: the connection"
        + " failed (java.io.EOFException) before the finish event (trace id tr-cut)", e.getMessage());
    assertEquals("tr-cut", e.getTraceId());
    byte[] expected = new byte[2048];
    System.arraycopy(first, 0, expected, 0, 1024);
    System.arraycopy(second, 0, expected, 1024, 1024);
    assertArrayEquals(expected, audio.toByteArray());
    assertThrows(IncompleteDownloadException.class, () -> session.sendText("more"), "the failure stays");
    session.close();
  }

  @Test
  void aCloseFrameBeforeFinishIsAnIncompleteDownloadQuotingTheLastEvent() throws Exception {
    server.enqueue(c -> {
      c.accept("");
      c.readFrame();
      c.sendText("{\"event\":\"error\",\"message\":\"synthesis failed\"}");
      c.sendClose(1011, "internal error");
      c.readUntilClientGone();
    });
    client = builder().build();
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream());
    session.sendText("Hello.");

    IncompleteDownloadException e = assertThrows(IncompleteDownloadException.class, session::finish);

    assertEquals(url("/v1/tools/tts") + ": the speech session broke off after 0 audio bytes: the server closed the"
        + " speech socket (code 1011, reason \"internal error\") before the finish event; last event from the"
        + " server: {\"event\":\"error\",\"message\":\"synthesis failed\"}", e.getMessage());
    assertTrue(server.connection(0).awaitScript());
    assertEquals(1000, server.connection(0).closeFrame.closeCode(), "the client answers the close frame");
  }

  @Test
  void aServerThatNeverSendsFinishEndsInATimeoutAtTheDeadline() throws Exception {
    server.enqueue(c -> {
      c.accept("");
      c.readUntilClientGone(); // reads the text and finish_text, answers nothing
    });
    client = builder().timeout(Duration.ofMillis(400)).build();
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream());
    session.sendText("Hello.");
    long start = System.nanoTime();

    DeepSeekTimeoutException e = assertThrows(DeepSeekTimeoutException.class, session::finish);

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(url("/v1/tools/tts") + ": no finish event within the 400 ms deadline after finish() (timeout);"
        + " 0 audio bytes had arrived", e.getMessage());
    assertTrue(millis >= 350 && millis < 5_000, "finish() waited " + millis + " ms");
    Connection connection = server.connection(0);
    assertTrue(connection.awaitScript());
    assertTrue(connection.clientGone, "the client dropped the connection");
    assertEquals(Arrays.asList("{\"event\":\"text\",\"text\":\"Hello.\"}", FINISH_TEXT), connection.texts);
  }

  @Test
  void closeDuringASessionSendsACloseFrameAndEndsIt() throws Exception {
    server.enqueue(c -> {
      c.accept("");
      closeHandshake(c);
    });
    client = builder().build();
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream());
    session.sendText("Never mind.");

    session.close();

    Connection connection = server.connection(0);
    assertTrue(connection.awaitScript());
    assertEquals(1000, connection.closeFrame.closeCode());
    assertEquals("client closed the session", new String(connection.closeFrame.payload, 2,
        connection.closeFrame.payload.length - 2, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Collections.singletonList("{\"event\":\"text\",\"text\":\"Never mind.\"}"), connection.texts);
    assertTrue(connection.clientGone);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> session.sendText("more"));
    assertEquals("the speech session is closed", e.getMessage());
    assertEquals("the speech session is closed", assertThrows(IllegalStateException.class, session::finish)
        .getMessage());
  }

  @Test
  void closingTheClientClosesItsOpenSessions() throws Exception {
    server.enqueue(c -> {
      c.accept("");
      closeHandshake(c);
    });
    client = builder().build();
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream());

    client.close();

    Connection connection = server.connection(0);
    assertTrue(connection.awaitScript());
    assertEquals(1000, connection.closeFrame.closeCode());
    assertTrue(connection.clientGone);
    assertEquals("the speech session is closed",
        assertThrows(IllegalStateException.class, () -> session.sendText("late")).getMessage());
    assertEquals("the DeepSeekClient is closed", assertThrows(IllegalStateException.class,
        () -> client.tools().speechSession(SpeechSessionOptions.defaults(), new ByteArrayOutputStream()))
        .getMessage());
  }

  @Test
  void largeFramesArriveWholeAndAudioIsDeliveredBeforeTheSessionEnds() throws Exception {
    CountDownLatch firstFrameDelivered = new CountDownLatch(1);
    int[] sizes = {64 << 10, 8 << 20, 1 << 20, 1 << 20, 1 << 20, 1 << 20};
    CRC32 sent = new CRC32();
    server.enqueue(c -> {
      c.accept("");
      c.readFrame();
      for (int i = 0; i < sizes.length; i++) {
        byte[] frame = filled(sizes[i], i);
        sent.update(frame);
        c.sendBinary(frame);
        if (i == 0) {
          // the rest only once the client handed the first frame to the sink: it is not held back until the end
          assertTrue(firstFrameDelivered.await(10, TimeUnit.SECONDS), "the first frame did not reach the sink");
        }
      }
      c.readTextsUntil(FINISH_TEXT);
      c.sendText("{\"event\":\"finish\",\"code\":0}");
      closeHandshake(c);
    });
    client = builder().build();
    List<Integer> received = new ArrayList<>();
    CRC32 checksum = new CRC32();

    SpeechSessionResult result;
    try (SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), frame -> {
      received.add(frame.length);
      checksum.update(frame);
      firstFrameDelivered.countDown();
    })) {
      session.sendText("A long story.");
      result = session.finish();
    }

    List<Integer> expected = new ArrayList<>();
    long total = 0;
    for (int size : sizes) {
      expected.add(size);
      total += size;
    }
    assertEquals(expected, received, "one sink call per frame, each frame whole");
    assertEquals(total, result.audioBytes());
    assertEquals(sent.getValue(), checksum.getValue());
  }

  @Test
  void argumentErrorsFailFastAndSendNothing() throws Exception {
    assertEquals("voice is blank (use null for the server's default)", assertThrows(IllegalArgumentException.class,
        () -> SpeechSessionOptions.builder().voice(" ")).getMessage());
    assertEquals("format is blank (use null for the server's default)", assertThrows(IllegalArgumentException.class,
        () -> SpeechSessionOptions.builder().format("")).getMessage());
    client = builder().build();
    assertEquals("options == null", assertThrows(NullPointerException.class,
        () -> client.tools().speechSession(null, new ByteArrayOutputStream())).getMessage());
    assertEquals("audio == null", assertThrows(NullPointerException.class,
        () -> client.tools().speechSession(SpeechSessionOptions.defaults(), (OutputStream) null)).getMessage());
    assertEquals(0, server.connections().size(), "no connection for invalid arguments");

    server.enqueue(finishing("{\"event\":\"finish\",\"code\":0}"));
    try (SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), b -> { })) {
      assertEquals("text is empty", assertThrows(IllegalArgumentException.class, () -> session.sendText(""))
          .getMessage());
      assertEquals("text == null", assertThrows(NullPointerException.class, () -> session.sendText(null))
          .getMessage());
      session.sendText("ok");
      session.finish();
      assertEquals("finish() was called: no more text can be sent",
          assertThrows(IllegalStateException.class, () -> session.sendText("late")).getMessage());
    }
    assertEquals(Arrays.asList("{\"event\":\"text\",\"text\":\"ok\"}", FINISH_TEXT), server.connection(0).texts);
  }

  @Test
  void anUndocumentedCodeIsReturnedWithTheWholeEventNotThrown() throws Exception {
    String finish = "{\"event\":\"finish\",\"code\":40001,\"message\":\"Content Exists Risk\"}";
    server.enqueue(c -> {
      c.accept("");
      c.readFrame();
      c.sendText("{\"event\":\"sentence_start\",\"index\":0}"); // not documented: ignored
      c.sendBinary(new byte[] {42});
      c.readTextsUntil(FINISH_TEXT);
      c.sendText(finish);
      closeHandshake(c);
    });
    client = builder().build();

    SpeechSessionResult result;
    try (SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), b -> { })) {
      session.sendText("Risky.");
      result = session.finish();
    }

    assertEquals("40001", result.code());
    assertEquals(finish, result.finishEvent());
    assertEquals(1, result.audioBytes());
  }

  @Test
  void aFailingAudioStreamEndsTheSessionWithItsException() throws Exception {
    server.enqueue(c -> {
      c.accept("");
      c.readFrame();
      c.sendBinary(new byte[] {1});
      c.readUntilClientGone();
    });
    client = builder().build();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), full);
    session.sendText("Hello.");

    UncheckedIOException e = assertThrows(UncheckedIOException.class, session::finish);

    assertEquals("disk full", e.getCause().getMessage());
    assertTrue(server.connection(0).awaitScript());
    assertTrue(server.connection(0).clientGone, "the socket was cancelled");
  }

  @Test
  void anErrorThrownByTheAudioConsumerEndsTheSessionWithIt() throws Exception {
    // OkHttp's reader thread would swallow an Error (a test's AssertionError in the consumer): finish() then
    // waited for its whole timeout and threw a timeout that hid it.
    server.enqueue(c -> {
      c.accept("");
      c.readFrame();
      c.sendBinary(new byte[] {1, 2, 3});
      c.readUntilClientGone();
    });
    client = builder().timeout(Duration.ofSeconds(30)).build();
    SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(),
        (byte[] frame) -> {
          throw new AssertionError("the consumer's assertion");
        });
    session.sendText("Hello.");

    long start = System.nanoTime();
    AssertionError e = assertThrows(AssertionError.class, session::finish);

    assertEquals("the consumer's assertion", e.getMessage());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "not after the 30 s timeout");
    assertThrows(AssertionError.class, () -> session.sendText("more"), "the session stays failed with it");
    assertTrue(server.connection(0).awaitScript());
    assertTrue(server.connection(0).clientGone, "the socket was cancelled");
  }

  @Test
  void theListenerSeesOneCreateSpeechSessionCallWithItsRetry() throws Exception {
    List<CallStarted> starts = Collections.synchronizedList(new ArrayList<>());
    List<CallRetried> retries = Collections.synchronizedList(new ArrayList<>());
    List<CallEnded> ends = Collections.synchronizedList(new ArrayList<>());
    server.enqueue(c -> c.refuse(503, "", "{\"error\":{\"message\":\"busy\"}}"));
    server.enqueue(c -> {
      c.accept("x-ds-trace-id: tr-ok\r\n");
      c.readFrame();
      c.sendBinary(new byte[] {1, 2});
      c.readTextsUntil(FINISH_TEXT);
      c.sendText("{\"event\":\"finish\",\"code\":0}");
      closeHandshake(c);
    });
    client = builder().listener(new DeepSeekListener() {
      @Override
      public void onStart(CallStarted call) {
        starts.add(call);
      }

      @Override
      public void onRetry(CallRetried retry) {
        retries.add(retry);
      }

      @Override
      public void onEnd(CallEnded call) {
        ends.add(call);
      }
    }).build();

    try (SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), b -> { })) {
      session.sendText("Hi.");
      session.finish();
    }

    assertEquals(1, starts.size());
    assertEquals("createSpeechSession", starts.get(0).operation());
    assertTrue(starts.get(0).streaming());
    assertEquals(1, retries.size());
    assertEquals(2, retries.get(0).attempt());
    assertEquals(ServerOverloadedException.class, retries.get(0).reason().getClass());
    assertEquals(1, ends.size());
    CallEnded end = ends.get(0);
    assertEquals(2, end.attempts());
    assertEquals(Integer.valueOf(101), end.status());
    assertEquals("tr-ok", end.traceId());
    assertNotNull(end.timeToFirstChunk(), "time to the first audio frame");
    assertNull(end.error());
  }

  @Test
  void theKeyAppearsInNoToString() throws Exception {
    server.enqueue(finishing("{\"event\":\"finish\",\"code\":0}"));
    client = builder().build();
    try (SpeechSession session = client.tools().speechSession(SpeechSessionOptions.defaults(), b -> { })) {
      assertEquals("SpeechSession{" + url("/v1/tools/tts") + ", open, audioBytes=0}", session.toString());
      session.sendText("Hi.");
      SpeechSessionResult result = session.finish();
      assertEquals("SpeechSessionResult{code=0, audioBytes=0, traceId=null}", result.toString());
      assertFalse(session.toString().contains(KEY));
    }
    assertEquals("SpeechSessionOptions{voice=null, format=null, filterMarkdown=null}",
        SpeechSessionOptions.defaults().toString());
  }

  private static byte[] filled(int size, int seed) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + seed);
    }
    return bytes;
  }
}
