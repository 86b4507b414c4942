package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.SpeechSocket;
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
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okio.ByteString;

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
 *
 * <p>Text that arrives in pieces goes to the WebSocket variant, {@link #speechSession}.
 */
public final class ToolsService {
  /** {@value}, the operation id the listener sees for {@link #speechSession}. */
  static final String SPEECH_SESSION_OPERATION = "createSpeechSession";

  private final Pipeline pipeline;
  private final ToolsApi api;
  private final HttpUrl toolsBaseUrl;

  ToolsService(Pipeline pipeline, ToolsApi api, HttpUrl toolsBaseUrl) {
    this.pipeline = pipeline;
    this.api = api;
    this.toolsBaseUrl = toolsBaseUrl;
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

  /**
   * Opens a text-to-speech WebSocket session ({@code wss://api.deepseek.com/v1/tools/tts}, the same
   * host and path prefix as {@link #tts}) for text that arrives in pieces; audio is written to
   * {@code audio} frame by frame as it arrives, on OkHttp's reader thread, and flushed (not closed)
   * before {@link SpeechSession#finish()} returns. Blocks until the server accepted the socket.
   *
   * <p>A refused handshake (an HTTP status instead of 101) throws the same exception as any call with
   * that status ({@link io.github.deepseekjava.errors.AuthenticationException} for 401,
   * {@link io.github.deepseekjava.errors.RateLimitException} for 429, ...) and is retried like any call
   * (429, 5xx, connection failures), since no text was sent yet; once open, nothing is retried. The
   * client's timeout bounds the handshake with its retries, and separately {@link SpeechSession#finish()}.
   * The key travels only in the {@code Authorization} header. {@link RequestOptions} headers and query
   * parameters of a {@link DeepSeekClient#withOptions} view apply; body properties do not.
   *
   * @param options voice, format, Markdown filtering; {@link SpeechSessionOptions#defaults()} for the server's
   * @throws IllegalStateException when the client is closed
   */
  public SpeechSession speechSession(SpeechSessionOptions options, OutputStream audio) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(audio, "audio == null");
    return open(options, new SpeechSocket.AudioSink() {
      @Override
      public void write(ByteString frame) throws IOException {
        frame.write(audio);
      }

      @Override
      public void flush() throws IOException {
        audio.flush();
      }
    });
  }

  /**
   * {@link #speechSession(SpeechSessionOptions, OutputStream)} handing each binary frame to
   * {@code audio} as a new array (the consumer may keep it), in order, on OkHttp's reader thread. A
   * {@link RuntimeException} it throws ends the session and is thrown by {@link SpeechSession#finish()}.
   */
  public SpeechSession speechSession(SpeechSessionOptions options, Consumer<byte[]> audio) {
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(audio, "audio == null");
    return open(options, new SpeechSocket.AudioSink() {
      @Override
      public void write(ByteString frame) {
        audio.accept(frame.toByteArray());
      }

      @Override
      public void flush() {
      }
    });
  }

  private SpeechSession open(SpeechSessionOptions options, SpeechSocket.AudioSink sink) {
    return new SpeechSession(pipeline.openSpeechSocket(speechSocketUrl(toolsBaseUrl, options),
        SPEECH_SESSION_OPERATION, sink));
  }

  /** {@code {tools base}/v1/tools/tts} with the options that are set as query parameters. */
  static HttpUrl speechSocketUrl(HttpUrl toolsBaseUrl, SpeechSessionOptions options) {
    HttpUrl.Builder url = toolsBaseUrl.resolve("v1/tools/tts").newBuilder();
    if (options.voice() != null) {
      url.addQueryParameter("voice_id", options.voice());
    }
    if (options.format() != null) {
      url.addQueryParameter("format", options.format());
    }
    if (options.filterMarkdown() != null) {
      url.addQueryParameter("filter_markdown", options.filterMarkdown().toString());
    }
    return url.build();
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
