package io.github.deepseekjava.model.support;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import io.github.deepseekjava.model.ResponseContentPart;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code content} of a Responses message, or the {@code output} of a tool call: plain text (sent
 * as a JSON string), or content parts ({@code input_text}, {@code input_image}, {@code output_text}).
 */
@JsonAdapter(ResponseContent.GsonAdapter.class)
public final class ResponseContent extends TextOrList<ResponseContentPart> {
  private ResponseContent(String text, List<ResponseContentPart> parts) {
    super(text, parts);
  }

  /** Plain text. */
  public static ResponseContent of(String text) {
    return new ResponseContent(requireText(text), null);
  }

  /** Content made of parts, e.g. an {@code input_text} and an {@code input_image}. */
  public static ResponseContent of(ResponseContentPart... parts) {
    return of(Arrays.asList(parts));
  }

  /** Content made of parts, e.g. an {@code input_text} and an {@code input_image}. The list is copied. */
  public static ResponseContent of(List<? extends ResponseContentPart> parts) {
    return new ResponseContent(null, copyOf(parts, "parts"));
  }

  /** The parts (unmodifiable), or null when this is plain text. */
  public List<ResponseContentPart> getParts() {
    return list();
  }

  static final class GsonAdapter extends GsonAdapterFactory<ResponseContentPart, ResponseContent> {
    GsonAdapter() {
      super(new TypeToken<List<ResponseContentPart>>() {}, ResponseContent::of, ResponseContent::of);
    }
  }
}
