package io.github.deepseekjava.model.support;

import com.google.gson.JsonObject;
import io.github.deepseekjava.model.ResponseStreamEvent;

/** A stream event of a type this client does not know; delivered, never fatal. */
public final class UnknownResponseEvent extends UnknownObject implements ResponseStreamEvent {
  /** @param json the object, with its {@code type}; copied */
  public UnknownResponseEvent(JsonObject json) {
    super(json);
  }
}
