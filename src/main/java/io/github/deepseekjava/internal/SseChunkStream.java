package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.StreamErrorException;
import io.github.deepseekjava.model.ErrorDetail;
import io.github.deepseekjava.streaming.ChunkStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Call;
import okhttp3.Response;

/** A {@link ChunkStream} over the server-sent events of an open 2xx response. */
final class SseChunkStream<T> implements ChunkStream<T> {
  private static final String DONE = "[DONE]";

  private final Supplier<Transport.OpenStream> opener;
  private final Transport.Deadline deadline;
  private final Gson gson;
  private final Class<T> type;
  private final Predicate<? super T> isFinal;
  private final Transport transport;

  private Call call;
  private Response response;
  private SseReader reader;
  private String traceId;
  private int reopenAttempts;
  private boolean iterated;
  private boolean finished;
  private boolean sawFinishReason;
  private volatile boolean closed;
  private volatile boolean reading;
  private int chunkCount;
  private T next;

  /** Opens the stream at once, so an error status is thrown by the caller of the streaming method. */
  SseChunkStream(Supplier<Transport.OpenStream> opener, Transport.Deadline deadline, Gson gson, Class<T> type,
      Predicate<? super T> isFinal, Transport transport) {
    this.opener = opener;
    this.deadline = deadline;
    this.gson = gson;
    this.type = type;
    this.isFinal = isFinal;
    this.transport = transport;
    attach(opener.get());
  }

  private void attach(Transport.OpenStream opened) {
    this.call = opened.call;
    this.response = opened.response;
    this.reader = new SseReader(opened.response.body().source());
    this.traceId = opened.response.header(Transport.TRACE_ID_HEADER);
  }

  @Override
  public String traceId() {
    return traceId;
  }

  @Override
  public synchronized Iterator<T> iterator() {
    if (iterated) {
      throw new IllegalStateException("a ChunkStream can be iterated only once");
    }
    iterated = true;
    return new Iterator<T>() {
      @Override
      public boolean hasNext() {
        if (next == null && !finished) {
          next = readNext();
        }
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T chunk = next;
        next = null;
        return chunk;
      }
    };
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
        .onClose(this::close);
  }

  private T readNext() {
    while (true) {
      DeepSeekException failure;
      reading = true;
      try {
        T chunk = readChunk();
        if (chunk != null || finished) {
          return chunk;
        }
        failure = new IncompleteStreamException(call.request().method() + " " + call.request().url()
            + " stream ended after " + chunkCount + " chunks without a finish reason or [DONE]"
            + (traceId == null ? "" : " (trace id " + traceId + ")"), new EOFException("end of stream"));
      } catch (IOException e) {
        failure = transport.ioFailure(call.request(), e, deadline);
      } finally {
        reading = false;
        if (closed) {
          response.close();
        }
      }
      if (chunkCount > 0 || closed) {
        throw fail(failure);
      }
      reopen(failure);
    }
  }

  /** The next chunk; null after [DONE] (finished) or at an unexpected end of the stream. */
  private T readChunk() throws IOException {
    String data;
    while ((data = reader.nextData()) != null) {
      if (data.equals(DONE)) {
        finish();
        return null;
      }
      if (data.trim().isEmpty()) {
        continue;
      }
      T chunk = parse(data);
      if (chunkCount++ == 0) {
        deadline.stop();
      }
      if (isFinal.test(chunk)) {
        sawFinishReason = true;
      }
      return chunk;
    }
    if (sawFinishReason) {
      finish();
    }
    return null;
  }

  /** Nothing was delivered yet, so the request may be sent again (DeepSeek drops queued requests). */
  private void reopen(DeepSeekException failure) {
    response.close();
    try {
      transport.awaitRetry(reopenAttempts++, failure, null, deadline, call);
      attach(opener.get());
    } catch (DeepSeekException e) {
      throw fail(e);
    }
  }

  private T parse(String data) {
    if (data.contains("\"error\"")) {
      ErrorDetail error = transport.errors().parseError(data);
      if (error != null) {
        String message = ErrorMapper.describe(response.code(), traceId, error, data);
        throw fail(new StreamErrorException("stream error: " + message, response.code(), traceId, error, data));
      }
    }
    try {
      T chunk = gson.fromJson(data, type);
      if (chunk != null) {
        return chunk;
      }
    } catch (JsonParseException e) {
      throw fail(new MalformedResponseException("HTTP " + response.code() + " stream chunk " + (chunkCount + 1)
          + " is not valid JSON (" + e.getMessage() + ")", response.code(), traceId, data, e));
    }
    throw fail(new MalformedResponseException("HTTP " + response.code() + " stream chunk " + (chunkCount + 1)
        + " is not a JSON object", response.code(), traceId, data, null));
  }

  private void finish() {
    finished = true;
    close();
  }


  private DeepSeekException fail(DeepSeekException e) {
    finished = true;
    close();
    return e;
  }

  /** Safe from any thread: another thread only cancels the call; the reading thread releases the body. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    deadline.stop();
    if (!finished) {
      call.cancel();
    }
    if (!reading) {
      response.close();
    }
  }
}
