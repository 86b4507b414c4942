package io.github.deepseekjava.model.support;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.model.ResponseContentPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@code content} of a Responses message, or the {@code output} of a tool call: plain text (sent
 * as a JSON string), or content parts ({@code input_text}, {@code input_image}, {@code output_text}).
 */
@JsonAdapter(ResponseContent.GsonAdapterFactory.class)
public final class ResponseContent {
  private final String text;
  private final List<ResponseContentPart> parts;

  private ResponseContent(String text, List<ResponseContentPart> parts) {
    this.text = text;
    this.parts = parts;
  }

  /** Plain text. */
  public static ResponseContent of(String text) {
    return new ResponseContent(Objects.requireNonNull(text, "text == null"), null);
  }

  /** Content made of parts, e.g. an {@code input_text} and an {@code input_image}. */
  public static ResponseContent of(ResponseContentPart... parts) {
    return of(Arrays.asList(parts));
  }

  /** Content made of parts, e.g. an {@code input_text} and an {@code input_image}. The list is copied. */
  public static ResponseContent of(List<? extends ResponseContentPart> parts) {
    Objects.requireNonNull(parts, "parts == null");
    List<ResponseContentPart> copy = new ArrayList<>(parts);
    for (ResponseContentPart part : copy) {
      Objects.requireNonNull(part, "parts contains null");
    }
    return new ResponseContent(null, Collections.unmodifiableList(copy));
  }

  /** True for plain text, false for parts. */
  public boolean isText() {
    return text != null;
  }

  /** The plain text, or null. */
  public String getText() {
    return text;
  }

  /** The parts (unmodifiable), or null when this is plain text. */
  public List<ResponseContentPart> getParts() {
    return parts;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResponseContent)) {
      return false;
    }
    ResponseContent other = (ResponseContent) o;
    return Objects.equals(text, other.text) && Objects.equals(parts, other.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, parts);
  }

  @Override
  public String toString() {
    return isText() ? text : parts.toString();
  }

  /** Writes a string or an array, and reads either back. */
  static final class GsonAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      TypeAdapter<List<ResponseContentPart>> listAdapter = gson.getAdapter(new TypeToken<List<ResponseContentPart>>() {});
      return (TypeAdapter<T>) new TypeAdapter<ResponseContent>() {
        @Override
        public void write(JsonWriter out, ResponseContent value) throws IOException {
          if (value.isText()) {
            out.value(value.text);
          } else {
            listAdapter.write(out, value.parts);
          }
        }

        @Override
        public ResponseContent read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.STRING) {
            return of(in.nextString());
          }
          return of(listAdapter.read(in));
        }
      };
    }
  }
}
