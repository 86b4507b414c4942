package io.github.deepseekjava.chat;

import com.google.gson.Gson;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseCustomToolCallItem;
import io.github.deepseekjava.model.ResponseCustomToolCallOutputItem;
import io.github.deepseekjava.model.ResponseFunctionCallItem;
import io.github.deepseekjava.model.ResponseItem;
import io.github.deepseekjava.model.support.ResponseContent;
import io.github.deepseekjava.model.support.ResponseInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-round Responses conversation, continued statelessly (DeepSeek ignores
 * {@code previous_response_id}): every answer's output items, reasoning included, are kept and sent
 * back in the next request's {@code input}, followed by the tool outputs. Items of types this client
 * does not know are sent back unchanged. Not thread-safe.
 *
 * <pre>{@code
 * ResponsesConversation chat = new ResponsesConversation(new CreateResponseRequest().model("deepseek-flash"))
 *     .add(ResponseItems.user("What is 9.11 - 9.8?"));
 * chat.send(client);
 * chat.add(ResponseItems.user("And times two?"));
 * System.out.println(ResponseItems.outputText(chat.send(client)));
 * }</pre>
 */
public final class ResponsesConversation {
  /** Default limit of model round trips in {@link #sendWithTools}: 10. */
  public static final int DEFAULT_MAX_TOOL_ROUNDS = 10;

  private final CreateResponseRequest settings;
  private final List<ResponseItem> history = new ArrayList<>();

  /**
   * A conversation whose requests copy {@code settings} (model, instructions, tools, ...); the
   * {@code input} of {@code settings} (text or items) starts the history.
   */
  public ResponsesConversation(CreateResponseRequest settings) {
    Objects.requireNonNull(settings, "settings == null");
    this.settings = copy(settings);
    ResponseInput input = this.settings.getInput();
    if (input != null) {
      history.addAll(input.isText() ? Collections.singletonList(ResponseItems.user(input.getText())) : input.getItems());
    }
    this.settings.setInput(null);
  }

  /** Appends an input item (e.g. {@link ResponseItems#user(String)}); returns this. */
  public ResponsesConversation add(ResponseItem item) {
    history.add(Objects.requireNonNull(item, "item == null"));
    return this;
  }

  /** Appends the output items of {@code response}, e.g. one accumulated from a stream; returns this. */
  public ResponsesConversation addOutput(Response response) {
    Objects.requireNonNull(response, "response == null");
    if (response.getOutput() != null) {
      history.addAll(response.getOutput());
    }
    return this;
  }

  /** The whole history, oldest first. */
  public List<ResponseItem> history() {
    return Collections.unmodifiableList(history);
  }

  /** The request the next {@link #send} would make: the settings with the history as {@code input}. */
  public CreateResponseRequest nextRequest() {
    return copy(settings).input(ResponseInput.of(history));
  }

  /** Sends the conversation and appends the response's output items to the history. */
  public Response send(DeepSeekClient client) {
    Response response = client.responses().create(nextRequest());
    addOutput(response);
    return response;
  }

  /**
   * Sends the conversation and, while the model calls tools, runs them with {@code handlers} (by
   * name; a function handler gets the arguments JSON, a custom tool handler the tool's input text),
   * appends the outputs and sends again, up to {@value #DEFAULT_MAX_TOOL_ROUNDS} rounds. Returns the
   * first response without tool calls.
   *
   * @throws IllegalStateException when the model calls a tool without a handler, a handler fails, or
   *     the model still calls tools after the last round
   */
  public Response sendWithTools(DeepSeekClient client, Map<String, ToolHandler> handlers) {
    return sendWithTools(client, handlers, DEFAULT_MAX_TOOL_ROUNDS);
  }

  /** {@link #sendWithTools(DeepSeekClient, Map)} with an explicit round limit. */
  public Response sendWithTools(DeepSeekClient client, Map<String, ToolHandler> handlers, int maxRounds) {
    Objects.requireNonNull(handlers, "handlers == null");
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds < 1: " + maxRounds);
    }
    for (int round = 1; ; round++) {
      Response response = send(client);
      List<ResponseItem> outputs = new ArrayList<>();
      for (ResponseItem item : response.getOutput() == null ? Collections.<ResponseItem>emptyList()
          : response.getOutput()) {
        if (item instanceof ResponseFunctionCallItem) {
          ResponseFunctionCallItem call = (ResponseFunctionCallItem) item;
          outputs.add(ResponseItems.functionCallOutput(call,
              run(handlers, call.getName(), call.getCallId(), call.getArguments())));
        } else if (item instanceof ResponseCustomToolCallItem) {
          ResponseCustomToolCallItem call = (ResponseCustomToolCallItem) item;
          outputs.add(new ResponseCustomToolCallOutputItem().callId(call.getCallId())
              .output(ResponseContent.of(run(handlers, call.getName(), call.getCallId(), call.getInput()))));
        }
      }
      if (outputs.isEmpty()) {
        return response;
      }
      if (round == maxRounds) {
        throw new IllegalStateException("the model still calls tools after " + maxRounds + " rounds");
      }
      history.addAll(outputs);
    }
  }

  private static String run(Map<String, ToolHandler> handlers, String name, String callId, String input) {
    ToolHandler handler = handlers.get(name);
    if (handler == null) {
      throw new IllegalStateException("the model called tool \"" + name + "\" (call " + callId
          + ") but no handler is registered for it; handlers: " + handlers.keySet());
    }
    try {
      String result = handler.call(input);
      return result == null ? "" : result;
    } catch (Exception e) {
      throw new IllegalStateException("handler for tool \"" + name + "\" failed on call " + callId, e);
    }
  }

  private static CreateResponseRequest copy(CreateResponseRequest request) {
    Gson gson = DeepSeekJson.gson();
    return gson.fromJson(gson.toJsonTree(request), CreateResponseRequest.class);
  }
}
