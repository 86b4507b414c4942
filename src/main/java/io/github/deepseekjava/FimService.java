package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.StreamShape;
import io.github.deepseekjava.internal.api.CompletionsApi;
import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.streaming.ChunkStream;
import java.util.Objects;
import retrofit2.Call;

/** FIM (fill-in-the-middle) completions (beta), {@code client.fim()}; sent to {@code /beta/completions}. */
public final class FimService {
  private final Pipeline pipeline;
  private final CompletionsApi api;

  FimService(Pipeline pipeline, CompletionsApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** Creates a FIM completion. {@code stream} must not be true; use {@link #stream} for that. */
  public FimCompletion create(FimCompletionRequest request) {
    return pipeline.execute(call(request, false));
  }

  /** Completes the text between {@code prompt} and {@code suffix} (null for none) with {@code model}. */
  public FimCompletion create(String model, String prompt, String suffix) {
    return create(new FimCompletionRequest().model(model).prompt(prompt).suffix(suffix));
  }

  /** Streams a FIM completion; see {@link ChatService#stream}. */
  public ChunkStream<FimCompletion> stream(FimCompletionRequest request) {
    return pipeline.stream(call(request, true), SHAPE);
  }

  Call<FimCompletion> call(FimCompletionRequest request, boolean streaming) {
    Objects.requireNonNull(request, "request == null");
    RequestValidation.validateFim(request, streaming);
    if (!streaming && Boolean.TRUE.equals(request.getStream())) {
      throw new IllegalArgumentException("stream must not be true for create(); use stream()");
    }
    return api.createFimCompletion(request);
  }

  static final StreamShape<FimCompletion> SHAPE = StreamShape.completions(FimCompletion.class, FimService::hasFinishReason);

  private static boolean hasFinishReason(FimCompletion chunk) {
    if (chunk.getChoices() != null) {
      for (FimChoice choice : chunk.getChoices()) {
        if (choice.getFinishReason() != null) {
          return true;
        }
      }
    }
    return false;
  }
}
