package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.ToolsApi;
import io.github.deepseekjava.model.FetchRequest;
import io.github.deepseekjava.model.FetchResponse;
import io.github.deepseekjava.model.OcrResult;
import io.github.deepseekjava.model.SearchRequest;
import io.github.deepseekjava.model.SearchResponse;
import io.github.deepseekjava.model.SpeechRequest;
import io.github.deepseekjava.model.Transcription;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The tools without blocking, {@code client.async().tools()}; see {@link ToolsService}. */
public final class AsyncToolsService {
  private final Pipeline pipeline;
  private final ToolsApi api;

  AsyncToolsService(Pipeline pipeline, ToolsApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** {@link ToolsService#search(SearchRequest)} on the client's async threads. */
  public CompletableFuture<SearchResponse> search(SearchRequest request) {
    return pipeline.executeAsync(api.searchWeb(Objects.requireNonNull(request, "request == null")));
  }

  /** {@link ToolsService#fetch(String)} on the client's async threads. */
  public CompletableFuture<FetchResponse> fetch(String url) {
    return pipeline.executeAsync(api.fetchUrl(new FetchRequest().url(Objects.requireNonNull(url, "url == null"))));
  }

  /** {@link ToolsService#ocr(FileUpload, String)} on the client's async threads. */
  public CompletableFuture<OcrResult> ocr(FileUpload file, String purpose) {
    return pipeline.executeAsync(ToolsService.ocrCall(api, file, purpose));
  }

  /** {@link ToolsService#tts(SpeechRequest, OutputStream)} on the client's async threads; the future holds the byte count. */
  public CompletableFuture<Long> tts(SpeechRequest request, OutputStream out) {
    Objects.requireNonNull(out, "out == null");
    return pipeline.downloadAsync(api.createSpeech(Objects.requireNonNull(request, "request == null")), out);
  }

  /** {@link ToolsService#asr(FileUpload)} on the client's async threads. */
  public CompletableFuture<Transcription> asr(FileUpload audio) {
    return pipeline.executeAsync(api.transcribe(Objects.requireNonNull(audio, "audio == null").part("file")));
  }
}
