package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatTool;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.FunctionDefinition;
import io.github.deepseekjava.model.ToolMessage;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.Stop;
import io.github.deepseekjava.model.support.UserContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid requests fail before any network call with a message naming the field. */
class RequestValidationTest {
  /** Fails the test if any request reaches the network. */
  private static final DeepSeekClient CLIENT = DeepSeekClient.builder().apiKey("sk-test")
      .okHttpClient(new OkHttpClient.Builder().addInterceptor(chain -> {
        throw new AssertionError("request reached the network: " + chain.request().url());
      }).build())
      .build();

  private static ChatCompletionRequest valid() {
    return new ChatCompletionRequest().model("deepseek-v4-flash")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  }

  private static Arguments chat(String message, Consumer<ChatCompletionRequest> change) {
    ChatCompletionRequest request = valid();
    change.accept(request);
    return Arguments.of(message, request);
  }

  static Stream<Arguments> invalidChatRequests() {
    List<String> seventeen = new ArrayList<>(Collections.nCopies(17, "x"));
    List<ChatTool> tooManyTools = new ArrayList<>();
    for (int i = 0; i < 129; i++) {
      tooManyTools.add(new ChatTool().function(new FunctionDefinition().name("f" + i)));
    }
    return Stream.of(
        chat("model is required", r -> r.model(null)),
        chat("model is required", r -> r.model(" ")),
        chat("messages must contain at least one message", r -> r.messages(null)),
        chat("messages must contain at least one message", r -> r.messages(new ArrayList<>())),
        chat("messages[1] is null", r -> r.addMessagesItem(null)),
        chat("messages[0].content is required for a user message", r -> r.getMessages().set(0, new UserMessage())),
        chat("temperature must be between 0 and 2, got 2.5", r -> r.temperature(2.5)),
        chat("temperature must be between 0 and 2, got -1", r -> r.temperature(-1.0)),
        chat("temperature must be between 0 and 2, got NaN", r -> r.temperature(Double.NaN)),
        chat("top_p must be between 0 and 1, got 1.1", r -> r.topP(1.1)),
        chat("frequency_penalty must be between -2 and 2, got 3", r -> r.frequencyPenalty(3.0)),
        chat("presence_penalty must be between -2 and 2, got -2.5", r -> r.presencePenalty(-2.5)),
        chat("max_tokens must be at least 1, got 0", r -> r.maxTokens(0)),
        chat("top_logprobs must be between 0 and 20, got 21", r -> r.logprobs(true).topLogprobs(21)),
        chat("top_logprobs requires logprobs to be true", r -> r.topLogprobs(5)),
        chat("stop allows at most 16 sequences, got 17", r -> r.stop(Stop.of(seventeen))),
        chat("tools allows at most 128 functions, got 129", r -> r.tools(tooManyTools)),
        chat("tools[0].function.name must match [a-zA-Z0-9_-]{1,64}, got \"get weather\"",
            r -> r.addToolsItem(new ChatTool().function(new FunctionDefinition().name("get weather")))),
        chat("tools[0].function.name must match [a-zA-Z0-9_-]{1,64}, got null",
            r -> r.addToolsItem(new ChatTool().function(new FunctionDefinition()))),
        chat("tools[0].function is required", r -> r.addToolsItem(new ChatTool())),
        chat("messages[1].tool_call_id is required for a tool message",
            r -> r.addMessagesItem(new ToolMessage().content(io.github.deepseekjava.model.support.UserContent.of("sunny")))),
        chat("messages[0].prefix is true but only the last message may be a prefix",
            r -> r.getMessages().add(0, new AssistantMessage().content("x").prefix(true))),
        chat("user_id must be 1 to 512 characters of [a-zA-Z0-9_-], got \"a b\"", r -> r.userId("a b")),
        chat("stream_options is only allowed when stream is true",
            r -> r.streamOptions(new io.github.deepseekjava.model.StreamOptions().includeUsage(true))),
        chat("stream must not be true for create(); use stream()", r -> r.stream(true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidChatRequests")
  void invalidChatRequestIsRejectedBeforeTheNetwork(String message, ChatCompletionRequest request) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLIENT.chat().create(request));
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> invalidFimRequests() {
    return Stream.of(
        Arguments.of("model is required", new FimCompletionRequest().prompt("x")),
        Arguments.of("prompt is required", new FimCompletionRequest().model("deepseek-v4-pro")),
        Arguments.of("logprobs must be between 0 and 20, got 21",
            new FimCompletionRequest().model("m").prompt("x").logprobs(21)),
        Arguments.of("max_tokens must be at least 1, got -5",
            new FimCompletionRequest().model("m").prompt("x").maxTokens(-5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFimRequests")
  void invalidFimRequestIsRejectedBeforeTheNetwork(String message, FimCompletionRequest request) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLIENT.fim().create(request));
    assertEquals(message, e.getMessage());
  }
}
