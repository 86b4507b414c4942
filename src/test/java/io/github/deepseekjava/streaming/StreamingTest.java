package io.github.deepseekjava.streaming;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.Fixtures;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.RateLimitException;
import io.github.deepseekjava.errors.StreamErrorException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streaming against recorded-style DeepSeek transcripts, delivered in small chunks. */
class StreamingTest {
  private static final String TRACE_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static void serveStream(String path, String transcript) {
    server.stubFor(post(path).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream; charset=utf-8")
        .withHeader("x-ds-trace-id", TRACE_ID)
        .withBody(Fixtures.read("streams/" + transcript))
        .withChunkedDribbleDelay(25, 50)));
  }

  private static DeepSeekClient client() {
    return DeepSeekClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  private static ChatCompletionRequest request(String model) {
    return new ChatCompletionRequest().model(model).addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  }

  private static List<ChatCompletionChunk> readAll(DeepSeekClient client, ChatCompletionRequest request) {
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (ChunkStream<ChatCompletionChunk> stream = client.chat().stream(request)) {
      assertEquals(TRACE_ID, stream.traceId());
      stream.forEach(chunks::add);
    }
    return chunks;
  }

  private static ChatCompletion accumulate(List<ChatCompletionChunk> chunks) {
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    chunks.forEach(accumulator::add);
    return accumulator.result();
  }

  private static ChatCompletion nonStreamed(String resource) {
    return DeepSeekJson.gson().fromJson(Fixtures.read(resource), ChatCompletion.class);
  }

  @Test
  void plainStreamSendsStreamTrueAndAccumulatesToTheNonStreamedAnswer() {
    serveStream("/chat/completions", "plain.sse");
    ChatCompletionRequest request = request("deepseek-v4-flash");

    List<ChatCompletionChunk> chunks = readAll(client(), request);

    server.verify(postRequestedFor(urlEqualTo("/chat/completions"))
        .withHeader("Accept", equalTo("text/event-stream"))
        .withRequestBody(equalToJson("{\"model\":\"deepseek-v4-flash\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"stream\":true}")));
    assertNull(request.getStream(), "the caller's request object is left unchanged");
    assertEquals(11, chunks.size());
    assertEquals("assistant", chunks.get(0).getChoices().get(0).getDelta().getRole());
    assertEquals("Hello", chunks.get(1).getChoices().get(0).getDelta().getContent());
    assertEquals(nonStreamed("streams/plain.json"), accumulate(chunks));
  }

  @Test
  void usageArrivesOnTheFinishReasonChunk() {
    serveStream("/chat/completions", "plain.sse");

    List<ChatCompletionChunk> chunks = readAll(client(), request("deepseek-v4-flash"));

    ChatCompletionChunk last = chunks.get(chunks.size() - 1);
    assertEquals(FinishReason.STOP, last.getChoices().get(0).getFinishReason());
    assertEquals(19, last.getUsage().getTotalTokens());
    assertEquals(10, last.getUsage().getPromptCacheMissTokens());
    assertNull(chunks.get(chunks.size() - 2).getUsage());
  }

  @Test
  void thinkingStreamDeliversReasoningThenContent() {
    serveStream("/chat/completions", "thinking.sse");

    List<ChatCompletionChunk> chunks = readAll(client(), request("deepseek-v4-pro"));

    assertEquals("The user", chunks.get(1).getChoices().get(0).getDelta().getReasoningContent());
    assertNull(chunks.get(1).getChoices().get(0).getDelta().getContent());
    ChatCompletion completion = accumulate(chunks);
    assertEquals("The user asks for 9.11 vs 9.8. 9.8 is larger.", completion.getChoices().get(0).getMessage().getReasoningContent());
    assertEquals("9.8 is greater than 9.11.", completion.getChoices().get(0).getMessage().getContent());
    assertEquals(11, completion.getUsage().getCompletionTokensDetails().getReasoningTokens());
    assertEquals(nonStreamed("streams/thinking.json"), completion);
  }

  @Test
  void toolCallFragmentsWithRepeatedIdsMergeByIndex() {
    serveStream("/chat/completions", "tool-calls.sse");

    ChatCompletion completion = accumulate(readAll(client(), request("deepseek-v4-pro")));

    assertEquals(FinishReason.TOOL_CALLS, completion.getChoices().get(0).getFinishReason());
    assertEquals(2, completion.getChoices().get(0).getMessage().getToolCalls().size());
    assertEquals("call_00_9V0vrf86Pc9aelHCJMZqnJBo", completion.getChoices().get(0).getMessage().getToolCalls().get(0).getId());
    assertEquals("{\"location\":\"Beijing\",\"date\":\"tomorrow\"}",
        completion.getChoices().get(0).getMessage().getToolCalls().get(1).getFunction().getArguments());
    assertEquals(nonStreamed("streams/tool-calls.json"), completion);
  }

  @Test
  void keepAliveCommentsAndCrLfBeforeTheFirstChunkAreSkipped() {
    serveStream("/chat/completions", "keep-alive.sse");

    List<ChatCompletionChunk> chunks = readAll(client(), request("deepseek-v4-flash"));

    assertEquals(11, chunks.size());
    assertEquals("Hello! How can I help you today?", accumulate(chunks).getChoices().get(0).getMessage().getContent());
  }

  @Test
  void errorObjectMidStreamIsThrownAfterTheChunksBeforeIt() {
    serveStream("/chat/completions", "error-mid-stream.sse");
    List<ChatCompletionChunk> received = new ArrayList<>();

    StreamErrorException e = assertThrows(StreamErrorException.class, () -> {
      try (ChunkStream<ChatCompletionChunk> stream = client().chat().stream(request("deepseek-v4-flash"))) {
        stream.forEach(received::add);
      }
    });

    assertEquals(2, received.size());
    assertEquals("stream error: Server Overloaded (HTTP 200, type unknown_error, trace id " + TRACE_ID + ")", e.getMessage());
    assertEquals("Server Overloaded", e.getError().getMessage());
    assertEquals(TRACE_ID, e.getTraceId());
  }

  @Test
  void streamEndingWithoutFinishReasonOrDoneIsIncomplete() {
    serveStream("/chat/completions", "truncated.sse");

    IncompleteStreamException e = assertThrows(IncompleteStreamException.class,
        () -> readAll(client(), request("deepseek-v4-flash")));

    assertEquals("POST " + server.baseUrl() + "/chat/completions stream ended after 2 chunks without a finish reason or [DONE]"
        + " (trace id " + TRACE_ID + ")", e.getMessage());
  }

  @Test
  void connectionDroppedMidStreamIsAnIoException() throws Exception {
    String firstChunk = Fixtures.read("streams/plain.sse").split("\n\n")[0] + "\n\n";
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Thread serverThread = new Thread(() -> {
        try (Socket connection = socket.accept()) {
          connection.getInputStream().read(new byte[8192]);
          OutputStream out = connection.getOutputStream();
          byte[] body = firstChunk.getBytes(StandardCharsets.UTF_8);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
              + Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(body);
          out.write("\r\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
        } catch (IOException ignored) {
          // the client sees the dropped connection
        }
      });
      serverThread.start();
      DeepSeekClient client = DeepSeekClient.builder().apiKey("sk-test")
          .baseUrl("http://127.0.0.1:" + socket.getLocalPort()).build();
      List<ChatCompletionChunk> received = new ArrayList<>();

      DeepSeekIoException e = assertThrows(DeepSeekIoException.class, () -> {
        try (ChunkStream<ChatCompletionChunk> stream = client.chat().stream(request("deepseek-v4-flash"))) {
          stream.forEach(received::add);
        }
      });

      serverThread.join(TimeUnit.SECONDS.toMillis(5));
      assertEquals(1, received.size());
      assertEquals(DeepSeekIoException.class, e.getClass());
    }
  }

  @Test
  void errorStatusBeforeTheStreamIsMapped() {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(429)
        .withBody("{\"error\":{\"message\":\"Rate Limit Reached\",\"type\":\"invalid_request_error\"}}")));

    RateLimitException e = assertThrows(RateLimitException.class, () -> client().chat().stream(request("deepseek-v4-flash")));

    assertEquals("Rate Limit Reached (HTTP 429, type invalid_request_error)", e.getMessage());
  }

  @Test
  void javaStreamViewYieldsTheContentPieces() {
    serveStream("/chat/completions", "plain.sse");

    String text;
    try (java.util.stream.Stream<ChatCompletionChunk> chunks = client().chat().stream(request("deepseek-v4-flash")).stream()) {
      text = chunks.map(chunk -> chunk.getChoices().get(0).getDelta().getContent()).collect(Collectors.joining());
    }

    assertEquals("Hello! How can I help you today?", text);
  }

  @Test
  void streamCanBeIteratedOnlyOnce() {
    serveStream("/chat/completions", "plain.sse");
    try (ChunkStream<ChatCompletionChunk> stream = client().chat().stream(request("deepseek-v4-flash"))) {
      stream.iterator();
      IllegalStateException e = assertThrows(IllegalStateException.class, stream::iterator);
      assertEquals("a ChunkStream can be iterated only once", e.getMessage());
    }
  }

  @Test
  void asyncStreamCallsTheListenerInOrderAndCompletesWithTheAccumulatedAnswer() {
    serveStream("/chat/completions", "thinking.sse");
    List<ChatCompletionChunk> received = Collections.synchronizedList(new ArrayList<>());

    ChatCompletion completion = client().async().chat().stream(request("deepseek-v4-pro"), received::add).join();

    assertEquals(19, received.size());
    assertEquals(nonStreamed("streams/thinking.json"), completion);
  }

  @Test
  void asyncCallsRunOnDaemonThreadsSoAProgramCanExitWithoutClosingTheClient() {
    serveStream("/chat/completions", "plain.sse");
    List<Thread> listenerThreads = Collections.synchronizedList(new ArrayList<>());

    client().async().chat().stream(request("deepseek-v4-flash"), chunk -> listenerThreads.add(Thread.currentThread())).join();

    Thread thread = listenerThreads.get(0);
    assertTrue(thread.isDaemon(), thread.getName() + " is not a daemon thread");
    assertTrue(thread.getName().startsWith("deepseek-java client "), thread.getName());
  }

  @Test
  void asyncStreamFailureCompletesTheFutureExceptionally() {
    serveStream("/chat/completions", "error-mid-stream.sse");

    CompletionException e = assertThrows(CompletionException.class,
        () -> client().async().chat().stream(request("deepseek-v4-flash"), chunk -> { }).join());

    assertInstanceOf(StreamErrorException.class, e.getCause());
  }

  @Test
  void fimStreamGoesToBetaAndAccumulatesTheText() {
    serveStream("/beta/completions", "fim.sse");
    FimCompletionRequest request = new FimCompletionRequest().model("deepseek-v4-pro").prompt("def fib(n):\n").suffix("    return a\n");

    FimCompletionAccumulator accumulator = new FimCompletionAccumulator();
    try (ChunkStream<FimCompletion> stream = client().fim().stream(request)) {
      stream.forEach(accumulator::add);
    }

    server.verify(postRequestedFor(urlEqualTo("/beta/completions")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-v4-pro\",\"prompt\":\"def fib(n):\\n\",\"suffix\":\"    return a\\n\",\"stream\":true}")));
    FimCompletion completion = accumulator.result();
    assertEquals("    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b", completion.getChoices().get(0).getText());
    assertEquals(FinishReason.STOP, completion.getChoices().get(0).getFinishReason());
    assertEquals(33, completion.getUsage().getTotalTokens());
    assertEquals("text_completion", completion.getObject());
  }
}
