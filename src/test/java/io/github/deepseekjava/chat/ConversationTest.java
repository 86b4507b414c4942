package io.github.deepseekjava.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.Fixtures;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ToolCall;
import io.github.deepseekjava.model.FunctionCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Multi-round chat, the reasoning_content rule, the tool loop and prefix completion. */
class ConversationTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static DeepSeekClient client() {
    return DeepSeekClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  private static ChatCompletionRequest settings() {
    return new ChatCompletionRequest().model("deepseek-v4-pro");
  }

  private static String completion(String content, String reasoning, String finish) {
    return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"deepseek-v4-pro\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\","
        + "\"reasoning_content\":\"" + reasoning + "\"},\"finish_reason\":\"" + finish + "\"}]}";
  }

  @Test
  void plainTurnsAppendTheAnswerAndDropItsReasoningInLaterRequests() {
    server.stubFor(post("/chat/completions").inScenario("chat").whenScenarioStateIs(STARTED)
        .willReturn(okJson(completion("It is 1.31.", "9.11 - 9.8 = 1.31", "stop"))).willSetStateTo("second"));
    server.stubFor(post("/chat/completions").inScenario("chat").whenScenarioStateIs("second")
        .willReturn(okJson(completion("2.62.", "double it", "stop"))));
    Conversation chat = new Conversation(settings()).add(Messages.user("What is 9.11 - 9.8?"));

    chat.send(client());
    chat.add(Messages.user("And times two?"));
    ChatCompletion second = chat.send(client());

    server.verify(postRequestedFor(urlEqualTo("/chat/completions")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-v4-pro\",\"messages\":[{\"role\":\"user\",\"content\":\"What is 9.11 - 9.8?\"},"
            + "{\"role\":\"assistant\",\"content\":\"It is 1.31.\"},{\"role\":\"user\",\"content\":\"And times two?\"}]}")));
    assertEquals("2.62.", second.getChoices().get(0).getMessage().getContent());
    assertEquals(4, chat.history().size());
    assertEquals("double it", ((AssistantMessage) chat.history().get(3)).getReasoningContent());
  }

  @Test
  void toolLoopRunsHandlersAndKeepsReasoningOfTheToolCallTurn() {
    server.stubFor(post("/chat/completions").inScenario("tools").whenScenarioStateIs(STARTED)
        .willReturn(okJson(Fixtures.read("streams/tool-calls.json"))).willSetStateTo("answered"));
    server.stubFor(post("/chat/completions").inScenario("tools").whenScenarioStateIs("answered")
        .willReturn(okJson(completion("Hangzhou 7~13°C, Beijing -2~5°C.", "summarise", "stop"))));
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    Map<String, ToolHandler> handlers = Collections.singletonMap("get_weather", arguments -> {
      calls.add(arguments);
      return arguments.contains("Hangzhou") ? "Cloudy, 7~13°C" : "Sunny, -2~5°C";
    });
    Conversation chat = new Conversation(settings().addToolsItem(Tools.function("get_weather", "Weather of a city on a date",
        "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"},\"date\":{\"type\":\"string\"}},\"required\":[\"location\",\"date\"]}")))
        .add(Messages.user("Weather in Hangzhou and Beijing tomorrow?"));

    ChatCompletion answer = chat.sendWithTools(client(), handlers);

    assertEquals("Hangzhou 7~13°C, Beijing -2~5°C.", answer.getChoices().get(0).getMessage().getContent());
    assertEquals(List.of("{\"location\":\"Hangzhou\",\"date\":\"tomorrow\"}", "{\"location\":\"Beijing\",\"date\":\"tomorrow\"}"), calls);
    server.verify(postRequestedFor(urlEqualTo("/chat/completions")).withRequestBody(equalToJson("{\"model\":\"deepseek-v4-pro\","
        + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Weather of a city on a date\","
        + "\"parameters\":{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"},\"date\":{\"type\":\"string\"}},"
        + "\"required\":[\"location\",\"date\"]}}}],"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Weather in Hangzhou and Beijing tomorrow?\"},"
        + "{\"role\":\"assistant\",\"content\":\"\",\"reasoning_content\":\"I need the weather for both cities.\",\"tool_calls\":["
        + "{\"id\":\"call_00_9V0vrf86Pc9aelHCJMZqnJBo\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"location\\\":\\\"Hangzhou\\\",\\\"date\\\":\\\"tomorrow\\\"}\"}},"
        + "{\"id\":\"call_01_Qm3xT0pLk2ZsW8vYc4NbR6eH\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"location\\\":\\\"Beijing\\\",\\\"date\\\":\\\"tomorrow\\\"}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_00_9V0vrf86Pc9aelHCJMZqnJBo\",\"content\":\"Cloudy, 7~13°C\"},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_01_Qm3xT0pLk2ZsW8vYc4NbR6eH\",\"content\":\"Sunny, -2~5°C\"}]}")));
  }

  @Test
  void reasoningRuleIsConfigurable() {
    AssistantMessage toolTurn = new AssistantMessage().content("").reasoningContent("call it")
        .addToolCallsItem(new ToolCall().id("call_1").function(new FunctionCall().name("f").arguments("{}")));
    AssistantMessage plainTurn = new AssistantMessage().content("hi").reasoningContent("greet back");
    ChatCompletionRequest history = settings()
        .addMessagesItem(Messages.user("a")).addMessagesItem(toolTurn).addMessagesItem(Messages.toolResult("call_1", "ok"))
        .addMessagesItem(new AssistantMessage().content("done").reasoningContent("wrap up"))
        .addMessagesItem(Messages.user("b")).addMessagesItem(plainTurn).addMessagesItem(Messages.user("c"));

    assertEquals(List.of("call it", "wrap up"), reasoningSent(new Conversation(history)));
    assertEquals(List.of("call it", "wrap up", "greet back"), reasoningSent(new Conversation(history, ReasoningHistory.KEEP_ALL)));
    assertEquals(List.of(), reasoningSent(new Conversation(history, ReasoningHistory.DROP_ALL)));

    history.addToolsItem(Tools.webSearch());
    assertEquals(List.of("call it", "wrap up", "greet back"), reasoningSent(new Conversation(history)));
    assertEquals(List.of("call it", "wrap up"),
        reasoningSent(new Conversation(history, ReasoningHistory.KEEP_FOR_TOOL_CALL_TURNS)));
  }

  private static List<String> reasoningSent(Conversation conversation) {
    List<String> reasoning = new ArrayList<>();
    conversation.nextRequest().getMessages().forEach(message -> {
      if (message instanceof AssistantMessage && ((AssistantMessage) message).getReasoningContent() != null) {
        reasoning.add(((AssistantMessage) message).getReasoningContent());
      }
    });
    return reasoning;
  }

  @Test
  void unknownFunctionStopsTheLoopWithAClearMessage() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("streams/tool-calls.json"))));
    Conversation chat = new Conversation(settings()).add(Messages.user("Weather?"));

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> chat.sendWithTools(client(), Collections.singletonMap("get_time", arguments -> "noon")));

    assertEquals("the model called function \"get_weather\" (tool call call_00_9V0vrf86Pc9aelHCJMZqnJBo) but no handler"
        + " is registered for it; handlers: [get_time]", e.getMessage());
  }

  @Test
  void loopGivesUpAfterTheRoundLimit() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("streams/tool-calls.json"))));
    Conversation chat = new Conversation(settings()).add(Messages.user("Weather?"));

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> chat.sendWithTools(client(), Collections.singletonMap("get_weather", arguments -> "sunny"), 3));

    assertEquals("the model still calls tools after 3 rounds", e.getMessage());
    server.verify(3, postRequestedFor(urlEqualTo("/chat/completions")));
  }

  @Test
  void prefixCompletionGoesToBetaAndStoresTheWholeAnswer() {
    server.stubFor(post("/beta/chat/completions").willReturn(okJson(completion("print(1)\\n", "", "stop"))));
    Conversation chat = new Conversation(settings().stop(io.github.deepseekjava.model.support.Stop.of("```")))
        .add(Messages.user("Print 1 in Python")).add(Messages.assistantPrefix("```python\\n"));

    chat.send(client());

    server.verify(postRequestedFor(urlEqualTo("/beta/chat/completions")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-v4-pro\",\"stop\":\"```\",\"messages\":[{\"role\":\"user\",\"content\":\"Print 1 in Python\"},"
            + "{\"role\":\"assistant\",\"content\":\"```python\\\\n\",\"prefix\":true}]}")));
    assertEquals(2, chat.history().size());
    assertEquals("```python\\nprint(1)\n", ((AssistantMessage) chat.history().get(1)).getContent());
  }

  @Test
  void settingsAreCopiedNotShared() {
    ChatCompletionRequest settings = settings().temperature(0.5);
    Conversation chat = new Conversation(settings);
    settings.temperature(1.5);

    chat.add(Messages.user("x"));

    assertEquals(0.5, chat.nextRequest().getTemperature());
    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"model\":\"deepseek-v4-pro\",\"temperature\":0.5}",
        DeepSeekJson.gson().toJson(chat.nextRequest()));
  }
}
