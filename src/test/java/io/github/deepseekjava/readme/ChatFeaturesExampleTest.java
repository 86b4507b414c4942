package io.github.deepseekjava.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's thinking, web search and safety snippets run against the fake server. */
class ChatFeaturesExampleTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  private JsonObject request(int index) {
    return deepseek.server().requests().get(index).bodyJson().getAsJsonObject();
  }

  @Test
  void thinkingWithADeclaredToolPassesTheReasoningRule() {
    deepseek.server().requireReasoningPassBack(true);
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("1.31").withAssistantField("reasoning_content", "\"Subtract.\""));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("2.62").withAssistantField("reasoning_content", "\"Double.\""));

    assertEquals("2.62", ConversationExample.thinking(deepseek.client()).getChoices().get(0).getMessage().getContent());
    assertEquals("Subtract.", request(1).getAsJsonArray("messages").get(2).getAsJsonObject().get("reasoning_content").getAsString());
  }

  @Test
  void webSearchDeclaresServerToolsAndReadsTheTitle() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("It holds up.").withTitle("Report check"));

    assertEquals("Report check", ChatFeaturesExample.webSearch(deepseek.client()).title());
    assertEquals("[{\"type\":\"deepseek_web_search\"},{\"type\":\"deepseek_read_url\"}]", request(0).get("tools").toString());
    assertEquals("latest_reminder", request(0).getAsJsonArray("messages").get(0).getAsJsonObject().get("role").getAsString());
  }

  @Test
  void safetyCheckIsSent() {
    ChatFeaturesExample.safety(deepseek.client());

    assertEquals("{\"level\":\"high\"}", request(0).get("safety_check").toString());
  }
}
