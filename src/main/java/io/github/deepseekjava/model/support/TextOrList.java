package io.github.deepseekjava.model.support;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value the API takes as either a JSON string or a JSON array ({@link UserContent},
 * {@link ResponseContent}, {@link ResponseInput}): plain text is sent as a string, never as a
 * one-element array.
 *
 * @param <E> the type of the array's elements
 */
public abstract class TextOrList<E> {
  private final String text;
  private final List<E> list;

  TextOrList(String text, List<E> list) {
    this.text = text;
    this.list = list;
  }

  static String requireText(String text) {
    return Objects.requireNonNull(text, "text == null");
  }

  /** An unmodifiable copy of {@code elements}, refusing null elements. */
  static <E> List<E> copyOf(List<? extends E> elements, String name) {
    Objects.requireNonNull(elements, name + " == null");
    List<E> copy = new ArrayList<>(elements);
    for (E element : copy) {
      Objects.requireNonNull(element, name + " contains null");
    }
    return Collections.unmodifiableList(copy);
  }

  /** True for plain text, false for a list. */
  public boolean isText() {
    return text != null;
  }

  /** The plain text, or null when this is a list. */
  public String getText() {
    return text;
  }

  /** The elements (unmodifiable), or null when this is plain text. */
  List<E> list() {
    return list;
  }

  @Override
  public boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    TextOrList<?> other = (TextOrList<?>) o;
    return Objects.equals(text, other.text) && Objects.equals(list, other.list);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, list);
  }

  @Override
  public String toString() {
    return isText() ? text : list.toString();
  }

  /** Writes a string or an array, and reads either back; each subclass names its element type. */
  abstract static class GsonAdapterFactory<E, V extends TextOrList<E>> implements TypeAdapterFactory {
    private final TypeToken<List<E>> listType;
    private final Function<String, V> ofText;
    private final Function<List<E>, V> ofList;

    GsonAdapterFactory(TypeToken<List<E>> listType, Function<String, V> ofText, Function<List<E>, V> ofList) {
      this.listType = listType;
      this.ofText = ofText;
      this.ofList = ofList;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      TypeAdapter<List<E>> listAdapter = gson.getAdapter(listType);
      return (TypeAdapter<T>) new TypeAdapter<V>() {
        @Override
        public void write(JsonWriter out, V value) throws IOException {
          if (value == null) {
            out.nullValue();
          } else if (value.isText()) {
            out.value(value.getText());
          } else {
            listAdapter.write(out, value.list());
          }
        }

        @Override
        public V read(JsonReader in) throws IOException {
          switch (in.peek()) {
            case NULL:
              in.nextNull();
              return null;
            case STRING:
              return ofText.apply(in.nextString());
            default:
              return ofList.apply(listAdapter.read(in));
          }
        }
      };
    }
  }
}
