package io.github.deepseekjava.chat;

/**
 * Known DeepSeek model ids (late November 2026). {@code model} is an open string: any id DeepSeek
 * adds works without a new client version; an unknown one is answered with 400 {@code Model Not Exist}.
 */
public final class ModelIds {
  /** DeepSeek-V4.1-Flash (the 1017 snapshot since 2026-10-17): text and image input; the recommended model. */
  public static final String DEEPSEEK_FLASH = "deepseek-flash";
  /** DeepSeek-V4-Pro-0813: text only; kept "until further notice". */
  public static final String DEEPSEEK_V4_PRO = "deepseek-v4-pro";
  /** Legacy V4 Flash id, routed to {@link #DEEPSEEK_FLASH} since 2026-09-10; removal date not published. */
  public static final String DEEPSEEK_V4_FLASH = "deepseek-v4-flash";
  /** Legacy vision id, routed to {@link #DEEPSEEK_FLASH} since 2026-09-10; removal date not published. */
  public static final String DEEPSEEK_V4_FLASH_VISION_EXP = "deepseek-v4-flash-vision-exp";

  private ModelIds() {
  }
}
