package io.github.deepseekjava.streaming;

/**
 * The documented {@code type}s of Responses stream events ({@code ResponseStreamEvent.getType()},
 * also the SSE {@code event} name). Events of other types arrive as
 * {@link io.github.deepseekjava.model.support.UnknownResponseEvent}.
 */
public final class ResponseEventTypes {
  /** The first event; its response has status {@code in_progress}. */
  public static final String CREATED = "response.created";
  /** The response is being generated. */
  public static final String IN_PROGRESS = "response.in_progress";
  /** Terminal: the whole response, status {@code completed}. */
  public static final String COMPLETED = "response.completed";
  /** Terminal: the whole response, status {@code incomplete} (see {@code incomplete_details}). */
  public static final String INCOMPLETE = "response.incomplete";
  /** Terminal: the response failed; thrown as {@link io.github.deepseekjava.errors.ResponseFailedException}. */
  public static final String FAILED = "response.failed";
  /** An output item starts ({@code ResponseOutputItemEvent}). */
  public static final String OUTPUT_ITEM_ADDED = "response.output_item.added";
  /** An output item is finished ({@code ResponseOutputItemEvent}). */
  public static final String OUTPUT_ITEM_DONE = "response.output_item.done";
  /** A content part starts ({@code ResponseContentPartEvent}). */
  public static final String CONTENT_PART_ADDED = "response.content_part.added";
  /** A content part is finished ({@code ResponseContentPartEvent}). */
  public static final String CONTENT_PART_DONE = "response.content_part.done";
  /** A piece of reasoning ({@code ResponseDeltaEvent}). */
  public static final String REASONING_TEXT_DELTA = "response.reasoning_text.delta";
  /** The whole reasoning text of a part ({@code ResponseDoneEvent}). */
  public static final String REASONING_TEXT_DONE = "response.reasoning_text.done";
  /** A piece of the answer ({@code ResponseDeltaEvent}). */
  public static final String OUTPUT_TEXT_DELTA = "response.output_text.delta";
  /** The whole answer text of a part ({@code ResponseDoneEvent}). */
  public static final String OUTPUT_TEXT_DONE = "response.output_text.done";
  /** A piece of function call arguments ({@code ResponseDeltaEvent}). */
  public static final String FUNCTION_CALL_ARGUMENTS_DELTA = "response.function_call_arguments.delta";
  /** The whole arguments of a function call ({@code ResponseDoneEvent}). */
  public static final String FUNCTION_CALL_ARGUMENTS_DONE = "response.function_call_arguments.done";
  /** A piece of a custom tool call's input ({@code ResponseDeltaEvent}). */
  public static final String CUSTOM_TOOL_CALL_INPUT_DELTA = "response.custom_tool_call_input.delta";
  /** The whole input of a custom tool call ({@code ResponseDoneEvent}). */
  public static final String CUSTOM_TOOL_CALL_INPUT_DONE = "response.custom_tool_call_input.done";

  private ResponseEventTypes() {
  }

  /** True for {@link #COMPLETED}, {@link #INCOMPLETE} and {@link #FAILED}, which end a stream. */
  public static boolean isTerminal(String type) {
    return COMPLETED.equals(type) || INCOMPLETE.equals(type) || FAILED.equals(type);
  }
}
