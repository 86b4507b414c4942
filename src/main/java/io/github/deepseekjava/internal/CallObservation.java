package io.github.deepseekjava.internal;

import io.github.deepseekjava.CallEnded;
import io.github.deepseekjava.CallRetried;
import io.github.deepseekjava.CallStarted;
import io.github.deepseekjava.DeepSeekListener;
import io.github.deepseekjava.DeepSeekResponse;
import io.github.deepseekjava.TokenUsage;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionChunkChoice;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.ResponseLifecycleEvent;
import io.github.deepseekjava.model.support.FinishReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * What one call tells its {@link DeepSeekListener}: made only when the client has a listener, fed by
 * the pipeline (attempts, headers, the parsed result) and by a stream (chunks, its end), and reported
 * once at the end. A listener's {@link RuntimeException} is ignored.
 */
final class CallObservation {
  private final DeepSeekListener listener;
  private final CallStarted call;
  private final long startNanos = System.nanoTime();
  private int attempts = 1;
  private Integer status;
  private String traceId;
  private long headersNanos = -1;
  private long firstChunkNanos = -1;
  private TokenUsage usage;
  private List<String> finishReasons = new ArrayList<>();
  private String responseModel;
  private String responseId;
  private boolean ended;

  private CallObservation(DeepSeekListener listener, CallStarted call) {
    this.listener = listener;
    this.call = call;
  }

  /** Starts observing {@code request} (tagged by Retrofit with its operation) and tells the listener. */
  static CallObservation start(DeepSeekListener listener, Request request) {
    Invocation invocation = request.tag(Invocation.class);
    String operation = invocation == null ? null : invocation.method().getName();
    String model = invocation == null ? null : model(invocation.arguments());
    boolean streaming = "text/event-stream".equals(request.header("Accept"));
    CallObservation observation = new CallObservation(listener, new CallStarted(operation, model, streaming,
        Instant.now()));
    try {
      listener.onStart(observation.call);
    } catch (RuntimeException ignored) {
      // a listener never breaks the call
    }
    return observation;
  }

  /** Starts observing a call that is not a Retrofit request (the text-to-speech socket). */
  static CallObservation start(DeepSeekListener listener, String operation, boolean streaming) {
    CallObservation observation = new CallObservation(listener, new CallStarted(operation, null, streaming,
        Instant.now()));
    try {
      listener.onStart(observation.call);
    } catch (RuntimeException ignored) {
      // a listener never breaks the call
    }
    return observation;
  }

  private static String model(List<?> arguments) {
    for (Object argument : arguments) {
      if (argument instanceof ChatCompletionRequest) {
        return ((ChatCompletionRequest) argument).getModel();
      }
      if (argument instanceof FimCompletionRequest) {
        return ((FimCompletionRequest) argument).getModel();
      }
      if (argument instanceof CreateResponseRequest) {
        return ((CreateResponseRequest) argument).getModel();
      }
    }
    return null;
  }

  /** The headers of an attempt's response arrived. */
  synchronized void headers(Response response) {
    headersNanos = System.nanoTime() - startNanos;
    status = response.code();
    traceId = response.header(Pipeline.TRACE_ID_HEADER);
  }

  /** Attempt number {@code attempt} starts after {@code reason} failed the one before. */
  void retrying(int attempt, DeepSeekException reason) {
    synchronized (this) {
      if (ended) {
        return; // an async call cancelled while it waited to retry: its end was reported
      }
      attempts = attempt;
      status = null;
      traceId = null;
      headersNanos = -1;
    }
    try {
      listener.onRetry(new CallRetried(call.operation(), call.model(), attempt, reason));
    } catch (RuntimeException ignored) {
      // a listener never breaks the call
    }
  }

  /** A plain call's parsed result; a stream reports its chunks and end itself. */
  void returned(Object result) {
    if (result instanceof SseChunkStream) {
      return;
    }
    Object body = result instanceof DeepSeekResponse ? ((DeepSeekResponse<?>) result).body() : result;
    synchronized (this) {
      if (body instanceof ChatCompletion) {
        ChatCompletion completion = (ChatCompletion) body;
        response(completion.getId(), completion.getModel(), TokenUsage.of(completion.getUsage()));
        if (completion.getChoices() != null) {
          for (ChatCompletionChoice choice : completion.getChoices()) {
            finishReason(choice.getFinishReason());
          }
        }
      } else if (body instanceof FimCompletion) {
        fim((FimCompletion) body);
      } else if (body instanceof io.github.deepseekjava.model.Response) {
        responsesApi((io.github.deepseekjava.model.Response) body);
      }
    }
    end(null);
  }

  /** A chunk of a stream. */
  synchronized void chunk(Object chunk) {
    if (firstChunkNanos < 0) {
      firstChunkNanos = System.nanoTime() - startNanos;
    }
    if (chunk instanceof ChatCompletionChunk) {
      ChatCompletionChunk completion = (ChatCompletionChunk) chunk;
      response(completion.getId(), completion.getModel(), TokenUsage.of(completion.getUsage()));
      if (completion.getChoices() != null) {
        for (ChatCompletionChunkChoice choice : completion.getChoices()) {
          finishReason(choice.getFinishReason());
        }
      }
    } else if (chunk instanceof FimCompletion) {
      fim((FimCompletion) chunk);
    } else if (chunk instanceof ResponseLifecycleEvent && ((ResponseLifecycleEvent) chunk).getResponse() != null) {
      responsesApi(((ResponseLifecycleEvent) chunk).getResponse());
    }
  }

  /** A Responses API response, whole or in a lifecycle event; it has no finish reasons. */
  private void responsesApi(io.github.deepseekjava.model.Response response) {
    response(response.getId(), response.getModel(), TokenUsage.of(response.getUsage()));
  }

  private void fim(FimCompletion completion) {
    response(completion.getId(), completion.getModel(), TokenUsage.of(completion.getUsage()));
    if (completion.getChoices() != null) {
      for (FimChoice choice : completion.getChoices()) {
        finishReason(choice.getFinishReason());
      }
    }
  }

  private void response(String id, String model, TokenUsage usage) {
    if (id != null) {
      responseId = id;
    }
    if (model != null) {
      responseModel = model;
    }
    if (usage != null) {
      this.usage = usage;
    }
  }

  private void finishReason(FinishReason reason) {
    if (reason != null) {
      finishReasons.add(reason.getValue());
    }
  }

  /** The call ended, with {@code error} when it failed; only the first end is reported. */
  void end(Throwable error) {
    CallEnded ended;
    synchronized (this) {
      if (this.ended) {
        return;
      }
      this.ended = true;
      long now = System.nanoTime() - startNanos;
      ended = new CallEnded(call, attempts, status, traceId, duration(headersNanos), duration(firstChunkNanos),
          Duration.ofNanos(now), usage, finishReasons, responseModel, responseId, error);
    }
    try {
      listener.onEnd(ended);
    } catch (RuntimeException ignored) {
      // a listener never breaks the call
    }
  }

  private static Duration duration(long nanos) {
    return nanos < 0 ? null : Duration.ofNanos(nanos);
  }
}
