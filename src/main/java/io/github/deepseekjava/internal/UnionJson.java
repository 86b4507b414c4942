package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.model.ResponseContentPart;
import io.github.deepseekjava.model.ResponseItem;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.ResponseTool;
import io.github.deepseekjava.model.support.UnknownObject;
import io.github.deepseekjava.model.support.UnknownResponseContentPart;
import io.github.deepseekjava.model.support.UnknownResponseEvent;
import io.github.deepseekjava.model.support.UnknownResponseItem;
import io.github.deepseekjava.model.support.UnknownResponseTool;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gson adapters for the spec's discriminated unions ({@link SpecFacts#discriminators()}): a value is
 * read as the subtype its discriminator property names and written by its runtime class. The chat
 * unions are closed: a value the spec does not map is an error. The Responses unions (items, content
 * parts, tools, stream events) are open: an unknown {@code type} becomes an {@code Unknown...} value
 * holding the raw JSON (written back unchanged), and an item without {@code type} but with a
 * {@code role} is a message (OpenAI's short form).
 */
public final class UnionJson {
  private UnionJson() {
  }

  /** One adapter factory per discriminated union of the spec. */
  public static List<TypeAdapterFactory> factories() {
    List<TypeAdapterFactory> factories = new ArrayList<>();
    for (Discriminator<?> discriminator : SpecFacts.discriminators()) {
      factories.add(union(discriminator));
    }
    return factories;
  }

  private static <B> Union<B> union(Discriminator<B> discriminator) {
    return new Union<>(discriminator, unknownHolder(discriminator.baseType()));
  }

  /** How an open union keeps a value of an unknown type; null for a closed union. */
  @SuppressWarnings("unchecked")
  private static <B> Function<JsonObject, ? extends B> unknownHolder(Class<B> baseType) {
    Function<JsonObject, ?> holder = baseType == ResponseItem.class ? UnknownResponseItem::new
        : baseType == ResponseContentPart.class ? UnknownResponseContentPart::new
        : baseType == ResponseTool.class ? UnknownResponseTool::new
        : baseType == ResponseStreamEvent.class ? UnknownResponseEvent::new
        : null;
    return (Function<JsonObject, ? extends B>) holder;
  }

  /** Reads an interface type by its discriminator property; writes each value by its runtime class. */
  private static final class Union<B> implements TypeAdapterFactory {
    private final Class<B> baseType;
    private final String property;
    private final Map<String, Class<? extends B>> subtypes;
    /** Null for a closed union. */
    private final Function<JsonObject, ? extends B> unknown;

    Union(Discriminator<B> discriminator, Function<JsonObject, ? extends B> unknown) {
      this.baseType = discriminator.baseType();
      this.property = discriminator.property();
      this.subtypes = discriminator.subtypes();
      this.unknown = unknown;
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
          } else if (value instanceof UnknownObject) {
            elements.write(out, ((UnknownObject) value).json());
          } else {
            ((TypeAdapter<B>) gson.getAdapter(value.getClass())).write(out, value);
          }
        }

        @Override
        public B read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
          }
          JsonElement element = elements.read(in);
          if (!element.isJsonObject()) {
            throw new JsonParseException("Expected a JSON object for " + baseType.getSimpleName() + " but was " + element);
          }
          JsonObject object = element.getAsJsonObject();
          JsonElement discriminator = object.get(property);
          String name = discriminator != null && discriminator.isJsonPrimitive() ? discriminator.getAsString() : null;
          if (name == null && baseType == ResponseItem.class && object.has("role")) {
            name = "message";
          }
          Class<? extends B> subtype = subtypes.get(name);
          if (subtype != null) {
            return gson.getAdapter(subtype).fromJsonTree(object);
          }
          if (unknown == null) {
            throw new JsonParseException("Unknown " + baseType.getSimpleName() + " " + property + ": " + name);
          }
          return unknown.apply(object);
        }
      };
    }
  }
}
