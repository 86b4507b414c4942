package io.github.deepseekjava;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A call that ended, as a {@link DeepSeekListener} sees it. Times are measured from the start of
 * the call, so they include earlier attempts and backoffs. Immutable.
 */
public final class CallEnded {
  private final CallStarted call;
  private final int attempts;
  private final Integer status;
  private final String traceId;
  private final Duration timeToHeaders;
  private final Duration timeToFirstChunk;
  private final Duration duration;
  private final TokenUsage usage;
  private final List<String> finishReasons;
  private final String responseModel;
  private final String responseId;
  private final Throwable error;

  /** Made by the client; public so that listeners can be tested with hand-made events. */
  public CallEnded(CallStarted call, int attempts, Integer status, String traceId, Duration timeToHeaders,
      Duration timeToFirstChunk, Duration duration, TokenUsage usage, List<String> finishReasons,
      String responseModel, String responseId, Throwable error) {
    this.call = call;
    this.attempts = attempts;
    this.status = status;
    this.traceId = traceId;
    this.timeToHeaders = timeToHeaders;
    this.timeToFirstChunk = timeToFirstChunk;
    this.duration = duration;
    this.usage = usage;
    this.finishReasons = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(finishReasons));
    this.responseModel = responseModel;
    this.responseId = responseId;
    this.error = error;
  }

  /** The start of this call, the same object {@link DeepSeekListener#onStart} received. */
  public CallStarted started() {
    return call;
  }

  /** The operation id; see {@link CallStarted#operation()}. */
  public String operation() {
    return call.operation();
  }

  /** The requested model, or null. */
  public String model() {
    return call.model();
  }

  /** Whether the call was a stream. */
  public boolean streaming() {
    return call.streaming();
  }

  /** When the call started (wall clock). */
  public Instant startTime() {
    return call.startTime();
  }

  /** Attempts made: 1 without retries. */
  public int attempts() {
    return attempts;
  }

  /** HTTP status of the last response, or null when no response arrived (connection failure, timeout). */
  public Integer status() {
    return status;
  }

  /** DeepSeek's {@code x-ds-trace-id} of the last response, or null. */
  public String traceId() {
    return traceId;
  }

  /** From the start of the call to the headers of the last response, or null when none arrived. */
  public Duration timeToHeaders() {
    return timeToHeaders;
  }

  /** Streams: from the start of the call to the first chunk; null for other calls or when no chunk arrived. */
  public Duration timeToFirstChunk() {
    return timeToFirstChunk;
  }

  /** From the start of the call to its end (a stream: until it finished, failed or was closed). */
  public Duration duration() {
    return duration;
  }

  /** Token counts, or null when the response carried none (a failure, a stream closed early, a model list). */
  public TokenUsage usage() {
    return usage;
  }

  /** The finish reason of each choice ({@code stop}, {@code length}, {@code tool_calls}...), empty when none. */
  public List<String> finishReasons() {
    return finishReasons;
  }

  /** The model named by the response, or null. */
  public String responseModel() {
    return responseModel;
  }

  /** The completion id of the response, or null. */
  public String responseId() {
    return responseId;
  }

  /**
   * Why the call failed, usually a {@link io.github.deepseekjava.errors.DeepSeekException}; null when
   * it succeeded (a stream closed before its end also ends without an error).
   */
  public Throwable error() {
    return error;
  }

  @Override
  public String toString() {
    return "CallEnded{operation=" + operation() + ", model=" + model() + ", attempts=" + attempts + ", status="
        + status + ", traceId=" + traceId + ", duration=" + duration + ", usage=" + usage + ", finishReasons="
        + finishReasons + ", error=" + (error == null ? null : error.getClass().getSimpleName()) + "}";
  }
}
