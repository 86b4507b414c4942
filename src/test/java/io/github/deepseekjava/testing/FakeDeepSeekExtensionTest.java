package io.github.deepseekjava.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.RequestOptions;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ResponseItems;
import io.github.deepseekjava.errors.ResponseFailedException;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.streaming.ResponseAccumulator;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.InsufficientBalanceException;
import io.github.deepseekjava.errors.InvalidParametersException;
import io.github.deepseekjava.errors.RateLimitException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public test kit, used the way a downstream project would. */
class FakeDeepSeekExtensionTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  private static ChatCompletionRequest request(boolean thinking) {
    return new ChatCompletionRequest().model(thinking ? "deepseek-v4-pro" : "deepseek-v4-flash")
        .addMessagesItem(Messages.user("Hi"));
  }

  private static ChatCompletion streamAndAccumulate(DeepSeekClient client, ChatCompletionRequest request) {
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request)) {
      chunks.forEach(accumulator::add);
    }
    return accumulator.result();
  }

  @Test
  void cannedAnswersWorkWithoutScripting() {
    DeepSeekClient client = deepseek.client();

    assertEquals("Hello from the fake DeepSeek.", client.chat().create("deepseek-v4-flash", "Hi").getChoices().get(0).getMessage().getContent());
    assertEquals("Hello from the fake DeepSeek.", streamAndAccumulate(client, request(false)).getChoices().get(0).getMessage().getContent());
    assertEquals(List.of("deepseek-v4-flash", "deepseek-v4-pro"),
        client.models().list().getData().stream().map(m -> m.getId()).collect(java.util.stream.Collectors.toList()));
    assertEquals("110.00", client.balance().get().getBalanceInfos().get(0).getTotalBalance().toPlainString());
    assertEquals("    return a + b\n", client.fim().create("deepseek-v4-pro", "def add(a, b):\n", null).getChoices().get(0).getText());
    assertEquals("/beta/completions", deepseek.server().requests().get(4).path());
    assertEquals("Bearer " + FakeDeepSeekServer.FAKE_API_KEY, deepseek.server().requests().get(0).header("Authorization"));
  }

  @Test
  void responsesAnswersAreCannedAndScriptable() {
    DeepSeekClient client = deepseek.client();
    assertEquals("Hello from the fake DeepSeek.", ResponseItems.outputText(client.responses().create("deepseek-flash", "Hi")));
    deepseek.server().enqueue(Endpoint.RESPONSES, ResponsesAnswers.reasoningStream(List.of("Think", "ing."), List.of("An", "swer")))
        .enqueue(Endpoint.RESPONSES, ResponsesAnswers.functionCallStream("get_weather", "{\"city\":", "\"Lima\"}"))
        .enqueue(Endpoint.RESPONSES, ResponsesAnswers.failedStream("server_error", "Boom").withKeepAlives(2));

    Response reasoning = streamResponse(client);
    assertEquals("Thinking.", ResponseItems.reasoningText(reasoning));
    assertEquals("Answer", ResponseItems.outputText(reasoning));
    assertEquals("{\"city\":\"Lima\"}", ResponseItems.functionCalls(streamResponse(client)).get(0).getArguments());
    assertEquals("response failed: Boom (code server_error) (response resp_fake_0001)",
        assertThrows(ResponseFailedException.class, () -> streamResponse(client)).getMessage());
    assertEquals("Hello from the fake DeepSeek.", ResponseItems.outputText(streamResponse(client)));
    assertEquals("/responses", deepseek.server().requests().get(1).path());
    assertTrue(deepseek.server().requests().get(1).body().contains("\"stream\":true"));
  }

  private static Response streamResponse(DeepSeekClient client) {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    try (ChunkStream<ResponseStreamEvent> events = client.responses().stream(new CreateResponseRequest()
        .model("deepseek-flash").input(ResponseInput.of("Hi")))) {
      events.forEach(accumulator::add);
    }
    assertTrue(accumulator.isComplete());
    return accumulator.result();
  }

  @Test
  void scriptedThinkingStreamWithKeepAlivesAccumulates() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.thinkingStream(List.of("Compare ", "decimals."), List.of("9.8", " is larger."))
        .withKeepAlives(3));

    ChatCompletion answer = streamAndAccumulate(deepseek.client(), request(true));

    assertEquals("Compare decimals.", answer.getChoices().get(0).getMessage().getReasoningContent());
    assertEquals("9.8 is larger.", answer.getChoices().get(0).getMessage().getContent());
    assertEquals(41, answer.getUsage().getTotalTokens());
    assertEquals(true, deepseek.server().requests().get(0).bodyJson().getAsJsonObject().get("stream").getAsBoolean());
  }

  @Test
  void scriptedToolCallStreamMergesFragments() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.toolCallStream("get_weather", "{\"city\":", "\"Hangzhou\"}"));

    ChatCompletion answer = streamAndAccumulate(deepseek.client(), request(false));

    assertEquals(FinishReason.TOOL_CALLS, answer.getChoices().get(0).getFinishReason());
    assertEquals("get_weather", answer.getChoices().get(0).getMessage().getToolCalls().get(0).getFunction().getName());
    assertEquals("{\"city\":\"Hangzhou\"}", answer.getChoices().get(0).getMessage().getToolCalls().get(0).getFunction().getArguments());
  }

  @Test
  void scriptedErrorsCarryDeepSeeksBody() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.error(402, "Insufficient Balance"));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.text(422, "Failed to deserialize the JSON body"));

    InsufficientBalanceException balance = assertThrows(InsufficientBalanceException.class,
        () -> deepseek.client().chat().create("deepseek-v4-flash", "Hi"));
    InvalidParametersException invalid = assertThrows(InvalidParametersException.class,
        () -> deepseek.client().chat().create("deepseek-v4-flash", "Hi"));

    assertEquals("Insufficient Balance (HTTP 402, type unknown_error, trace id " + FakeDeepSeekServer.TRACE_ID + ")", balance.getMessage());
    assertEquals("Failed to deserialize the JSON body (HTTP 422, trace id " + FakeDeepSeekServer.TRACE_ID + ")", invalid.getMessage());
  }

  @Test
  void retryAfterAndBlankLinesBeforeJsonAreServed() {
    deepseek.server().enqueue(Endpoint.BALANCE, FakeResponse.error(429, "Rate Limit Reached").withRetryAfter(0));
    deepseek.server().enqueue(Endpoint.BALANCE, FakeResponse.balance("USD", "3.50").withKeepAlives(5));
    DeepSeekClient retrying = deepseek.server().clientBuilder().build();

    assertEquals("3.50", retrying.balance().get().getBalanceInfos().get(0).getTotalBalance().toPlainString());
    assertEquals(2, deepseek.server().requests().size());

    deepseek.server().enqueue(Endpoint.BALANCE, FakeResponse.error(429, "Rate Limit Reached").withRetryAfter(0));
    assertThrows(RateLimitException.class, () -> deepseek.client().balance().get());
  }

  @Test
  void delaysAndCutStreamsExerciseTimeoutsAndFailures() {
    deepseek.server().enqueue(Endpoint.MODELS, FakeResponse.models("m").withDelay(Duration.ofSeconds(2)));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatStream("Hel", "lo").cutAfter(2));

    assertThrows(DeepSeekTimeoutException.class, () -> deepseek.client()
        .withOptions(RequestOptions.builder().readTimeout(Duration.ofMillis(200)).build()).models().list());
    IncompleteStreamException cut = assertThrows(IncompleteStreamException.class, () -> {
      try (ChunkStream<ChatCompletionChunk> chunks = deepseek.client().chat().stream(request(false))) {
        chunks.forEach(chunk -> { });
      }
    });
    assertTrue(cut.getMessage().contains("stream ended after 2 chunks"), cut.getMessage());
  }

  private static List<FimCompletion> fimStream(DeepSeekClient client) {
    List<FimCompletion> chunks = new ArrayList<>();
    try (ChunkStream<FimCompletion> stream = client.fim().stream(new FimCompletionRequest().model("deepseek-v4-pro")
        .prompt("def add(a, b):\n"))) {
      stream.forEach(chunks::add);
    }
    return chunks;
  }

  @Test
  void fimStreamsByDefaultWhenTheRequestAsksForAStream() {
    List<FimCompletion> chunks = fimStream(deepseek.client());

    assertEquals(List.of("    return a", " + b\n", ""),
        chunks.stream().map(c -> c.getChoices().get(0).getText()).collect(java.util.stream.Collectors.toList()));
    assertEquals(FinishReason.STOP, chunks.get(2).getChoices().get(0).getFinishReason());
    assertEquals(17, chunks.get(2).getUsage().getCompletionTokens());
    assertEquals("/beta/completions", deepseek.server().requests().get(0).path());
    assertTrue(deepseek.server().requests().get(0).body().contains("\"stream\":true"), deepseek.server().requests().get(0).body());
  }

  @Test
  void scriptedFimStreamIsServedInOrder() {
    deepseek.server().enqueue(Endpoint.FIM, FakeResponse.fimStream("x", "y"));

    List<FimCompletion> chunks = fimStream(deepseek.client());

    assertEquals(List.of("x", "y", ""),
        chunks.stream().map(c -> c.getChoices().get(0).getText()).collect(java.util.stream.Collectors.toList()));
    assertEquals("text_completion", chunks.get(0).getObject());
  }
}
