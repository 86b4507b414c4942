package io.github.deepseekjava.model.support;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import io.github.deepseekjava.model.ContentPart;
import io.github.deepseekjava.model.TextContentPart;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code content} of a user or tool message: plain text (sent as a JSON string), or content parts
 * (text, images, files; for vision models) sent as an array. Plain text is never sent as a
 * one-element array, which older DeepSeek models reject.
 */
@JsonAdapter(UserContent.GsonAdapter.class)
public final class UserContent extends TextOrList<ContentPart> {
  private UserContent(String text, List<ContentPart> parts) {
    super(text, parts);
  }

  /** Plain text content. */
  public static UserContent of(String text) {
    return new UserContent(requireText(text), null);
  }

  /** Content made of parts, e.g. a {@link TextContentPart} and an image. */
  public static UserContent of(ContentPart... parts) {
    return of(Arrays.asList(parts));
  }

  /** Content made of parts, e.g. a {@link TextContentPart} and an image. The list is copied. */
  public static UserContent of(List<? extends ContentPart> parts) {
    return new UserContent(null, copyOf(parts, "parts"));
  }

  /** The parts (unmodifiable), or null when the content is plain text. */
  public List<ContentPart> getParts() {
    return list();
  }

  static final class GsonAdapter extends GsonAdapterFactory<ContentPart, UserContent> {
    GsonAdapter() {
      super(new TypeToken<List<ContentPart>>() {}, UserContent::of, UserContent::of);
    }
  }
}
