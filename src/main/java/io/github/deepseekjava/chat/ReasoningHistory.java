package io.github.deepseekjava.chat;

/**
 * Which {@code reasoning_content} of earlier assistant turns a {@link Conversation} sends back.
 * DeepSeek changed this rule between model generations; {@link #KEEP_ALL_WHEN_TOOLS} is today's.
 */
public enum ReasoningHistory {
  /**
   * The default, DeepSeek's rule since its thinking-mode guide of 2026-09-29: when the request
   * declares {@code tools} (function or server tools), the reasoning of <em>every</em> earlier
   * assistant message is sent back, also of turns that made no tool call (else HTTP 400
   * {@code The reasoning_content in the thinking mode must be passed back to the API.}); without
   * tools DeepSeek ignores it, so only the reasoning of tool-call turns is kept, as by
   * {@link #KEEP_FOR_TOOL_CALL_TURNS}.
   */
  KEEP_ALL_WHEN_TOOLS,
  /**
   * Keep it on the assistant messages of turns (the messages between two user messages) that
   * involved tool calls, drop it elsewhere: the V3.2 and V4 rule until August 2026. Since
   * 2026-09-29 a request with tools fails with 400 under this rule once the history holds a
   * thinking-mode turn without tool calls.
   */
  KEEP_FOR_TOOL_CALL_TURNS,
  /** Send every assistant message's reasoning back, with or without tools. */
  KEEP_ALL,
  /** Never send reasoning back: the R1-era rule, where sending it is a 400. */
  DROP_ALL
}
