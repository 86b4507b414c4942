package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonPrimitive;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChunkStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Extra headers, query parameters and body properties reach the wire on streams as on plain calls. */
class RequestOptionsExtrasTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  private static final String STREAM = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
      + "\"model\":\"deepseek-flash\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}\n\n"
      + "data: [DONE]\n\n";

  private static final RequestOptions EXTRAS = RequestOptions.builder()
      .header("X-Tenant", "acme")
      .queryParameter("region", "eu")
      .bodyProperty("safety_check", new JsonPrimitive(true))
      .bodyProperty("temperature", new JsonPrimitive(0.5))
      .build();

  private static ChatCompletionRequest request() {
    return new ChatCompletionRequest().model("deepseek-flash").temperature(1.0)
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  }

  @Test
  void aStreamCarriesTheExtrasBesideStreamTrue() {
    server.stubFor(post(urlPathEqualTo("/chat/completions")).willReturn(aResponse()
        .withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
    DeepSeekClient client = WireMockSupport.clientFor(server).build().withOptions(EXTRAS);

    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request())) {
      assertEquals(1, chunks.stream().count());
    }

    server.verify(1, postRequestedFor(urlPathEqualTo("/chat/completions"))
        .withHeader("X-Tenant", equalTo("acme"))
        .withHeader("Accept", equalTo("text/event-stream"))
        .withQueryParam("region", equalTo("eu"))
        .withRequestBody(equalToJson("{\"model\":\"deepseek-flash\",\"temperature\":0.5,\"safety_check\":true,"
            + "\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}")));
  }

  @Test
  void anAsyncStreamCarriesThemToo() throws Exception {
    server.stubFor(post(urlPathEqualTo("/chat/completions")).willReturn(aResponse()
        .withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
    DeepSeekClient client = WireMockSupport.clientFor(server).build().withOptions(EXTRAS);

    assertEquals("Hi", client.async().chat().stream(request(), chunk -> { }).get(5, TimeUnit.SECONDS)
        .getChoices().get(0).getMessage().getContent());

    server.verify(1, postRequestedFor(urlPathEqualTo("/chat/completions"))
        .withHeader("X-Tenant", equalTo("acme"))
        .withQueryParam("region", equalTo("eu"))
        .withRequestBody(equalToJson("{\"model\":\"deepseek-flash\",\"temperature\":0.5,\"safety_check\":true,"
            + "\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}")));
  }
}
