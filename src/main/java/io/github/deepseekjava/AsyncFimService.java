package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.streaming.FimCompletionAccumulator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** FIM completions without blocking, {@code client.async().fim()}; see {@link AsyncChatService}. */
public final class AsyncFimService {
  private final Pipeline pipeline;
  private final FimService fim;

  AsyncFimService(Pipeline pipeline, FimService fim) {
    this.pipeline = pipeline;
    this.fim = fim;
  }

  /** {@link FimService#create(FimCompletionRequest)} on the client's async threads. */
  public CompletableFuture<FimCompletion> create(FimCompletionRequest request) {
    return pipeline.executeAsync(fim.call(request, false));
  }

  /** Streams a FIM completion to {@code onChunk}; the future completes with the accumulated completion. */
  public CompletableFuture<FimCompletion> stream(FimCompletionRequest request, Consumer<? super FimCompletion> onChunk) {
    Objects.requireNonNull(onChunk, "onChunk == null");
    FimCompletionAccumulator accumulator = new FimCompletionAccumulator();
    return pipeline.streamAsync(fim.call(request, true), FimService.SHAPE, chunk -> {
      accumulator.add(chunk);
      onChunk.accept(chunk);
    }, accumulator::result);
  }
}
