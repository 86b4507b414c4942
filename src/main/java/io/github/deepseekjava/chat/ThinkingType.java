package io.github.deepseekjava.chat;

/**
 * Known values of {@code thinking.type}, e.g. {@code new ThinkingOptions().type(ThinkingType.DISABLED)}.
 * An open string; thinking is on by default since V4. {@code reasoning_effort}
 * {@link ReasoningEffort#NONE} also turns it off.
 */
public final class ThinkingType {
  /** Thinking mode on (the server default). */
  public static final String ENABLED = "enabled";
  /** Thinking mode off. */
  public static final String DISABLED = "disabled";

  private ThinkingType() {
  }
}
