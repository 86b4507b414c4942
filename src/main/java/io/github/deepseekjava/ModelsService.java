package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.ModelsApi;
import io.github.deepseekjava.model.ModelList;

/** The models the account can use, {@code client.models()}. */
public final class ModelsService {
  private final Pipeline pipeline;
  private final ModelsApi api;

  ModelsService(Pipeline pipeline, ModelsApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** Lists the models. */
  public ModelList list() {
    return pipeline.execute(api.listModels());
  }
}
