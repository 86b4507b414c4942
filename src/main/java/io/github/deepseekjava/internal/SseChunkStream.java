package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.streaming.ChunkStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Response;

/**
 * A {@link ChunkStream} over the server-sent events of an open 2xx response. The pipeline reads the
 * first chunk ({@link #readFirstChunk}) inside its attempt loop, so everything before it is retried;
 * after it nothing is. A stream nobody reads from (and nobody closes) for the read timeout is closed,
 * so an abandoned stream does not hold its connection ({@link StreamReaper}).
 */
final class SseChunkStream<T> implements ChunkStream<T> {
  private static final String DONE = "[DONE]";

  private final Response response;
  private final Pipeline.Exchange exchange;
  private final Gson gson;
  private final Failures failures;
  private final StreamShape<T> shape;
  private final SseReader reader;
  private final String traceId;
  private final long maxEventBytes;
  /** Told about chunks and the end once the first chunk was read; null without a listener. */
  private final CallObservation observation;

  private boolean iterated;
  private boolean finished;
  private boolean sawFinishReason;
  private boolean lastChunkRead;
  private volatile boolean closed;
  private volatile boolean reading;
  private volatile int chunkCount;
  /** Kept by {@link #closeIfAbandoned}, on the reaper's thread only. */
  private int chunksAtLastCheck;
  private long lastProgressNanos;
  private volatile boolean abandoned;
  private volatile boolean started;
  private DeepSeekException error;
  private T next;

  SseChunkStream(Response response, Pipeline.Exchange exchange, Gson gson, Failures failures,
      long maxEventBytes, StreamShape<T> shape) {
    this.response = response;
    this.exchange = exchange;
    this.gson = gson;
    this.failures = failures;
    this.shape = shape;
    this.maxEventBytes = maxEventBytes;
    this.reader = new SseReader(response.body().source(), maxEventBytes);
    this.traceId = response.header(Pipeline.TRACE_ID_HEADER);
    this.observation = exchange.observation;
  }

  /**
   * Reads up to the first chunk; an I/O failure, or an end before any chunk, is thrown for the
   * pipeline to retry. Then the deadline stops and the abandon watch starts.
   */
  void readFirstChunk() throws IOException {
    next = readChunk();
    if (next == null && !finished) {
      throw failures.incomplete(exchange.request, 0, traceId, shape.expectedEnd());
    }
    exchange.deadline.stop();
    if (exchange.readTimeoutMillis > 0 && !finished) {
      chunksAtLastCheck = chunkCount;
      lastProgressNanos = System.nanoTime();
      StreamReaper.watch(this);
    }
    started = true;
    if (observation != null && closed) {
      observation.end(null);
    }
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
    if (closed) {
      throw new IllegalStateException(abandoned ? abandonedMessage()
          : "the stream is closed");
    }
    DeepSeekException failure;
    reading = true;
    try {
      T chunk = readChunk();
      if (chunk != null || finished) {
        return chunk;
      }
      failure = failures.incomplete(exchange.request, chunkCount, traceId, shape.expectedEnd());
    } catch (SseReader.EventTooLargeException e) {
      failure = failures.tooLarge(exchange.request, "a stream event", response.code(), traceId, maxEventBytes,
          e.prefix);
    } catch (IOException e) {
      failure = closed && abandoned
          ? new DeepSeekIoException(abandonedMessage(), e)
          : failures.io(exchange.request, e, exchange.deadline, exchange.readTimeoutMillis);
    } catch (DeepSeekException e) {
      failure = e;
    } finally {
      reading = false;
      if (closed) {
        response.close(); // closed while this thread read (the last chunk, or another thread's close)
      }
    }
    throw fail(failure);
  }

  private String abandonedMessage() {
    return Failures.describe(exchange.request) + ": the stream was closed after nobody read it for "
        + Durations.describeMillis(exchange.readTimeoutMillis) + " (readTimeout)";
  }

  /** The next chunk; null after [DONE] (finished) or at an unexpected end of the stream. */
  private T readChunk() throws IOException {
    if (lastChunkRead) {
      finish();
      return null;
    }
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
      DeepSeekException failure = shape.failure(chunk);
      if (failure != null) {
        throw failure;
      }
      chunkCount++;
      if (observation != null) {
        observation.chunk(chunk);
      }
      if (shape.isLast(chunk)) {
        lastChunkRead = true;
      } else if (shape.mayEndAfter(chunk)) {
        sawFinishReason = true;
      }
      return chunk;
    }
    if (sawFinishReason) {
      finish();
    }
    return null;
  }

  private T parse(String data) {
    DeepSeekException error = failures.streamError(response.code(), traceId, data);
    if (error != null) {
      throw error;
    }
    try {
      T chunk = shape.parse(gson, data, reader.eventName());
      if (chunk != null) {
        return chunk;
      }
    } catch (JsonParseException e) {
      throw failures.malformed(response.code(), traceId,
          "stream chunk " + (chunkCount + 1) + " that is not valid JSON (" + e.getMessage() + ")", data, e);
    }
    throw failures.malformed(response.code(), traceId, "stream chunk " + (chunkCount + 1) + " that is not a JSON object",
        data, null);
  }

  private void finish() {
    finished = true;
    close();
  }

  private DeepSeekException fail(DeepSeekException e) {
    error = e;
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
    StreamReaper.unwatch(this);
    if (!finished) {
      exchange.call.cancel();
    }
    if (!reading) {
      response.close();
    }
    if (observation != null && started) {
      observation.end(error);
    }
  }

  /**
   * Called by {@link StreamReaper}: closes the stream when, for the read timeout, nobody was reading
   * it and no chunk was taken.
   */
  void closeIfAbandoned(long nowNanos) {
    int chunks = chunkCount;
    if (reading || chunks != chunksAtLastCheck) {
      chunksAtLastCheck = chunks;
      lastProgressNanos = nowNanos;
    } else if (nowNanos - lastProgressNanos >= TimeUnit.MILLISECONDS.toNanos(exchange.readTimeoutMillis)) {
      abandoned = true;
      close();
    }
  }
}
