package app;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.testing.FakeDeepSeekServer;

/** Makes one chat call against the test kit's fake server and prints the answer. */
public class Main {
  public static void main(String[] args) {
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      DeepSeekClient client = fake.clientBuilder().build();
      ChatCompletion answer = client.chat().create("deepseek-v4-flash", "Hello!");
      System.out.println(answer.getChoices().get(0).getMessage().getContent());
    }
  }
}
