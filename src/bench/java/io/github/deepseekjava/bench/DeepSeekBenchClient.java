package io.github.deepseekjava.bench;

import com.google.gson.Gson;
import com.google.gson.stream.JsonReader;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionChunkChoice;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.Usage;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChunkStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** This project's client, used as its README shows. */
final class DeepSeekBenchClient implements BenchClient {
  private final DeepSeekClient client;
  private final Gson gson = DeepSeekJson.gson();

  DeepSeekBenchClient(String baseUrl) {
    client = DeepSeekClient.builder().apiKey(API_KEY).baseUrl(baseUrl).maxRetries(0).build();
  }

  @Override
  public long chat() {
    ChatCompletion completion = client.chat().create(Fixtures.MODEL, Fixtures.CHAT_PROMPT);
    Usage usage = completion.getUsage();
    return Checksum.chat(completion.getChoices().get(0).getMessage().getContent().length(),
        usage.getPromptTokens(), usage.getCompletionTokens(), usage.getTotalTokens());
  }

  private static ChatCompletionRequest request(String prompt) {
    return new ChatCompletionRequest().model(Fixtures.MODEL)
        .addMessagesItem(new UserMessage().content(UserContent.of(prompt)));
  }

  @Override
  public long stream(String prompt) {
    Checksum.StreamTally tally = new Checksum.StreamTally();
    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request(prompt))) {
      for (ChatCompletionChunk chunk : chunks) {
        add(tally, chunk);
      }
    }
    return tally.checksum();
  }

  @Override
  public CompletableFuture<Long> streamAsync(String prompt) {
    Checksum.StreamTally tally = new Checksum.StreamTally();
    return client.async().chat().stream(request(prompt), chunk -> add(tally, chunk)).thenApply(done -> tally.checksum());
  }

  private static void add(Checksum.StreamTally tally, ChatCompletionChunk chunk) {
    tally.chunks++;
    if (chunk.getChoices() != null) {
      for (ChatCompletionChunkChoice choice : chunk.getChoices()) {
        if (choice.getDelta() != null && choice.getDelta().getContent() != null) {
          tally.contentLength += choice.getDelta().getContent().length();
        }
      }
    }
    Usage usage = chunk.getUsage();
    if (usage != null) {
      tally.usage(usage.getPromptTokens(), usage.getCompletionTokens(), usage.getTotalTokens());
    }
  }

  @Override
  public long fim() {
    return checksum(client.fim().create(new FimCompletionRequest().model(Fixtures.MODEL).prompt(Fixtures.FIM_PROMPT)
        .maxTokens(1024)));
  }

  /** As the client's Transport reads a body: the shared Gson over a UTF-8 reader. */
  @Override
  public long parseFim(byte[] body) {
    try (JsonReader reader = gson.newJsonReader(
        new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
      return checksum(gson.fromJson(reader, FimCompletion.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long checksum(FimCompletion completion) {
    FimChoice choice = completion.getChoices().get(0);
    Usage usage = completion.getUsage();
    return Checksum.fim(choice.getText().length(), choice.getLogprobs().getTokens().size(),
        usage.getPromptTokens(), usage.getCompletionTokens(), usage.getTotalTokens());
  }

  @Override
  public long upload(java.nio.file.Path file) {
    return client.files().upload(io.github.deepseekjava.FileUpload.of(file), io.github.deepseekjava.FilesService.USER_DATA)
        .getBytes();
  }

  @Override
  public long tts() {
    return client.tools().tts(new io.github.deepseekjava.model.SpeechRequest().text(Fixtures.TTS_TEXT),
        Fixtures.DISCARD);
  }

  @Override
  public void close() {
    client.close();
  }
}
