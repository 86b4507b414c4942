package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Chat completions without blocking, {@code client.async().chat()}. Invalid requests throw
 * {@link IllegalArgumentException} at once; every other failure completes the future exceptionally.
 * Cancelling a future cancels its HTTP call at any moment.
 */
public final class AsyncChatService {
  private final Pipeline pipeline;
  private final ChatService chat;

  AsyncChatService(Pipeline pipeline, ChatService chat) {
    this.pipeline = pipeline;
    this.chat = chat;
  }

  /** {@link ChatService#create(ChatCompletionRequest)} on the client's async threads. */
  public CompletableFuture<ChatCompletion> create(ChatCompletionRequest request) {
    return pipeline.executeAsync(chat.call(request, false));
  }

  /**
   * Streams a chat completion: each chunk goes to {@code onChunk} in order (on a client thread), and
   * the future completes with the accumulated completion after the last chunk.
   */
  public CompletableFuture<ChatCompletion> stream(ChatCompletionRequest request,
      Consumer<? super ChatCompletionChunk> onChunk) {
    Objects.requireNonNull(onChunk, "onChunk == null");
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    return pipeline.streamAsync(chat.call(request, true), ChatService.SHAPE, chunk -> {
      accumulator.add(chunk);
      onChunk.accept(chunk);
    }, accumulator::result);
  }
}
