package io.github.deepseekjava.model.support;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.model.ResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@code input} of a Responses request: plain text (one user message, sent as a JSON string), or
 * input items sent as an array. Output items of an earlier response are valid input items.
 */
@JsonAdapter(ResponseInput.GsonAdapterFactory.class)
public final class ResponseInput {
  private final String text;
  private final List<ResponseItem> items;

  private ResponseInput(String text, List<ResponseItem> items) {
    this.text = text;
    this.items = items;
  }

  /** Plain text. */
  public static ResponseInput of(String text) {
    return new ResponseInput(Objects.requireNonNull(text, "text == null"), null);
  }

  /** Input items, e.g. a message, and the output items of an earlier response. */
  public static ResponseInput of(ResponseItem... items) {
    return of(Arrays.asList(items));
  }

  /** Input items, e.g. a message, and the output items of an earlier response. The list is copied. */
  public static ResponseInput of(List<? extends ResponseItem> items) {
    Objects.requireNonNull(items, "items == null");
    List<ResponseItem> copy = new ArrayList<>(items);
    for (ResponseItem item : copy) {
      Objects.requireNonNull(item, "items contains null");
    }
    return new ResponseInput(null, Collections.unmodifiableList(copy));
  }

  /** True for plain text, false for items. */
  public boolean isText() {
    return text != null;
  }

  /** The plain text, or null. */
  public String getText() {
    return text;
  }

  /** The items (unmodifiable), or null when this is plain text. */
  public List<ResponseItem> getItems() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResponseInput)) {
      return false;
    }
    ResponseInput other = (ResponseInput) o;
    return Objects.equals(text, other.text) && Objects.equals(items, other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, items);
  }

  @Override
  public String toString() {
    return isText() ? text : items.toString();
  }

  /** Writes a string or an array, and reads either back. */
  static final class GsonAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      TypeAdapter<List<ResponseItem>> listAdapter = gson.getAdapter(new TypeToken<List<ResponseItem>>() {});
      return (TypeAdapter<T>) new TypeAdapter<ResponseInput>() {
        @Override
        public void write(JsonWriter out, ResponseInput value) throws IOException {
          if (value.isText()) {
            out.value(value.text);
          } else {
            listAdapter.write(out, value.items);
          }
        }

        @Override
        public ResponseInput read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.STRING) {
            return of(in.nextString());
          }
          return of(listAdapter.read(in));
        }
      };
    }
  }
}
