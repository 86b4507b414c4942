package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.streaming.ResponseAccumulator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The Responses API without blocking, {@code client.async().responses()}. Invalid requests throw
 * {@link IllegalArgumentException} at once; every other failure completes the future exceptionally.
 * Cancelling a future cancels its HTTP call at any moment.
 */
public final class AsyncResponsesService {
  private final Pipeline pipeline;
  private final ResponsesService responses;

  AsyncResponsesService(Pipeline pipeline, ResponsesService responses) {
    this.pipeline = pipeline;
    this.responses = responses;
  }

  /** {@link ResponsesService#create(CreateResponseRequest)} on the client's async threads. */
  public CompletableFuture<Response> create(CreateResponseRequest request) {
    return pipeline.executeAsync(responses.call(request, false));
  }

  /**
   * Streams a response: each event goes to {@code onEvent} in order (on a client thread), and the
   * future completes with the accumulated response after the terminal event, or exceptionally
   * (e.g. {@link io.github.deepseekjava.errors.ResponseFailedException}).
   */
  public CompletableFuture<Response> stream(CreateResponseRequest request, Consumer<? super ResponseStreamEvent> onEvent) {
    Objects.requireNonNull(onEvent, "onEvent == null");
    ResponseAccumulator accumulator = new ResponseAccumulator();
    return pipeline.streamAsync(responses.call(request, true), ResponsesService.SHAPE, event -> {
      accumulator.add(event);
      onEvent.accept(event);
    }, accumulator::result);
  }
}
