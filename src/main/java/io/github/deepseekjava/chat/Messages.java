package io.github.deepseekjava.chat;

import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ContentPart;
import io.github.deepseekjava.model.SystemMessage;
import io.github.deepseekjava.model.ToolCall;
import io.github.deepseekjava.model.ToolMessage;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import java.util.Objects;

/** Short factories for chat messages. */
public final class Messages {
  private Messages() {
  }

  /** A system message. */
  public static SystemMessage system(String content) {
    return new SystemMessage().content(Objects.requireNonNull(content, "content == null"));
  }

  /** A user message with plain text. */
  public static UserMessage user(String content) {
    return new UserMessage().content(UserContent.of(Objects.requireNonNull(content, "content == null")));
  }

  /**
   * A user message of content parts: text, images and uploaded files ({@link ContentParts}).
   *
   * <pre>{@code
   * Messages.user(ContentParts.text("What is in this picture?"), ContentParts.image(Paths.get("cat.png")))
   * }</pre>
   */
  public static UserMessage user(ContentPart... parts) {
    return new UserMessage().content(UserContent.of(parts));
  }

  /** An assistant message, e.g. a previous answer. */
  public static AssistantMessage assistant(String content) {
    return new AssistantMessage().content(content);
  }

  /**
   * (Beta) An assistant message the model continues from: {@code prefix: true}. It must be the last
   * message; the client sends such a request to {@code /beta} automatically.
   */
  public static AssistantMessage assistantPrefix(String prefix) {
    return new AssistantMessage().content(Objects.requireNonNull(prefix, "prefix == null")).prefix(true);
  }

  /** The result of a tool call, answering {@code toolCallId}. */
  public static ToolMessage toolResult(String toolCallId, String content) {
    return toolResult(toolCallId, UserContent.of(Objects.requireNonNull(content, "content == null")));
  }

  /**
   * The result of a tool call as content parts (text, images, files; since 2026-09), e.g.
   * {@code toolResult(id, UserContent.of(new TextContentPart().text("Chart"), new ImageUrlContentPart()...))}.
   */
  public static ToolMessage toolResult(String toolCallId, UserContent content) {
    return new ToolMessage().toolCallId(Objects.requireNonNull(toolCallId, "toolCallId == null"))
        .content(Objects.requireNonNull(content, "content == null"));
  }

  /**
   * The result of a tool call as content parts, e.g. text and an image
   * ({@link ContentParts#image(byte[])}) the tool produced.
   */
  public static ToolMessage toolResult(String toolCallId, ContentPart... parts) {
    return new ToolMessage().toolCallId(Objects.requireNonNull(toolCallId, "toolCallId == null"))
        .content(UserContent.of(parts));
  }

  /** The result of {@code call}. */
  public static ToolMessage toolResult(ToolCall call, String content) {
    return toolResult(Objects.requireNonNull(call, "call == null").getId(), content);
  }
}
