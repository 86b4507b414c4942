package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import io.github.deepseekjava.errors.DeepSeekException;
import java.util.function.Predicate;

/**
 * How one operation's server-sent events end: what a chunk is, which chunk lets the stream end
 * without {@code [DONE]}, which chunk is the last one read, and which chunk stands for a failure.
 * {@code data: [DONE]} always ends a stream; an {@code "error"} member is always a
 * {@link io.github.deepseekjava.errors.StreamErrorException}.
 */
public interface StreamShape<T> {
  /** The type every event's JSON data is read as. */
  Class<T> chunkType();

  /**
   * Reads one event's {@code data} ({@code eventName} is its SSE {@code event} field, or null). By
   * default the data alone, as {@link #chunkType()}.
   */
  default T parse(Gson gson, String data, String eventName) {
    return gson.fromJson(data, chunkType());
  }

  /** What ends the stream normally, for the message of an incomplete stream. */
  default String expectedEnd() {
    return "a finish reason or [DONE]";
  }

  /** True when the stream may end after {@code chunk} without {@code [DONE]} (e.g. a finish reason). */
  boolean mayEndAfter(T chunk);

  /** True when nothing after {@code chunk} is read (a terminal event). */
  default boolean isLast(T chunk) {
    return false;
  }

  /** The exception {@code chunk} stands for (e.g. a {@code failed} event), or null. */
  default DeepSeekException failure(T chunk) {
    return null;
  }

  /** Chat and FIM style: chunks of {@code type}, ended by {@code [DONE]} or after a finish reason. */
  static <T> StreamShape<T> completions(Class<T> type, Predicate<? super T> hasFinishReason) {
    return new StreamShape<T>() {
      @Override
      public Class<T> chunkType() {
        return type;
      }

      @Override
      public boolean mayEndAfter(T chunk) {
        return hasFinishReason.test(chunk);
      }
    };
  }
}
