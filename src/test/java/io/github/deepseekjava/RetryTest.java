package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChunkStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is retried, how long the client waits, and the overall deadline. The sleeper only records. */
class RetryTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());

  private DeepSeekClient.Builder client() {
    return DeepSeekClient.builder().apiKey(WireMockSupport.API_KEY).baseUrl(server.baseUrl()).sleeper(sleeps::add);
  }

  /** Serves {@code failures} in order, then the seed balance. */
  private static void failThenSucceed(ResponseDefinitionBuilder... failures) {
    String state = STARTED;
    for (int i = 0; i < failures.length; i++) {
      server.stubFor(get("/user/balance").inScenario("retry").whenScenarioStateIs(state)
          .willReturn(failures[i]).willSetStateTo("after " + i));
      state = "after " + i;
    }
    server.stubFor(get("/user/balance").inScenario("retry").whenScenarioStateIs(state)
        .willReturn(okJson(Fixtures.read("seed/balance-response.json"))));
  }

  private static ResponseDefinitionBuilder status(int code) {
    return aResponse().withStatus(code).withBody("{\"error\":{\"message\":\"status " + code + "\",\"type\":\"unknown_error\"}}");
  }

  @ParameterizedTest(name = "HTTP {0} is retried")
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void transientStatusIsRetriedWithExponentialBackoff(int code) {
    failThenSucceed(status(code), status(code));

    assertEquals("4.95", client().build().balance().get().getBalanceInfos().get(0).getTotalBalance().toPlainString());

    server.verify(3, getRequestedFor(urlEqualTo("/user/balance")));
    assertEquals(2, sleeps.size());
    assertTrue(sleeps.get(0) >= 375 && sleeps.get(0) <= 500, "first backoff " + sleeps.get(0));
    assertTrue(sleeps.get(1) >= 750 && sleeps.get(1) <= 1000, "second backoff " + sleeps.get(1));
  }

  @Test
  void requestTimeout408IsRetriedByTheClientAloneNotAlsoByOkHttp() {
    failThenSucceed(status(408), status(408));

    assertEquals("CNY", client().build().balance().get().getBalanceInfos().get(0).getCurrency());

    server.verify(3, getRequestedFor(urlEqualTo("/user/balance")));
    assertEquals(2, sleeps.size());
  }

  @ParameterizedTest(name = "HTTP {0} is never retried")
  @ValueSource(ints = {400, 401, 402, 422})
  void clientErrorIsNeverRetried(int code) {
    failThenSucceed(status(code));

    DeepSeekException e = assertThrows(DeepSeekException.class, () -> client().build().balance().get());

    assertEquals(code, e.getStatusCode());
    server.verify(1, getRequestedFor(urlEqualTo("/user/balance")));
    assertEquals(List.of(), sleeps);
  }

  static Stream<Arguments> retryAfterHeaders() {
    return Stream.of(
        Arguments.of("Retry-After", "2", 2_000L),
        Arguments.of("Retry-After-Ms", "150", 150L),
        Arguments.of("Retry-After", "3600", 60_000L));
  }

  @ParameterizedTest(name = "{0}: {1} waits {2} ms")
  @MethodSource("retryAfterHeaders")
  void retryAfterIsHonouredAndCapped(String header, String value, long expectedMillis) {
    failThenSucceed(status(429).withHeader(header, value));

    client().build().balance().get();

    assertEquals(List.of(expectedMillis), sleeps);
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastFailure() {
    failThenSucceed(status(503), status(503), status(503));

    ServerOverloadedException e = assertThrows(ServerOverloadedException.class, () -> client().build().balance().get());

    assertEquals("status 503 (HTTP 503, type unknown_error)", e.getMessage());
    server.verify(3, getRequestedFor(urlEqualTo("/user/balance")));
  }

  @Test
  void retriesAreConfigurablePerClientAndPerRequest() {
    failThenSucceed(status(503), status(503));
    DeepSeekClient noRetries = client().maxRetries(0).build();

    assertThrows(ServerOverloadedException.class, () -> noRetries.balance().get());
    noRetries.withOptions(RequestOptions.builder().maxRetries(1).build()).balance().get();

    server.verify(3, getRequestedFor(urlEqualTo("/user/balance")));
  }

  @Test
  void chainedOptionsKeepWhatTheyDoNotOverride() {
    failThenSucceed(status(503), status(503));
    DeepSeekClient view = client().maxRetries(0).build()
        .withOptions(RequestOptions.builder().maxRetries(2).build())
        .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(30)).build());

    assertEquals("CNY", view.balance().get().getBalanceInfos().get(0).getCurrency());

    server.verify(3, getRequestedFor(urlEqualTo("/user/balance")));
  }

  @Test
  void emptySuccessBodyIsRetried() {
    failThenSucceed(aResponse().withStatus(200).withBody("\n\n\n"));

    assertEquals("CNY", client().build().balance().get().getBalanceInfos().get(0).getCurrency());

    server.verify(2, getRequestedFor(urlEqualTo("/user/balance")));
  }

  @Test
  void connectionResetIsRetried() {
    failThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertEquals("CNY", client().build().balance().get().getBalanceInfos().get(0).getCurrency());

    server.verify(2, getRequestedFor(urlEqualTo("/user/balance")));
  }

  @Test
  void asyncCallsRetryToo() {
    failThenSucceed(status(500));

    assertEquals("CNY", client().build().async().balance().get().join().getBalanceInfos().get(0).getCurrency());

    server.verify(2, getRequestedFor(urlEqualTo("/user/balance")));
  }

  @Test
  void overallDeadlineCoversRetriesAndFailsWithATimeout() {
    server.stubFor(get("/user/balance").willReturn(okJson("{}").withFixedDelay(5_000)));
    DeepSeekClient client = client().sleeper(millis -> Thread.sleep(millis)).timeout(Duration.ofMillis(400)).build();
    long start = System.nanoTime();

    DeepSeekTimeoutException e = assertThrows(DeepSeekTimeoutException.class, () -> client.balance().get());

    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("GET " + server.baseUrl() + "/user/balance exceeded the 400 ms deadline (timeout, across retries)", e.getMessage());
    assertTrue(elapsedMillis < 3_000, "took " + elapsedMillis + " ms");
  }

  private static ChatCompletionRequest streamRequest() {
    return new ChatCompletionRequest().model("deepseek-v4-flash").addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  }

  private static ResponseDefinitionBuilder eventStream(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
  }

  @Test
  void streamIsRetriedWhenItFailsBeforeTheFirstChunk() {
    server.stubFor(post("/chat/completions").inScenario("stream").whenScenarioStateIs(STARTED)
        .willReturn(status(503)).willSetStateTo("dropped"));
    server.stubFor(post("/chat/completions").inScenario("stream").whenScenarioStateIs("dropped")
        .willReturn(eventStream(": keep-alive\n\n: keep-alive\n\n")).willSetStateTo("ok"));
    server.stubFor(post("/chat/completions").inScenario("stream").whenScenarioStateIs("ok")
        .willReturn(eventStream(Fixtures.read("streams/plain.sse"))));
    List<ChatCompletionChunk> chunks = new ArrayList<>();

    try (ChunkStream<ChatCompletionChunk> stream = client().build().chat().stream(streamRequest())) {
      stream.forEach(chunks::add);
    }

    assertEquals(11, chunks.size());
    server.verify(3, postRequestedFor(urlEqualTo("/chat/completions")));
    assertEquals(2, sleeps.size());
  }

  @Test
  void streamIsNotRetriedAfterTheFirstChunk() {
    server.stubFor(post("/chat/completions").willReturn(eventStream(Fixtures.read("streams/truncated.sse"))));

    assertThrows(io.github.deepseekjava.errors.IncompleteStreamException.class, () -> {
      try (ChunkStream<ChatCompletionChunk> stream = client().build().chat().stream(streamRequest())) {
        stream.forEach(chunk -> { });
      }
    });

    server.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
  }

  @Test
  void keepAlivesAloneDoNotHoldAStreamPastTheDeadline() {
    StringBuilder keepAlives = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      keepAlives.append(": keep-alive\n\n");
    }
    server.stubFor(post("/chat/completions").willReturn(eventStream(keepAlives.toString()).withChunkedDribbleDelay(50, 5_000)));
    DeepSeekClient client = client().maxRetries(0).timeout(Duration.ofMillis(500)).build();
    long start = System.nanoTime();

    DeepSeekTimeoutException e = assertThrows(DeepSeekTimeoutException.class, () -> {
      try (ChunkStream<ChatCompletionChunk> stream = client.chat().stream(streamRequest())) {
        stream.forEach(chunk -> { });
      }
    });

    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("POST " + server.baseUrl() + "/chat/completions exceeded the 500 ms deadline (timeout, across retries)", e.getMessage());
    assertTrue(elapsedMillis < 3_000, "took " + elapsedMillis + " ms");
  }

  @Test
  void deadlineDoesNotCutAStreamThatHasStarted() {
    server.stubFor(post("/chat/completions").willReturn(
        eventStream(Fixtures.read("streams/thinking.sse")).withChunkedDribbleDelay(20, 1_500)));
    DeepSeekClient client = client().maxRetries(0).timeout(Duration.ofMillis(500)).build();
    List<ChatCompletionChunk> chunks = new ArrayList<>();

    try (ChunkStream<ChatCompletionChunk> stream = client.chat().stream(streamRequest())) {
      stream.forEach(chunks::add);
    }

    assertEquals(19, chunks.size());
  }
}
