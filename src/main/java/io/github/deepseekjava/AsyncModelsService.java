package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.ModelsApi;
import io.github.deepseekjava.model.ModelList;
import java.util.concurrent.CompletableFuture;

/** The models without blocking, {@code client.async().models()}. */
public final class AsyncModelsService {
  private final Pipeline pipeline;
  private final ModelsApi api;

  AsyncModelsService(Pipeline pipeline, ModelsApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** {@link ModelsService#list()} on the client's async threads. */
  public CompletableFuture<ModelList> list() {
    return pipeline.executeAsync(api.listModels());
  }
}
