package io.github.deepseekjava.model.support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * A member of an open union (a Responses item, content part, tool or stream event) whose
 * {@code type} this client does not know, kept as raw JSON and written back unchanged, so a newer
 * server's items survive a round trip (for example when output items are sent back as input).
 */
public abstract class UnknownObject {
  private final JsonObject json;

  /** @param json the object as received; copied */
  protected UnknownObject(JsonObject json) {
    this.json = Objects.requireNonNull(json, "json == null").deepCopy();
  }

  /** The {@code type} member, or null when it is missing or not a string. */
  public String getType() {
    JsonElement type = json.get("type");
    return type != null && type.isJsonPrimitive() && type.getAsJsonPrimitive().isString() ? type.getAsString() : null;
  }

  /** A copy of the whole object. */
  public JsonObject json() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && json.equals(((UnknownObject) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
