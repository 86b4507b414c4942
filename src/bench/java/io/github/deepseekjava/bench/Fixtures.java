package io.github.deepseekjava.bench;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bodies the fake server sends, and the checksums every client must compute from them, worked out
 * here independently of the clients (plain Gson tree parsing).
 */
public final class Fixtures {
  public static final String MODEL = "deepseek-chat";
  public static final String CHAT_PROMPT = "I love you babe, can you give me a kiss?";
  public static final String FIM_PROMPT = "Once upon a time, ";
  /** Selects the throughput stream: {@link #STREAM_CHUNKS} chunks sent as fast as possible. */
  public static final String STREAM_PROMPT = "bench-stream";
  /** Selects the paced stream used for the concurrency figure. */
  public static final String PACED_PROMPT = "bench-paced";
  /** Chunks in the throughput stream (the last one carries finish_reason and usage). */
  public static final int STREAM_CHUNKS = 500;
  /** Chunks in the paced stream, one every {@link #PACED_DELAY_MS}. */
  public static final int PACED_CHUNKS = 10;
  public static final int PACED_DELAY_MS = 20;
  /** Size of the upload and of the TTS audio in {@code TransferBench}, in MiB. */
  public static final int TRANSFER_MIB = 16;
  public static final long TRANSFER_BYTES = (long) TRANSFER_MIB << 20;
  public static final String TTS_TEXT = "bench-tts";
  /** Where downloaded audio goes: nowhere, so only the client's own allocation is measured. */
  public static final java.io.OutputStream DISCARD = new java.io.OutputStream() {
    @Override
    public void write(int b) {
    }

    @Override
    public void write(byte[] b, int off, int len) {
    }
  };

  /** Reads {@code in} to its end into a reused buffer; returns the byte count. */
  public static long drain(java.io.InputStream in) throws java.io.IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int read; (read = in.read(buffer)) != -1; ) {
      total += read;
    }
    return total;
  }

  private static final String[] TOKENS = {
      "Aww", ",", " that", "'s", " sweet", "!", " While", " I", " can", "'t", " give", " physical", " kisses", ",",
      " I", " can", " send", " you", " a", " virtual", " one", ":", " 💋", ".", " How", " can", " I", " help",
      " you", " today", "?", " 😊", "\n\n", " \"quoted\"", " café", " naïve", " 中文", " tab\t", " back\\slash"};

  public final byte[] chat;
  public final byte[] fim;
  public final byte[] models;
  public final byte[] balance;
  /** The whole throughput stream, {@code data: [DONE]} included. */
  public final byte[] stream;
  /** The paced stream, one element per event ({@code [DONE]} last). */
  public final List<byte[]> pacedEvents;

  public final long expectedChat;
  public final long expectedFim;
  public final long expectedStream;
  public final long expectedPaced;
  public final String describeChat;
  public final String describeFim;
  public final String describeStream;
  public final String describePaced;

  private Fixtures(Path dir) {
    chat = read(dir.resolve("seed/chat-response.json"));
    fim = read(dir.resolve("seed/fim-response.json"));
    models = read(dir.resolve("seed/models-response.json"));
    balance = read(dir.resolve("seed/balance-response.json"));
    List<String> streamEvents = events(STREAM_CHUNKS, "5f9a4c0e-7d2b-4a8e-9c31-2b6f0d4e8a17");
    List<String> pacedData = events(PACED_CHUNKS, "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5");
    StringBuilder all = new StringBuilder();
    for (String event : streamEvents) {
      all.append("data: ").append(event).append("\n\n");
    }
    all.append("data: [DONE]\n\n");
    stream = all.toString().getBytes(StandardCharsets.UTF_8);
    List<byte[]> paced = new ArrayList<>();
    for (String event : pacedData) {
      paced.add(("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
    paced.add("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    pacedEvents = Collections.unmodifiableList(paced);

    JsonObject c = JsonParser.parseString(utf8(chat)).getAsJsonObject();
    String content = c.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
        .get("content").getAsString();
    JsonObject usage = c.getAsJsonObject("usage");
    expectedChat = Checksum.chat(content.length(), tokens(usage, "prompt"), tokens(usage, "completion"),
        tokens(usage, "total"));
    describeChat = "content=" + content.length() + " chars, usage=" + usageText(usage);

    JsonObject f = JsonParser.parseString(utf8(fim)).getAsJsonObject();
    JsonObject choice = f.getAsJsonArray("choices").get(0).getAsJsonObject();
    String text = choice.get("text").getAsString();
    int logprobTokens = choice.getAsJsonObject("logprobs").getAsJsonArray("tokens").size();
    JsonObject fimUsage = f.getAsJsonObject("usage");
    expectedFim = Checksum.fim(text.length(), logprobTokens, tokens(fimUsage, "prompt"),
        tokens(fimUsage, "completion"), tokens(fimUsage, "total"));
    describeFim = "text=" + text.length() + " chars, logprob tokens=" + logprobTokens + ", usage="
        + usageText(fimUsage) + ", body=" + fim.length + " bytes";

    Checksum.StreamTally s = tally(streamEvents);
    expectedStream = s.checksum();
    describeStream = s + ", body=" + stream.length + " bytes";
    Checksum.StreamTally p = tally(pacedData);
    expectedPaced = p.checksum();
    describePaced = p + ", one chunk every " + PACED_DELAY_MS + " ms";
  }

  /** Loads the seed fixtures from {@code bench.fixtures} (default {@code src/test/resources}). */
  public static Fixtures load() {
    return new Fixtures(Paths.get(System.getProperty("bench.fixtures", "src/test/resources")));
  }

  private static List<String> events(int count, String id) {
    Gson gson = new Gson();
    List<String> events = new ArrayList<>(count);
    String head = "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1777014000,"
        + "\"model\":\"deepseek-v4-flash\",\"system_fingerprint\":\"fp_8b330d02d0_prod0820_fp8_kvcache_20260402\","
        + "\"choices\":[{\"index\":0,\"delta\":";
    events.add(head + "{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}");
    for (int i = 1; i < count - 1; i++) {
      events.add(head + "{\"content\":" + gson.toJson(TOKENS[i % TOKENS.length])
          + "},\"logprobs\":null,\"finish_reason\":null}]}");
    }
    int completion = count - 2;
    events.add(head + "{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{"
        + "\"prompt_tokens\":10,\"completion_tokens\":" + completion + ",\"total_tokens\":" + (completion + 10)
        + ",\"prompt_tokens_details\":{\"cached_tokens\":0},\"prompt_cache_hit_tokens\":0,"
        + "\"prompt_cache_miss_tokens\":10}}");
    return events;
  }

  private static Checksum.StreamTally tally(List<String> events) {
    Checksum.StreamTally t = new Checksum.StreamTally();
    for (String event : events) {
      JsonObject chunk = JsonParser.parseString(event).getAsJsonObject();
      t.chunks++;
      for (JsonElement choice : chunk.getAsJsonArray("choices")) {
        JsonElement content = choice.getAsJsonObject().getAsJsonObject("delta").get("content");
        if (content != null && !content.isJsonNull()) {
          t.contentLength += content.getAsString().length();
        }
      }
      JsonElement usage = chunk.get("usage");
      if (usage != null && !usage.isJsonNull()) {
        JsonObject u = usage.getAsJsonObject();
        t.usage(tokens(u, "prompt"), tokens(u, "completion"), tokens(u, "total"));
      }
    }
    return t;
  }

  private static long tokens(JsonObject usage, String kind) {
    return usage.get(kind + "_tokens").getAsLong();
  }

  private static String usageText(JsonObject usage) {
    return tokens(usage, "prompt") + "/" + tokens(usage, "completion") + "/" + tokens(usage, "total");
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + path.toAbsolutePath()
          + " (set -Dbench.fixtures to the folder holding seed/)", e);
    }
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
