package io.github.deepseekjava.chat;

import com.google.gson.Gson;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatMessage;
import io.github.deepseekjava.model.ToolCall;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UnknownFields;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import io.github.deepseekjava.streaming.ChunkStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A multi-round chat: keeps the history, appends each answer, and applies DeepSeek's rule for
 * sending earlier {@code reasoning_content} back ({@link ReasoningHistory}). Not thread-safe.
 *
 * <p>The rule, as DeepSeek documents it since 2026-09-29: in thinking mode, a request that declares
 * {@code tools} (function tools or server tools such as {@code deepseek_web_search}) must carry the
 * {@code reasoning_content} of <em>every</em> earlier assistant message, also of turns that called
 * no tool, or it fails with HTTP 400 {@code The reasoning_content in the thinking mode must be
 * passed back to the API.}; a request without tools may leave it out. The default
 * {@link ReasoningHistory#KEEP_ALL_WHEN_TOOLS} does exactly that.
 *
 * <pre>{@code
 * Conversation chat = new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_V4_PRO))
 *     .add(Messages.user("What is 9.11 - 9.8?"));
 * chat.send(client);
 * chat.add(Messages.user("And times two?"));
 * chat.send(client);
 * }</pre>
 */
public final class Conversation {
  /** Default limit of model round trips in {@link #sendWithTools}: 10. */
  public static final int DEFAULT_MAX_TOOL_ROUNDS = 10;

  private final ChatCompletionRequest settings;
  private final ReasoningHistory reasoningHistory;
  private final List<ChatMessage> history = new ArrayList<>();
  private String title;

  /**
   * A conversation whose requests copy {@code settings} (model, thinking, tools, ...); messages set
   * on {@code settings} start the history. Reasoning is sent back by
   * {@link ReasoningHistory#KEEP_ALL_WHEN_TOOLS}: all of it when the settings declare tools.
   */
  public Conversation(ChatCompletionRequest settings) {
    this(settings, ReasoningHistory.KEEP_ALL_WHEN_TOOLS);
  }

  /** Like {@link #Conversation(ChatCompletionRequest)} with an explicit reasoning rule. */
  public Conversation(ChatCompletionRequest settings, ReasoningHistory reasoningHistory) {
    Objects.requireNonNull(settings, "settings == null");
    this.reasoningHistory = Objects.requireNonNull(reasoningHistory, "reasoningHistory == null");
    Gson gson = DeepSeekJson.gson();
    this.settings = gson.fromJson(gson.toJsonTree(settings), ChatCompletionRequest.class);
    if (this.settings.getMessages() != null) {
      history.addAll(this.settings.getMessages());
    }
    this.settings.setMessages(null);
  }

  /** Appends a message; returns this. */
  public Conversation add(ChatMessage message) {
    history.add(Objects.requireNonNull(message, "message == null"));
    return this;
  }

  /**
   * The conversation title of the latest answer that carried one (requested with
   * {@code new TitleOptions().enabled(true)} in the settings), or null.
   */
  public String title() {
    return title;
  }

  /** The whole history, oldest first, as stored (with all reasoning). */
  public List<ChatMessage> history() {
    return Collections.unmodifiableList(history);
  }

  /** The request the next {@link #send} would make: the settings plus the history, reasoning filtered. */
  public ChatCompletionRequest nextRequest() {
    Gson gson = DeepSeekJson.gson();
    ChatCompletionRequest request = gson.fromJson(gson.toJsonTree(settings), ChatCompletionRequest.class);
    return request.messages(messagesToSend());
  }

  /**
   * Sends the conversation and appends the answer (content, reasoning, tool calls, and any fields the
   * client does not know, such as server-tool blocks, which are sent back unchanged) to the history.
   * A {@code prefix} message at the end is replaced by the full answer the model continued.
   */
  public ChatCompletion send(DeepSeekClient client) {
    ChatCompletion completion = client.chat().create(nextRequest());
    append(completion);
    return completion;
  }

  /**
   * Sends the conversation and, while the model calls tools, runs them with {@code handlers} (by
   * function name), appends the results and sends again, up to {@value #DEFAULT_MAX_TOOL_ROUNDS}
   * rounds. Returns the first answer without tool calls.
   *
   * @throws IllegalStateException when the model calls a function without a handler, a handler
   *     fails, or the model still calls tools after the last round
   */
  public ChatCompletion sendWithTools(DeepSeekClient client, Map<String, ToolHandler> handlers) {
    return sendWithTools(client, handlers, DEFAULT_MAX_TOOL_ROUNDS);
  }

  /** {@link #sendWithTools(DeepSeekClient, Map)} with an explicit round limit. */
  public ChatCompletion sendWithTools(DeepSeekClient client, Map<String, ToolHandler> handlers, int maxRounds) {
    Objects.requireNonNull(handlers, "handlers == null");
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds < 1: " + maxRounds);
    }
    for (int round = 1; ; round++) {
      ChatCompletion completion = send(client);
      List<ToolCall> calls = completion.getChoices().get(0).getMessage().getToolCalls();
      if (calls == null || calls.isEmpty()) {
        return completion;
      }
      if (round == maxRounds) {
        throw new IllegalStateException("the model still calls tools after " + maxRounds + " rounds");
      }
      for (ToolCall call : calls) {
        add(Messages.toolResult(call, run(handlers, call)));
      }
    }
  }

  private static String run(Map<String, ToolHandler> handlers, ToolCall call) {
    String name = call.getFunction() == null ? null : call.getFunction().getName();
    ToolHandler handler = handlers.get(name);
    if (handler == null) {
      throw new IllegalStateException("the model called function \"" + name + "\" (tool call " + call.getId()
          + ") but no handler is registered for it; handlers: " + handlers.keySet());
    }
    try {
      String result = handler.call(call.getFunction().getArguments());
      return result == null ? "" : result;
    } catch (Exception e) {
      throw new IllegalStateException("handler for function \"" + name + "\" failed on tool call " + call.getId(), e);
    }
  }

  /**
   * Streams the conversation, hands every chunk to {@code onChunk} as it arrives, and appends the
   * accumulated answer to the history as {@link #send} does. Returns the accumulated completion.
   */
  public ChatCompletion stream(DeepSeekClient client, Consumer<ChatCompletionChunk> onChunk) {
    Objects.requireNonNull(onChunk, "onChunk == null");
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(nextRequest())) {
      for (ChatCompletionChunk chunk : chunks) {
        accumulator.add(chunk);
        onChunk.accept(chunk);
      }
    }
    ChatCompletion completion = accumulator.result();
    append(completion);
    return completion;
  }

  private void append(ChatCompletion completion) {
    AssistantMessage answer = completion.getChoices().get(0).getMessage();
    AssistantMessage stored = UnknownFields.copy(answer, new AssistantMessage().content(answer.getContent())
        .reasoningContent(answer.getReasoningContent()).toolCalls(answer.getToolCalls()));
    if (answer.getTitle() != null) {
      title = answer.getTitle();
    }
    if (!history.isEmpty() && isPrefix(history.get(history.size() - 1))) {
      AssistantMessage prefix = (AssistantMessage) history.remove(history.size() - 1);
      stored.content(nullToEmpty(prefix.getContent()) + nullToEmpty(answer.getContent()));
    }
    history.add(stored);
  }

  private static boolean isPrefix(ChatMessage message) {
    return message instanceof AssistantMessage && Boolean.TRUE.equals(((AssistantMessage) message).getPrefix());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private List<ChatMessage> messagesToSend() {
    List<ChatMessage> messages = new ArrayList<>(history.size());
    int turnStart = 0;
    for (int i = 0; i <= history.size(); i++) {
      if (i == history.size() || history.get(i) instanceof UserMessage) {
        boolean keepReasoning = keepsReasoning(turnStart, i);
        for (int j = turnStart; j < i; j++) {
          boolean lastPrefix = j == history.size() - 1 && isPrefix(history.get(j));
          messages.add(keepReasoning || lastPrefix ? history.get(j) : withoutReasoning(history.get(j)));
        }
        if (i < history.size()) {
          messages.add(history.get(i));
        }
        turnStart = i + 1;
      }
    }
    return messages;
  }

  private boolean keepsReasoning(int from, int to) {
    switch (reasoningHistory) {
      case KEEP_ALL:
        return true;
      case DROP_ALL:
        return false;
      case KEEP_ALL_WHEN_TOOLS:
        if (settings.getTools() != null && !settings.getTools().isEmpty()) {
          return true;
        }
        return hasToolCalls(from, to);
      default:
        return hasToolCalls(from, to);
    }
  }

  private boolean hasToolCalls(int from, int to) {
    for (int i = from; i < to; i++) {
      ChatMessage message = history.get(i);
      if (message instanceof AssistantMessage && ((AssistantMessage) message).getToolCalls() != null
          && !((AssistantMessage) message).getToolCalls().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static ChatMessage withoutReasoning(ChatMessage message) {
    if (!(message instanceof AssistantMessage) || ((AssistantMessage) message).getReasoningContent() == null) {
      return message;
    }
    AssistantMessage assistant = (AssistantMessage) message;
    return UnknownFields.copy(assistant, new AssistantMessage().content(assistant.getContent()).name(assistant.getName())
        .prefix(assistant.getPrefix()).toolCalls(assistant.getToolCalls()));
  }
}
