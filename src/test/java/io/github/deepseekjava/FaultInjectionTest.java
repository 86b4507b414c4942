package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChunkStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault, for plain and streaming calls: the exact exception type, a bounded time, and no
 * connection or call left busy afterwards.
 */
class FaultInjectionTest {
  private static final long BOUND_MILLIS = 3_000;

  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  private final ConnectionPool pool = new ConnectionPool();
  private final Dispatcher dispatcher = new Dispatcher();
  /** With the default read timeout, for the tests that stream slowly on purpose. */
  private final DeepSeekClient patientClient = WireMockSupport.clientFor(server)
      .okHttpClient(new OkHttpClient.Builder().connectionPool(pool).dispatcher(dispatcher).build())
      .maxRetries(0)
      .build();
  private final DeepSeekClient client = patientClient.newBuilder().readTimeout(Duration.ofMillis(500)).build();

  private static String plainFirstChunk() {
    return Fixtures.read("streams/plain.sse").split("\n\n")[0] + "\n\n";
  }

  static Stream<Arguments> faults() {
    String chat = Fixtures.read("seed/chat-response.json");
    return Stream.of(
        Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            DeepSeekIoException.class, DeepSeekIoException.class),
        Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE),
            DeepSeekIoException.class, DeepSeekIoException.class),
        Arguments.of("malformed HTTP chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
            DeepSeekIoException.class, DeepSeekIoException.class),
        Arguments.of("random data then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
            DeepSeekIoException.class, DeepSeekIoException.class),
        Arguments.of("slow body", aResponse().withStatus(200).withBody(chat).withChunkedDribbleDelay(5, 5_000),
            DeepSeekTimeoutException.class, DeepSeekTimeoutException.class),
        Arguments.of("no response at all", aResponse().withStatus(200).withBody(chat).withFixedDelay(5_000),
            DeepSeekTimeoutException.class, DeepSeekTimeoutException.class),
        Arguments.of("truncated JSON", aResponse().withStatus(200).withBody(chat.substring(0, chat.length() / 2)),
            MalformedResponseException.class, IncompleteStreamException.class),
        Arguments.of("truncated SSE", aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(plainFirstChunk()),
            MalformedResponseException.class, IncompleteStreamException.class),
        Arguments.of("malformed SSE chunk", aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(plainFirstChunk() + "data: {\"id\":\"x\",\"choices\":[{\n\n"),
            MalformedResponseException.class, MalformedResponseException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void faultEndsInItsTypedExceptionWithinBoundsAndLeaksNothing(String name, ResponseDefinitionBuilder fault,
      Class<? extends DeepSeekException> plainFailure, Class<? extends DeepSeekException> streamFailure) throws Exception {
    server.stubFor(post("/chat/completions").willReturn(fault));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-flash")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));

    assertFailsWithin(plainFailure, () -> client.chat().create(request));
    assertFailsWithin(streamFailure, () -> {
      try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request)) {
        chunks.forEach(chunk -> { });
      }
    });
    assertFailsWithin(plainFailure, () -> {
      try {
        client.async().chat().create(request).get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause();
      }
    });

    assertIdle();
  }

  @Test
  void closingAStreamEarlyCancelsTheCallAndFreesTheConnection() throws Exception {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(Fixtures.read("streams/thinking.sse")).withChunkedDribbleDelay(19, 4_000)));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-pro")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
    long start = System.nanoTime();

    try (ChunkStream<ChatCompletionChunk> chunks = patientClient.chat().stream(request)) {
      assertEquals("assistant", chunks.iterator().next().getChoices().get(0).getDelta().getRole());
    }

    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < BOUND_MILLIS);
    assertIdle();
  }

  @Test
  void cancellingAnAsyncStreamCancelsTheCall() throws Exception {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(Fixtures.read("streams/thinking.sse")).withChunkedDribbleDelay(19, 4_000)));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-pro")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
    java.util.concurrent.CountDownLatch firstChunk = new java.util.concurrent.CountDownLatch(1);

    java.util.concurrent.CompletableFuture<?> future = patientClient.async().chat().stream(request, chunk -> firstChunk.countDown());
    assertTrue(firstChunk.await(10, TimeUnit.SECONDS));
    future.cancel(true);

    assertTrue(future.isCancelled());
    assertIdle();
  }

  private static void assertFailsWithin(Class<? extends DeepSeekException> expected, ThrowingCall call) {
    long start = System.nanoTime();
    Throwable thrown = assertThrows(Throwable.class, call::run);
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(expected, thrown.getClass(), () -> "got " + thrown);
    assertTrue(elapsedMillis < BOUND_MILLIS, "took " + elapsedMillis + " ms");
  }

  /** No call running or queued, and every pooled connection idle. */
  private void assertIdle() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (System.nanoTime() < end && (dispatcher.runningCallsCount() > 0 || pool.connectionCount() != pool.idleConnectionCount())) {
      Thread.sleep(10);
    }
    assertEquals(0, dispatcher.runningCallsCount(), "running calls");
    assertEquals(0, dispatcher.queuedCallsCount(), "queued calls");
    assertEquals(pool.connectionCount(), pool.idleConnectionCount(), "connections still in use");
  }

  @AfterEach
  void closePool() {
    pool.evictAll();
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Throwable;
  }

}
