package io.github.deepseekjava.model.support;

import com.google.gson.JsonObject;
import io.github.deepseekjava.model.ResponseItem;

/** An output or input item of a type this client does not know (e.g. {@code web_search_call}); sent back unchanged. */
public final class UnknownResponseItem extends UnknownObject implements ResponseItem {
  /** @param json the object, with its {@code type}; copied */
  public UnknownResponseItem(JsonObject json) {
    super(json);
  }
}
