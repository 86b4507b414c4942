package io.github.deepseekjava;

import java.time.Instant;

/** A call starting, as a {@link DeepSeekListener} sees it. Immutable. */
public final class CallStarted {
  private final String operation;
  private final String model;
  private final boolean streaming;
  private final Instant startTime;

  /**
   * @param operation the operation id, or null for a raw call
   * @param model the requested model, or null
   */
  public CallStarted(String operation, String model, boolean streaming, Instant startTime) {
    this.operation = operation;
    this.model = model;
    this.streaming = streaming;
    this.startTime = startTime;
  }

  /**
   * The operation id of the API spec, such as {@code createChatCompletion},
   * {@code createBetaChatCompletion}, {@code createFimCompletion}, {@code listModels} or
   * {@code getUserBalance}; null for a call made through {@link DeepSeekClient#raw()}.
   */
  public String operation() {
    return operation;
  }

  /** The model the request names, or null (requests without a model, raw calls). */
  public String model() {
    return model;
  }

  /** Whether the call is a stream. */
  public boolean streaming() {
    return streaming;
  }

  /** When the call started (wall clock). */
  public Instant startTime() {
    return startTime;
  }

  @Override
  public String toString() {
    return "CallStarted{operation=" + operation + ", model=" + model + ", streaming=" + streaming + "}";
  }
}
