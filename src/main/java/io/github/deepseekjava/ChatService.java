package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.StreamShape;
import io.github.deepseekjava.internal.api.ChatApi;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionChunkChoice;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import io.github.deepseekjava.streaming.ChunkStream;
import java.util.Objects;
import retrofit2.Call;

/**
 * Chat completions, {@code client.chat()}. Requests that need DeepSeek's beta endpoint (the last
 * message an assistant {@code prefix}, or a {@code strict} tool) go to {@code /beta/chat/completions}.
 *
 * <pre>{@code
 * ChatCompletion answer = client.chat().create(request);
 * try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request)) { ... }
 * }</pre>
 */
public final class ChatService {
  private final Pipeline pipeline;
  private final ChatApi api;

  ChatService(Pipeline pipeline, ChatApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /**
   * Creates a chat completion. {@code stream} must not be true; use {@link #stream} for that.
   *
   * @throws IllegalArgumentException naming the field when the request is invalid (before any network call)
   * @throws io.github.deepseekjava.errors.DeepSeekException when the call fails
   */
  public ChatCompletion create(ChatCompletionRequest request) {
    return pipeline.execute(call(request, false));
  }

  /** Sends one user message to {@code model} and returns the completion. */
  public ChatCompletion create(String model, String userMessage) {
    return create(new ChatCompletionRequest().model(model).addMessagesItem(
        new UserMessage().content(UserContent.of(Objects.requireNonNull(userMessage, "userMessage == null")))));
  }

  /**
   * Streams a chat completion; it returns once the first chunk arrived (failures before it are
   * retried). Close the stream (try-with-resources) to cancel early. {@code "stream": true} is sent
   * without changing {@code request}. {@link ChatCompletionAccumulator} builds the whole answer.
   */
  public ChunkStream<ChatCompletionChunk> stream(ChatCompletionRequest request) {
    return pipeline.stream(call(request, true), SHAPE);
  }

  /** Validates {@code request} and picks the generated operation for it. */
  Call<ChatCompletion> call(ChatCompletionRequest request, boolean streaming) {
    Objects.requireNonNull(request, "request == null");
    RequestValidation.validateChat(request, streaming);
    if (!streaming && Boolean.TRUE.equals(request.getStream())) {
      throw new IllegalArgumentException("stream must not be true for create(); use stream()");
    }
    return BetaRouting.needsBeta(request) ? api.createBetaChatCompletion(request) : api.createChatCompletion(request);
  }

  static final StreamShape<ChatCompletionChunk> SHAPE = StreamShape.completions(ChatCompletionChunk.class, ChatService::hasFinishReason);

  private static boolean hasFinishReason(ChatCompletionChunk chunk) {
    if (chunk.getChoices() != null) {
      for (ChatCompletionChunkChoice choice : chunk.getChoices()) {
        if (choice.getFinishReason() != null) {
          return true;
        }
      }
    }
    return false;
  }
}
