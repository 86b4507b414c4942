package io.github.deepseekjava;

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
import java.util.Set;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks requests before any network call, throwing {@link IllegalArgumentException} that names the
 * field. The limits mirror {@code openapi/deepseek.yaml}; a test keeps the two in step.
 */
final class RequestValidation {
  static final double MIN_TEMPERATURE = 0;
  static final double MAX_TEMPERATURE = 2;
  static final double MIN_TOP_P = 0;
  static final double MAX_TOP_P = 1;
  static final double MIN_PENALTY = -2;
  static final double MAX_PENALTY = 2;
  static final int MIN_TOP_LOGPROBS = 0;
  static final int MAX_TOP_LOGPROBS = 20;
  static final int MIN_MAX_TOKENS = 1;
  static final int MAX_STOP_SEQUENCES = 16;
  static final int MAX_TOOLS = 128;
  static final int MAX_USER_ID_LENGTH = 512;
  static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  static final Pattern USER_ID = Pattern.compile("^[a-zA-Z0-9_-]+$");
  static final Pattern RESPONSES_FUNCTION_NAME = Pattern.compile("^[a-zA-Z0-9_-]+$");
  static final int MAX_RESPONSES_FUNCTION_NAME_LENGTH = 128;

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
    range(request.getTemperature(), MIN_TEMPERATURE, MAX_TEMPERATURE, "temperature");
    range(request.getTopP(), MIN_TOP_P, MAX_TOP_P, "top_p");
    range(request.getFrequencyPenalty(), MIN_PENALTY, MAX_PENALTY, "frequency_penalty");
    range(request.getPresencePenalty(), MIN_PENALTY, MAX_PENALTY, "presence_penalty");
    minimum(request.getMaxTokens(), MIN_MAX_TOKENS, "max_tokens");
    if (request.getTopLogprobs() != null) {
      range(request.getTopLogprobs().doubleValue(), MIN_TOP_LOGPROBS, MAX_TOP_LOGPROBS, "top_logprobs");
      if (!Boolean.TRUE.equals(request.getLogprobs())) {
        throw new IllegalArgumentException("top_logprobs requires logprobs to be true");
      }
    }
    validateStop(request.getStop());
    validateTools(request.getTools());
    String userId = request.getUserId();
    if (userId != null && (userId.length() > MAX_USER_ID_LENGTH || !USER_ID.matcher(userId).matches())) {
      throw new IllegalArgumentException("user_id must be 1 to " + MAX_USER_ID_LENGTH
          + " characters of [a-zA-Z0-9_-], got \"" + userId + "\"");
    }
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
    range(request.getTemperature(), MIN_TEMPERATURE, MAX_TEMPERATURE, "temperature");
    range(request.getTopP(), MIN_TOP_P, MAX_TOP_P, "top_p");
    range(request.getFrequencyPenalty(), MIN_PENALTY, MAX_PENALTY, "frequency_penalty");
    range(request.getPresencePenalty(), MIN_PENALTY, MAX_PENALTY, "presence_penalty");
    minimum(request.getMaxTokens(), MIN_MAX_TOKENS, "max_tokens");
    if (request.getLogprobs() != null) {
      range(request.getLogprobs().doubleValue(), MIN_TOP_LOGPROBS, MAX_TOP_LOGPROBS, "logprobs");
    }
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
    if (request.getTopLogprobs() != null) {
      range(request.getTopLogprobs().doubleValue(), MIN_TOP_LOGPROBS, MAX_TOP_LOGPROBS, "top_logprobs");
    }
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
      if (name == null || name.length() > MAX_RESPONSES_FUNCTION_NAME_LENGTH
          || !RESPONSES_FUNCTION_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("tools[" + i + "].name must be 1 to " + MAX_RESPONSES_FUNCTION_NAME_LENGTH
            + " characters of [a-zA-Z0-9_-], got " + (name == null ? "null" : "\"" + name + "\""));
      }
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
    if (stop != null && stop.getSequences().size() > MAX_STOP_SEQUENCES) {
      throw new IllegalArgumentException("stop allows at most " + MAX_STOP_SEQUENCES
          + " sequences, got " + stop.getSequences().size());
    }
  }

  private static void validateTools(List<ChatTool> tools) {
    if (tools == null) {
      return;
    }
    if (tools.size() > MAX_TOOLS) {
      throw new IllegalArgumentException("tools allows at most " + MAX_TOOLS + " functions, got " + tools.size());
    }
    for (int i = 0; i < tools.size(); i++) {
      ChatTool tool = tools.get(i);
      if (tool == null || tool.getFunction() == null) {
        throw new IllegalArgumentException("tools[" + i + "].function is required");
      }
      String name = tool.getFunction().getName();
      if (name == null || !TOOL_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("tools[" + i + "].function.name must match [a-zA-Z0-9_-]{1,64}, got "
            + (name == null ? "null" : "\"" + name + "\""));
      }
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  private static void range(Double value, double min, double max, String field) {
    if (value != null && !(value >= min && value <= max)) {
      throw new IllegalArgumentException(field + " must be between " + format(min) + " and " + format(max)
          + ", got " + format(value));
    }
  }

  private static void minimum(Integer value, int min, String field) {
    if (value != null && value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
    }
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
