package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatTool;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.model.FunctionDefinition;
import io.github.deepseekjava.model.ThinkingOptions;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client puts on the wire, and how leniently it reads what comes back. */
class ClientRequestsTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  @Test
  void chatWithModelAndTextSendsOnlyThoseFields() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));

    WireMockSupport.clientFor(server).build().chat().create("deepseek-v4-flash", "Hi");

    server.verify(postRequestedFor(urlEqualTo("/chat/completions"))
        .withHeader("User-Agent", equalTo(DeepSeekClient.USER_AGENT))
        .withRequestBody(equalToJson("{\"model\":\"deepseek-v4-flash\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}")));
  }

  @Test
  void thinkingFieldsAreSentAsTopLevelKeys() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-pro")
        .thinking(new ThinkingOptions().type("enabled"))
        .reasoningEffort("max")
        .userId("tenant-42")
        .addMessagesItem(new UserMessage().content(UserContent.of("Prove it")));

    WireMockSupport.clientFor(server).build().chat().create(request);

    server.verify(postRequestedFor(urlEqualTo("/chat/completions")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-v4-pro\",\"thinking\":{\"type\":\"enabled\"},\"reasoning_effort\":\"max\","
            + "\"user_id\":\"tenant-42\",\"messages\":[{\"role\":\"user\",\"content\":\"Prove it\"}]}")));
  }

  @Test
  void prefixCompletionGoesToBeta() {
    server.stubFor(post("/beta/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-flash")
        .addMessagesItem(new UserMessage().content(UserContent.of("Write quick sort")))
        .addMessagesItem(new AssistantMessage().content("```python\n").prefix(true));

    WireMockSupport.clientFor(server).build().chat().create(request);

    server.verify(postRequestedFor(urlEqualTo("/beta/chat/completions")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-v4-flash\",\"messages\":[{\"role\":\"user\",\"content\":\"Write quick sort\"},"
            + "{\"role\":\"assistant\",\"content\":\"```python\\n\",\"prefix\":true}]}")));
  }

  @Test
  void strictToolsGoToBetaUnderACustomBasePath() {
    server.stubFor(post("/proxy/beta/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-v4-flash")
        .addMessagesItem(new UserMessage().content(UserContent.of("Weather?")))
        .addToolsItem(new ChatTool().function(new FunctionDefinition().name("get_weather").strict(true)));

    DeepSeekClient.builder().apiKey(WireMockSupport.API_KEY).baseUrl(server.baseUrl() + "/proxy").build().chat().create(request);

    server.verify(postRequestedFor(urlEqualTo("/proxy/beta/chat/completions")).withRequestBody(equalToJson(
        "{\"model\":\"deepseek-v4-flash\",\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"}],"
            + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"strict\":true}}]}")));
  }

  @Test
  void successfulResponseExposesTheTraceId() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))
        .withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID)));
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-chat")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));

    DeepSeekResponse<ChatCompletion> response = WireMockSupport.clientFor(server).build()
        .withResponse(c -> c.chat().create(request));

    assertEquals(200, response.statusCode());
    assertEquals(WireMockSupport.TRACE_ID, response.traceId());
    assertEquals("bac6eb88-1766-49c2-bf23-9eab31024ea6", response.body().getId());
  }

  @Test
  void blankLinesBeforeTheJsonBodyAreSkipped() {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("\n\n\n\n" + Fixtures.read("seed/chat-response.json"))));

    ChatCompletion completion = WireMockSupport.clientFor(server).build().chat().create("deepseek-chat", "Hi");

    assertEquals("bac6eb88-1766-49c2-bf23-9eab31024ea6", completion.getId());
  }

  @Test
  void unknownFieldsAndUnknownEnumValuesDoNotFailParsing() {
    server.stubFor(post("/chat/completions").willReturn(okJson("{\"id\":\"x\",\"object\":\"chat.completion\","
        + "\"created\":1,\"model\":\"deepseek-v5\",\"brand_new_field\":{\"a\":[1,2]},"
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\",\"mood\":\"happy\"},"
        + "\"finish_reason\":\"some_new_reason\"}]}")));

    ChatCompletion completion = WireMockSupport.clientFor(server).build().chat().create("deepseek-v5", "Hi");

    assertEquals("deepseek-v5", completion.getModel());
    assertEquals("ok", completion.getChoices().get(0).getMessage().getContent());
    assertEquals("some_new_reason", completion.getChoices().get(0).getFinishReason().getValue());
    assertNull(completion.getUsage());
  }
}
