package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.errors.AuthenticationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Optional HTTP logging, and the API key kept out of logs, messages and toString(). */
class LoggingAndSecretsTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Test
  void loggingIsOffByDefault() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))));

    WireMockSupport.clientFor(server).build().chat().create("deepseek-v4-flash", "Hi");

    assertEquals(List.of(), logs.lines());
  }

  @Test
  void basicLoggingShowsCallStatusAndTraceId() {
    server.stubFor(post("/chat/completions").willReturn(okJson(Fixtures.read("seed/chat-response.json"))
        .withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID)));

    WireMockSupport.clientFor(server).logLevel(LogLevel.BASIC).build().chat().create("deepseek-v4-flash", "Hi");

    assertEquals(2, logs.lines().size());
    assertEquals("--> POST " + server.baseUrl() + "/chat/completions", logs.lines().get(0));
    assertTrue(logs.lines().get(1).matches("<-- 200 " + server.baseUrl() + "/chat/completions \\(\\d+ ms, trace id "
        + WireMockSupport.TRACE_ID + "\\)"), logs.lines().get(1));
  }

  @Test
  void bodyLoggingRedactsTheKeyEverywhere() {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":{\"message\":\"Authentication Fails, Your api key: " + WireMockSupport.API_KEY
            + " is invalid\",\"type\":\"authentication_error\"}}")));
    DeepSeekClient client = WireMockSupport.clientFor(server).logLevel(LogLevel.BODY).build();

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> client.chat().create("deepseek-v4-flash", "my key is " + WireMockSupport.API_KEY));

    String log = String.join("\n", logs.lines());
    assertTrue(log.contains("\nAuthorization: <redacted>\n"), log);
    assertTrue(log.contains("{\"messages\":[{\"role\":\"user\",\"content\":\"my key is sk-***\"}],\"model\":\"deepseek-v4-flash\"}"), log);
    assertTrue(log.contains("Your api key: sk-*** is invalid"), log);
    assertFalse(log.contains(WireMockSupport.API_KEY), log);
    assertFalse(e.getMessage().contains(WireMockSupport.API_KEY));
    assertFalse(e.getRawBody().contains(WireMockSupport.API_KEY));
  }

  @Test
  void streamedBodiesAreNotConsumedByLogging() {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(Fixtures.read("streams/plain.sse"))));
    DeepSeekClient client = WireMockSupport.clientFor(server).logLevel(LogLevel.BODY).build();
    StringBuilder text = new StringBuilder();

    try (var chunks = client.chat().stream(new io.github.deepseekjava.model.ChatCompletionRequest().model("deepseek-v4-flash")
        .addMessagesItem(io.github.deepseekjava.chat.Messages.user("Hi")))) {
      chunks.forEach(chunk -> text.append(chunk.getChoices().get(0).getDelta().getContent()));
    }

    assertEquals("Hello! How can I help you today?", text.toString());
    assertTrue(logs.lines().get(1).endsWith("\n(event stream, body not logged)"), logs.lines().get(1));
  }

  @Test
  void uploadsAndAudioAreNotReadByBodyLogging() {
    server.stubFor(post("/v1/tools/asr").willReturn(okJson("{\"request_id\":\"r\",\"text\":\"hi\",\"duration_ms\":1}")));
    server.stubFor(post("/v1/tools/tts").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/wav")
        .withBody(new byte[] {'R', 'I', 'F', 'F'})));
    DeepSeekClient client = WireMockSupport.clientFor(server).logLevel(LogLevel.BODY).build();
    java.io.ByteArrayOutputStream audio = new java.io.ByteArrayOutputStream();

    client.tools().asr(FileUpload.of(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "a.wav"));
    client.tools().tts(new io.github.deepseekjava.model.SpeechRequest().text("hi"), audio);

    assertEquals(4, audio.size());
    assertTrue(logs.lines().get(0).matches("(?s).*\n\\(\\d+-byte multipart/form-data; boundary=[^ ]+ body not logged\\)"), logs.lines().get(0));
    assertTrue(logs.lines().get(3).endsWith("\n(audio/wav body not logged)"), logs.lines().get(3));
  }

  @Test
  void noToStringShowsTheKey() {
    DeepSeekClient.Builder builder = WireMockSupport.clientFor(server).logLevel(LogLevel.BODY);
    DeepSeekClient client = builder.build();

    for (Object value : List.of(builder, client, client.newBuilder(), RequestOptions.builder().maxRetries(1).build(),
        new io.github.deepseekjava.internal.AuthInterceptor(WireMockSupport.API_KEY, "ua"))) {
      assertFalse(value.toString().contains(WireMockSupport.API_KEY), value.getClass() + ": " + value);
    }
  }
}
