package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.internal.Discriminator;
import io.github.deepseekjava.internal.ResponsesJson;
import io.github.deepseekjava.internal.SpecFacts;
import io.github.deepseekjava.internal.StringOrObject;
import io.github.deepseekjava.model.ChatMessage;
import io.github.deepseekjava.model.ContentPart;
import io.github.deepseekjava.model.NamedToolChoice;
import io.github.deepseekjava.model.ToolChoice;
import io.github.deepseekjava.model.ToolChoiceMode;
import java.io.IOException;
import java.util.Map;

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
    for (Discriminator<?> discriminator : SpecFacts.discriminators()) {
      builder.registerTypeAdapterFactory(new Discriminated<>(discriminator));
    }
    return builder.registerTypeAdapterFactory(new StringOrObject<>(ToolChoice.class, ToolChoiceMode.class, NamedToolChoice.class))
        .registerTypeAdapterFactory(new ResponsesJson()) // after the derived maps: it keeps unknown types
        .create();
  }

  /** Reads an interface type by a discriminator property; writes each value by its runtime class. */
  private static final class Discriminated<B> implements TypeAdapterFactory {
    private final Class<B> baseType;
    private final String property;
    private final Map<String, Class<? extends B>> subtypes;

    Discriminated(Discriminator<B> discriminator) {
      this.baseType = discriminator.baseType();
      this.property = discriminator.property();
      this.subtypes = discriminator.subtypes();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != baseType) {
        return null;
      }
      TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
      return (TypeAdapter<T>) new TypeAdapter<B>() {
        @Override
        public void write(JsonWriter out, B value) throws IOException {
          if (value == null) {
            out.nullValue();
            return;
          }
          writeAs(gson, value.getClass(), out, value);
        }

        @Override
        public B read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
          }
          JsonObject object = elements.read(in).getAsJsonObject();
          JsonElement discriminator = object.get(property);
          String value = discriminator == null || discriminator.isJsonNull() ? null : discriminator.getAsString();
          Class<? extends B> subtype = subtypes.get(value);
          if (subtype == null) {
            throw new JsonParseException("Unknown " + baseType.getSimpleName() + " " + property + ": " + value);
          }
          return gson.getAdapter(subtype).fromJsonTree(object);
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeAs(Gson gson, Class<?> runtimeType, JsonWriter out, T value) throws IOException {
    ((TypeAdapter<T>) gson.getAdapter(runtimeType)).write(out, value);
  }
}
