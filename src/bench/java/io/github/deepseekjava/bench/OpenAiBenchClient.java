package io.github.deepseekjava.bench;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionChoice;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.completions.CompletionUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;

/** openai-java (OkHttp flavour) pointed at the fake server's base URL, used as its README shows. */
final class OpenAiBenchClient implements BenchClient {
  private final OpenAIClient client;

  OpenAiBenchClient(String baseUrl) {
    client = OpenAIOkHttpClient.builder().apiKey(API_KEY).baseUrl(baseUrl).maxRetries(0).build();
  }

  @Override
  public long chat() {
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model(Fixtures.MODEL)
        .addUserMessage(Fixtures.CHAT_PROMPT).build();
    ChatCompletion completion = client.chat().completions().create(params);
    CompletionUsage usage = completion.usage().get();
    return Checksum.chat(completion.choices().get(0).message().content().get().length(),
        usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
  }

  private static ChatCompletionCreateParams params(String prompt) {
    return ChatCompletionCreateParams.builder().model(Fixtures.MODEL).addUserMessage(prompt).build();
  }

  @Override
  public long stream(String prompt) {
    Checksum.StreamTally tally = new Checksum.StreamTally();
    try (StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params(prompt))) {
      Iterator<ChatCompletionChunk> chunks = response.stream().iterator();
      while (chunks.hasNext()) {
        add(tally, chunks.next());
      }
    }
    return tally.checksum();
  }

  @Override
  public CompletableFuture<Long> streamAsync(String prompt) {
    Checksum.StreamTally tally = new Checksum.StreamTally();
    return client.async().chat().completions().createStreaming(params(prompt))
        .subscribe(chunk -> add(tally, chunk))
        .onCompleteFuture()
        .thenApply(done -> tally.checksum());
  }

  private static void add(Checksum.StreamTally tally, ChatCompletionChunk chunk) {
    synchronized (tally) {
      tally.chunks++;
      for (ChatCompletionChunk.Choice choice : chunk.choices()) {
        tally.contentLength += choice.delta().content().map(String::length).orElse(0);
      }
      chunk.usage().ifPresent(u -> tally.usage(u.promptTokens(), u.completionTokens(), u.totalTokens()));
    }
  }

  @Override
  public long fim() {
    CompletionCreateParams params = CompletionCreateParams.builder().model(Fixtures.MODEL)
        .prompt(Fixtures.FIM_PROMPT).maxTokens(1024).build();
    return checksum(client.completions().create(params));
  }

  /** openai-java's own Jackson mapper, as its response handlers use it. */
  @Override
  public long parseFim(byte[] body) {
    try {
      return checksum(ObjectMappers.jsonMapper().readValue(body, Completion.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long checksum(Completion completion) {
    CompletionChoice choice = completion.choices().get(0);
    CompletionUsage usage = completion.usage().get();
    return Checksum.fim(choice.text().length(), choice.logprobs().get().tokens().get().size(),
        usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
  }

  @Override
  public long upload(java.nio.file.Path file) {
    return client.files().create(com.openai.models.files.FileCreateParams.builder().file(file)
        .purpose(com.openai.models.files.FilePurpose.USER_DATA).build()).bytes();
  }

  @Override
  public long tts() {
    try (com.openai.core.http.HttpResponse response = client.audio().speech().create(
        com.openai.models.audio.speech.SpeechCreateParams.builder().model("tts-1").voice("alloy")
            .input(Fixtures.TTS_TEXT).build());
        java.io.InputStream body = response.body()) {
      return Fixtures.drain(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
