package io.github.deepseekjava.chat;

/**
 * Known values of {@code reasoning_effort} (DeepSeek's reference of 2026-09-29). An open string: the
 * server also maps {@code minimal} to {@code low}, {@code medium} and {@code xhigh} to {@code high},
 * and {@code ultra} to {@code max}. {@code GET /models} lists the levels a model supports.
 */
public final class ReasoningEffort {
  /** Turns thinking mode off. */
  public static final String NONE = "none";
  /** Shallow thinking. */
  public static final String LOW = "low";
  /** The server default in thinking mode. */
  public static final String HIGH = "high";
  /** Deepest thinking; {@code max_tokens} then defaults to 128K. */
  public static final String MAX = "max";

  private ReasoningEffort() {
  }
}
