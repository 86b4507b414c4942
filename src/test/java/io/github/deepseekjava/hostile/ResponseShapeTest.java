package io.github.deepseekjava.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.StreamErrorException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.streaming.ChunkStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An {@code error} member in a stream (object or bare string, first or mid-stream) is a
 * {@link StreamErrorException}; a 2xx body missing a field the spec requires is a
 * {@link MalformedResponseException}. Neither is retried.
 */
class ResponseShapeTest {
  private static final String FIRST_CHUNK = "data: {\"id\":\"1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
      + "\"model\":\"deepseek-v4-flash\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";

  static Stream<Arguments> streamErrors() {
    return Stream.of(Calls.STREAM, Calls.ASYNC_STREAM).flatMap(call -> Stream.of(
        arguments(call, "", "{\"error\":\"a string\"}", "stream error: a string (HTTP 200)"),
        arguments(call, FIRST_CHUNK, "{\"error\":\"a string\"}", "stream error: a string (HTTP 200)"),
        arguments(call, "", "{\"error\":{\"message\":\"Server busy\",\"type\":\"server_error\"}}",
            "stream error: Server busy (HTTP 200, type server_error)"),
        arguments(call, FIRST_CHUNK, "{\"error\":{\"message\":\"Server busy\",\"type\":\"server_error\"}}",
            "stream error: Server busy (HTTP 200, type server_error)"),
        arguments(call, FIRST_CHUNK, "{\"error\":{}}", "stream error: {\"error\":{}} (HTTP 200)"),
        arguments(call, FIRST_CHUNK, "{\"id\":\"2\",\"error\":{\"message\":\"cut\"},\"choices\":[]}",
            "stream error: cut (HTTP 200)")));
  }

  @ParameterizedTest
  @MethodSource("streamErrors")
  void anErrorMemberInAStreamIsAStreamError(Calls call, String before, String data, String message)
      throws Exception {
    try (HostileServer server = HostileServer.start(Replies.sse(before + "data: " + data + "\n\n"))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).build());

      assertEquals(StreamErrorException.class, e.getClass());
      assertEquals(message, e.getMessage());
      assertEquals(data, e.getRawBody());
      assertEquals(200, e.getStatusCode());
      assertEquals(1, server.requests().size());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aJsonErrorAnsweringAStreamRequestIsAStreamError(Calls call) throws Exception {
    String body = "{\"error\":{\"message\":\"Server busy\",\"type\":\"server_error\"}}";
    try (HostileServer server = HostileServer.start(Replies.json(200, body))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).build());

      assertEquals(StreamErrorException.class, e.getClass());
      assertEquals("stream error: Server busy (HTTP 200, type server_error)", e.getMessage());
      assertEquals(body, e.getRawBody());
      assertEquals(1, server.requests().size());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void aJsonBodyAnsweringAStreamRequestIsMalformed(Calls call) throws Exception {
    String body = "{\"id\":\"1\",\"choices\":[]}";
    try (HostileServer server = HostileServer.start(Replies.json(200, body))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).build());

      assertEquals(MalformedResponseException.class, e.getClass());
      assertEquals("HTTP 200 with an application/json body where a text/event-stream was requested", e.getMessage());
      assertEquals(body, e.getRawBody());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void aNullErrorMemberIsNoError() throws Exception {
    String chunk = FIRST_CHUNK.replace("\"choices\"", "\"error\":null,\"choices\"");
    try (HostileServer server = HostileServer.start(Replies.sse(chunk + "data: [DONE]\n\n"));
        ChunkStream<ChatCompletionChunk> chunks = Calls.clientFor(server).build().chat().stream(Calls.request())) {
      List<String> contents = new ArrayList<>();
      chunks.forEach(c -> contents.add(c.getChoices().get(0).getDelta().getContent()));

      assertEquals(List.of("Hi"), contents);
    }
  }

  @Test
  void emptyChoicesAreAValidChatCompletion() throws Exception {
    try (HostileServer server = HostileServer.start(Replies.json(200, CHAT_NULL_CHOICES.replace("null", "[]")))) {
      ChatCompletion completion = Calls.clientFor(server).build().chat().create(Calls.request());

      assertEquals(List.of(), completion.getChoices());
    }
  }

  /** A 2xx body without a field the spec requires, for each operation, plain and async. */
  enum Operation {
    CHAT(client -> client.chat().create(Calls.request())),
    CHAT_ASYNC(client -> client.async().chat().create(Calls.request())),
    FIM(client -> client.fim().create("deepseek-v4-flash", "def f(", null)),
    FIM_ASYNC(client -> client.async().fim().create(
        new io.github.deepseekjava.model.FimCompletionRequest().model("deepseek-v4-flash").prompt("def f("))),
    MODELS(client -> client.models().list()),
    MODELS_ASYNC(client -> client.async().models().list()),
    BALANCE(client -> client.balance().get()),
    BALANCE_ASYNC(client -> client.async().balance().get());

    final Function<DeepSeekClient, Object> call;

    Operation(Function<DeepSeekClient, Object> call) {
      this.call = call;
    }

    DeepSeekException failure(DeepSeekClient client) {
      return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        try {
          Object result = call.apply(client);
          if (result instanceof java.util.concurrent.Future) {
            ((java.util.concurrent.Future<?>) result).get(5, TimeUnit.SECONDS);
          }
        } catch (DeepSeekException e) {
          return e;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof DeepSeekException) {
            return (DeepSeekException) e.getCause();
          }
          throw e;
        }
        return fail(name() + " succeeded");
      });
    }
  }

  private static final String CHAT_NULL_CHOICES =
      "{\"id\":\"1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"deepseek-v4-flash\",\"choices\":null}";
  private static final String FIM_NULL_CHOICES =
      "{\"id\":\"1\",\"object\":\"text_completion\",\"created\":1,\"model\":\"deepseek-v4-flash\",\"choices\":null}";

  static Stream<Arguments> bodiesMissingARequiredField() {
    return Stream.of(
        arguments(Operation.CHAT, "{}", "id"), arguments(Operation.CHAT_ASYNC, "{}", "id"),
        arguments(Operation.CHAT, CHAT_NULL_CHOICES, "choices"),
        arguments(Operation.CHAT_ASYNC, CHAT_NULL_CHOICES, "choices"),
        arguments(Operation.FIM, "{}", "id"), arguments(Operation.FIM_ASYNC, "{}", "id"),
        arguments(Operation.FIM, FIM_NULL_CHOICES, "choices"),
        arguments(Operation.FIM_ASYNC, FIM_NULL_CHOICES, "choices"),
        arguments(Operation.MODELS, "{}", "object"), arguments(Operation.MODELS_ASYNC, "{}", "object"),
        arguments(Operation.MODELS, "{\"object\":\"list\"}", "data"),
        arguments(Operation.MODELS_ASYNC, "{\"object\":\"list\"}", "data"));
  }

  @ParameterizedTest
  @MethodSource("bodiesMissingARequiredField")
  void aBodyMissingARequiredFieldIsMalformed(Operation operation, String body, String field) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.json(200, body))) {
      DeepSeekException e = operation.failure(Calls.clientFor(server).build());

      assertEquals(MalformedResponseException.class, e.getClass(), String.valueOf(e));
      assertEquals("HTTP 200 with a body without the required field \"" + field + "\"", e.getMessage());
      assertEquals(body, e.getRawBody());
      assertEquals(200, e.getStatusCode());
      assertEquals(1, server.requests().size(), "not retried");
    }
  }
}
