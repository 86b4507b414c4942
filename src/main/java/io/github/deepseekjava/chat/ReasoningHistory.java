package io.github.deepseekjava.chat;

/**
 * Which {@code reasoning_content} of earlier assistant turns a {@link Conversation} sends back.
 * DeepSeek changed this rule between model generations.
 */
public enum ReasoningHistory {
  /**
   * Keep it on the assistant messages of turns (the messages between two user messages) that
   * involved tool calls, drop it elsewhere. Required by V3.2 and V4 thinking mode, which answer 400
   * when a tool-call turn lacks it. The default.
   */
  KEEP_FOR_TOOL_CALL_TURNS,
  /** Send every assistant message's reasoning back. */
  KEEP_ALL,
  /** Never send reasoning back: the R1-era rule, where sending it is a 400. */
  DROP_ALL
}
