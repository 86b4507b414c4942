package io.github.deepseekjava.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code @ExtendWith}, the server and a client are injected as parameters. */
@ExtendWith(FakeDeepSeekExtension.class)
class FakeDeepSeekParameterInjectionTest {
  @Test
  void serverAndClientAreInjected(FakeDeepSeekServer server, DeepSeekClient client) {
    server.enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("injected"));

    assertEquals("injected", client.chat().create("deepseek-v4-flash", "Hi").getChoices().get(0).getMessage().getContent());
    assertEquals("/chat/completions", server.requests().get(0).path());
  }
}
