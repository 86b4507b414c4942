package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapterFactory;
import io.github.deepseekjava.internal.StringOrObject;
import io.github.deepseekjava.internal.UnionJson;
import io.github.deepseekjava.model.ChatMessage;
import io.github.deepseekjava.model.ContentPart;
import io.github.deepseekjava.model.NamedToolChoice;
import io.github.deepseekjava.model.ResponseNamedToolChoice;
import io.github.deepseekjava.model.ResponseToolChoice;
import io.github.deepseekjava.model.ToolChoice;
import io.github.deepseekjava.model.ToolChoiceMode;

/**
 * The Gson configuration the client uses on the wire. Use it to read or write the model types
 * yourself (for example to store a conversation): unlike a plain {@code new Gson()} it can read the
 * polymorphic types: every {@code oneOf} with a {@code discriminator} in the spec, such as
 * {@link ChatMessage} (by {@code role}) and {@link ContentPart} (by {@code type}), through the
 * subtype maps derived from the spec at build time, {@link ToolChoice} (a string or an object), and
 * the Responses API's items, content parts, tools and stream events (unknown types kept as raw JSON).
 */
public final class DeepSeekJson {
  private static final Gson GSON = create();

  private DeepSeekJson() {
  }

  /** The shared, thread-safe Gson instance. */
  public static Gson gson() {
    return GSON;
  }

  private static Gson create() {
    GsonBuilder builder = WireJson.configure(new GsonBuilder()).disableHtmlEscaping();
    for (TypeAdapterFactory union : UnionJson.factories()) {
      builder.registerTypeAdapterFactory(union);
    }
    return builder
        .registerTypeAdapterFactory(new StringOrObject<>(ToolChoice.class, ToolChoiceMode.class, NamedToolChoice.class))
        .registerTypeAdapterFactory(
            new StringOrObject<>(ResponseToolChoice.class, ToolChoiceMode.class, ResponseNamedToolChoice.class))
        .create();
  }
}
