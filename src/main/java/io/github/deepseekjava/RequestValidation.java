package io.github.deepseekjava;

import io.github.deepseekjava.internal.SpecFacts;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatMessage;
import io.github.deepseekjava.model.ChatTool;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.ResponseContentPart;
import io.github.deepseekjava.model.ResponseCustomToolCallOutputItem;
import io.github.deepseekjava.model.ResponseFunctionCallOutputItem;
import io.github.deepseekjava.model.ResponseFunctionTool;
import io.github.deepseekjava.model.ResponseInputImage;
import io.github.deepseekjava.model.ResponseItem;
import io.github.deepseekjava.model.ResponseMessageItem;
import io.github.deepseekjava.model.ResponseTool;
import io.github.deepseekjava.model.SystemMessage;
import io.github.deepseekjava.model.ToolMessage;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.ResponseContent;
import io.github.deepseekjava.model.support.Stop;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks requests before any network call, throwing {@link IllegalArgumentException} that names the
 * field. The checks here are structural (required fields, options that need another option, prefix
 * placement); every number, length, count and pattern comes from {@link SpecFacts}, derived from
 * {@code openapi/deepseek.yaml} at build time, so a value the spec allows is never rejected.
 */
final class RequestValidation {
  /** The {@code type} of a function tool; a tool of any other type needs no {@code function}. */
  private static final String FUNCTION_TOOL = "function";

  private RequestValidation() {
  }

  /** @param streaming whether the request is sent with {@code stream: true} */
  static void validateChat(ChatCompletionRequest request, boolean streaming) {
    Objects.requireNonNull(request, "request == null");
    requireText(request.getModel(), "model");
    List<ChatMessage> messages = request.getMessages();
    if (messages == null || messages.isEmpty()) {
      throw new IllegalArgumentException("messages must contain at least one message");
    }
    for (int i = 0; i < messages.size(); i++) {
      validateMessage(messages.get(i), i, i == messages.size() - 1);
    }
    SpecFacts.CHAT_COMPLETION_REQUEST_TEMPERATURE.checkNumber(request.getTemperature(), "temperature");
    SpecFacts.CHAT_COMPLETION_REQUEST_TOP_P.checkNumber(request.getTopP(), "top_p");
    SpecFacts.CHAT_COMPLETION_REQUEST_FREQUENCY_PENALTY.checkNumber(request.getFrequencyPenalty(), "frequency_penalty");
    SpecFacts.CHAT_COMPLETION_REQUEST_PRESENCE_PENALTY.checkNumber(request.getPresencePenalty(), "presence_penalty");
    SpecFacts.CHAT_COMPLETION_REQUEST_MAX_TOKENS.checkNumber(request.getMaxTokens(), "max_tokens");
    if (request.getTopLogprobs() != null) {
      SpecFacts.CHAT_COMPLETION_REQUEST_TOP_LOGPROBS.checkNumber(request.getTopLogprobs(), "top_logprobs");
      if (!Boolean.TRUE.equals(request.getLogprobs())) {
        throw new IllegalArgumentException("top_logprobs requires logprobs to be true");
      }
    }
    validateStop(request.getStop());
    validateTools(request.getTools());
    SpecFacts.CHAT_COMPLETION_REQUEST_USER_ID.checkText(request.getUserId(), "user_id");
    if (request.getStreamOptions() != null && !streaming) {
      throw new IllegalArgumentException("stream_options is only allowed when stream is true");
    }
  }

  /** @param streaming whether the request is sent with {@code stream: true} */
  static void validateFim(FimCompletionRequest request, boolean streaming) {
    Objects.requireNonNull(request, "request == null");
    requireText(request.getModel(), "model");
    if (request.getPrompt() == null) {
      throw new IllegalArgumentException("prompt is required");
    }
    SpecFacts.FIM_COMPLETION_REQUEST_TEMPERATURE.checkNumber(request.getTemperature(), "temperature");
    SpecFacts.FIM_COMPLETION_REQUEST_TOP_P.checkNumber(request.getTopP(), "top_p");
    SpecFacts.FIM_COMPLETION_REQUEST_FREQUENCY_PENALTY.checkNumber(request.getFrequencyPenalty(), "frequency_penalty");
    SpecFacts.FIM_COMPLETION_REQUEST_PRESENCE_PENALTY.checkNumber(request.getPresencePenalty(), "presence_penalty");
    SpecFacts.FIM_COMPLETION_REQUEST_MAX_TOKENS.checkNumber(request.getMaxTokens(), "max_tokens");
    SpecFacts.FIM_COMPLETION_REQUEST_LOGPROBS.checkNumber(request.getLogprobs(), "logprobs");
    validateStop(request.getStop());
    if (request.getStreamOptions() != null && !streaming) {
      throw new IllegalArgumentException("stream_options is only allowed when stream is true");
    }
  }

  /**
   * Checks only what DeepSeek documents for {@code POST /responses}: a model, {@code top_logprobs}
   * 0..20, function names, and where {@code input_image} parts may appear and what they hold.
   */
  static void validateResponses(CreateResponseRequest request) {
    Objects.requireNonNull(request, "request == null");
    requireText(request.getModel(), "model");
    SpecFacts.CREATE_RESPONSE_REQUEST_TOP_LOGPROBS.checkNumber(request.getTopLogprobs(), "top_logprobs");
    validateResponseTools(request.getTools());
    List<ResponseItem> items = request.getInput() == null ? null : request.getInput().getItems();
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      ResponseItem item = items.get(i);
      String field = "input[" + i + "]";
      if (item == null) {
        throw new IllegalArgumentException(field + " is null");
      }
      if (item instanceof ResponseMessageItem) {
        String role = ((ResponseMessageItem) item).getRole();
        boolean imagesAllowed = "user".equals(role) || "developer".equals(role);
        validateImages(((ResponseMessageItem) item).getContent(), field + ".content",
            imagesAllowed ? null : "a " + role + " message");
      } else if (item instanceof ResponseFunctionCallOutputItem) {
        validateImages(((ResponseFunctionCallOutputItem) item).getOutput(), field + ".output", null);
      } else if (item instanceof ResponseCustomToolCallOutputItem) {
        validateImages(((ResponseCustomToolCallOutputItem) item).getOutput(), field + ".output", null);
      }
    }
  }

  /** @param forbiddenIn where images may not appear (e.g. "a system message"), or null when they may */
  private static void validateImages(ResponseContent content, String field, String forbiddenIn) {
    if (content == null || content.isText()) {
      return;
    }
    List<ResponseContentPart> parts = content.getParts();
    for (int i = 0; i < parts.size(); i++) {
      if (!(parts.get(i) instanceof ResponseInputImage)) {
        continue;
      }
      ResponseInputImage image = (ResponseInputImage) parts.get(i);
      String part = field + "[" + i + "]";
      if (forbiddenIn != null) {
        throw new IllegalArgumentException(part + ": input_image is not allowed in " + forbiddenIn
            + ", only in user and developer messages and tool outputs");
      }
      if ((image.getImageUrl() == null) == (image.getFileId() == null)) {
        throw new IllegalArgumentException(part + ": input_image needs exactly one of image_url and file_id, got "
            + (image.getImageUrl() == null ? "neither" : "both"));
      }
    }
  }

  private static void validateResponseTools(List<ResponseTool> tools) {
    if (tools == null) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tools.size(); i++) {
      ResponseTool tool = tools.get(i);
      if (tool == null) {
        throw new IllegalArgumentException("tools[" + i + "] is null");
      }
      if (!(tool instanceof ResponseFunctionTool)) {
        continue;
      }
      String name = ((ResponseFunctionTool) tool).getName();
      if (name == null) {
        throw new IllegalArgumentException("tools[" + i + "].name is required");
      }
      SpecFacts.RESPONSE_FUNCTION_TOOL_NAME.checkText(name, "tools[" + i + "].name");
      if (!names.add(name)) {
        throw new IllegalArgumentException("tools[" + i + "].name \"" + name + "\" is used by an earlier tool");
      }
    }
  }

  private static void validateMessage(ChatMessage message, int index, boolean last) {
    String field = "messages[" + index + "]";
    if (message == null) {
      throw new IllegalArgumentException(field + " is null");
    }
    if (message instanceof SystemMessage) {
      if (((SystemMessage) message).getContent() == null) {
        throw new IllegalArgumentException(field + ".content is required for a system message");
      }
    } else if (message instanceof UserMessage) {
      if (((UserMessage) message).getContent() == null) {
        throw new IllegalArgumentException(field + ".content is required for a user message");
      }
    } else if (message instanceof ToolMessage) {
      ToolMessage tool = (ToolMessage) message;
      if (tool.getToolCallId() == null || tool.getToolCallId().isEmpty()) {
        throw new IllegalArgumentException(field + ".tool_call_id is required for a tool message");
      }
      if (tool.getContent() == null) {
        throw new IllegalArgumentException(field + ".content is required for a tool message");
      }
    } else if (message instanceof AssistantMessage) {
      if (Boolean.TRUE.equals(((AssistantMessage) message).getPrefix()) && !last) {
        throw new IllegalArgumentException(field + ".prefix is true but only the last message may be a prefix");
      }
    }
  }

  private static void validateStop(Stop stop) {
    if (stop != null) {
      SpecFacts.STOP_ITEMS.checkItems(stop.getSequences().size(), "stop", "sequences");
    }
  }

  /** Function tools need a valid {@code function}; other types (server tools) are the server's to judge. */
  private static void validateTools(List<ChatTool> tools) {
    if (tools == null) {
      return;
    }
    SpecFacts.CHAT_COMPLETION_REQUEST_TOOLS.checkItems(tools.size(), "tools", "tools");
    for (int i = 0; i < tools.size(); i++) {
      ChatTool tool = tools.get(i);
      if (tool == null) {
        throw new IllegalArgumentException("tools[" + i + "] is null");
      }
      if (tool.getType() != null && !FUNCTION_TOOL.equals(tool.getType())) {
        continue;
      }
      if (tool.getFunction() == null) {
        throw new IllegalArgumentException("tools[" + i + "].function is required");
      }
      String name = tool.getFunction().getName();
      if (name == null) {
        throw new IllegalArgumentException("tools[" + i + "].function.name is required");
      }
      SpecFacts.FUNCTION_DEFINITION_NAME.checkText(name, "tools[" + i + "].function.name");
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}
