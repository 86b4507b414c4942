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
import io.github.deepseekjava.model.ResponseNamedToolChoice;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.ResponseTool;
import io.github.deepseekjava.model.ResponseToolChoice;
import io.github.deepseekjava.model.ToolChoiceMode;
import io.github.deepseekjava.model.support.UnknownObject;
import io.github.deepseekjava.model.support.UnknownResponseContentPart;
import io.github.deepseekjava.model.support.UnknownResponseEvent;
import io.github.deepseekjava.model.support.UnknownResponseItem;
import io.github.deepseekjava.model.support.UnknownResponseTool;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * Gson adapters for the Responses unions. Items, content parts, tools and stream events are read by
 * their {@code type}; a type this client does not know becomes an {@code Unknown...} value holding
 * the raw JSON (written back unchanged), never an error. An item without {@code type} but with a
 * {@code role} is a message (OpenAI's short form). {@link ResponseToolChoice} is a string or an object.
 */
public final class ResponsesJson implements TypeAdapterFactory {
  /** The item types of {@code input} and {@code output}, from the spec's discriminator mapping. */
  static final Map<String, Class<? extends ResponseItem>> ITEMS = subtypes(ResponseItem.class);
  /** The content part types of messages, tool outputs and (in events) reasoning items. */
  static final Map<String, Class<? extends ResponseContentPart>> CONTENT_PARTS = subtypes(ResponseContentPart.class);
  /** The tool types. */
  static final Map<String, Class<? extends ResponseTool>> TOOLS = subtypes(ResponseTool.class);
  /** The documented stream event types. */
  static final Map<String, Class<? extends ResponseStreamEvent>> EVENTS = subtypes(ResponseStreamEvent.class);

  /** The subtypes of {@code baseType} by discriminator value, as derived from the spec into {@link SpecFacts}. */
  @SuppressWarnings("unchecked")
  private static <B> Map<String, Class<? extends B>> subtypes(Class<B> baseType) {
    for (Discriminator<?> discriminator : SpecFacts.discriminators()) {
      if (discriminator.baseType() == baseType) {
        return ((Discriminator<B>) discriminator).subtypes();
      }
    }
    throw new IllegalStateException("the spec has no discriminator for " + baseType.getName());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<? super T> raw = type.getRawType();
    if (raw == ResponseItem.class) {
      return (TypeAdapter<T>) new OpenUnion<>(gson, ResponseItem.class, ITEMS, UnknownResponseItem::new);
    }
    if (raw == ResponseContentPart.class) {
      return (TypeAdapter<T>) new OpenUnion<>(gson, ResponseContentPart.class, CONTENT_PARTS,
          UnknownResponseContentPart::new);
    }
    if (raw == ResponseTool.class) {
      return (TypeAdapter<T>) new OpenUnion<>(gson, ResponseTool.class, TOOLS, UnknownResponseTool::new);
    }
    if (raw == ResponseStreamEvent.class) {
      return (TypeAdapter<T>) new OpenUnion<>(gson, ResponseStreamEvent.class, EVENTS, UnknownResponseEvent::new);
    }
    if (raw == ResponseToolChoice.class) {
      return new StringOrObject<>(ResponseToolChoice.class, ToolChoiceMode.class, ResponseNamedToolChoice.class)
          .create(gson, type);
    }
    return null;
  }

  /** Reads by {@code type}, unknown types as {@code unknown}; writes each value by its runtime class. */
  private static final class OpenUnion<B> extends TypeAdapter<B> {
    private final Gson gson;
    private final Class<B> baseType;
    private final Map<String, Class<? extends B>> subtypes;
    private final Function<JsonObject, ? extends B> unknown;
    private final TypeAdapter<JsonElement> elements;

    OpenUnion(Gson gson, Class<B> baseType, Map<String, Class<? extends B>> subtypes,
        Function<JsonObject, ? extends B> unknown) {
      this.gson = gson;
      this.baseType = baseType;
      this.subtypes = subtypes;
      this.unknown = unknown;
      this.elements = gson.getAdapter(JsonElement.class);
    }

    @Override
    public void write(JsonWriter out, B value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else if (value instanceof UnknownObject) {
        elements.write(out, ((UnknownObject) value).json());
      } else {
        writeAs(gson, value.getClass(), out, value);
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
      JsonElement type = object.get("type");
      String name = type != null && type.isJsonPrimitive() ? type.getAsString() : null;
      if (name == null && baseType == ResponseItem.class && object.has("role")) {
        name = "message";
      }
      Class<? extends B> subtype = subtypes.get(name);
      return subtype == null ? unknown.apply(object) : gson.getAdapter(subtype).fromJsonTree(object);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeAs(Gson gson, Class<?> runtimeType, JsonWriter out, T value) throws IOException {
    ((TypeAdapter<T>) gson.getAdapter(runtimeType)).write(out, value);
  }
}
