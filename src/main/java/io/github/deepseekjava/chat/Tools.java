package io.github.deepseekjava.chat;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.ChatTool;
import io.github.deepseekjava.model.FunctionDefinition;
import java.util.Map;
import java.util.Objects;

/** Factories for function tools. */
public final class Tools {
  private Tools() {
  }

  /**
   * A function tool.
   *
   * @param name letters, digits, {@code _} and {@code -}, at most 64 characters
   * @param description what the function does (may be null)
   * @param parametersSchema the parameters as a JSON Schema object, e.g.
   *     {@code {"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}};
   *     null for a function without parameters
   */
  public static ChatTool function(String name, String description, String parametersSchema) {
    return new ChatTool().function(definition(name, description, parametersSchema));
  }

  /**
   * (Beta) A function tool whose arguments the server validates against the schema ({@code strict: true}).
   * All tools of a request must then be strict; the client sends such requests to {@code /beta}.
   */
  public static ChatTool strictFunction(String name, String description, String parametersSchema) {
    return new ChatTool().function(definition(name, description, parametersSchema).strict(true));
  }

  private static FunctionDefinition definition(String name, String description, String parametersSchema) {
    Objects.requireNonNull(name, "name == null");
    FunctionDefinition definition = new FunctionDefinition().name(name).description(description);
    if (parametersSchema != null) {
      definition.parameters(parseSchema(parametersSchema));
    }
    return definition;
  }

  private static Map<String, Object> parseSchema(String schema) {
    try {
      Map<String, Object> parsed = DeepSeekJson.gson().fromJson(schema, new TypeToken<Map<String, Object>>() { }.getType());
      if (parsed == null) {
        throw new IllegalArgumentException("parametersSchema is empty");
      }
      return parsed;
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("parametersSchema is not a JSON object: " + e.getMessage(), e);
    }
  }
}
