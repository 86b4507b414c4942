package io.github.deepseekjava.readme;

// README: test-kit
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.errors.InsufficientBalanceException;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WeatherBotTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  @Test
  void answersFromTheModel() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("Sunny."));
    WeatherBot bot = new WeatherBot(deepseek.client());

    assertEquals("Sunny.", bot.ask("Weather?"));
    assertEquals("/chat/completions", deepseek.server().requests().get(0).path());
  }

  @Test
  void survivesAnEmptyBalance() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.error(402, "Insufficient Balance"));
    assertThrows(InsufficientBalanceException.class, () -> new WeatherBot(deepseek.client()).ask("Weather?"));
  }
}
// README end
