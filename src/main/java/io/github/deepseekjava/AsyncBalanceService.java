package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.UserApi;
import io.github.deepseekjava.model.UserBalance;
import java.util.concurrent.CompletableFuture;

/** The balance without blocking, {@code client.async().balance()}. */
public final class AsyncBalanceService {
  private final Pipeline pipeline;
  private final UserApi api;

  AsyncBalanceService(Pipeline pipeline, UserApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** {@link BalanceService#get()} on the client's async threads. */
  public CompletableFuture<UserBalance> get() {
    return pipeline.executeAsync(api.getUserBalance());
  }
}
