package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.deepseekjava.chat.ResponseItems;
import io.github.deepseekjava.chat.ResponsesConversation;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.ResponseFailedException;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseDeltaEvent;
import io.github.deepseekjava.model.ResponseFunctionCallItem;
import io.github.deepseekjava.model.ResponseInputImage;
import io.github.deepseekjava.model.ResponseLifecycleEvent;
import io.github.deepseekjava.model.ResponseMessageItem;
import io.github.deepseekjava.model.ResponseNamedToolChoice;
import io.github.deepseekjava.model.ResponseReasoningOptions;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.ResponseTextFormat;
import io.github.deepseekjava.model.ResponseTextOptions;
import io.github.deepseekjava.model.SafetyCheck;
import io.github.deepseekjava.model.TitleOptions;
import io.github.deepseekjava.model.support.ResponseContent;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.model.support.UnknownResponseEvent;
import io.github.deepseekjava.model.support.UnknownResponseItem;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.streaming.ResponseAccumulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /responses}: the request on the wire, the response, and named-event streams from transcripts. */
class ResponsesTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  private final Gson gson = DeepSeekJson.gson();

  private static DeepSeekClient client() {
    return WireMockSupport.clientFor(server).maxRetries(0).build();
  }

  private static void serveStream(String transcript) {
    server.stubFor(post("/responses").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream; charset=utf-8")
        .withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID)
        .withBody(Fixtures.read("streams/" + transcript))
        .withChunkedDribbleDelay(20, 40)));
  }

  private static void serveJson(String body) {
    server.stubFor(post("/responses").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static CreateResponseRequest question() {
    return new CreateResponseRequest().model("deepseek-flash").input(ResponseInput.of("Name three rivers in Peru."));
  }

  private static List<ResponseStreamEvent> readAll(CreateResponseRequest request) {
    try (DeepSeekClient client = client();
        ChunkStream<ResponseStreamEvent> events = client.responses().stream(request)) {
      assertEquals(WireMockSupport.TRACE_ID, events.traceId());
      return events.stream().collect(Collectors.toList());
    }
  }

  /** The response the transcript's terminal event carries. */
  private Response terminal(List<ResponseStreamEvent> events) {
    ResponseStreamEvent last = events.get(events.size() - 1);
    assertTrue(ResponseAccumulator.isTerminal(last), last.getType());
    return ((ResponseLifecycleEvent) last).getResponse();
  }

  private Response accumulate(List<ResponseStreamEvent> events) {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    events.forEach(accumulator::add);
    return accumulator.result();
  }

  @Test
  void createSendsTheTypedRequestAndReadsTheResponse() {
    serveJson("{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1795000000,\"status\":\"completed\","
        + "\"error\":null,\"incomplete_details\":null,\"model\":\"deepseek-flash\",\"output\":["
        + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[],\"content\":[{\"type\":\"reasoning_text\",\"text\":\"Rivers.\"}]},"
        + "{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\",\"status\":\"completed\",\"content\":"
        + "[{\"type\":\"output_text\",\"text\":\"The Amazon.\",\"annotations\":[]}]}],"
        + "\"usage\":{\"input_tokens\":12,\"input_tokens_details\":{\"cached_tokens\":8},\"output_tokens\":25,"
        + "\"output_tokens_details\":{\"reasoning_tokens\":9},\"total_tokens\":37},\"title\":\"Rivers of Peru\"}");
    CreateResponseRequest request = new CreateResponseRequest().model("deepseek-flash").instructions("Answer briefly.")
        .input(ResponseInput.of(ResponseItems.user(ResponseItems.inputText("What is on this label?"),
            ResponseItems.imageFile("file-api-3c2b"))))
        .addToolsItem(ResponseItems.functionTool("get_weather", "Get the weather.",
            "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}}}"))
        .addToolsItem(ResponseItems.webSearch())
        .toolChoice(new ResponseNamedToolChoice().name("get_weather"))
        .reasoning(new ResponseReasoningOptions().effort("low"))
        .text(new ResponseTextOptions().format(new ResponseTextFormat().type("json_schema").name("label")
            .schema(java.util.Map.of("type", "object"))))
        .maxOutputTokens(4096).topLogprobs(2).user("tenant-42")
        .safetyCheck(new SafetyCheck().level("high")).title(new TitleOptions().enabled(true));

    Response response;
    try (DeepSeekClient client = client()) {
      response = client.responses().create(request);
    }

    server.verify(1, postRequestedFor(urlEqualTo("/responses"))
        .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY))
        .withRequestBody(equalToJson("{\"model\":\"deepseek-flash\",\"instructions\":\"Answer briefly.\","
            + "\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"What is on this label?\"},"
            + "{\"type\":\"input_image\",\"file_id\":\"file-api-3c2b\"}]}],"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Get the weather.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}}}},"
            + "{\"type\":\"deepseek_web_search\"}],"
            + "\"tool_choice\":{\"type\":\"function\",\"name\":\"get_weather\"},\"reasoning\":{\"effort\":\"low\"},"
            + "\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"label\",\"schema\":{\"type\":\"object\"}}},\"max_output_tokens\":4096,\"top_logprobs\":2,"
            + "\"user\":\"tenant-42\",\"safety_check\":{\"level\":\"high\"},\"title\":{\"enabled\":true}}", true, false)));
    assertEquals("completed", response.getStatus());
    assertEquals("The Amazon.", ResponseItems.outputText(response));
    assertEquals("Rivers.", ResponseItems.reasoningText(response));
    assertEquals(8, response.getUsage().getInputTokensDetails().getCachedTokens());
    assertEquals(9, response.getUsage().getOutputTokensDetails().getReasoningTokens());
    assertEquals("Rivers of Peru", response.getTitle());
  }

  @Test
  void aPlainStringInputIsSentAsAJsonStringAndToolChoiceAsAMode() {
    serveJson(Fixtures.read("streams/responses-plain.sse").lines()
        .filter(l -> l.startsWith("data: ") && l.contains("response.completed"))
        .map(l -> JsonParser.parseString(l.substring("data: ".length())).getAsJsonObject().get("response").toString())
        .findFirst().orElseThrow());
    try (DeepSeekClient client = client()) {
      client.responses().create(question().toolChoice(io.github.deepseekjava.model.ToolChoiceMode.AUTO));
    }
    server.verify(postRequestedFor(urlEqualTo("/responses")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-flash\",\"input\":\"Name three rivers in Peru.\",\"tool_choice\":\"auto\"}", false, false)));
  }

  @Test
  void plainStreamIsTypedEndsAtTheTerminalEventAndAccumulatesToIt() {
    serveStream("responses-plain.sse");

    List<ResponseStreamEvent> events = readAll(question());

    server.verify(1, postRequestedFor(urlEqualTo("/responses"))
        .withHeader("Accept", equalTo("text/event-stream"))
        .withRequestBody(equalToJson("{\"model\":\"deepseek-flash\",\"input\":\"Name three rivers in Peru.\",\"stream\":true}")));
    assertEquals(List.of("response.created", "response.in_progress", "response.output_item.added",
        "response.content_part.added", "response.output_text.delta", "response.output_text.delta",
        "response.output_text.delta", "response.output_text.delta", "response.output_text.delta",
        "response.output_text.delta", "response.output_text.done", "response.content_part.done",
        "response.output_item.done", "response.completed"),
        events.stream().map(ResponseStreamEvent::getType).collect(Collectors.toList()));
    assertInstanceOf(ResponseDeltaEvent.class, events.get(4));
    assertEquals(" Amazon", ((ResponseDeltaEvent) events.get(5)).getDelta());
    Response terminal = terminal(events);
    assertEquals("The Amazon, the Ucayali and the Marañón. 😊", ResponseItems.outputText(terminal));
    assertEquals(gson.toJson(terminal), gson.toJson(accumulate(events)));
    assertEquals(terminal, accumulate(events));
  }

  @Test
  void reasoningStreamKeepsTheReasoningItemFirstAndTheTitle() {
    serveStream("responses-reasoning.sse");

    List<ResponseStreamEvent> events = readAll(question());

    Response accumulated = accumulate(events);
    assertEquals(terminal(events), accumulated);
    assertEquals("reasoning", accumulated.getOutput().get(0).getType());
    assertEquals("9.11 < 9.8, so the difference is negative.", ResponseItems.reasoningText(accumulated));
    assertEquals("9.11 - 9.8 = -0.69", ResponseItems.outputText(accumulated));
    assertEquals(17, accumulated.getUsage().getOutputTokensDetails().getReasoningTokens());
    assertEquals(16, accumulated.getUsage().getInputTokensDetails().getCachedTokens());
    assertEquals("Decimal subtraction", accumulated.getTitle());
  }

  @Test
  void functionCallStreamAccumulatesTheArguments() {
    serveStream("responses-function-call.sse");

    List<ResponseStreamEvent> events = readAll(question());

    Response accumulated = accumulate(events);
    assertEquals(terminal(events), accumulated);
    List<ResponseFunctionCallItem> calls = ResponseItems.functionCalls(accumulated);
    assertEquals(1, calls.size());
    assertEquals("call_00_kx1", calls.get(0).getCallId());
    assertEquals("get_weather", calls.get(0).getName());
    assertEquals("{\"location\":\"Hangzhou\"}", calls.get(0).getArguments());
  }

  @Test
  void failedEventIsThrownAsResponseFailedExceptionCarryingTheError() {
    serveStream("responses-failed.sse");
    List<String> seen = new ArrayList<>();

    ResponseFailedException e = assertThrows(ResponseFailedException.class, () -> {
      try (DeepSeekClient client = client();
          ChunkStream<ResponseStreamEvent> events = client.responses().stream(question())) {
        events.forEach(event -> seen.add(event.getType()));
      }
    });

    assertEquals(List.of("response.created", "response.in_progress"), seen);
    assertEquals("response failed: The model failed to generate a response. (code server_error)"
        + " (response resp_0a9b8c7d6e5f4a3b2c1d)", e.getMessage());
    assertEquals("server_error", e.getError().getCode());
    assertEquals("failed", e.getResponse().getStatus());
    assertEquals("The model failed to generate a response.", e.getResponse().getError().getMessage());
    assertEquals(200, e.getStatusCode());
    server.verify(1, postRequestedFor(urlEqualTo("/responses")));
  }

  @Test
  void streamCutBeforeATerminalEventIsIncompleteAndTheAccumulatorKeepsWhatArrived() {
    serveStream("responses-cut.sse");
    ResponseAccumulator accumulator = new ResponseAccumulator();

    IncompleteStreamException e = assertThrows(IncompleteStreamException.class, () -> {
      try (DeepSeekClient client = client();
          ChunkStream<ResponseStreamEvent> events = client.responses().stream(question())) {
        events.forEach(accumulator::add);
      }
    });

    assertEquals("POST " + server.baseUrl() + "/responses stream ended after 7 chunks without a terminal event"
        + " (response.completed, response.incomplete or response.failed) (trace id " + WireMockSupport.TRACE_ID + ")",
        e.getMessage());
    assertFalse(accumulator.isComplete());
    assertEquals("in_progress", accumulator.result().getStatus());
    assertEquals("The Amazon, the U", ResponseItems.outputText(accumulator.result()));
  }

  @Test
  void unknownEventsAndItemsAreDeliveredAndTheEventNameStandsInForAMissingType() {
    String plain = Fixtures.read("streams/responses-plain.sse");
    String extra = "event: response.output_text.annotation.added\n"
        + "data: {\"type\":\"response.output_text.annotation.added\",\"sequence_number\":99,\"annotation\":{\"url\":\"https://example.org\"}}\n\n"
        + "event: response.output_text.delta\n"
        + "data: {\"sequence_number\":100,\"item_id\":\"msg_x\",\"output_index\":0,\"content_index\":0,\"delta\":\"!\"}\n\n";
    server.stubFor(post("/responses").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(plain.replace(
            "event: response.output_item.done", extra + "event: response.output_item.done"))));

    List<ResponseStreamEvent> events;
    try (DeepSeekClient client = client();
        ChunkStream<ResponseStreamEvent> stream = client.responses().stream(question())) {
      events = stream.stream().collect(Collectors.toList());
    }

    UnknownResponseEvent unknown = (UnknownResponseEvent) events.stream()
        .filter(event -> event instanceof UnknownResponseEvent).findFirst().orElseThrow();
    assertEquals("response.output_text.annotation.added", unknown.getType());
    assertEquals("https://example.org", unknown.json().getAsJsonObject("annotation").get("url").getAsString());
    ResponseDeltaEvent untyped = (ResponseDeltaEvent) events.stream()
        .filter(event -> event instanceof ResponseDeltaEvent && "!".equals(((ResponseDeltaEvent) event).getDelta()))
        .findFirst().orElseThrow();
    assertEquals("response.output_text.delta", untyped.getType());
    assertEquals("completed", terminal(events).getStatus());
  }

  @Test
  void unknownOutputItemsSurviveTheRoundTripIntoTheNextInput() {
    String item = "{\"type\":\"web_search_call\",\"id\":\"ws_1\",\"status\":\"completed\",\"action\":{\"query\":\"rivers\"}}";
    Response response = gson.fromJson("{\"id\":\"r\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\","
        + "\"model\":\"deepseek-flash\",\"output\":[" + item + "]}", Response.class);

    assertInstanceOf(UnknownResponseItem.class, response.getOutput().get(0));
    CreateResponseRequest next = new ResponsesConversation(question()).addOutput(response).nextRequest();
    JsonObject sent = gson.toJsonTree(next).getAsJsonObject();
    assertEquals(JsonParser.parseString(item), sent.getAsJsonArray("input").get(1));
  }

  @Test
  void asyncStreamDeliversEachEventAndCompletesWithTheAccumulatedResponse() {
    serveStream("responses-function-call.sse");
    List<String> types = Collections.synchronizedList(new ArrayList<>());

    Response response;
    try (DeepSeekClient client = client()) {
      response = client.async().responses().stream(question(), event -> types.add(event.getType())).join();
    }

    assertEquals(16, types.size());
    assertEquals("response.completed", types.get(types.size() - 1));
    assertEquals("{\"location\":\"Hangzhou\"}", ResponseItems.functionCalls(response).get(0).getArguments());
  }

  @Test
  void asyncCreateAndWithOptionsViewsReachTheSameOperation() {
    serveJson("{\"id\":\"r\",\"object\":\"response\",\"created_at\":1,\"status\":\"incomplete\",\"model\":\"deepseek-flash\","
        + "\"incomplete_details\":{\"reason\":\"max_output_tokens\"},\"output\":[]}");
    try (DeepSeekClient client = client()) {
      Response response = client.async().responses().create(question()).join();
      assertEquals("max_output_tokens", response.getIncompleteDetails().getReason());
      client.withOptions(RequestOptions.builder().header("X-Tenant", "42").build()).responses().create(question());
    }
    server.verify(2, postRequestedFor(urlEqualTo("/responses")));
    server.verify(1, postRequestedFor(urlEqualTo("/responses")).withHeader("X-Tenant", equalTo("42")));
  }

  @Test
  void asyncStreamFailsWithTheFailedResponse() {
    serveStream("responses-failed.sse");
    try (DeepSeekClient client = client()) {
      CompletionException e = assertThrows(CompletionException.class,
          () -> client.async().responses().stream(question(), event -> { }).join());
      assertInstanceOf(ResponseFailedException.class, e.getCause());
    }
  }

  @Test
  void sendWithToolsRunsTheFunctionAndSendsBackReasoningCallAndOutput() {
    String callAnswer = "{\"id\":\"resp_a\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\",\"model\":\"deepseek-flash\","
        + "\"output\":[{\"type\":\"reasoning\",\"id\":\"rs_a\",\"summary\":[],\"content\":[{\"type\":\"reasoning_text\",\"text\":\"Need the weather.\"}]},"
        + "{\"type\":\"function_call\",\"id\":\"fc_a\",\"call_id\":\"call_00_kx1\",\"name\":\"get_weather\","
        + "\"arguments\":\"{\\\"location\\\":\\\"Hangzhou\\\"}\",\"status\":\"completed\"}]}";
    String finalAnswer = "{\"id\":\"resp_b\",\"object\":\"response\",\"created_at\":2,\"status\":\"completed\",\"model\":\"deepseek-flash\","
        + "\"output\":[{\"type\":\"message\",\"id\":\"msg_b\",\"role\":\"assistant\",\"status\":\"completed\","
        + "\"content\":[{\"type\":\"output_text\",\"text\":\"Cloudy, 7~13°C.\",\"annotations\":[]}]}]}";
    server.stubFor(post("/responses").inScenario("tools").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(callAnswer))
        .willSetStateTo("answered"));
    server.stubFor(post("/responses").inScenario("tools").whenScenarioStateIs("answered")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(finalAnswer)));
    List<String> arguments = new ArrayList<>();
    ResponsesConversation conversation = new ResponsesConversation(new CreateResponseRequest().model("deepseek-flash")
        .addToolsItem(ResponseItems.functionTool("get_weather", null, null))
        .input(ResponseInput.of("What's the weather in Hangzhou?")));

    Response answer;
    try (DeepSeekClient client = client()) {
      answer = conversation.sendWithTools(client, java.util.Map.of("get_weather", json -> {
        arguments.add(json);
        return "Cloudy, 7~13°C";
      }));
    }

    assertEquals("Cloudy, 7~13°C.", ResponseItems.outputText(answer));
    assertEquals(List.of("{\"location\":\"Hangzhou\"}"), arguments);
    server.verify(2, postRequestedFor(urlEqualTo("/responses")));
    server.verify(1, postRequestedFor(urlEqualTo("/responses")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-flash\",\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\"}],\"input\":["
            + "{\"type\":\"message\",\"role\":\"user\",\"content\":\"What's the weather in Hangzhou?\"},"
            + "{\"type\":\"reasoning\",\"id\":\"rs_a\",\"summary\":[],\"content\":[{\"type\":\"reasoning_text\",\"text\":\"Need the weather.\"}]},"
            + "{\"type\":\"function_call\",\"id\":\"fc_a\",\"call_id\":\"call_00_kx1\",\"name\":\"get_weather\","
            + "\"arguments\":\"{\\\"location\\\":\\\"Hangzhou\\\"}\",\"status\":\"completed\"},"
            + "{\"type\":\"function_call_output\",\"call_id\":\"call_00_kx1\",\"output\":\"Cloudy, 7~13°C\"}]}")));
    assertEquals(5, conversation.history().size());
  }

  @Test
  void sendWithToolsRunsCustomToolCallsWithTheirInputText() {
    String patchCall = "{\"id\":\"resp_a\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\","
        + "\"model\":\"deepseek-flash\",\"output\":[{\"type\":\"custom_tool_call\",\"id\":\"ctc_a\","
        + "\"call_id\":\"call_patch\",\"name\":\"apply_patch\",\"input\":\"*** Begin Patch\"}]}";
    server.stubFor(post("/responses").inScenario("patch").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(patchCall))
        .willSetStateTo("patched"));
    server.stubFor(post("/responses").inScenario("patch").whenScenarioStateIs("patched")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
            "{\"id\":\"resp_b\",\"object\":\"response\",\"created_at\":2,\"status\":\"completed\","
                + "\"model\":\"deepseek-flash\",\"output\":[]}")));
    ResponsesConversation conversation = new ResponsesConversation(question());

    try (DeepSeekClient client = client()) {
      conversation.sendWithTools(client, java.util.Map.of("apply_patch", input -> "applied: " + input));
    }

    server.verify(1, postRequestedFor(urlEqualTo("/responses")).withRequestBody(equalToJson(
        "{\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":\"Name three rivers in Peru.\"},"
            + "{\"type\":\"custom_tool_call\",\"id\":\"ctc_a\",\"call_id\":\"call_patch\",\"name\":\"apply_patch\","
            + "\"input\":\"*** Begin Patch\"},"
            + "{\"type\":\"custom_tool_call_output\",\"call_id\":\"call_patch\",\"output\":\"applied: *** Begin Patch\"}]}",
        false, true)));
  }

  @Test
  void aToolCallWithoutAHandlerFailsNamingTheTool() {
    serveJson("{\"id\":\"r\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\",\"model\":\"deepseek-flash\","
        + "\"output\":[{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"get_time\",\"arguments\":\"{}\"}]}");
    try (DeepSeekClient client = client()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new ResponsesConversation(question()).sendWithTools(client, java.util.Map.of()));
      assertEquals("the model called tool \"get_time\" (call call_1) but no handler is registered for it; handlers: []",
          e.getMessage());
    }
  }

  @Test
  void invalidRequestsFailBeforeTheNetworkNamingTheField() {
    try (DeepSeekClient client = client()) {
      assertInvalid(client, question().input(ResponseInput.of(ResponseItems.user(new ResponseInputImage()))),
          "input[0].content[0]: input_image needs exactly one of image_url and file_id, got neither");
      assertInvalid(client, question().input(ResponseInput.of(ResponseItems.user(
          new ResponseInputImage().imageUrl("https://example.org/a.png").fileId("file-api-1")))),
          "input[0].content[0]: input_image needs exactly one of image_url and file_id, got both");
      assertInvalid(client, question().input(ResponseInput.of(ResponseItems.user("hi"), new ResponseMessageItem()
          .role("system").content(ResponseContent.of(ResponseItems.imageUrl("https://example.org/a.png"))))),
          "input[1].content[0]: input_image is not allowed in a system message, only in user and developer messages"
              + " and tool outputs");
      assertInvalid(client, question().addToolsItem(ResponseItems.functionTool("get weather", null, null)),
          "tools[0].name must match [a-zA-Z0-9_-]+, got \"get weather\"");
      assertInvalid(client, question().addToolsItem(ResponseItems.functionTool("f".repeat(129), null, null)),
          "tools[0].name must be at most 128 characters long, got 129");
      assertInvalid(client, question().addToolsItem(ResponseItems.functionTool("f", null, null))
          .addToolsItem(ResponseItems.webSearch()).addToolsItem(ResponseItems.functionTool("f", null, null)),
          "tools[2].name \"f\" is used by an earlier tool");
      assertInvalid(client, question().topLogprobs(21), "top_logprobs must be between 0 and 20, got 21");
      assertInvalid(client, question().model(null), "model is required");
      assertInvalid(client, question().stream(true), "stream must not be true for create(); use stream()");
    }
    server.verify(0, postRequestedFor(urlEqualTo("/responses")));
  }

  @Test
  void imagesAreAllowedInDeveloperMessagesAndToolOutputs() {
    serveJson("{\"id\":\"r\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\",\"model\":\"deepseek-flash\",\"output\":[]}");
    ResponseFunctionCallItem call = new ResponseFunctionCallItem().callId("call_1").name("screenshot").arguments("{}");
    try (DeepSeekClient client = client()) {
      Response response = client.responses().create(question().input(ResponseInput.of(
          new ResponseMessageItem().role("developer").content(ResponseContent.of(ResponseItems.imageFile("file-api-1"))),
          call,
          new io.github.deepseekjava.model.ResponseFunctionCallOutputItem().callId("call_1")
              .output(ResponseContent.of(ResponseItems.imageUrl("data:image/png;base64,AAAA"))))));
      assertNull(ResponseItems.outputText(response));
    }
    server.verify(1, postRequestedFor(urlEqualTo("/responses")));
  }

  private static void assertInvalid(DeepSeekClient client, CreateResponseRequest request, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.responses().create(request));
    assertEquals(message, e.getMessage());
  }
}
