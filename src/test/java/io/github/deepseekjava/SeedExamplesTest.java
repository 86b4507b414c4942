package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.Gson;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.BalanceInfo;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FimChoice;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.model.ModelList;
import io.github.deepseekjava.model.SystemMessage;
import io.github.deepseekjava.model.ToolChoiceMode;
import io.github.deepseekjava.model.UserBalance;
import io.github.deepseekjava.model.UserMessage;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of the seed document, served by WireMock and sent by the client. */
class SeedExamplesTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  private final Gson gson = DeepSeekJson.gson();

  @Test
  void seedChatRequestIsSentAsIsAndItsResponseParses() {
    server.stubFor(post("/chat/completions").willReturn(
        okJson(Fixtures.read("seed/chat-response.json")).withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID)));
    DeepSeekClient client = WireMockSupport.clientFor(server).build();
    ChatCompletionRequest request = gson.fromJson(Fixtures.read("seed/chat-request.json"), ChatCompletionRequest.class);

    ChatCompletion completion = client.chat().create(request);

    server.verify(postRequestedFor(urlEqualTo("/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(Fixtures.withoutNulls(Fixtures.read("seed/chat-request.json")).toString())));
    assertEquals("bac6eb88-1766-49c2-bf23-9eab31024ea6", completion.getId());
    assertEquals("chat.completion", completion.getObject());
    assertEquals(1740636518L, completion.getCreated());
    assertEquals("deepseek-chat", completion.getModel());
    assertEquals("fp_3a5770e1b4_prod0225", completion.getSystemFingerprint());
    ChatCompletionChoice choice = completion.getChoices().get(0);
    assertEquals(0, choice.getIndex());
    assertEquals(FinishReason.STOP, choice.getFinishReason());
    assertNull(choice.getLogprobs());
    assertEquals("assistant", choice.getMessage().getRole());
    assertEquals("Aww, that's sweet! While I can't give physical kisses, I can send you a virtual one: 💋."
        + " How can I help you today? 😊", choice.getMessage().getContent());
    assertEquals(36, completion.getUsage().getPromptTokens());
    assertEquals(35, completion.getUsage().getCompletionTokens());
    assertEquals(71, completion.getUsage().getTotalTokens());
    assertEquals(0, completion.getUsage().getPromptCacheHitTokens());
    assertEquals(36, completion.getUsage().getPromptCacheMissTokens());
    assertEquals(0, completion.getUsage().getPromptTokensDetails().getCachedTokens());
  }

  @Test
  void seedChatRequestParsesIntoTypedMessages() {
    ChatCompletionRequest request = gson.fromJson(Fixtures.read("seed/chat-request.json"), ChatCompletionRequest.class);

    assertEquals(4, request.getMessages().size());
    assertEquals("You are a helpful assistant", ((SystemMessage) request.getMessages().get(0)).getContent());
    assertEquals("Hi", ((UserMessage) request.getMessages().get(1)).getContent().getText());
    assertEquals("Hello! How can I assist you today? 😊", ((AssistantMessage) request.getMessages().get(2)).getContent());
    assertEquals(ToolChoiceMode.NONE, request.getToolChoice());
    assertEquals(2048, request.getMaxTokens());
    assertEquals(1.0, request.getTemperature());
    assertNull(request.getStop());
    assertNull(request.getTools());
  }

  @Test
  void seedFimRequestGoesToBetaAndItsLogprobsParse() {
    server.stubFor(post("/beta/completions").willReturn(okJson(Fixtures.read("seed/fim-response.json"))));
    DeepSeekClient client = WireMockSupport.clientFor(server).build();
    FimCompletionRequest request = gson.fromJson(Fixtures.read("seed/fim-request.json"), FimCompletionRequest.class);

    FimCompletion completion = client.fim().create(request);

    server.verify(postRequestedFor(urlEqualTo("/beta/completions"))
        .withRequestBody(equalToJson(Fixtures.withoutNulls(Fixtures.read("seed/fim-request.json")).toString())));
    assertEquals("85548875-f163-4b84-b439-c1fcbe4a552c", completion.getId());
    assertEquals("text_completion", completion.getObject());
    FimChoice choice = completion.getChoices().get(0);
    assertTrue(choice.getText().startsWith("2,000 years ago, there was a man who lived in the Middle East."));
    assertEquals(FinishReason.STOP, choice.getFinishReason());
    assertEquals(375, choice.getLogprobs().getTokens().size());
    assertEquals(375, choice.getLogprobs().getTokenLogprobs().size());
    assertEquals(375, choice.getLogprobs().getTextOffset().size());
    assertEquals("2", choice.getLogprobs().getTokens().get(0));
    assertEquals(-1.4947517, choice.getLogprobs().getTokenLogprobs().get(0));
    assertEquals(18, choice.getLogprobs().getTextOffset().get(0));
    assertNull(choice.getLogprobs().getTopLogprobs());
    assertEquals(382, completion.getUsage().getTotalTokens());
    assertEquals(7, completion.getUsage().getPromptCacheMissTokens());
  }

  @Test
  void seedModelListParses() {
    server.stubFor(get("/models").willReturn(okJson(Fixtures.read("seed/models-response.json"))));

    ModelList models = WireMockSupport.clientFor(server).build().models().list();

    server.verify(getRequestedFor(urlEqualTo("/models")));
    assertEquals("list", models.getObject());
    assertEquals(2, models.getData().size());
    assertEquals("deepseek-chat", models.getData().get(0).getId());
    assertEquals("deepseek-reasoner", models.getData().get(1).getId());
    assertEquals("model", models.getData().get(1).getObject());
    assertEquals("deepseek", models.getData().get(1).getOwnedBy());
  }

  @Test
  void seedBalanceParsesWithDecimalStrings() {
    server.stubFor(get("/user/balance").willReturn(okJson(Fixtures.read("seed/balance-response.json"))));

    UserBalance balance = WireMockSupport.clientFor(server).build().balance().get();

    assertEquals(Boolean.TRUE, balance.getIsAvailable());
    BalanceInfo row = balance.getBalanceInfos().get(0);
    assertEquals("CNY", row.getCurrency());
    assertEquals(new BigDecimal("4.95"), row.getTotalBalance());
    assertEquals("0.00", row.getGrantedBalance().toPlainString());
    assertEquals("4.95", row.getToppedUpBalance().toPlainString());
  }

  static Stream<Arguments> seedFiles() {
    return Stream.of(
        Arguments.of("seed/chat-request.json", ChatCompletionRequest.class),
        Arguments.of("seed/chat-response.json", ChatCompletion.class),
        Arguments.of("seed/fim-request.json", FimCompletionRequest.class),
        Arguments.of("seed/fim-response.json", FimCompletion.class),
        Arguments.of("seed/models-response.json", ModelList.class),
        Arguments.of("seed/balance-response.json", UserBalance.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedFiles")
  void everySeedExampleRoundTripsWithoutLosingAField(String resource, Class<?> type) {
    String json = Fixtures.read(resource);

    String written = gson.toJson(gson.fromJson(json, type));

    assertEquals(Fixtures.withoutNulls(json), Fixtures.withoutNulls(written));
  }
}
