package io.github.deepseekjava.model.support;

import com.google.gson.JsonObject;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON fields of a model object that its class does not name, kept so they can be sent back
 * verbatim. DeepSeek's server tools return blocks on the assistant {@code message} (and in stream
 * {@code delta}s) whose Chat Completions shape is not fully documented; the client keeps every
 * unknown field of {@link io.github.deepseekjava.model.AssistantMessage} and
 * {@link io.github.deepseekjava.model.ChatCompletionDelta} when it reads them, and writes them back
 * when it sends the message again. {@link io.github.deepseekjava.streaming.ChatCompletionAccumulator}
 * and {@link io.github.deepseekjava.chat.Conversation} carry them over.
 *
 * <p>The fields are held beside the object (by identity, weakly), not in it: a copy made with the
 * generated setters does not carry them, {@link #copy} does. Thread-safe.
 */
public final class UnknownFields {
  private static final ReferenceQueue<Object> CLEARED = new ReferenceQueue<>();
  private static final Map<Key, JsonObject> FIELDS = new ConcurrentHashMap<>();

  private UnknownFields() {
  }

  /** A copy of the unknown fields kept for {@code model}; empty when there are none. */
  public static JsonObject get(Object model) {
    Objects.requireNonNull(model, "model == null");
    if (FIELDS.isEmpty()) {
      return new JsonObject();
    }
    expungeCleared();
    JsonObject fields = FIELDS.get(new Key(model, null));
    return fields == null ? new JsonObject() : fields.deepCopy();
  }

  /** Keeps a copy of {@code fields} as the unknown fields of {@code model}; empty or null forgets them. */
  public static void set(Object model, JsonObject fields) {
    Objects.requireNonNull(model, "model == null");
    expungeCleared();
    if (fields == null || fields.size() == 0) {
      if (!FIELDS.isEmpty()) {
        FIELDS.remove(new Key(model, null));
      }
    } else {
      FIELDS.put(new Key(model, CLEARED), fields.deepCopy());
    }
  }

  /** Gives {@code to} the unknown fields of {@code from}; returns {@code to}. */
  public static <T> T copy(Object from, T to) {
    Objects.requireNonNull(to, "to == null");
    set(to, get(from));
    return to;
  }

  private static void expungeCleared() {
    for (Object cleared; (cleared = CLEARED.poll()) != null; ) {
      FIELDS.remove(cleared);
    }
  }

  /** Weak reference compared by the identity of its referent. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Key)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == ((Key) o).get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
