package io.github.deepseekjava.model.support;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why generation stopped ({@code finish_reason}). An open set: a value this version does not know
 * keeps its string ({@link #getValue()}) instead of being lost, and known values are the constants,
 * so {@code reason == FinishReason.STOP} and {@code reason.equals(FinishReason.STOP)} both work.
 */
@JsonAdapter(FinishReason.GsonAdapter.class)
public final class FinishReason {
  private static final Map<String, FinishReason> KNOWN = new LinkedHashMap<>();

  /** The model finished its answer or hit a stop sequence. */
  public static final FinishReason STOP = known("stop");
  /** {@code max_tokens} or the context window was reached. */
  public static final FinishReason LENGTH = known("length");
  /** Content was withheld by DeepSeek's content filter. */
  public static final FinishReason CONTENT_FILTER = known("content_filter");
  /** The model called tools; answer each call with a tool message. */
  public static final FinishReason TOOL_CALLS = known("tool_calls");
  /** Cut short by a lack of backend resources; retrying may succeed. */
  public static final FinishReason INSUFFICIENT_SYSTEM_RESOURCE = known("insufficient_system_resource");
  /** (Since 2026-09) The generation was interrupted; the answer is incomplete. */
  public static final FinishReason ABORTED = known("aborted");

  private final String value;

  private FinishReason(String value) {
    this.value = value;
  }

  private static FinishReason known(String value) {
    FinishReason reason = new FinishReason(value);
    KNOWN.put(value, reason);
    return reason;
  }

  /** The constant for a known value, else a new instance that keeps {@code value}. */
  public static FinishReason of(String value) {
    Objects.requireNonNull(value, "value == null");
    FinishReason reason = KNOWN.get(value);
    return reason != null ? reason : new FinishReason(value);
  }

  /** The known values, in the order DeepSeek added them. */
  public static Map<String, FinishReason> knownValues() {
    return Collections.unmodifiableMap(KNOWN);
  }

  /** The value as sent, e.g. {@code "stop"}; never null. */
  public String getValue() {
    return value;
  }

  /** True when this is one of the constants. */
  public boolean isKnown() {
    return KNOWN.get(value) == this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FinishReason && value.equals(((FinishReason) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  /** Reads and writes the plain string. */
  static final class GsonAdapter extends TypeAdapter<FinishReason> {
    @Override
    public void write(JsonWriter out, FinishReason reason) throws IOException {
      if (reason == null) {
        out.nullValue();
      } else {
        out.value(reason.value);
      }
    }

    @Override
    public FinishReason read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return of(in.nextString());
    }
  }
}
