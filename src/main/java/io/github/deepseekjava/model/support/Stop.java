package io.github.deepseekjava.model.support;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@code stop} field: one stop sequence (sent as a JSON string) or several (sent as an array).
 * The spec's {@code oneOf [string, array]} has no generated equivalent, so this small value type stands in.
 */
@JsonAdapter(Stop.GsonAdapter.class)
public final class Stop {
  private final List<String> sequences;
  private final boolean single;

  private Stop(List<String> sequences, boolean single) {
    this.sequences = sequences;
    this.single = single;
  }

  /** One stop sequence, sent as a JSON string. */
  public static Stop of(String sequence) {
    Objects.requireNonNull(sequence, "sequence == null");
    return new Stop(Collections.singletonList(sequence), true);
  }

  /** Several stop sequences (DeepSeek accepts up to 16), sent as a JSON array. */
  public static Stop of(String... sequences) {
    return of(Arrays.asList(sequences));
  }

  /** Several stop sequences (DeepSeek accepts up to 16), sent as a JSON array. */
  public static Stop of(List<String> sequences) {
    Objects.requireNonNull(sequences, "sequences == null");
    List<String> copy = new ArrayList<>(sequences);
    for (String sequence : copy) {
      Objects.requireNonNull(sequence, "sequences contains null");
    }
    return new Stop(Collections.unmodifiableList(copy), false);
  }

  /** The stop sequences, never null. */
  public List<String> getSequences() {
    return sequences;
  }

  /** True when this value is sent as a single JSON string rather than an array. */
  public boolean isSingle() {
    return single;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Stop)) {
      return false;
    }
    Stop other = (Stop) o;
    return single == other.single && sequences.equals(other.sequences);
  }

  @Override
  public int hashCode() {
    return 31 * sequences.hashCode() + (single ? 1 : 0);
  }

  @Override
  public String toString() {
    return single ? sequences.get(0) : sequences.toString();
  }

  /** Writes a string or an array, and reads either back. */
  static final class GsonAdapter extends TypeAdapter<Stop> {
    @Override
    public void write(JsonWriter out, Stop stop) throws IOException {
      if (stop.single) {
        out.value(stop.sequences.get(0));
        return;
      }
      out.beginArray();
      for (String sequence : stop.sequences) {
        out.value(sequence);
      }
      out.endArray();
    }

    @Override
    public Stop read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.STRING) {
        return of(in.nextString());
      }
      List<String> sequences = new ArrayList<>();
      in.beginArray();
      while (in.hasNext()) {
        sequences.add(in.nextString());
      }
      in.endArray();
      return of(sequences);
    }
  }
}
