package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.UserApi;
import io.github.deepseekjava.model.UserBalance;

/** The account balance, {@code client.balance()}. */
public final class BalanceService {
  private final Pipeline pipeline;
  private final UserApi api;

  BalanceService(Pipeline pipeline, UserApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** The balance, one row per currency. */
  public UserBalance get() {
    return pipeline.execute(api.getUserBalance());
  }
}
