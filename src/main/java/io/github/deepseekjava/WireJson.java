package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonSyntaxException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletionDelta;
import io.github.deepseekjava.model.support.UnknownFields;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The parts of {@link DeepSeekJson}'s setup that keep what the server sent: numbers in free-form
 * JSON (tool parameter schemas) keep their text ({@code 10} stays {@code 10}, not {@code 10.0}), and
 * the unknown fields of {@link AssistantMessage} and {@link ChatCompletionDelta} are kept in
 * {@link UnknownFields} and written back. An assistant message's {@code content} is always written,
 * as {@code null} when absent, as DeepSeek documents it. {@link BigDecimal}, which the generator uses
 * only for the spec's decimal strings ({@code type: string, format: number}, the balance amounts), is
 * read from a string or a number and written as a string, so {@code "110.00"} stays {@code "110.00"}.
 */
final class WireJson {
  private WireJson() {
  }

  static GsonBuilder configure(GsonBuilder builder) {
    return builder
        .setObjectToNumberStrategy(ToNumberPolicy.LAZILY_PARSED_NUMBER)
        .registerTypeAdapter(BigDecimal.class, new DecimalString().nullSafe())
        .registerTypeAdapterFactory(new KeepUnknownFields(AssistantMessage.class, ChatCompletionDelta.class));
  }

  /** A decimal sent as a JSON string. */
  private static final class DecimalString extends TypeAdapter<BigDecimal> {
    @Override
    public void write(JsonWriter out, BigDecimal value) throws IOException {
      out.value(value.toPlainString());
    }

    @Override
    public BigDecimal read(JsonReader in) throws IOException {
      String text = in.nextString();
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new JsonSyntaxException("not a decimal: \"" + text + "\" at " + in.getPath(), e);
      }
    }
  }

  /** Reads unknown fields into {@link UnknownFields} and writes them back after the known ones. */
  private static final class KeepUnknownFields implements TypeAdapterFactory {
    private final Set<Class<?>> types;

    KeepUnknownFields(Class<?>... types) {
      this.types = new HashSet<>(Arrays.asList(types));
    }

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (!types.contains(type.getRawType())) {
        return null;
      }
      TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
      TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
      Set<String> known = serializedNames(type.getRawType());
      String alwaysWritten = type.getRawType() == AssistantMessage.class ? "content" : null;
      return new TypeAdapter<T>() {
        @Override
        public void write(JsonWriter out, T value) throws IOException {
          if (value == null) {
            out.nullValue();
            return;
          }
          JsonObject fields = delegate.toJsonTree(value).getAsJsonObject();
          out.beginObject();
          for (Map.Entry<String, JsonElement> field : fields.entrySet()) {
            if (!field.getValue().isJsonNull()) {
              out.name(field.getKey());
              elements.write(out, field.getValue());
            }
          }
          if (alwaysWritten != null && (!fields.has(alwaysWritten) || fields.get(alwaysWritten).isJsonNull())) {
            out.name(alwaysWritten);
            writeVerbatim(out, null);
          }
          for (Map.Entry<String, JsonElement> field : UnknownFields.get(value).entrySet()) {
            if (!known.contains(field.getKey())) {
              out.name(field.getKey());
              writeVerbatim(out, field.getValue());
            }
          }
          out.endObject();
        }

        /** Writes {@code value} with its nulls, whatever the writer's null policy. */
        private void writeVerbatim(JsonWriter out, JsonElement value) throws IOException {
          boolean serializeNulls = out.getSerializeNulls();
          out.setSerializeNulls(true);
          try {
            if (value == null) {
              out.nullValue();
            } else {
              elements.write(out, value);
            }
          } finally {
            out.setSerializeNulls(serializeNulls);
          }
        }

        @Override
        public T read(JsonReader in) throws IOException {
          JsonElement element = elements.read(in);
          if (element == null || element.isJsonNull()) {
            return null;
          }
          T value = delegate.fromJsonTree(element);
          if (element.isJsonObject()) {
            JsonObject unknown = new JsonObject();
            for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
              if (!known.contains(field.getKey())) {
                unknown.add(field.getKey(), field.getValue());
              }
            }
            UnknownFields.set(value, unknown);
          }
          return value;
        }
      };
    }

    private static Set<String> serializedNames(Class<?> type) {
      Set<String> names = new HashSet<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          SerializedName name = field.getAnnotation(SerializedName.class);
          if (name != null) {
            names.add(name.value());
            names.addAll(Arrays.asList(name.alternate()));
          }
        }
      }
      return Collections.unmodifiableSet(names);
    }
  }
}
