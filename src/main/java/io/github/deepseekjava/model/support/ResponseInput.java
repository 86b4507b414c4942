package io.github.deepseekjava.model.support;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import io.github.deepseekjava.model.ResponseItem;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code input} of a Responses request: plain text (one user message, sent as a JSON string), or
 * input items sent as an array. Output items of an earlier response are valid input items.
 */
@JsonAdapter(ResponseInput.GsonAdapter.class)
public final class ResponseInput extends TextOrList<ResponseItem> {
  private ResponseInput(String text, List<ResponseItem> items) {
    super(text, items);
  }

  /** Plain text. */
  public static ResponseInput of(String text) {
    return new ResponseInput(requireText(text), null);
  }

  /** Input items, e.g. a message, and the output items of an earlier response. */
  public static ResponseInput of(ResponseItem... items) {
    return of(Arrays.asList(items));
  }

  /** Input items, e.g. a message, and the output items of an earlier response. The list is copied. */
  public static ResponseInput of(List<? extends ResponseItem> items) {
    return new ResponseInput(null, copyOf(items, "items"));
  }

  /** The items (unmodifiable), or null when this is plain text. */
  public List<ResponseItem> getItems() {
    return list();
  }

  static final class GsonAdapter extends GsonAdapterFactory<ResponseItem, ResponseInput> {
    GsonAdapter() {
      super(new TypeToken<List<ResponseItem>>() {}, ResponseInput::of, ResponseInput::of);
    }
  }
}
