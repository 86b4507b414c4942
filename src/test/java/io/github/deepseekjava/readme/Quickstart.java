package io.github.deepseekjava.readme;

// README: quickstart
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekResponse;
import io.github.deepseekjava.chat.ModelIds;
import io.github.deepseekjava.chat.ReasoningEffort;
import io.github.deepseekjava.chat.ThinkingType;
import io.github.deepseekjava.model.*;
import io.github.deepseekjava.model.support.UserContent;

public class Quickstart {
  public static void main(String[] args) {
    try (DeepSeekClient client = DeepSeekClient.fromEnv()) {   // reads DEEPSEEK_API_KEY
      // One user message:
      ChatCompletion answer = client.chat().create(ModelIds.DEEPSEEK_FLASH, "Hello!");
      System.out.println(answer.getChoices().get(0).getMessage().getContent());

      // The full request model, generated from the spec:
      ChatCompletionRequest request = new ChatCompletionRequest()
          .model(ModelIds.DEEPSEEK_V4_PRO)
          .thinking(new ThinkingOptions().type(ThinkingType.ENABLED))
          .reasoningEffort(ReasoningEffort.HIGH)
          .addMessagesItem(new SystemMessage().content("You are a helpful assistant"))
          .addMessagesItem(new UserMessage().content(UserContent.of("Why is the sky blue?")));
      ChatCompletion completion = client.chat().create(request);
      AssistantMessage message = completion.getChoices().get(0).getMessage();
      System.out.println(message.getReasoningContent());   // the chain of thought
      System.out.println(message.getContent());
      System.out.println(completion.getUsage().getPromptCacheHitTokens());

      // FIM (beta; sent to /beta/completions automatically):
      FimCompletion fim = client.fim().create(ModelIds.DEEPSEEK_V4_PRO, "def fib(n):\n    ", "\n    return b\n");
      System.out.println(fim.getChoices().get(0).getText());

      // Models (context window, max output, modalities, effort levels) and balance (exact BigDecimal):
      client.models().list().getData().forEach(m -> System.out.println(m.getId() + " " + m.getContextWindow()));
      client.balance().get().getBalanceInfos()
          .forEach(b -> System.out.println(b.getTotalBalance() + " " + b.getCurrency()));

      // Async: the same services under async(); cancelling a future cancels the HTTP call.
      client.async().chat().create(request).thenAccept(c -> System.out.println(c.getId())).join();

      // Status, headers and DeepSeek's trace id of a successful call:
      DeepSeekResponse<ChatCompletion> response = client.withResponse(c -> c.chat().create(request));
      System.out.println(response.traceId());
    }
  }
}
// README end
