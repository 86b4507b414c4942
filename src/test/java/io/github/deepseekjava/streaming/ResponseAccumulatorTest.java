package io.github.deepseekjava.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.Gson;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseStreamEvent;
import org.junit.jupiter.api.Test;

/** What {@link ResponseAccumulator} does with streams that leave out events. */
class ResponseAccumulatorTest {
  private final Gson gson = DeepSeekJson.gson();

  private ResponseAccumulator accumulate(String... events) {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    for (String event : events) {
      accumulator.add(gson.fromJson(event, ResponseStreamEvent.class));
    }
    return accumulator;
  }

  @Test
  void deltasWithoutAddedItemsOrPartsStillBuildTheItems() {
    ResponseAccumulator accumulator = accumulate(
        "{\"type\":\"response.reasoning_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hm\"}",
        "{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"delta\":\"Hi\"}",
        "{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":1,\"content_index\":0,\"delta\":\"!\"}",
        "{\"type\":\"response.function_call_arguments.delta\",\"item_id\":\"fc_1\",\"output_index\":2,\"delta\":\"{}\"}",
        "{\"type\":\"response.output_text.done\",\"item_id\":\"msg_2\",\"output_index\":3,\"content_index\":0,\"text\":\"Bye\"}");

    assertFalse(accumulator.isComplete());
    assertEquals("{\"output\":["
        + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"content\":[{\"type\":\"reasoning_text\",\"text\":\"Hm\"}]},"
        + "{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hi!\"}]},"
        + "{\"type\":\"function_call\",\"id\":\"fc_1\",\"arguments\":\"{}\"},"
        + "{\"type\":\"message\",\"id\":\"msg_2\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Bye\"}]}]}",
        gson.toJson(accumulator.result()));
  }

  @Test
  void itemsTheEventsDidNotCoverComeFromTheLatestLifecycleResponse() {
    ResponseAccumulator accumulator = accumulate(
        "{\"type\":\"response.created\",\"response\":{\"id\":\"r\",\"status\":\"in_progress\",\"output\":[]}}",
        "{\"type\":\"response.output_item.done\",\"output_index\":1,\"item\":{\"type\":\"message\",\"role\":\"assistant\","
            + "\"content\":[{\"type\":\"output_text\",\"text\":\"Found it.\"}]}}",
        "{\"type\":\"response.completed\",\"response\":{\"id\":\"r\",\"status\":\"completed\",\"output\":["
            + "{\"type\":\"web_search_call\",\"id\":\"ws_1\",\"status\":\"completed\"},"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Found it.\"}]}]}}");

    Response result = accumulator.result();
    assertEquals("{\"id\":\"r\",\"status\":\"completed\",\"output\":[{\"type\":\"web_search_call\",\"id\":\"ws_1\","
        + "\"status\":\"completed\"},{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"Found it.\"}]}]}", gson.toJson(result));
  }

  @Test
  void beforeAnyEventTheResultIsEmpty() {
    Response result = new ResponseAccumulator().result();
    assertNull(result.getId());
    assertEquals(0, result.getOutput().size());
  }
}
