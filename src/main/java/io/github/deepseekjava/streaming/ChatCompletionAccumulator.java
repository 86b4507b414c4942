package io.github.deepseekjava.streaming;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionChunkChoice;
import io.github.deepseekjava.model.ChatCompletionDelta;
import io.github.deepseekjava.model.ChatLogprobs;
import io.github.deepseekjava.model.FunctionCall;
import io.github.deepseekjava.model.TokenLogprob;
import io.github.deepseekjava.model.ToolCall;
import io.github.deepseekjava.model.ToolCallDelta;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.model.support.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the chunks of a streamed chat completion into the {@link ChatCompletion} a non-streamed call
 * would have returned: concatenates {@code content} and {@code reasoning_content}, merges tool-call
 * fragments by {@code index} (the first fragment carries id and name, later ones argument pieces;
 * a repeated id is ignored), and keeps the finish reason, logprobs, the {@code title} (sent on the
 * last chunk) and the usage of whichever chunk carries it. Not thread-safe.
 *
 * <p>Delta fields the model classes do not name (kept in {@link UnknownFields}, e.g. blocks of server
 * tools) are accumulated per choice and end up as unknown fields of the result's assistant message,
 * so a {@link io.github.deepseekjava.chat.Conversation} sends them back: strings are concatenated,
 * arrays appended, objects merged field by field with the same rules, and other values replaced.
 */
public final class ChatCompletionAccumulator {
  private final CompletionHeader header = new CompletionHeader();
  private final Map<Integer, ChoiceState> choices = new TreeMap<>();

  /** Adds the next chunk; returns this. */
  public ChatCompletionAccumulator add(ChatCompletionChunk chunk) {
    header.add(chunk.getId(), chunk.getCreated(), chunk.getModel(), chunk.getSystemFingerprint(), chunk.getUsage());
    if (chunk.getChoices() != null) {
      for (ChatCompletionChunkChoice choice : chunk.getChoices()) {
        int index = choice.getIndex() == null ? 0 : choice.getIndex();
        choices.computeIfAbsent(index, i -> new ChoiceState()).add(choice);
      }
    }
    return this;
  }

  /** The completion accumulated so far. */
  public ChatCompletion result() {
    ChatCompletion completion = new ChatCompletion()
        .id(header.id)
        .created(header.created)
        .model(header.model)
        .systemFingerprint(header.systemFingerprint)
        .usage(header.usage)
        .choices(new ArrayList<>());
    completion.setObject("chat.completion");
    for (Map.Entry<Integer, ChoiceState> choice : choices.entrySet()) {
      completion.addChoicesItem(choice.getValue().toChoice(choice.getKey()));
    }
    return completion;
  }

  private static final class ChoiceState {
    private String role;
    private StringBuilder content;
    private StringBuilder reasoningContent;
    private StringBuilder title;
    private final JsonObject unknownFields = new JsonObject();
    private final List<ToolCallState> toolCalls = new ArrayList<>();
    private FinishReason finishReason;
    private List<TokenLogprob> contentLogprobs;
    private List<TokenLogprob> reasoningLogprobs;

    void add(ChatCompletionChunkChoice choice) {
      ChatCompletionDelta delta = choice.getDelta();
      if (delta != null) {
        if (delta.getRole() != null) {
          role = delta.getRole();
        }
        content = append(content, delta.getContent());
        reasoningContent = append(reasoningContent, delta.getReasoningContent());
        title = append(title, delta.getTitle());
        merge(unknownFields, UnknownFields.get(delta));
        if (delta.getToolCalls() != null) {
          for (ToolCallDelta fragment : delta.getToolCalls()) {
            toolCallFor(fragment).add(fragment);
          }
        }
      }
      ChatLogprobs logprobs = choice.getLogprobs();
      if (logprobs != null) {
        contentLogprobs = appendAll(contentLogprobs, logprobs.getContent());
        reasoningLogprobs = appendAll(reasoningLogprobs, logprobs.getReasoningContent());
      }
      if (choice.getFinishReason() != null) {
        finishReason = choice.getFinishReason();
      }
    }

    /** The call a fragment belongs to: by index; without an index, by id, else the latest call. */
    private ToolCallState toolCallFor(ToolCallDelta fragment) {
      Integer index = fragment.getIndex();
      if (index == null) {
        for (ToolCallState call : toolCalls) {
          if (call.id != null && call.id.equals(fragment.getId())) {
            return call;
          }
        }
        boolean startsNewCall = fragment.getId() != null && !fragment.getId().isEmpty();
        if (startsNewCall || toolCalls.isEmpty()) {
          ToolCallState call = new ToolCallState(toolCalls.size());
          toolCalls.add(call);
          return call;
        }
        return toolCalls.get(toolCalls.size() - 1);
      }
      for (ToolCallState call : toolCalls) {
        if (call.index == index) {
          return call;
        }
      }
      ToolCallState call = new ToolCallState(index);
      toolCalls.add(call);
      toolCalls.sort((a, b) -> Integer.compare(a.index, b.index));
      return call;
    }

    ChatCompletionChoice toChoice(int index) {
      AssistantMessage message = new AssistantMessage()
          .role(role == null ? "assistant" : role)
          .content(content == null ? null : content.toString())
          .reasoningContent(reasoningContent == null ? null : reasoningContent.toString())
          .title(title == null ? null : title.toString());
      UnknownFields.set(message, unknownFields);
      for (ToolCallState call : toolCalls) {
        message.addToolCallsItem(call.toToolCall());
      }
      ChatLogprobs logprobs = contentLogprobs == null && reasoningLogprobs == null ? null
          : new ChatLogprobs().content(contentLogprobs).reasoningContent(reasoningLogprobs);
      return new ChatCompletionChoice().index(index).message(message).logprobs(logprobs).finishReason(finishReason);
    }
  }

  private static final class ToolCallState {
    private final int index;
    private String id;
    private String type;
    private String name;
    private final StringBuilder arguments = new StringBuilder();

    ToolCallState(int index) {
      this.index = index;
    }

    void add(ToolCallDelta fragment) {
      if (id == null && fragment.getId() != null && !fragment.getId().isEmpty()) {
        id = fragment.getId();
      }
      if (type == null && fragment.getType() != null) {
        type = fragment.getType();
      }
      if (fragment.getFunction() != null) {
        String fragmentName = fragment.getFunction().getName();
        if (name == null && fragmentName != null && !fragmentName.isEmpty()) {
          name = fragmentName;
        }
        if (fragment.getFunction().getArguments() != null) {
          arguments.append(fragment.getFunction().getArguments());
        }
      }
    }

    ToolCall toToolCall() {
      return new ToolCall().id(id).type(type == null ? "function" : type)
          .function(new FunctionCall().name(name).arguments(arguments.toString()));
    }
  }

  /** Merges a delta's unknown fields into those accumulated so far (rules in the class comment). */
  static void merge(JsonObject into, JsonObject piece) {
    for (Map.Entry<String, JsonElement> field : piece.entrySet()) {
      JsonElement old = into.get(field.getKey());
      JsonElement value = field.getValue();
      if (old == null || old.isJsonNull()) {
        into.add(field.getKey(), value.deepCopy());
      } else if (value.isJsonNull()) {
        // a null piece keeps what was accumulated
      } else if (isString(old) && isString(value)) {
        into.addProperty(field.getKey(), old.getAsString() + value.getAsString());
      } else if (old.isJsonArray() && value.isJsonArray()) {
        old.getAsJsonArray().addAll(value.getAsJsonArray().deepCopy());
      } else if (old.isJsonObject() && value.isJsonObject()) {
        merge(old.getAsJsonObject(), value.getAsJsonObject());
      } else {
        into.add(field.getKey(), value.deepCopy());
      }
    }
  }

  private static boolean isString(JsonElement element) {
    return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
  }

  static StringBuilder append(StringBuilder text, String piece) {
    if (piece == null) {
      return text;
    }
    return text == null ? new StringBuilder(piece) : text.append(piece);
  }

  static <E> List<E> appendAll(List<E> list, List<E> items) {
    if (items == null) {
      return list;
    }
    List<E> result = list == null ? new ArrayList<>() : list;
    result.addAll(items);
    return result;
  }
}
