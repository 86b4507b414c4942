package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpServer;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by 64 threads: every call ends in its answer or its typed exception, none lost. */
class ConcurrencyTest {
  private static final int THREADS = 64;
  private static final int CALLS = 3_200;

  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  @Test
  void sharedClientAccountsForEveryCallUnderLoadWithFaults() throws Exception {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));
    server.stubFor(post("/chat/completions").withRequestBody(containing("fault-503"))
        .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"Server Overloaded\"}}")));
    server.stubFor(post("/chat/completions").withRequestBody(containing("fault-reset"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post("/chat/completions").withRequestBody(containing("fault-empty"))
        .willReturn(aResponse().withStatus(200).withBody("\n")));
    ConnectionPool pool = new ConnectionPool();
    DeepSeekClient client = WireMockSupport.clientFor(server).maxRetries(0)
        .okHttpClient(new OkHttpClient.Builder().connectionPool(pool).build()).build();
    String[] kinds = {"ok", "ok", "ok", "ok", "ok", "ok", "ok", "fault-503", "fault-reset", "fault-empty"};
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> calls = new ArrayList<>();

    for (int i = 0; i < CALLS; i++) {
      String kind = kinds[i % kinds.length];
      ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-flash")
          .addMessagesItem(new UserMessage().content(UserContent.of(kind + " #" + i)));
      calls.add(threads.submit(() -> outcomes.computeIfAbsent(kind + " -> " + outcome(client, request),
          k -> new AtomicInteger()).incrementAndGet()));
    }
    for (Future<?> call : calls) {
      call.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    Map<String, Integer> counts = new java.util.TreeMap<>();
    outcomes.forEach((key, value) -> counts.put(key, value.get()));
    assertEquals(Map.of(
        "ok -> answer", 2_240,
        "fault-503 -> " + ServerOverloadedException.class.getSimpleName(), 320,
        "fault-reset -> " + DeepSeekIoException.class.getSimpleName(), 320,
        "fault-empty -> " + MalformedResponseException.class.getSimpleName(), 320), counts);
  }

  @Test
  void oneRequestObjectSharedByStreamingAndPlainCallsOnTwoThreadsKeepsEachCallsStreamFlag() throws Exception {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));
    server.stubFor(post("/chat/completions").withRequestBody(containing("\"stream\":true"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(Fixtures.read("streams/plain.sse"))));
    DeepSeekClient client = WireMockSupport.clientFor(server).maxRetries(0).build();
    ChatCompletionRequest shared = new ChatCompletionRequest().model("deepseek-v4-flash")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
    int rounds = 200;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    Future<Integer> streamed = threads.submit(() -> {
      int answers = 0;
      for (int i = 0; i < rounds; i++) {
        answers += client.chat().stream(shared).stream().anyMatch(chunk -> chunk.getUsage() != null) ? 1 : 0;
      }
      return answers;
    });
    Future<Integer> plain = threads.submit(() -> {
      int answers = 0;
      for (int i = 0; i < rounds; i++) {
        answers += outcome(client, shared).equals("answer") ? 1 : 0;
      }
      return answers;
    });

    assertEquals(rounds, streamed.get(60, TimeUnit.SECONDS));
    assertEquals(rounds, plain.get(60, TimeUnit.SECONDS));
    threads.shutdown();
    assertNull(shared.getStream());
  }

  @Test
  void asyncCallsBeyondTheLimitWaitInsteadOfStartingMoreThreads() throws Exception {
    AtomicInteger arrived = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    byte[] answer = Fixtures.read("seed/chat-response.json").getBytes(StandardCharsets.UTF_8);
    HttpServer held = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService handlers = Executors.newCachedThreadPool();
    held.setExecutor(handlers);
    held.createContext("/", exchange -> {
      arrived.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    held.start();
    try {
      DeepSeekClient client = DeepSeekClient.builder().apiKey(WireMockSupport.API_KEY)
          .baseUrl("http://127.0.0.1:" + held.getAddress().getPort()).maxConcurrentRequests(2).build();
      List<CompletableFuture<ChatCompletion>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(client.async().chat().create(new ChatCompletionRequest().model("deepseek-v4-flash")
            .addMessagesItem(new UserMessage().content(UserContent.of("call " + i)))));
      }

      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (arrived.get() < 2 && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      Thread.sleep(300); // room for a third request to arrive, were it not held back
      assertEquals(2, arrived.get(), "requests running while two are held");
      release.countDown();
      for (CompletableFuture<ChatCompletion> call : calls) {
        assertEquals("bac6eb88-1766-49c2-bf23-9eab31024ea6", call.get(10, TimeUnit.SECONDS).getId());
      }
      assertEquals(3, arrived.get());
    } finally {
      held.stop(0);
      handlers.shutdownNow();
    }
  }

  private static String outcome(DeepSeekClient client, ChatCompletionRequest request) {
    try {
      ChatCompletion completion = client.chat().create(request);
      return "bac6eb88-1766-49c2-bf23-9eab31024ea6".equals(completion.getId()) ? "answer" : "wrong answer";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }
}
