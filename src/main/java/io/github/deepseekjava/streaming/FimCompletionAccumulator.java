package io.github.deepseekjava.streaming;

import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimLogprobs;
import io.github.deepseekjava.model.support.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the chunks of a streamed FIM completion into the {@link FimCompletion} a non-streamed call
 * would have returned: concatenates {@code text} and the logprobs lists, keeps the finish reason and
 * the usage of whichever chunk carries it. Not thread-safe.
 */
public final class FimCompletionAccumulator {
  private final CompletionHeader header = new CompletionHeader();
  private final Map<Integer, ChoiceState> choices = new TreeMap<>();

  /** Adds the next chunk; returns this. */
  public FimCompletionAccumulator add(FimCompletion chunk) {
    header.add(chunk.getId(), chunk.getCreated(), chunk.getModel(), chunk.getSystemFingerprint(), chunk.getUsage());
    if (chunk.getChoices() != null) {
      for (FimChoice choice : chunk.getChoices()) {
        int index = choice.getIndex() == null ? 0 : choice.getIndex();
        choices.computeIfAbsent(index, i -> new ChoiceState()).add(choice);
      }
    }
    return this;
  }

  /** The completion accumulated so far. */
  public FimCompletion result() {
    FimCompletion completion = new FimCompletion().id(header.id).created(header.created).model(header.model)
        .systemFingerprint(header.systemFingerprint).usage(header.usage).choices(new ArrayList<>());
    completion.setObject("text_completion");
    for (Map.Entry<Integer, ChoiceState> choice : choices.entrySet()) {
      completion.addChoicesItem(choice.getValue().toChoice(choice.getKey()));
    }
    return completion;
  }

  private static final class ChoiceState {
    private final StringBuilder text = new StringBuilder();
    private FinishReason finishReason;
    private FimLogprobs logprobs;

    void add(FimChoice choice) {
      if (choice.getText() != null) {
        text.append(choice.getText());
      }
      if (choice.getFinishReason() != null) {
        finishReason = choice.getFinishReason();
      }
      FimLogprobs piece = choice.getLogprobs();
      if (piece != null) {
        if (logprobs == null) {
          logprobs = new FimLogprobs();
        }
        logprobs.tokens(ChatCompletionAccumulator.appendAll(logprobs.getTokens(), piece.getTokens()));
        logprobs.tokenLogprobs(ChatCompletionAccumulator.appendAll(logprobs.getTokenLogprobs(), piece.getTokenLogprobs()));
        logprobs.topLogprobs(ChatCompletionAccumulator.appendAll(logprobs.getTopLogprobs(), piece.getTopLogprobs()));
        logprobs.textOffset(ChatCompletionAccumulator.appendAll(logprobs.getTextOffset(), piece.getTextOffset()));
      }
    }

    FimChoice toChoice(int index) {
      return new FimChoice().index(index).text(text.toString()).finishReason(finishReason).logprobs(logprobs);
    }
  }
}
