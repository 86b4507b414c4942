package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.deepseekjava.errors.ResponseFailedException;
import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.StreamShape;
import io.github.deepseekjava.internal.api.ResponsesApi;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.ErrorDetail;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseErrorDetail;
import io.github.deepseekjava.model.ResponseLifecycleEvent;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.streaming.ResponseAccumulator;
import io.github.deepseekjava.streaming.ResponseEventTypes;
import java.util.Objects;
import retrofit2.Call;

/**
 * The Responses API (OpenAI Responses format, stateless), {@code client.responses()}. To continue a
 * conversation, send the earlier output items and tool outputs again in {@code input};
 * {@link io.github.deepseekjava.chat.ResponsesConversation} does that.
 *
 * <pre>{@code
 * Response response = client.responses().create("deepseek-flash", "Name three rivers in Peru.");
 * try (ChunkStream<ResponseStreamEvent> events = client.responses().stream(request)) { ... }
 * }</pre>
 */
public final class ResponsesService {
  private final Pipeline pipeline;
  private final ResponsesApi api;

  ResponsesService(Pipeline pipeline, ResponsesApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /**
   * Creates a response. {@code stream} must not be true; use {@link #stream} for that. A response
   * with status {@code failed} or {@code incomplete} is returned, not thrown.
   *
   * @throws IllegalArgumentException naming the field when the request is invalid (before any network call)
   * @throws io.github.deepseekjava.errors.DeepSeekException when the call fails
   */
  public Response create(CreateResponseRequest request) {
    return pipeline.execute(call(request, false));
  }

  /** Sends {@code input} as one user message to {@code model} and returns the response. */
  public Response create(String model, String input) {
    return create(new CreateResponseRequest().model(model)
        .input(ResponseInput.of(Objects.requireNonNull(input, "input == null"))));
  }

  /**
   * Streams a response as typed events; it returns once the first event arrived (failures before it
   * are retried). The stream ends after the terminal {@code response.completed} or
   * {@code response.incomplete} event; {@code response.failed} is thrown as a
   * {@link ResponseFailedException}, and a stream that ends without a terminal event as an
   * {@link io.github.deepseekjava.errors.IncompleteStreamException}. Events of unknown types arrive as
   * {@link io.github.deepseekjava.model.support.UnknownResponseEvent}. {@link ResponseAccumulator}
   * builds the whole response.
   */
  public ChunkStream<ResponseStreamEvent> stream(CreateResponseRequest request) {
    return pipeline.stream(call(request, true), SHAPE);
  }

  /** Validates {@code request} and returns the generated operation for it. */
  Call<Response> call(CreateResponseRequest request, boolean streaming) {
    Objects.requireNonNull(request, "request == null");
    RequestValidation.validateResponses(request);
    if (!streaming && Boolean.TRUE.equals(request.getStream())) {
      throw new IllegalArgumentException("stream must not be true for create(); use stream()");
    }
    return api.createResponse(request);
  }

  /** Named events: a terminal event ends the stream, {@code response.failed} is an exception. */
  static final StreamShape<ResponseStreamEvent> SHAPE = new StreamShape<ResponseStreamEvent>() {
    @Override
    public Class<ResponseStreamEvent> chunkType() {
      return ResponseStreamEvent.class;
    }

    /** The data's {@code type} names the event; data without one takes the SSE {@code event} name. */
    @Override
    public ResponseStreamEvent parse(Gson gson, String data, String eventName) {
      if (eventName == null || data.contains("\"type\"")) {
        return gson.fromJson(data, ResponseStreamEvent.class);
      }
      JsonElement tree = JsonParser.parseString(data);
      if (tree.isJsonObject() && !tree.getAsJsonObject().has("type")) {
        tree.getAsJsonObject().addProperty("type", eventName);
      }
      return gson.fromJson(tree, ResponseStreamEvent.class);
    }

    @Override
    public String expectedEnd() {
      return "a terminal event (response.completed, response.incomplete or response.failed)";
    }

    @Override
    public boolean mayEndAfter(ResponseStreamEvent event) {
      return false;
    }

    @Override
    public boolean isLast(ResponseStreamEvent event) {
      return ResponseAccumulator.isTerminal(event);
    }

    @Override
    public ResponseFailedException failure(ResponseStreamEvent event) {
      if (!ResponseEventTypes.FAILED.equals(event.getType()) || !(event instanceof ResponseLifecycleEvent)) {
        return null;
      }
      return failed(((ResponseLifecycleEvent) event).getResponse());
    }
  };

  static ResponseFailedException failed(Response response) {
    ResponseErrorDetail error = response == null ? null : response.getError();
    String message = error == null ? null : error.getMessage();
    String code = error == null ? null : error.getCode();
    return new ResponseFailedException("response failed: " + (message == null ? "(no message)" : message)
        + (code == null ? "" : " (code " + code + ")") + (response == null || response.getId() == null ? ""
        : " (response " + response.getId() + ")"), 200, null, new ErrorDetail().message(message).code(code),
        response == null ? null : DeepSeekJson.gson().toJson(response), response);
  }
}
