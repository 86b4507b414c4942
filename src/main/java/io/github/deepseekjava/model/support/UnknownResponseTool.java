package io.github.deepseekjava.model.support;

import com.google.gson.JsonObject;
import io.github.deepseekjava.model.ResponseTool;

/** A tool of a type this client does not know; build one from JSON to send a tool the spec does not list yet. */
public final class UnknownResponseTool extends UnknownObject implements ResponseTool {
  /** @param json the object, with its {@code type}; copied */
  public UnknownResponseTool(JsonObject json) {
    super(json);
  }
}
