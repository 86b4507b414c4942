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
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * DeepSeek's model-free tools, {@code client.tools()}: web search and fetch, OCR, text to speech and
 * speech to text. They live at {@code /v1/tools/...} on the API host: with the base URL
 * {@code https://api.deepseek.com} or its {@code /v1} alias, search goes to
 * {@code https://api.deepseek.com/v1/tools/search}; a path prefix of a proxy is kept.
 *
 * <pre>{@code
 * SearchResponse hits = client.tools().search("site:docs.python.org asyncio timeout");
 * client.tools().tts(new SpeechRequest().text("Your order has shipped."), Paths.get("shipped.wav"));
 * }</pre>
 */
public final class ToolsService {
  private final Pipeline pipeline;
  private final ToolsApi api;

  ToolsService(Pipeline pipeline, ToolsApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** Searches the web. */
  public SearchResponse search(SearchRequest request) {
    return pipeline.execute(api.searchWeb(Objects.requireNonNull(request, "request == null")));
  }

  /** Searches the web for {@code query} with the server's defaults (10 results, no page bodies). */
  public SearchResponse search(String query) {
    return search(new SearchRequest().query(Objects.requireNonNull(query, "query == null")));
  }

  /** The page at {@code url}: its title and main text as Markdown. */
  public FetchResponse fetch(String url) {
    return pipeline.execute(api.fetchUrl(new FetchRequest().url(Objects.requireNonNull(url, "url == null"))));
  }

  /**
   * Recognizes the text of a document or image, page by page, with {@code purpose}
   * ({@link FilesService#TEXT_RECOGNITION} or {@link FilesService#RICH_LAYOUT_RECOGNITION}). The server
   * sends newlines while it works (up to 180 s), which keep the read timeout from firing.
   */
  public OcrResult ocr(FileUpload file, String purpose) {
    return pipeline.execute(ocrCall(api, file, purpose));
  }

  /**
   * Synthesizes speech and writes the audio to {@code out} as it arrives; returns the number of
   * bytes written. {@code out} is flushed, not closed.
   *
   * @throws io.github.deepseekjava.errors.IncompleteDownloadException when the audio broke off
   *     after part of it was written (not retried)
   */
  public long tts(SpeechRequest request, OutputStream out) {
    Objects.requireNonNull(out, "out == null");
    return pipeline.download(api.createSpeech(Objects.requireNonNull(request, "request == null")), out);
  }

  /**
   * Synthesizes speech into the file {@code target} (created or replaced); returns its size. On
   * failure the partial file is deleted.
   */
  public long tts(SpeechRequest request, Path target) {
    Objects.requireNonNull(request, "request == null");
    try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(target, "target == null"))) {
      return tts(request, out);
    } catch (IOException e) {
      deleteQuietly(target);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
  }

  /** Transcribes 16-bit PCM WAV or Ogg Opus audio (at most 8 MiB and 120 s). */
  public Transcription asr(FileUpload audio) {
    return pipeline.execute(api.transcribe(Objects.requireNonNull(audio, "audio == null").part("file")));
  }

  static retrofit2.Call<OcrResult> ocrCall(ToolsApi api, FileUpload file, String purpose) {
    Objects.requireNonNull(file, "file == null");
    return api.recognizeText(file.part("file"), Objects.requireNonNull(purpose, "purpose == null"));
  }

  /**
   * The base the {@code /v1/tools/...} paths resolve against: the client's base URL without a
   * trailing {@code v1} segment, so {@code https://api.deepseek.com/v1} does not yield {@code /v1/v1/}.
   */
  static HttpUrl toolsBaseUrl(HttpUrl baseUrl) {
    java.util.List<String> segments = baseUrl.pathSegments();
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).isEmpty()) {
      last--;
    }
    if (last < 0 || !segments.get(last).equals("v1")) {
      return baseUrl;
    }
    return baseUrl.newBuilder().removePathSegment(last).build();
  }

  private static void deleteQuietly(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException ignored) {
      // the original failure is what matters
    }
  }
}
