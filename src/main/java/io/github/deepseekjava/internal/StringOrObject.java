package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Reads an interface type that is a JSON string (one subtype, e.g. an enum) or a JSON object (another
 * subtype), such as {@code tool_choice}; writes each value by its runtime class.
 */
public final class StringOrObject<B> implements TypeAdapterFactory {
  private final Class<B> baseType;
  private final Class<? extends B> stringType;
  private final Class<? extends B> objectType;

  public StringOrObject(Class<B> baseType, Class<? extends B> stringType, Class<? extends B> objectType) {
    this.baseType = baseType;
    this.stringType = stringType;
    this.objectType = objectType;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() != baseType) {
      return null;
    }
    return (TypeAdapter<T>) new TypeAdapter<B>() {
      @Override
      public void write(JsonWriter out, B value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        ((TypeAdapter<B>) gson.getAdapter(value.getClass())).write(out, value);
      }

      @Override
      public B read(JsonReader in) throws IOException {
        switch (in.peek()) {
          case NULL:
            in.nextNull();
            return null;
          case STRING:
            return gson.getAdapter(stringType).read(in);
          default:
            return gson.getAdapter(objectType).read(in);
        }
      }
    };
  }
}
