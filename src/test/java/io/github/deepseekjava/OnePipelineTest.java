package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path (plain, stream, async, raw) takes the one attempt loop: at most 1 + maxRetries
 * requests reach the wire whatever fails; cancellation reaches the socket at any moment; async
 * threads are reused and released.
 */
class OnePipelineTest {
  private static final ChatCompletionRequest REQUEST = new ChatCompletionRequest().model("deepseek-flash")
      .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  private static final String CHUNK = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
      + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n";

  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  static Stream<Arguments> paths() {
    Function<DeepSeekClient, Object> plain = c -> c.chat().create(REQUEST);
    Function<DeepSeekClient, Object> stream = c -> c.chat().stream(REQUEST);
    Function<DeepSeekClient, Object> async = c -> c.async().chat().create(REQUEST).join();
    Function<DeepSeekClient, Object> asyncStream = c -> c.async().chat().stream(REQUEST, chunk -> { }).join();
    Function<DeepSeekClient, Object> raw = c -> c.raw().post("chat/completions", REQUEST);
    return Stream.of(Arguments.of("plain", plain), Arguments.of("stream", stream), Arguments.of("async", async),
        Arguments.of("async stream", asyncStream), Arguments.of("raw", raw));
  }

  @ParameterizedTest(name = "{0}: an error status is sent 1 + maxRetries times")
  @MethodSource("paths")
  void errorStatusIsSentOnePlusMaxRetriesTimes(String path, Function<DeepSeekClient, Object> call) {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(503)));

    Throwable e = assertThrows(RuntimeException.class, () -> call.apply(WireMockSupport.clientFor(server).build()));

    assertInstanceOf(ServerOverloadedException.class, e instanceof CompletionException ? e.getCause() : e);
    server.verify(3, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0}: a reset is sent 1 + maxRetries times")
  @MethodSource("paths")
  void connectionResetIsSentOnePlusMaxRetriesTimes(String path, Function<DeepSeekClient, Object> call) {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Throwable e = assertThrows(RuntimeException.class,
        () -> call.apply(WireMockSupport.clientFor(server).maxRetries(3).build()));

    assertInstanceOf(DeepSeekIoException.class, e instanceof CompletionException ? e.getCause() : e);
    server.verify(4, anyRequestedFor(anyUrl()));
  }

  @Test
  void streamOfKeepAlivesThenCloseIsSentOnePlusMaxRetriesTimes() {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(": keep-alive\n\n: keep-alive\n\n")));

    IncompleteStreamException e = assertThrows(IncompleteStreamException.class,
        () -> WireMockSupport.clientFor(server).maxRetries(2).build().chat().stream(REQUEST));

    assertTrue(e.getMessage().endsWith("stream ended after 0 chunks without a finish reason or [DONE]"), e.getMessage());
    server.verify(3, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "a stream read to its end ({0}) gives its connection back to the pool")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"[DONE]", "finish reason without [DONE]"})
  void aStreamReadToItsEndGivesItsConnectionBack(String end) {
    String body = Fixtures.read("streams/plain.sse");
    if (!end.equals("[DONE]")) {
      body = body.replace("data: [DONE]", "");
    }
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(body)));
    okhttp3.ConnectionPool pool = new okhttp3.ConnectionPool();
    DeepSeekClient client = WireMockSupport.clientFor(server)
        .okHttpClient(new okhttp3.OkHttpClient.Builder().connectionPool(pool).build()).build();

    for (int i = 0; i < 3; i++) {
      try (io.github.deepseekjava.streaming.ChunkStream<?> chunks = client.chat().stream(REQUEST)) {
        chunks.forEach(chunk -> { });
      }
      assertEquals(1, pool.idleConnectionCount(), "after stream " + (i + 1));
    }
    client.async().chat().stream(REQUEST, chunk -> { }).join();

    assertEquals(1, pool.connectionCount(), "every stream reused the one connection");
    assertEquals(1, pool.idleConnectionCount());
  }

  @Test
  void aPooledConnectionResetAfterTheRequestIsNotResentByOkHttp() throws Exception {
    try (RawSocketServer raw = new RawSocketServer((number, head, out) -> {
      if (number == 1) {
        RawSocketServer.writeResponse(out, 200, "application/json", Fixtures.read("seed/balance-response.json"));
        return RawSocketServer.Then.KEEP_OPEN; // the connection goes to the pool
      }
      return RawSocketServer.Then.CLOSE; // read the second request, then close without answering
    })) {
      DeepSeekClient client = DeepSeekClient.builder().apiKey("sk-test").baseUrl(raw.baseUrl()).maxRetries(0).build();
      client.balance().get();

      assertThrows(DeepSeekIoException.class, () -> client.balance().get());

      assertEquals(2, raw.requests().size(), "one request per call: " + raw.requests());
    }
  }

  @Test
  void aCallCancelledWhileQueuedIsNeverSent() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (RawSocketServer raw = new RawSocketServer((number, head, out) -> {
      await(release);
      RawSocketServer.writeResponse(out, 200, "application/json", Fixtures.read("seed/balance-response.json"));
      return RawSocketServer.Then.CLOSE;
    })) {
      DeepSeekClient client = DeepSeekClient.builder().apiKey("sk-test").baseUrl(raw.baseUrl())
          .maxConcurrentRequests(1).build();
      CompletableFuture<?> running = client.async().balance().get();
      CompletableFuture<?> queued = client.async().models().list();
      waitFor(() -> raw.requests().size() == 1);

      queued.cancel(true);
      release.countDown();
      running.join();
      client.async().balance().get().join(); // the thread is free again and the queue was drained

      assertTrue(queued.isCancelled());
      assertEquals(2, raw.requests().size());
      assertTrue(raw.requests().stream().noneMatch(r -> r.contains("/models")), raw.requests().toString());
    }
  }

  static Stream<Arguments> cancelMoments() {
    return Stream.of(
        Arguments.of("before headers", false, ""),
        Arguments.of("during keep-alives", true, ": keep-alive\n\n"),
        Arguments.of("mid-stream", true, CHUNK));
  }

  @ParameterizedTest(name = "cancelling an async stream {0} closes the connection within 1 s")
  @MethodSource("cancelMoments")
  void cancellingAtAnyMomentClosesTheConnectionPromptly(String moment, boolean sendHead, String beforeHold)
      throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    try (RawSocketServer raw = new RawSocketServer((number, head, out) -> {
      if (sendHead) {
        RawSocketServer.writeStreamHead(out);
        out.write(beforeHold.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      held.countDown();
      return RawSocketServer.Then.HOLD;
    })) {
      DeepSeekClient client = DeepSeekClient.builder().apiKey("sk-test").baseUrl(raw.baseUrl()).build();
      CountDownLatch firstChunk = new CountDownLatch(1);
      CompletableFuture<ChatCompletion> future = client.async().chat().stream(REQUEST, chunk -> firstChunk.countDown());
      assertTrue(held.await(5, TimeUnit.SECONDS));
      if (!beforeHold.startsWith(":") && sendHead) {
        assertTrue(firstChunk.await(5, TimeUnit.SECONDS));
      }
      Thread.sleep(100); // the client is now blocked reading

      long cancelledAt = System.nanoTime();
      future.cancel(true);
      Long closedAt = raw.awaitClientClose(5_000);

      assertNotNull(closedAt, "the server never saw the connection close");
      long millis = TimeUnit.NANOSECONDS.toMillis(closedAt - cancelledAt);
      assertTrue(millis < 1_000, moment + ": connection closed " + millis + " ms after cancel");
      assertEquals(1, raw.requests().size());
    }
  }

  @Test
  void anErrorThrownByAListenerCompletesTheFutureExceptionally() {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(Fixtures.read("streams/plain.sse"))));
    AssertionError thrown = new AssertionError("listener failed");

    CompletableFuture<ChatCompletion> future = WireMockSupport.clientFor(server).build().async().chat()
        .stream(REQUEST, chunk -> {
          throw thrown;
        });

    CompletionException e = assertThrows(CompletionException.class, future::join);
    assertSame(thrown, e.getCause());
  }

  @Test
  void sequentialAsyncCallsReuseAnIdleThread() {
    server.stubFor(get("/user/balance").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.read("seed/balance-response.json"))));
    DeepSeekClient client = WireMockSupport.clientFor(server).build();
    long before = asyncThreads();

    for (int i = 0; i < 40; i++) {
      client.async().balance().get().join();
    }

    long started = asyncThreads() - before;
    assertTrue(started <= 2, "40 sequential calls started " + started + " threads");
    client.close();
  }

  @Test
  void closeEndsTheClientsThreadsAndRefusesLaterCalls() throws Exception {
    server.stubFor(get("/user/balance").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.read("seed/balance-response.json"))));
    // The listener's onEnd runs on the thread that ran the call (the future's callbacks may not).
    java.util.Set<String> callThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    DeepSeekClient client = WireMockSupport.clientFor(server).maxConcurrentRequests(4)
        .listener(new DeepSeekListener() {
          @Override
          public void onEnd(CallEnded call) {
            callThreads.add(Thread.currentThread().getName());
          }
        }).build();
    CompletableFuture<?>[] calls = new CompletableFuture<?>[4];
    for (int i = 0; i < calls.length; i++) {
      calls[i] = client.async().balance().get();
    }
    CompletableFuture.allOf(calls).join();
    String some = callThreads.iterator().next();
    String name = some.substring(0, some.lastIndexOf(' ') + 1);
    assertTrue(callThreads.stream().allMatch(t -> t.startsWith(name) && t.matches(".* async \\d+")), callThreads::toString);

    client.close();
    waitFor(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith(name)));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.balance().get());
    assertEquals("the DeepSeekClient is closed", e.getMessage());
    CompletionException async = assertThrows(CompletionException.class, () -> client.async().balance().get().join());
    assertEquals("the DeepSeekClient is closed", async.getCause().getMessage());
  }

  private static long asyncThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("deepseek-java client "))
        .count();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.sleep(10);
    }
  }

}
