package io.github.deepseekjava.chat;

import com.google.gson.JsonParseException;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.errors.InvalidJsonOutputException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.ResponseFormat;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * DeepSeek's JSON output mode. Set {@link #format()} as the request's {@code response_format}, ask
 * for JSON in the prompt (with an example of the shape), then {@link #parse} the answer.
 */
public final class JsonOutput {
  private JsonOutput() {
  }

  /** {@code {"type":"json_object"}}. */
  public static ResponseFormat format() {
    return new ResponseFormat().type("json_object");
  }

  /**
   * The first choice's content parsed into {@code type} with Gson.
   *
   * @throws InvalidJsonOutputException when the content is empty, not JSON, or does not fit {@code type};
   *     the message names the finish reason, e.g. {@code length} when max_tokens cut the JSON short
   */
  public static <T> T parse(ChatCompletion completion, Type type) {
    Objects.requireNonNull(completion, "completion == null");
    Objects.requireNonNull(type, "type == null");
    ChatCompletionChoice choice = completion.getChoices() == null || completion.getChoices().isEmpty()
        ? null : completion.getChoices().get(0);
    String content = choice == null || choice.getMessage() == null ? null : choice.getMessage().getContent();
    String finish = choice == null ? "none" : String.valueOf(choice.getFinishReason());
    if (content == null || content.trim().isEmpty()) {
      throw new InvalidJsonOutputException("JSON output is empty (finish_reason " + finish + ")", content, null);
    }
    try {
      T value = DeepSeekJson.gson().fromJson(content, type);
      if (value == null) {
        throw new InvalidJsonOutputException("JSON output is null (finish_reason " + finish + ")", content, null);
      }
      return value;
    } catch (JsonParseException e) {
      throw new InvalidJsonOutputException("JSON output is not valid JSON for " + name(type)
          + " (finish_reason " + finish + "): " + e.getMessage(), content, e);
    }
  }

  // Not Type.getTypeName(): Android has it only from API 28.
  private static String name(Type type) {
    return type instanceof Class ? ((Class<?>) type).getName() : type.toString();
  }
}
