package io.github.deepseekjava.streaming;

import com.google.gson.Gson;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseContentPart;
import io.github.deepseekjava.model.ResponseContentPartEvent;
import io.github.deepseekjava.model.ResponseCustomToolCallItem;
import io.github.deepseekjava.model.ResponseDeltaEvent;
import io.github.deepseekjava.model.ResponseDoneEvent;
import io.github.deepseekjava.model.ResponseFunctionCallItem;
import io.github.deepseekjava.model.ResponseInputText;
import io.github.deepseekjava.model.ResponseItem;
import io.github.deepseekjava.model.ResponseLifecycleEvent;
import io.github.deepseekjava.model.ResponseMessageItem;
import io.github.deepseekjava.model.ResponseOutputItemEvent;
import io.github.deepseekjava.model.ResponseOutputText;
import io.github.deepseekjava.model.ResponseReasoningItem;
import io.github.deepseekjava.model.ResponseReasoningText;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.TokenLogprob;
import io.github.deepseekjava.model.support.ResponseContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link Response} of a streamed Responses call from its events, so that after the
 * terminal event the result equals the response that event carries, and after a stream cut short it
 * holds what arrived. Items come from {@code output_item.added}, text from the deltas (answer,
 * reasoning, function arguments, custom tool input, with logprobs), and the {@code .done} events
 * replace what the deltas built; the other fields (status, usage, error, title, ...) come from the
 * latest {@code response.*} lifecycle event, whose output also fills any index no item event
 * covered. Unknown events are ignored. Events are copied, never changed. Not thread-safe.
 */
public final class ResponseAccumulator {
  private final Gson gson = DeepSeekJson.gson();
  private final Map<Integer, ItemState> items = new TreeMap<>();
  private Response latest;
  private boolean complete;

  /** True for the events that end a stream: {@code response.completed}, {@code .incomplete}, {@code .failed}. */
  public static boolean isTerminal(ResponseStreamEvent event) {
    if (!(event instanceof ResponseLifecycleEvent)) {
      return false;
    }
    return ResponseEventTypes.isTerminal(event.getType());
  }

  /** Adds the next event; returns this. */
  public ResponseAccumulator add(ResponseStreamEvent event) {
    if (event instanceof ResponseLifecycleEvent) {
      latest = ((ResponseLifecycleEvent) event).getResponse();
      complete |= isTerminal(event);
    } else if (event instanceof ResponseOutputItemEvent) {
      ResponseOutputItemEvent itemEvent = (ResponseOutputItemEvent) event;
      ItemState state = items.get(index(itemEvent.getOutputIndex()));
      if (state == null) {
        items.put(index(itemEvent.getOutputIndex()), new ItemState(itemEvent.getItem()));
      } else {
        state.reset(itemEvent.getItem());
      }
    } else if (event instanceof ResponseContentPartEvent) {
      ResponseContentPartEvent partEvent = (ResponseContentPartEvent) event;
      item(partEvent.getOutputIndex()).setPart(index(partEvent.getContentIndex()), partEvent.getPart());
    } else if (event instanceof ResponseDeltaEvent) {
      ResponseDeltaEvent delta = (ResponseDeltaEvent) event;
      ItemState state = item(delta.getOutputIndex());
      if (state.item == null) {
        state.reset(itemFor(delta.getType(), delta.getItemId()));
      }
      if (isCallText(delta.getType())) {
        state.callText = append(state.callText == null ? new StringBuilder(state.callTextOfItem()) : state.callText,
            delta.getDelta());
      } else {
        state.appendText(index(delta.getContentIndex()), delta.getDelta(), delta.getLogprobs());
      }
    } else if (event instanceof ResponseDoneEvent) {
      ResponseDoneEvent done = (ResponseDoneEvent) event;
      ItemState state = item(done.getOutputIndex());
      if (state.item == null) {
        state.reset(itemFor(done.getType(), done.getItemId()));
      }
      if (ResponseEventTypes.FUNCTION_CALL_ARGUMENTS_DONE.equals(done.getType())) {
        state.callText = done.getArguments() == null ? state.callText : new StringBuilder(done.getArguments());
      } else if (ResponseEventTypes.CUSTOM_TOOL_CALL_INPUT_DONE.equals(done.getType())) {
        state.callText = done.getInput() == null ? state.callText : new StringBuilder(done.getInput());
      } else if (done.getText() != null) {
        state.setText(index(done.getContentIndex()), done.getText(), done.getLogprobs());
      }
    }
    return this;
  }

  /** True once a terminal event was added. */
  public boolean isComplete() {
    return complete;
  }

  /**
   * The response accumulated so far: the latest lifecycle event's response (or an empty one before
   * any) with the accumulated output.
   */
  public Response result() {
    Response response = latest == null ? new Response() : gson.fromJson(gson.toJsonTree(latest), Response.class);
    Map<Integer, ResponseItem> output = new TreeMap<>();
    if (latest != null && latest.getOutput() != null) {
      for (int i = 0; i < latest.getOutput().size(); i++) {
        output.put(i, copy(latest.getOutput().get(i)));
      }
    }
    for (Map.Entry<Integer, ItemState> item : items.entrySet()) {
      ResponseItem built = item.getValue().build();
      if (built != null) {
        output.put(item.getKey(), built);
      }
    }
    return response.output(new ArrayList<>(output.values()));
  }

  private ItemState item(Integer outputIndex) {
    return items.computeIfAbsent(index(outputIndex), i -> new ItemState(null));
  }

  private static int index(Integer index) {
    return index == null ? 0 : index;
  }

  /** The item a delta or done event without a preceding {@code output_item.added} belongs to. */
  private static ResponseItem itemFor(String eventType, String itemId) {
    if (eventType.startsWith("response.reasoning_text.")) {
      return new ResponseReasoningItem().id(itemId);
    }
    if (eventType.startsWith("response.function_call_arguments.")) {
      return new ResponseFunctionCallItem().id(itemId);
    }
    if (eventType.startsWith("response.custom_tool_call_input.")) {
      return new ResponseCustomToolCallItem().id(itemId);
    }
    return new ResponseMessageItem().id(itemId).role("assistant");
  }

  private static boolean isCallText(String type) {
    return ResponseEventTypes.FUNCTION_CALL_ARGUMENTS_DELTA.equals(type)
        || ResponseEventTypes.CUSTOM_TOOL_CALL_INPUT_DELTA.equals(type);
  }

  private static StringBuilder append(StringBuilder text, String piece) {
    return piece == null ? text : text.append(piece);
  }

  private <T> T copy(T value) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) (value instanceof ResponseItem ? ResponseItem.class : ResponseContentPart.class);
    return value == null ? null : gson.fromJson(gson.toJsonTree(value, type), type);
  }

  /** One output item: as added (or done), plus the parts and text that arrived since. */
  private final class ItemState {
    private ResponseItem item;
    private final Map<Integer, ResponseContentPart> parts = new TreeMap<>();
    private final Map<Integer, StringBuilder> texts = new HashMap<>();
    private final Map<Integer, List<TokenLogprob>> logprobs = new HashMap<>();
    private StringBuilder callText;

    ItemState(ResponseItem item) {
      reset(item);
    }

    void reset(ResponseItem item) {
      this.item = item;
      parts.clear();
      texts.clear();
      logprobs.clear();
      callText = null;
      List<? extends ResponseContentPart> initial = null;
      if (item instanceof ResponseMessageItem) {
        ResponseContent content = ((ResponseMessageItem) item).getContent();
        initial = content == null ? null : content.getParts();
      } else if (item instanceof ResponseReasoningItem) {
        initial = ((ResponseReasoningItem) item).getContent();
      }
      if (initial != null) {
        for (int i = 0; i < initial.size(); i++) {
          parts.put(i, initial.get(i));
        }
      }
    }

    void setPart(int index, ResponseContentPart part) {
      if (part == null) {
        return;
      }
      parts.put(index, part);
      texts.remove(index);
      logprobs.remove(index);
    }

    /** A part for text that arrived without {@code content_part.added}. */
    private void ensurePart(int index) {
      if (!parts.containsKey(index)) {
        parts.put(index, item instanceof ResponseReasoningItem ? new ResponseReasoningText().text("")
            : new ResponseOutputText().text(""));
      }
    }

    void appendText(int index, String delta, List<TokenLogprob> deltaLogprobs) {
      ensurePart(index);
      StringBuilder text = texts.get(index);
      if (text == null) {
        String start = textOf(parts.get(index));
        text = new StringBuilder(start == null ? "" : start);
        texts.put(index, text);
      }
      append(text, delta);
      if (deltaLogprobs != null && !deltaLogprobs.isEmpty()) {
        logprobs.computeIfAbsent(index, i -> new ArrayList<>()).addAll(deltaLogprobs);
      }
    }

    void setText(int index, String text, List<TokenLogprob> allLogprobs) {
      ensurePart(index);
      texts.put(index, new StringBuilder(text));
      ResponseContentPart part = parts.get(index);
      if (allLogprobs != null && part instanceof ResponseOutputText) {
        ResponseOutputText replaced = (ResponseOutputText) copy(part);
        replaced.setLogprobs(new ArrayList<>(allLogprobs));
        parts.put(index, replaced);
        logprobs.remove(index);
      }
    }

    String callTextOfItem() {
      String text = item instanceof ResponseFunctionCallItem ? ((ResponseFunctionCallItem) item).getArguments()
          : item instanceof ResponseCustomToolCallItem ? ((ResponseCustomToolCallItem) item).getInput() : null;
      return text == null ? "" : text;
    }

    ResponseItem build() {
      ResponseItem built = item == null ? null : copy(item);
      if (built instanceof ResponseMessageItem && !parts.isEmpty()) {
        ((ResponseMessageItem) built).setContent(ResponseContent.of(builtParts()));
      } else if (built instanceof ResponseReasoningItem && !parts.isEmpty()) {
        List<ResponseReasoningText> reasoning = new ArrayList<>();
        for (ResponseContentPart part : builtParts()) {
          if (part instanceof ResponseReasoningText) {
            reasoning.add((ResponseReasoningText) part);
          }
        }
        ((ResponseReasoningItem) built).setContent(reasoning);
      } else if (built instanceof ResponseFunctionCallItem && callText != null) {
        ((ResponseFunctionCallItem) built).setArguments(callText.toString());
      } else if (built instanceof ResponseCustomToolCallItem && callText != null) {
        ((ResponseCustomToolCallItem) built).setInput(callText.toString());
      }
      return built;
    }

    private List<ResponseContentPart> builtParts() {
      List<ResponseContentPart> built = new ArrayList<>();
      for (Map.Entry<Integer, ResponseContentPart> entry : parts.entrySet()) {
        ResponseContentPart part = copy(entry.getValue());
        StringBuilder text = texts.get(entry.getKey());
        if (text != null) {
          setTextOf(part, text.toString());
        }
        List<TokenLogprob> added = logprobs.get(entry.getKey());
        if (added != null && part instanceof ResponseOutputText) {
          ResponseOutputText output = (ResponseOutputText) part;
          List<TokenLogprob> all = output.getLogprobs() == null ? new ArrayList<>() : new ArrayList<>(output.getLogprobs());
          all.addAll(added);
          output.setLogprobs(all);
        }
        built.add(part);
      }
      return built;
    }
  }

  private static String textOf(ResponseContentPart part) {
    if (part instanceof ResponseOutputText) {
      return ((ResponseOutputText) part).getText();
    }
    if (part instanceof ResponseReasoningText) {
      return ((ResponseReasoningText) part).getText();
    }
    if (part instanceof ResponseInputText) {
      return ((ResponseInputText) part).getText();
    }
    return null;
  }

  private static void setTextOf(ResponseContentPart part, String text) {
    if (part instanceof ResponseOutputText) {
      ((ResponseOutputText) part).setText(text);
    } else if (part instanceof ResponseReasoningText) {
      ((ResponseReasoningText) part).setText(text);
    } else if (part instanceof ResponseInputText) {
      ((ResponseInputText) part).setText(text);
    }
  }
}
