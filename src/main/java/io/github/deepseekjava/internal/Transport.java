package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.deepseekjava.DeepSeekResponse;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.MalformedResponseException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import io.github.deepseekjava.streaming.ChunkStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Executes requests built by the generated Retrofit interfaces: reads a 2xx body as the expected
 * type, maps an error status to its exception, and wraps I/O failures. The one place that turns
 * HTTP into results or {@link DeepSeekException}s.
 */
public final class Transport {
  /** DeepSeek's request id header. */
  public static final String TRACE_ID_HEADER = "x-ds-trace-id";

  private final OkHttpClient http;
  private final Gson gson;
  private final ErrorMapper errors;
  private final Redactor redactor;

  public Transport(OkHttpClient http, Gson gson, Redactor redactor) {
    this.http = http;
    this.gson = gson;
    this.redactor = redactor;
    this.errors = new ErrorMapper(gson, redactor);
  }

  public OkHttpClient http() {
    return http;
  }

  ErrorMapper errors() {
    return errors;
  }

  /** Executes {@code request} and reads the 2xx body as {@code type}. */
  public <T> T execute(Request request, Type type) {
    return this.<T>executeForResponse(request, type).body();
  }

  /** Like {@link #execute} but also returns status, headers and trace id. */
  public <T> DeepSeekResponse<T> executeForResponse(Request request, Type type) {
    Call call = http.newCall(request);
    try (Response response = call.execute()) {
      T body = read(response, type);
      return new DeepSeekResponse<>(body, response.code(), response.headers().toMultimap(),
          response.header(TRACE_ID_HEADER));
    } catch (IOException e) {
      throw ioFailure(request, e);
    }
  }

  /** Like {@link #execute} without blocking; cancelling the future cancels the HTTP call. */
  public <T> CompletableFuture<T> executeAsync(Request request, Type type) {
    Call call = http.newCall(request);
    CompletableFuture<T> future = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        call.cancel();
        return super.cancel(mayInterruptIfRunning);
      }
    };
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        future.completeExceptionally(ioFailure(request, e));
      }

      @Override
      public void onResponse(Call succeeded, Response response) {
        try (Response closing = response) {
          future.complete(read(closing, type));
        } catch (IOException e) {
          future.completeExceptionally(ioFailure(request, e));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }
    });
    return future;
  }

  /**
   * Starts a streaming call and returns its chunks; an error status is thrown as its exception.
   * {@code isFinal} tells a chunk that carries a finish reason.
   */
  public <T> ChunkStream<T> stream(Request request, Class<T> type, Predicate<? super T> isFinal) {
    Call call = http.newCall(request);
    return new SseChunkStream<>(call, open(call), gson, type, isFinal, this);
  }

  /**
   * Streams without blocking: each chunk goes to {@code onChunk} on an OkHttp thread, and the future
   * completes with {@code result} after {@code [DONE]}, or exceptionally with the failure.
   * Cancelling the future cancels the HTTP call.
   */
  public <T, R> CompletableFuture<R> streamAsync(Request request, Class<T> type, Predicate<? super T> isFinal,
      Consumer<? super T> onChunk, Supplier<R> result) {
    Call call = http.newCall(request);
    CompletableFuture<R> future = new CompletableFuture<R>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        call.cancel();
        return super.cancel(mayInterruptIfRunning);
      }
    };
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        future.completeExceptionally(ioFailure(request, e));
      }

      @Override
      public void onResponse(Call started, Response response) {
        try {
          if (!response.isSuccessful()) {
            try (Response failed = response) {
              throw errors.toException(failed.code(), failed.header(TRACE_ID_HEADER), bodyText(failed));
            }
          }
          try (ChunkStream<T> chunks = new SseChunkStream<>(started, response, gson, type, isFinal, Transport.this)) {
            for (T chunk : chunks) {
              if (future.isDone()) {
                return;
              }
              onChunk.accept(chunk);
            }
          }
          future.complete(result.get());
        } catch (IOException e) {
          future.completeExceptionally(ioFailure(request, e));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }
    });
    return future;
  }

  /**
   * Starts {@code call} and returns its response when the status is 2xx, for the caller to read and
   * close; an error status is closed and thrown as its exception.
   */
  public Response open(Call call) {
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw ioFailure(call.request(), e);
    }
    if (response.isSuccessful()) {
      return response;
    }
    try (Response failed = response) {
      throw errors.toException(failed.code(), failed.header(TRACE_ID_HEADER), bodyText(failed));
    } catch (IOException e) {
      throw ioFailure(call.request(), e);
    }
  }

  private <T> T read(Response response, Type type) throws IOException {
    String traceId = response.header(TRACE_ID_HEADER);
    if (!response.isSuccessful()) {
      throw errors.toException(response.code(), traceId, bodyText(response));
    }
    BufferedSource source = response.body().source();
    source.request(Long.MAX_VALUE);
    Buffer buffer = source.getBuffer();
    Exception cause = null;
    try {
      JsonReader reader = gson.newJsonReader(
          new InputStreamReader(buffer.clone().inputStream(), StandardCharsets.UTF_8));
      T value = gson.fromJson(reader, type);
      if (value != null && reader.peek() == JsonToken.END_DOCUMENT) {
        return value;
      }
    } catch (JsonParseException | IllegalStateException | IOException e) {
      cause = e;
    }
    throw malformed(response, buffer, cause);
  }

  private MalformedResponseException malformed(Response response, Buffer buffer, Exception cause) {
    String body = redactor.redact(buffer.readUtf8());
    String traceId = response.header(TRACE_ID_HEADER);
    String what = body.trim().isEmpty() ? "an empty body"
        : cause == null ? "a body that is not a single JSON value"
        : "a body that is not valid JSON (" + cause.getMessage() + ")";
    String message = "HTTP " + response.code() + " with " + what
        + (traceId == null ? "" : " (trace id " + traceId + ")");
    return new MalformedResponseException(message, response.code(), traceId, body, cause);
  }

  private static String bodyText(Response response) throws IOException {
    ResponseBody body = response.body();
    return body == null ? null : body.string();
  }

  /** The exception for an I/O failure of {@code request}. */
  public DeepSeekIoException ioFailure(Request request, IOException e) {
    String call = request.method() + " " + request.url();
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new DeepSeekTimeoutException(call + " timed out", e);
    }
    return new DeepSeekIoException(redactor.redact(call + " failed: " + e), e);
  }
}
