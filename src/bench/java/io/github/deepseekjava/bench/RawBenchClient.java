package io.github.deepseekjava.bench;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The baseline: OkHttp 4.12 + Gson doing the minimum a careful hand-written caller would: one shared
 * OkHttpClient and Gson, plain POJOs for the fields the API returns, no validation, no retries, no
 * error mapping. Its dispatcher allows 256 concurrent async calls (OkHttp's default is 5 per host).
 */
final class RawBenchClient implements BenchClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final Gson gson = new Gson();
  private final HttpUrl chatUrl;
  private final HttpUrl fimUrl;
  private final HttpUrl filesUrl;
  private final HttpUrl ttsUrl;
  private final String authorization = "Bearer " + API_KEY;

  RawBenchClient(String baseUrl) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(256);
    http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    HttpUrl base = HttpUrl.get(baseUrl);
    chatUrl = base.newBuilder().addPathSegments("chat/completions").build();
    fimUrl = base.newBuilder().addPathSegments("beta/completions").build();
    filesUrl = base.newBuilder().addPathSegments("files").build();
    ttsUrl = base.newBuilder().addPathSegments("v1/tools/tts").build();
  }

  private Request post(HttpUrl url, Object body) {
    return new Request.Builder().url(url).header("Authorization", authorization)
        .post(RequestBody.create(gson.toJson(body), JSON)).build();
  }

  private static void check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
  }

  @Override
  public long chat() {
    try (Response response = http.newCall(post(chatUrl, new ChatRequest(Fixtures.CHAT_PROMPT, null))).execute()) {
      check(response);
      ChatCompletion completion = gson.fromJson(response.body().charStream(), ChatCompletion.class);
      Usage usage = completion.usage;
      return Checksum.chat(completion.choices.get(0).message.content.length(), usage.promptTokens,
          usage.completionTokens, usage.totalTokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long stream(String prompt) {
    try (Response response = http.newCall(post(chatUrl, new ChatRequest(prompt, Boolean.TRUE))).execute()) {
      return readStream(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long readStream(Response response) throws IOException {
    check(response);
    Checksum.StreamTally tally = new Checksum.StreamTally();
    BufferedSource source = response.body().source();
    String line;
    while ((line = source.readUtf8Line()) != null) {
      if (!line.startsWith("data:")) {
        continue;
      }
      String data = line.substring(line.startsWith("data: ") ? 6 : 5);
      if (data.equals("[DONE]")) {
        break;
      }
      Chunk chunk = gson.fromJson(data, Chunk.class);
      tally.chunks++;
      for (ChunkChoice choice : chunk.choices) {
        if (choice.delta != null && choice.delta.content != null) {
          tally.contentLength += choice.delta.content.length();
        }
      }
      if (chunk.usage != null) {
        tally.usage(chunk.usage.promptTokens, chunk.usage.completionTokens, chunk.usage.totalTokens);
      }
    }
    return tally.checksum();
  }

  @Override
  public CompletableFuture<Long> streamAsync(String prompt) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    http.newCall(post(chatUrl, new ChatRequest(prompt, Boolean.TRUE))).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (Response r = response) {
          result.complete(readStream(r));
        } catch (IOException | RuntimeException e) {
          result.completeExceptionally(e);
        }
      }
    });
    return result;
  }

  @Override
  public long upload(java.nio.file.Path file) {
    RequestBody body = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
        .addFormDataPart("purpose", "user_data")
        .addFormDataPart("file", file.getFileName().toString(),
            RequestBody.create(file.toFile(), MediaType.get("application/octet-stream")))
        .build();
    Request request = new Request.Builder().url(filesUrl).header("Authorization", authorization).post(body).build();
    try (Response response = http.newCall(request).execute()) {
      check(response);
      return gson.fromJson(response.body().charStream(), FileObject.class).bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long tts() {
    try (Response response = http.newCall(post(ttsUrl, new SpeechRequest())).execute()) {
      check(response);
      BufferedSource source = response.body().source();
      okio.Buffer chunk = new okio.Buffer();
      long total = 0;
      for (long read; (read = source.read(chunk, 64 * 1024)) != -1; ) {
        total += read;
        chunk.writeTo(Fixtures.DISCARD);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class FileObject {
    long bytes;
  }

  static final class SpeechRequest {
    final String text = Fixtures.TTS_TEXT;
  }

  @Override
  public long fim() {
    try (Response response = http.newCall(post(fimUrl, new FimRequest())).execute()) {
      check(response);
      return checksum(gson.fromJson(response.body().charStream(), FimCompletion.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long parseFim(byte[] body) {
    return checksum(gson.fromJson(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8),
        FimCompletion.class));
  }

  private static long checksum(FimCompletion completion) {
    FimChoice choice = completion.choices.get(0);
    return Checksum.fim(choice.text.length(), choice.logprobs.tokens.size(), completion.usage.promptTokens,
        completion.usage.completionTokens, completion.usage.totalTokens);
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  // ---- the POJOs a hand-written caller would write ----

  static final class Message {
    final String role;
    final String content;

    Message(String role, String content) {
      this.role = role;
      this.content = content;
    }
  }

  static final class ChatRequest {
    final String model = Fixtures.MODEL;
    final List<Message> messages;
    final Boolean stream;

    ChatRequest(String prompt, Boolean stream) {
      this.messages = Collections.singletonList(new Message("user", prompt));
      this.stream = stream;
    }
  }

  static final class FimRequest {
    final String model = Fixtures.MODEL;
    final String prompt = Fixtures.FIM_PROMPT;
    @SerializedName("max_tokens")
    final int maxTokens = 1024;
  }

  static final class Usage {
    @SerializedName("prompt_tokens")
    int promptTokens;
    @SerializedName("completion_tokens")
    int completionTokens;
    @SerializedName("total_tokens")
    int totalTokens;
    @SerializedName("prompt_cache_hit_tokens")
    int promptCacheHitTokens;
    @SerializedName("prompt_cache_miss_tokens")
    int promptCacheMissTokens;
  }

  static final class AssistantMessage {
    String role;
    String content;
    @SerializedName("reasoning_content")
    String reasoningContent;
  }

  static final class ChatChoice {
    int index;
    AssistantMessage message;
    @SerializedName("finish_reason")
    String finishReason;
  }

  static final class ChatCompletion {
    String id;
    String object;
    long created;
    String model;
    @SerializedName("system_fingerprint")
    String systemFingerprint;
    List<ChatChoice> choices;
    Usage usage;
  }

  static final class Delta {
    String role;
    String content;
    @SerializedName("reasoning_content")
    String reasoningContent;
  }

  static final class ChunkChoice {
    int index;
    Delta delta;
    @SerializedName("finish_reason")
    String finishReason;
  }

  static final class Chunk {
    String id;
    String object;
    long created;
    String model;
    @SerializedName("system_fingerprint")
    String systemFingerprint;
    List<ChunkChoice> choices;
    Usage usage;
  }

  static final class FimLogprobs {
    List<String> tokens;
    @SerializedName("token_logprobs")
    List<Double> tokenLogprobs;
    @SerializedName("top_logprobs")
    List<Map<String, Double>> topLogprobs;
    @SerializedName("text_offset")
    List<Integer> textOffset;
  }

  static final class FimChoice {
    int index;
    String text;
    FimLogprobs logprobs;
    @SerializedName("finish_reason")
    String finishReason;
  }

  static final class FimCompletion {
    String id;
    String object;
    long created;
    String model;
    @SerializedName("system_fingerprint")
    String systemFingerprint;
    List<FimChoice> choices;
    Usage usage;
  }
}
