package io.github.deepseekjava.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionChunkChoice;
import io.github.deepseekjava.model.ChatCompletionDelta;
import io.github.deepseekjava.model.ChatLogprobs;
import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimLogprobs;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.model.FunctionCall;
import io.github.deepseekjava.model.FunctionCallDelta;
import io.github.deepseekjava.model.TokenLogprob;
import io.github.deepseekjava.model.ToolCall;
import io.github.deepseekjava.model.ToolCallDelta;
import io.github.deepseekjava.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: for any answer and any way DeepSeek splits it into chunks, accumulating the chunks (after
 * a trip through JSON, as on the wire) gives exactly the non-streamed answer.
 */
class AccumulatorPropertyTest {
  private static final int RUNS = 500;
  private final Gson gson = DeepSeekJson.gson();

  @Test
  void chatChunksInAnySplitAccumulateToTheCompletion() {
    for (long seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      ChatCompletion expected = randomCompletion(random);
      ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
      for (ChatCompletionChunk chunk : split(expected, random)) {
        accumulator.add(gson.fromJson(gson.toJson(chunk), ChatCompletionChunk.class));
      }
      assertEquals(gson.toJson(expected), gson.toJson(accumulator.result()), "seed " + seed);
      assertEquals(expected, accumulator.result(), "seed " + seed);
    }
  }

  @Test
  void fimChunksInAnySplitAccumulateToTheCompletion() {
    for (long seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      String text = RandomText.of(random, 200);
      List<String> tokens = RandomText.pieces(text, random);
      FimLogprobs logprobs = new FimLogprobs().tokens(new ArrayList<>()).tokenLogprobs(new ArrayList<>())
          .textOffset(new ArrayList<>()).topLogprobs(new ArrayList<>());
      List<FimCompletion> chunks = new ArrayList<>();
      int offset = 0;
      for (String token : tokens) {
        double logprob = -random.nextInt(1000) / 100.0;
        logprobs.addTokensItem(token).addTokenLogprobsItem(logprob).addTextOffsetItem(offset)
            .addTopLogprobsItem(java.util.Collections.singletonMap(token, logprob));
        chunks.add(fimChunk(new FimChoice().index(0).text(token).logprobs(new FimLogprobs()
            .tokens(List.of(token)).tokenLogprobs(List.of(logprob)).textOffset(List.of(offset))
            .topLogprobs(List.of(java.util.Collections.singletonMap(token, logprob))))));
        offset += token.length();
      }
      Usage usage = randomUsage(random);
      FimCompletion last = fimChunk(new FimChoice().index(0).text("").finishReason(FinishReason.LENGTH)).usage(usage);
      chunks.add(last);
      FimCompletion expected = fimChunk(new FimChoice().index(0).text(text).finishReason(FinishReason.LENGTH)
          .logprobs(tokens.isEmpty() ? null : logprobs)).usage(usage);

      FimCompletionAccumulator accumulator = new FimCompletionAccumulator();
      for (FimCompletion chunk : chunks) {
        accumulator.add(gson.fromJson(gson.toJson(chunk), FimCompletion.class));
      }
      assertEquals(gson.toJson(expected), gson.toJson(accumulator.result()), "seed " + seed);
    }
  }

  private static FimCompletion fimChunk(FimChoice choice) {
    FimCompletion chunk = new FimCompletion().id("fim-1").created(1740637689L).model("deepseek-v4-pro")
        .systemFingerprint("fp_1").addChoicesItem(choice);
    chunk.setObject("text_completion");
    return chunk;
  }

  private static ChatCompletion randomCompletion(Random random) {
    boolean thinking = random.nextBoolean();
    int toolCallCount = random.nextInt(4);
    AssistantMessage message = new AssistantMessage()
        .content(toolCallCount > 0 && random.nextBoolean() ? "" : RandomText.of(random, 120))
        .reasoningContent(thinking ? RandomText.of(random, 120) : null);
    for (int i = 0; i < toolCallCount; i++) {
      message.addToolCallsItem(new ToolCall().id("call_0" + i + "_" + Long.toHexString(random.nextLong()))
          .function(new FunctionCall().name("tool_" + random.nextInt(100))
              .arguments("{\"q\":\"" + RandomText.of(random, 60).replace("\\", "").replace("\"", "") + "\"}")));
    }
    ChatLogprobs logprobs = null;
    if (random.nextInt(3) == 0 && !message.getContent().isEmpty()) {
      logprobs = new ChatLogprobs().content(new ArrayList<>());
      for (int i = 0; i < 1 + random.nextInt(10); i++) {
        logprobs.addContentItem(new TokenLogprob().token("t" + i).logprob(-random.nextInt(9999) / 10.0)
            .bytes(List.of(116, 48 + i)).topLogprobs(new ArrayList<>()));
      }
    }
    FinishReason finish = toolCallCount > 0 ? FinishReason.TOOL_CALLS
        : new ArrayList<>(FinishReason.knownValues().values()).get(random.nextInt(FinishReason.knownValues().size()));
    ChatCompletion completion = new ChatCompletion().id("id-" + random.nextInt(1000)).created(1777014000L)
        .model("deepseek-v4-flash").systemFingerprint("fp_1").usage(randomUsage(random))
        .addChoicesItem(new ChatCompletionChoice().index(0).message(message).logprobs(logprobs).finishReason(finish));
    completion.setObject("chat.completion");
    return completion;
  }

  /** The chunks DeepSeek could send for {@code completion}, with random piece boundaries. */
  private static List<ChatCompletionChunk> split(ChatCompletion completion, Random random) {
    ChatCompletionChoice choice = completion.getChoices().get(0);
    AssistantMessage message = choice.getMessage();
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    boolean thinking = message.getReasoningContent() != null;
    chunks.add(chunk(completion, new ChatCompletionDelta().role("assistant")
        .content(thinking ? null : "").reasoningContent(thinking ? "" : null), null));
    if (thinking) {
      for (String piece : RandomText.pieces(message.getReasoningContent(), random)) {
        chunks.add(chunk(completion, new ChatCompletionDelta().reasoningContent(piece), null));
      }
    }
    List<TokenLogprob> tokenLogprobs = choice.getLogprobs() == null ? List.of() : choice.getLogprobs().getContent();
    List<String> contentPieces = RandomText.pieces(message.getContent(), random);
    int logprobIndex = 0;
    for (int i = 0; i < contentPieces.size(); i++) {
      ChatCompletionChunk chunk = chunk(completion, new ChatCompletionDelta().content(contentPieces.get(i)), null);
      int take = i == contentPieces.size() - 1 ? tokenLogprobs.size() - logprobIndex
          : random.nextInt(tokenLogprobs.size() - logprobIndex + 1);
      if (take > 0) {
        chunk.getChoices().get(0).logprobs(new ChatLogprobs()
            .content(new ArrayList<>(tokenLogprobs.subList(logprobIndex, logprobIndex + take))));
        logprobIndex += take;
      }
      chunks.add(chunk);
    }
    if (message.getToolCalls() != null) {
      for (int index = 0; index < message.getToolCalls().size(); index++) {
        ToolCall call = message.getToolCalls().get(index);
        chunks.add(chunk(completion, new ChatCompletionDelta().addToolCallsItem(new ToolCallDelta().index(index)
            .id(call.getId()).type("function").function(new FunctionCallDelta().name(call.getFunction().getName()).arguments(""))), null));
        boolean repeatsId = random.nextBoolean();
        for (String piece : RandomText.pieces(call.getFunction().getArguments(), random)) {
          chunks.add(chunk(completion, new ChatCompletionDelta().addToolCallsItem(new ToolCallDelta().index(index)
              .id(repeatsId ? call.getId() : null).function(new FunctionCallDelta().arguments(piece))), null));
        }
      }
    }
    ChatCompletionChunk last = chunk(completion, new ChatCompletionDelta().content(""), choice.getFinishReason());
    last.setUsage(completion.getUsage());
    chunks.add(last);
    return chunks;
  }

  private static ChatCompletionChunk chunk(ChatCompletion completion, ChatCompletionDelta delta, FinishReason finish) {
    ChatCompletionChunk chunk = new ChatCompletionChunk().id(completion.getId()).created(completion.getCreated())
        .model(completion.getModel()).systemFingerprint(completion.getSystemFingerprint())
        .addChoicesItem(new ChatCompletionChunkChoice().index(0).delta(delta).finishReason(finish));
    chunk.setObject("chat.completion.chunk");
    return chunk;
  }

  private static Usage randomUsage(Random random) {
    int hit = random.nextInt(500);
    int miss = random.nextInt(500);
    int completion = random.nextInt(1000);
    return new Usage().promptCacheHitTokens(hit).promptCacheMissTokens(miss).promptTokens(hit + miss)
        .completionTokens(completion).totalTokens(hit + miss + completion);
  }
}
