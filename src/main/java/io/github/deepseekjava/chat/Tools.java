package io.github.deepseekjava.chat;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.ChatTool;
import io.github.deepseekjava.model.FunctionDefinition;
import java.util.Map;
import java.util.Objects;

/** Factories for function tools and DeepSeek's server tools. */
public final class Tools {
  /** The {@code type} of a function tool, run by the client. */
  public static final String FUNCTION = "function";
  /** The {@code type} of DeepSeek's web search server tool. */
  public static final String DEEPSEEK_WEB_SEARCH = "deepseek_web_search";
  /** The {@code type} of DeepSeek's URL reading server tool. */
  public static final String DEEPSEEK_READ_URL = "deepseek_read_url";

  private Tools() {
  }

  /**
   * (2026-11, {@code deepseek-flash}) DeepSeek's web search, run on DeepSeek's side: the model searches
   * when needed and answers with citations; with thinking on it searches over several reasoning steps.
   * What it returns on the assistant message is kept and sent back by {@link Conversation}.
   */
  public static ChatTool webSearch() {
    return new ChatTool().type(DEEPSEEK_WEB_SEARCH);
  }

  /** (2026-11, {@code deepseek-flash}) DeepSeek's URL reading: fetches links found in the user message. */
  public static ChatTool readUrl() {
    return new ChatTool().type(DEEPSEEK_READ_URL);
  }

  /**
   * A function tool.
   *
   * @param name letters, digits, {@code _} and {@code -}, at most 128 characters (64 until 2026-08); unique per request
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
