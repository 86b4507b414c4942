package io.github.deepseekjava.readme;

import io.github.deepseekjava.DeepSeekClient;

/** The application class the README's test-kit example tests. */
class WeatherBot {
  private final DeepSeekClient client;

  WeatherBot(DeepSeekClient client) {
    this.client = client;
  }

  String ask(String question) {
    return client.chat().create("deepseek-flash", question).getChoices().get(0).getMessage().getContent();
  }
}
