package io.github.deepseekjava.model.support;

import com.google.gson.JsonObject;
import io.github.deepseekjava.model.ResponseContentPart;

/** A content part of a type this client does not know. */
public final class UnknownResponseContentPart extends UnknownObject implements ResponseContentPart {
  /** @param json the object, with its {@code type}; copied */
  public UnknownResponseContentPart(JsonObject json) {
    super(json);
  }
}
