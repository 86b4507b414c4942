package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
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
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletionDelta;
import io.github.deepseekjava.model.support.UnknownFields;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  /**
   * Reads and writes the fields a class names (by {@code @SerializedName}) like Gson's reflective
   * adapter, reads every other field into {@link UnknownFields}, and writes those back after the known
   * ones. Field by field, without an intermediate JSON tree, as chunks are read on the streaming path.
   */
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
      @SuppressWarnings("unchecked")
      Class<T> raw = (Class<T>) type.getRawType();
      return new Adapter<>(gson, raw, raw == AssistantMessage.class ? "content" : null);
    }
  }

  private static final class Adapter<T> extends TypeAdapter<T> {
    private final Constructor<T> constructor;
    private final List<BoundField> fields = new ArrayList<>();
    private final Map<String, BoundField> byName = new HashMap<>();
    private final TypeAdapter<JsonElement> elements;
    private final String alwaysWritten;

    Adapter(Gson gson, Class<T> type, String alwaysWritten) {
      this.elements = gson.getAdapter(JsonElement.class);
      this.alwaysWritten = alwaysWritten;
      try {
        this.constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no no-argument constructor", e);
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          SerializedName name = field.getAnnotation(SerializedName.class);
          if (name == null || Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
            continue;
          }
          field.setAccessible(true);
          BoundField bound = new BoundField(name.value(), field, gson.getAdapter(TypeToken.get(field.getGenericType())));
          fields.add(bound);
          byName.put(name.value(), bound);
          for (String alternate : name.alternate()) {
            byName.put(alternate, bound);
          }
        }
      }
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      out.beginObject();
      for (BoundField field : fields) {
        Object fieldValue = field.get(value);
        if (fieldValue != null) {
          out.name(field.name);
          field.write(out, fieldValue);
        } else if (field.name.equals(alwaysWritten)) {
          out.name(field.name);
          writeWithNulls(out, null);
        }
      }
      for (Map.Entry<String, JsonElement> unknown : UnknownFields.get(value).entrySet()) {
        if (!byName.containsKey(unknown.getKey())) {
          out.name(unknown.getKey());
          writeWithNulls(out, unknown.getValue());
        }
      }
      out.endObject();
    }

    /** Writes {@code value} (null: a JSON null) with its nulls, whatever the writer's null policy. */
    private void writeWithNulls(JsonWriter out, JsonElement value) throws IOException {
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
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      T value;
      try {
        value = constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new JsonIOException("cannot create " + constructor.getDeclaringClass().getName(), e);
      }
      JsonObject unknown = null;
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        BoundField field = byName.get(name);
        if (field != null) {
          field.read(in, value);
        } else {
          if (unknown == null) {
            unknown = new JsonObject();
          }
          unknown.add(name, elements.read(in));
        }
      }
      in.endObject();
      if (unknown != null) {
        UnknownFields.set(value, unknown);
      }
      return value;
    }
  }

  /** A model field with its JSON name and the adapter of its declared type. */
  private static final class BoundField {
    final String name;
    private final Field field;
    private final TypeAdapter<Object> adapter;

    @SuppressWarnings("unchecked")
    BoundField(String name, Field field, TypeAdapter<?> adapter) {
      this.name = name;
      this.field = field;
      this.adapter = (TypeAdapter<Object>) adapter;
    }

    Object get(Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new JsonIOException("cannot read " + field, e);
      }
    }

    void write(JsonWriter out, Object value) throws IOException {
      adapter.write(out, value);
    }

    void read(JsonReader in, Object owner) throws IOException {
      Object value = adapter.read(in);
      try {
        field.set(owner, value);
      } catch (IllegalAccessException e) {
        throw new JsonIOException("cannot set " + field, e);
      }
    }
  }
}
