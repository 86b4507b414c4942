package io.github.deepseekjava.chat;

import io.github.deepseekjava.model.FunctionDefinition;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseContentPart;
import io.github.deepseekjava.model.ResponseFunctionCallItem;
import io.github.deepseekjava.model.ResponseFunctionCallOutputItem;
import io.github.deepseekjava.model.ResponseFunctionTool;
import io.github.deepseekjava.model.ResponseInputImage;
import io.github.deepseekjava.model.ResponseInputText;
import io.github.deepseekjava.model.ResponseItem;
import io.github.deepseekjava.model.ResponseMessageItem;
import io.github.deepseekjava.model.ResponseOutputText;
import io.github.deepseekjava.model.ResponseReasoningItem;
import io.github.deepseekjava.model.ResponseReasoningText;
import io.github.deepseekjava.model.ResponseServerTool;
import io.github.deepseekjava.model.support.ResponseContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Factories for Responses input items, parts and tools, and readers of a {@link Response}'s output. */
public final class ResponseItems {
  private ResponseItems() {
  }

  /** A user message with plain text. */
  public static ResponseMessageItem user(String text) {
    return message("user", ResponseContent.of(Objects.requireNonNull(text, "text == null")));
  }

  /** A user message made of parts, e.g. {@link #inputText} and {@link #imageUrl}. */
  public static ResponseMessageItem user(ResponseContentPart... parts) {
    return message("user", ResponseContent.of(parts));
  }

  /** A system message (like {@code instructions}). */
  public static ResponseMessageItem system(String text) {
    return message("system", ResponseContent.of(Objects.requireNonNull(text, "text == null")));
  }

  private static ResponseMessageItem message(String role, ResponseContent content) {
    return new ResponseMessageItem().role(role).content(content);
  }

  /** An {@code input_text} part. */
  public static ResponseInputText inputText(String text) {
    return new ResponseInputText().text(Objects.requireNonNull(text, "text == null"));
  }

  /** An {@code input_image} part from an http(s) or {@code data:image/...;base64,} URL. */
  public static ResponseInputImage imageUrl(String url) {
    return new ResponseInputImage().imageUrl(Objects.requireNonNull(url, "url == null"));
  }

  /** An {@code input_image} part from an uploaded file ({@code file-api-...}). */
  public static ResponseInputImage imageFile(String fileId) {
    return new ResponseInputImage().fileId(Objects.requireNonNull(fileId, "fileId == null"));
  }

  /** The output of {@code call}, to send back in the next request's {@code input}. */
  public static ResponseFunctionCallOutputItem functionCallOutput(ResponseFunctionCallItem call, String output) {
    Objects.requireNonNull(call, "call == null");
    return new ResponseFunctionCallOutputItem().callId(call.getCallId())
        .output(ResponseContent.of(Objects.requireNonNull(output, "output == null")));
  }

  /**
   * A function tool.
   *
   * @param name letters, digits, {@code _} and {@code -}, at most 128 characters, unique among the tools
   * @param description what the function does (may be null)
   * @param parametersSchema the parameters as a JSON Schema object; null for none
   */
  public static ResponseFunctionTool functionTool(String name, String description, String parametersSchema) {
    FunctionDefinition definition = Tools.function(name, description, parametersSchema).getFunction();
    return new ResponseFunctionTool().name(definition.getName()).description(definition.getDescription())
        .parameters(definition.getParameters());
  }

  /** The server-side web search tool ({@code deepseek_web_search}), run by DeepSeek. */
  public static ResponseServerTool webSearch() {
    return new ResponseServerTool().type("deepseek_web_search");
  }

  /** The server-side URL reading tool ({@code deepseek_read_url}), run by DeepSeek. */
  public static ResponseServerTool readUrl() {
    return new ResponseServerTool().type("deepseek_read_url");
  }

  /** The answer: the {@code output_text} of every output message, joined; null when there is none. */
  public static String outputText(Response response) {
    StringBuilder text = null;
    for (ResponseItem item : output(response)) {
      ResponseContent content = item instanceof ResponseMessageItem ? ((ResponseMessageItem) item).getContent() : null;
      if (content == null) {
        continue;
      }
      if (content.isText()) {
        text = append(text, content.getText());
        continue;
      }
      for (ResponseContentPart part : content.getParts()) {
        if (part instanceof ResponseOutputText) {
          text = append(text, ((ResponseOutputText) part).getText());
        }
      }
    }
    return text == null ? null : text.toString();
  }

  /** The reasoning text of the output's {@code reasoning} items, joined; null when there is none. */
  public static String reasoningText(Response response) {
    StringBuilder text = null;
    for (ResponseItem item : output(response)) {
      if (item instanceof ResponseReasoningItem && ((ResponseReasoningItem) item).getContent() != null) {
        for (ResponseReasoningText part : ((ResponseReasoningItem) item).getContent()) {
          text = append(text, part.getText());
        }
      }
    }
    return text == null ? null : text.toString();
  }

  /** The function calls of the output, in order; empty when there are none. */
  public static List<ResponseFunctionCallItem> functionCalls(Response response) {
    List<ResponseFunctionCallItem> calls = new ArrayList<>();
    for (ResponseItem item : output(response)) {
      if (item instanceof ResponseFunctionCallItem) {
        calls.add((ResponseFunctionCallItem) item);
      }
    }
    return calls;
  }

  private static List<ResponseItem> output(Response response) {
    Objects.requireNonNull(response, "response == null");
    return response.getOutput() == null ? new ArrayList<>() : response.getOutput();
  }

  private static StringBuilder append(StringBuilder text, String piece) {
    if (piece == null) {
      return text;
    }
    return text == null ? new StringBuilder(piece) : text.append(piece);
  }
}
