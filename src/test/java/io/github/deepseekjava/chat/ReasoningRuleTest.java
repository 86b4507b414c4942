package io.github.deepseekjava.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ThinkingOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DeepSeek's thinking-mode rule since 2026-09-29, enforced by a fake: a request with {@code tools}
 * must carry the reasoning of every earlier assistant message, also of turns that called no tool.
 */
class ReasoningRuleTest {
  private static final String RULE_MESSAGE = "The reasoning_content in the thinking mode must be passed back to the API.";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static DeepSeekClient client() {
    return DeepSeekClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build();
  }

  /** Thinking mode with a declared tool the model never calls. */
  private static ChatCompletionRequest settings() {
    return new ChatCompletionRequest().model("deepseek-v4-pro").thinking(new ThinkingOptions().type("enabled"))
        .addToolsItem(Tools.function("get_weather", "Weather of a city", "{\"type\":\"object\",\"properties\":{}}"));
  }

  /** Answers 400 like DeepSeek when the request has tools and an assistant message lacks reasoning. */
  private static MatchResult breaksTheRule(Request request) {
    JsonObject body = JsonParser.parseString(request.getBodyAsString()).getAsJsonObject();
    JsonElement tools = body.get("tools");
    if (tools == null || !tools.isJsonArray() || tools.getAsJsonArray().isEmpty()) {
      return MatchResult.noMatch();
    }
    for (JsonElement message : body.getAsJsonArray("messages")) {
      JsonObject object = message.getAsJsonObject();
      JsonElement reasoning = object.get("reasoning_content");
      if ("assistant".equals(object.get("role").getAsString()) && (reasoning == null || reasoning.isJsonNull())) {
        return MatchResult.exactMatch();
      }
    }
    return MatchResult.noMatch();
  }

  @BeforeEach
  void enforceTheRule() {
    server.stubFor(post("/chat/completions").atPriority(1).andMatching(ReasoningRuleTest::breaksTheRule)
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"message\":\"" + RULE_MESSAGE + "\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":\"invalid_request_error\"}}")));
  }

  private static void answerThreeTurns(boolean streamed) {
    String[] states = {STARTED, "second", "third"};
    for (int turn = 1; turn <= 3; turn++) {
      String answer = "Answer " + turn + ".";
      String reasoning = "Thought " + turn + ".";
      server.stubFor(post("/chat/completions").inScenario("turns").whenScenarioStateIs(states[turn - 1])
          .willReturn(streamed ? stream(answer, reasoning) : okJson(completion(answer, reasoning)))
          .willSetStateTo(turn < 3 ? states[turn] : "done"));
    }
  }

  private static String completion(String content, String reasoning) {
    return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"deepseek-v4-pro\",\"choices\":[{\"index\":0,"
        + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\",\"reasoning_content\":\"" + reasoning + "\"},"
        + "\"finish_reason\":\"stop\"}]}";
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stream(String content, String reasoning) {
    String head = "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"deepseek-v4-pro\",\"choices\":[{\"index\":0,";
    String body = "data: " + head + "\"delta\":{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"" + reasoning + "\"},"
        + "\"finish_reason\":null}]}\n\n"
        + "data: " + head + "\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n"
        + "data: " + head + "\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}]}\n\n"
        + "data: [DONE]\n\n";
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
  }

  private static List<String> reasoningSentInLastRequest() {
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/chat/completions")));
    JsonObject last = JsonParser.parseString(requests.get(requests.size() - 1).getBodyAsString()).getAsJsonObject();
    List<String> reasoning = new ArrayList<>();
    for (JsonElement message : last.getAsJsonArray("messages")) {
      JsonElement value = message.getAsJsonObject().get("reasoning_content");
      if (value != null) {
        reasoning.add(value.getAsString());
      }
    }
    return reasoning;
  }

  @Test
  void defaultRuleSendsAllReasoningBackWhenToolsAreDeclared() {
    answerThreeTurns(false);
    Conversation chat = new Conversation(settings());

    for (int turn = 1; turn <= 3; turn++) {
      chat.add(Messages.user("Question " + turn));
      assertEquals("Answer " + turn + ".", chat.send(client()).getChoices().get(0).getMessage().getContent());
    }

    server.verify(3, postRequestedFor(urlEqualTo("/chat/completions")));
    assertEquals(List.of("Thought 1.", "Thought 2."), reasoningSentInLastRequest());
  }

  @Test
  void defaultRuleSendsAllReasoningBackWhenToolsAreDeclaredStreamed() {
    answerThreeTurns(true);
    Conversation chat = new Conversation(settings());
    StringBuilder printed = new StringBuilder();

    for (int turn = 1; turn <= 3; turn++) {
      chat.add(Messages.user("Question " + turn));
      chat.stream(client(), chunk -> {
        String content = chunk.getChoices().get(0).getDelta().getContent();
        printed.append(content == null ? "" : content);
      });
    }

    assertEquals("Answer 1.Answer 2.Answer 3.", printed.toString());
    server.verify(3, postRequestedFor(urlEqualTo("/chat/completions")));
    assertEquals(List.of("Thought 1.", "Thought 2."), reasoningSentInLastRequest());
  }

  @Test
  void theAugust2026RuleFailsOnTheSecondPlainTurn() {
    answerThreeTurns(false);
    Conversation chat = new Conversation(settings(), ReasoningHistory.KEEP_FOR_TOOL_CALL_TURNS);
    chat.add(Messages.user("Question 1"));
    chat.send(client());
    chat.add(Messages.user("Question 2"));

    BadRequestException e = assertThrows(BadRequestException.class, () -> chat.send(client()));

    assertEquals(RULE_MESSAGE + " (HTTP 400, type invalid_request_error)", e.getMessage());
  }

  @Test
  void withoutToolsTheDefaultRuleLeavesPlainTurnReasoningOut() {
    answerThreeTurns(false);
    Conversation chat = new Conversation(new ChatCompletionRequest().model("deepseek-v4-pro"));

    for (int turn = 1; turn <= 3; turn++) {
      chat.add(Messages.user("Question " + turn));
      chat.send(client());
    }

    assertEquals(List.of(), reasoningSentInLastRequest());
  }
}
