package io.github.deepseekjava.chat;

/**
 * Values of {@code safety_check.level} (2026-11), e.g.
 * {@code request.safetyCheck(new SafetyCheck().level(SafetyLevel.HIGH))}. A failed review answers
 * 400 {@code Content Exists Risk} or ends the answer with a refusal.
 */
public final class SafetyLevel {
  /** DeepSeek's default checks, the same as sending no {@code safety_check}. */
  public static final String LOW = "low";
  /**
   * Basic risk control: the output is reviewed once more after the last token before the response
   * ends, so treat streamed text as final only at the end. Without web tools, {@code tool_choice}
   * must then be {@code auto} or {@code none}.
   */
  public static final String HIGH = "high";

  private SafetyLevel() {
  }
}
