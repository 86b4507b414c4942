package io.github.deepseekjava.model.support;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.deepseekjava.model.ContentPart;
import io.github.deepseekjava.model.TextContentPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@code content} of a user message: plain text (sent as a JSON string), or content parts
 * (text, images, files; for vision models) sent as an array. Plain text is never sent as a
 * one-element array, which older DeepSeek models reject.
 */
@JsonAdapter(UserContent.GsonAdapterFactory.class)
public final class UserContent {
  private final String text;
  private final List<ContentPart> parts;

  private UserContent(String text, List<ContentPart> parts) {
    this.text = text;
    this.parts = parts;
  }

  /** Plain text content. */
  public static UserContent of(String text) {
    return new UserContent(Objects.requireNonNull(text, "text == null"), null);
  }

  /** Content made of parts, e.g. a {@link TextContentPart} and an image. */
  public static UserContent of(ContentPart... parts) {
    return of(Arrays.asList(parts));
  }

  /** Content made of parts, e.g. a {@link TextContentPart} and an image. */
  public static UserContent of(List<? extends ContentPart> parts) {
    Objects.requireNonNull(parts, "parts == null");
    List<ContentPart> copy = new ArrayList<>(parts);
    for (ContentPart part : copy) {
      Objects.requireNonNull(part, "parts contains null");
    }
    return new UserContent(null, Collections.unmodifiableList(copy));
  }

  /** True for plain text, false for parts. */
  public boolean isText() {
    return text != null;
  }

  /** The plain text, or null when the content is made of parts. */
  public String getText() {
    return text;
  }

  /** The parts, or null when the content is plain text. */
  public List<ContentPart> getParts() {
    return parts;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UserContent)) {
      return false;
    }
    UserContent other = (UserContent) o;
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

  /** Writes a string or an array of parts, and reads either back. */
  static final class GsonAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      TypeAdapter<List<ContentPart>> partsAdapter =
          gson.getAdapter(new TypeToken<List<ContentPart>>() {});
      return (TypeAdapter<T>) new TypeAdapter<UserContent>() {
        @Override
        public void write(JsonWriter out, UserContent content) throws IOException {
          if (content.isText()) {
            out.value(content.text);
          } else {
            partsAdapter.write(out, content.parts);
          }
        }

        @Override
        public UserContent read(JsonReader in) throws IOException {
          if (in.peek() == JsonToken.STRING) {
            return of(in.nextString());
          }
          return of(partsAdapter.read(in));
        }
      };
    }
  }
}
