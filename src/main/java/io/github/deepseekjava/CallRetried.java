package io.github.deepseekjava;

import io.github.deepseekjava.errors.DeepSeekException;

/** An attempt that failed and is retried, as a {@link DeepSeekListener} sees it. Immutable. */
public final class CallRetried {
  private final String operation;
  private final String model;
  private final int attempt;
  private final DeepSeekException reason;

  /**
   * @param attempt the number of the attempt about to start (2 for the first retry)
   * @param reason why the previous attempt failed
   */
  public CallRetried(String operation, String model, int attempt, DeepSeekException reason) {
    this.operation = operation;
    this.model = model;
    this.attempt = attempt;
    this.reason = reason;
  }

  /** The operation id; see {@link CallStarted#operation()}. */
  public String operation() {
    return operation;
  }

  /** The requested model, or null. */
  public String model() {
    return model;
  }

  /** The number of the attempt about to start: 2 for the first retry. */
  public int attempt() {
    return attempt;
  }

  /**
   * Why the previous attempt failed, such as a {@link io.github.deepseekjava.errors.RateLimitException}
   * (its {@code getStatusCode()} and {@code getTraceId()} tell the response) or a
   * {@link io.github.deepseekjava.errors.DeepSeekIoException}.
   */
  public DeepSeekException reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "CallRetried{operation=" + operation + ", attempt=" + attempt + ", reason=" + reason + "}";
  }
}
