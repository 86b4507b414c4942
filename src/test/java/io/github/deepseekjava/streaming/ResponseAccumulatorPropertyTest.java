package io.github.deepseekjava.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseContentPart;
import io.github.deepseekjava.model.ResponseContentPartEvent;
import io.github.deepseekjava.model.ResponseCustomToolCallItem;
import io.github.deepseekjava.model.ResponseDeltaEvent;
import io.github.deepseekjava.model.ResponseDoneEvent;
import io.github.deepseekjava.model.ResponseFunctionCallItem;
import io.github.deepseekjava.model.ResponseIncompleteDetails;
import io.github.deepseekjava.model.ResponseInputTokensDetails;
import io.github.deepseekjava.model.ResponseItem;
import io.github.deepseekjava.model.ResponseLifecycleEvent;
import io.github.deepseekjava.model.ResponseMessageItem;
import io.github.deepseekjava.model.ResponseOutputItemEvent;
import io.github.deepseekjava.model.ResponseOutputText;
import io.github.deepseekjava.model.ResponseOutputTokensDetails;
import io.github.deepseekjava.model.ResponseReasoningItem;
import io.github.deepseekjava.model.ResponseReasoningText;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.ResponseUsage;
import io.github.deepseekjava.model.TokenLogprob;
import io.github.deepseekjava.model.support.ResponseContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: for any response and any way DeepSeek splits its text into delta events, accumulating the
 * events (after a trip through JSON, as on the wire) gives exactly the response of the terminal
 * event; and the deltas alone (a stream cut before any {@code .done} event) already give its output.
 */
class ResponseAccumulatorPropertyTest {
  private static final int RUNS = 500;
  private final Gson gson = DeepSeekJson.gson();

  @Test
  void eventsInAnySplitAccumulateToTheTerminalResponse() {
    for (long seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      Response expected = randomResponse(random);
      List<ResponseStreamEvent> events = new ArrayList<>();
      List<ResponseStreamEvent> deltasOnly = new ArrayList<>();
      split(expected, random, events, deltasOnly);

      ResponseAccumulator accumulator = new ResponseAccumulator();
      for (ResponseStreamEvent event : events) {
        accumulator.add(wire(event));
      }
      assertTrue(accumulator.isComplete(), "seed " + seed);
      assertEquals(gson.toJson(expected), gson.toJson(accumulator.result()), "seed " + seed);
      assertEquals(expected, accumulator.result(), "seed " + seed);

      ResponseAccumulator cut = new ResponseAccumulator();
      for (ResponseStreamEvent event : deltasOnly) {
        cut.add(wire(event));
      }
      assertFalse(cut.isComplete(), "seed " + seed);
      assertEquals(gson.toJson(expected.getOutput()), gson.toJson(cut.result().getOutput()), "seed " + seed);
    }
  }

  private ResponseStreamEvent wire(ResponseStreamEvent event) {
    return gson.fromJson(gson.toJson(event, ResponseStreamEvent.class), ResponseStreamEvent.class);
  }

  private static Response randomResponse(Random random) {
    Response response = new Response().id("resp_" + random.nextInt(1000)).createdAt(1795000000L)
        .model("deepseek-flash").output(new ArrayList<>());
    response.setObject("response");
    if (random.nextBoolean()) {
      response.addOutputItem(new ResponseReasoningItem().id("rs_0").summary(new ArrayList<>())
          .addContentItem(new ResponseReasoningText().text(RandomText.of(random, 120))));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      List<ResponseContentPart> parts = new ArrayList<>();
      for (int p = 1 + random.nextInt(2); p > 0; p--) {
        ResponseOutputText part = new ResponseOutputText().text(RandomText.of(random, 120)).annotations(new ArrayList<>());
        if (random.nextInt(3) == 0 && !part.getText().isEmpty()) {
          for (int t = 1 + random.nextInt(6); t > 0; t--) {
            part.addLogprobsItem(new TokenLogprob().token("t" + t).logprob(-random.nextInt(9999) / 10.0)
                .bytes(List.of(116, 48 + t)).topLogprobs(new ArrayList<>()));
          }
        }
        parts.add(part);
      }
      response.addOutputItem(new ResponseMessageItem().id("msg_" + i).role("assistant").status("completed")
          .content(ResponseContent.of(parts)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      response.addOutputItem(new ResponseFunctionCallItem().id("fc_" + i).callId("call_0" + i + "_" + random.nextInt(999))
          .name("tool_" + random.nextInt(100)).status("completed")
          .arguments("{\"q\":\"" + RandomText.of(random, 60).replace("\\", "").replace("\"", "") + "\"}"));
    }
    if (random.nextInt(4) == 0) {
      response.addOutputItem(new ResponseCustomToolCallItem().id("ctc_0").callId("call_apply").name("apply_patch")
          .input(RandomText.of(random, 80)).status("completed"));
    }
    boolean incomplete = random.nextInt(4) == 0;
    response.status(incomplete ? "incomplete" : "completed")
        .incompleteDetails(incomplete ? new ResponseIncompleteDetails().reason("max_output_tokens") : null)
        .title(random.nextBoolean() ? RandomText.of(random, 20) : null);
    int input = random.nextInt(500);
    int output = random.nextInt(1000);
    return response.usage(new ResponseUsage().inputTokens(input)
        .inputTokensDetails(new ResponseInputTokensDetails().cachedTokens(random.nextInt(input + 1)))
        .outputTokens(output).outputTokensDetails(new ResponseOutputTokensDetails().reasoningTokens(random.nextInt(output + 1)))
        .totalTokens(input + output));
  }

  /**
   * The events DeepSeek could send for {@code response} into {@code all}; into {@code deltasOnly}
   * the same stream cut before its first {@code .done} event (created, items added, parts added, deltas).
   */
  private void split(Response response, Random random, List<ResponseStreamEvent> all, List<ResponseStreamEvent> deltasOnly) {
    Response started = gson.fromJson(gson.toJson(response), Response.class).status("in_progress").output(new ArrayList<>())
        .usage(null).title(null).incompleteDetails(null);
    List<ResponseStreamEvent> done = new ArrayList<>();
    int sequence = 0;
    all.add(lifecycle("response.created", started, sequence++));
    all.add(lifecycle("response.in_progress", started, sequence++));
    deltasOnly.addAll(all);
    for (int index = 0; index < response.getOutput().size(); index++) {
      ResponseItem item = response.getOutput().get(index);
      List<ResponseStreamEvent> events = new ArrayList<>();
      if (item instanceof ResponseFunctionCallItem || item instanceof ResponseCustomToolCallItem) {
        boolean function = item instanceof ResponseFunctionCallItem;
        ResponseItem added = copy(item);
        String text;
        if (function) {
          text = ((ResponseFunctionCallItem) item).getArguments();
          ((ResponseFunctionCallItem) added).setArguments("");
        } else {
          text = ((ResponseCustomToolCallItem) item).getInput();
          ((ResponseCustomToolCallItem) added).setInput("");
        }
        events.add(itemEvent("response.output_item.added", index, added, sequence++));
        String kind = function ? "function_call_arguments" : "custom_tool_call_input";
        for (String piece : RandomText.pieces(text, random)) {
          events.add(delta("response." + kind + ".delta", index, null, piece, null, sequence++));
        }
        deltasOnly.addAll(events);
        ResponseDoneEvent textDone = doneEvent("response." + kind + ".done", index, null, sequence++);
        if (function) {
          textDone.arguments(text).name(((ResponseFunctionCallItem) item).getName());
        } else {
          textDone.input(text);
        }
        events.add(textDone);
      } else {
        boolean reasoning = item instanceof ResponseReasoningItem;
        List<? extends ResponseContentPart> parts = reasoning ? ((ResponseReasoningItem) item).getContent()
            : ((ResponseMessageItem) item).getContent().getParts();
        ResponseItem added = copy(item);
        if (reasoning) {
          ((ResponseReasoningItem) added).setContent(new ArrayList<>());
        } else {
          ((ResponseMessageItem) added).setContent(ResponseContent.of(new ArrayList<ResponseContentPart>()));
        }
        events.add(itemEvent("response.output_item.added", index, added, sequence++));
        List<ResponseStreamEvent> partEvents = new ArrayList<>();
        for (int content = 0; content < parts.size(); content++) {
          ResponseContentPart part = parts.get(content);
          ResponseContentPart empty = copy(part);
          String text;
          List<TokenLogprob> logprobs = null;
          if (reasoning) {
            text = ((ResponseReasoningText) part).getText();
            ((ResponseReasoningText) empty).setText("");
          } else {
            text = ((ResponseOutputText) part).getText();
            logprobs = ((ResponseOutputText) part).getLogprobs();
            ((ResponseOutputText) empty).text("").setLogprobs(null);
          }
          events.add(partEvent("response.content_part.added", index, content, empty, sequence++));
          String kind = reasoning ? "reasoning_text" : "output_text";
          List<String> pieces = RandomText.pieces(text, random);
          int logprobIndex = 0;
          for (int i = 0; i < pieces.size(); i++) {
            List<TokenLogprob> slice = null;
            if (logprobs != null) {
              int take = i == pieces.size() - 1 ? logprobs.size() - logprobIndex
                  : random.nextInt(logprobs.size() - logprobIndex + 1);
              slice = new ArrayList<>(logprobs.subList(logprobIndex, logprobIndex + take));
              logprobIndex += take;
            }
            events.add(delta("response." + kind + ".delta", index, content, pieces.get(i), slice, sequence++));
          }
          ResponseDoneEvent textDone = doneEvent("response." + kind + ".done", index, content, sequence++).text(text);
          if (logprobs != null) {
            textDone.logprobs(logprobs);
          }
          partEvents.add(textDone);
          partEvents.add(partEvent("response.content_part.done", index, content, part, sequence++));
        }
        deltasOnly.addAll(events);
        events.addAll(partEvents);
      }
      events.add(itemEvent("response.output_item.done", index, item, sequence++));
      done.addAll(events);
    }
    all.addAll(done);
    all.add(lifecycle("response." + response.getStatus(), response, sequence));
  }

  @SuppressWarnings("unchecked")
  private <T> T copy(T value) {
    Class<T> type = (Class<T>) (value instanceof ResponseItem ? ResponseItem.class : ResponseContentPart.class);
    return gson.fromJson(gson.toJsonTree(value, type), type);
  }

  private static ResponseLifecycleEvent lifecycle(String type, Response response, int sequence) {
    return new ResponseLifecycleEvent().type(type).sequenceNumber(sequence).response(response);
  }

  private static ResponseOutputItemEvent itemEvent(String type, int index, ResponseItem item, int sequence) {
    return new ResponseOutputItemEvent().type(type).sequenceNumber(sequence).outputIndex(index).item(item);
  }

  private static ResponseContentPartEvent partEvent(String type, int index, int content, ResponseContentPart part,
      int sequence) {
    return new ResponseContentPartEvent().type(type).sequenceNumber(sequence).itemId("item_" + index)
        .outputIndex(index).contentIndex(content).part(part);
  }

  private static ResponseDeltaEvent delta(String type, int index, Integer content, String piece,
      List<TokenLogprob> logprobs, int sequence) {
    return new ResponseDeltaEvent().type(type).sequenceNumber(sequence).itemId("item_" + index).outputIndex(index)
        .contentIndex(content).delta(piece).logprobs(logprobs);
  }

  private static ResponseDoneEvent doneEvent(String type, int index, Integer content, int sequence) {
    return new ResponseDoneEvent().type(type).sequenceNumber(sequence).itemId("item_" + index).outputIndex(index)
        .contentIndex(content);
  }
}
