package io.github.deepseekjava.readme;

import com.google.gson.JsonElement;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.RequestOptions;
import io.github.deepseekjava.chat.JsonOutput;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.support.Stop;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

/** README snippets for the guides, options and raw calls; compiled and run against the fake server by ReadmeSnippetsTest. */
class GuidesExample {
  static final class QuestionAnswer {
    String question;
    int answer;
  }

  static QuestionAnswer jsonOutput(DeepSeekClient client) {
    // README: json-output
    ChatCompletion completion = client.chat().create(new ChatCompletionRequest().model("deepseek-flash")
        .responseFormat(JsonOutput.format())
        .addMessagesItem(Messages.system("Reply in JSON like {\"question\": \"...\", \"answer\": 0}"))
        .addMessagesItem(Messages.user("What is 1+1?")));
    QuestionAnswer qa = JsonOutput.parse(completion, QuestionAnswer.class);
    // README end
    return qa;
  }

  static FimCompletion prefixAndFim(DeepSeekClient client) {
    // README: prefix-and-fim
    // The model continues from the last assistant message; sent to /beta/chat/completions.
    ChatCompletion code = client.chat().create(new ChatCompletionRequest().model("deepseek-flash")
        .stop(Stop.of("```"))
        .addMessagesItem(Messages.user("Write quick sort in Python"))
        .addMessagesItem(Messages.assistantPrefix("```python\n")));

    // Fill in the middle; sent to /beta/completions.
    FimCompletion fim = client.fim().create("deepseek-v4-pro", "def fib(n):\n", "    return a\n");
    // README end
    return code.getChoices().isEmpty() ? null : fim;
  }

  static ChatCompletion options(DeepSeekClient client, ChatCompletionRequest request) {
    // README: options
    DeepSeekClient patient = client.withOptions(RequestOptions.builder()
        .maxRetries(0)
        .timeout(Duration.ofSeconds(20))
        .header("X-Tenant", "acme")
        .build());
    ChatCompletion answer = patient.chat().create(request);
    // README end
    return answer;
  }

  static JsonElement raw(DeepSeekClient client) {
    // README: raw
    JsonElement files = client.raw().get("files");
    Map<String, String> body = Collections.singletonMap("purpose", "user_data");
    JsonElement file = client.raw().post("files/abc", body);
    // README end
    return file.isJsonNull() ? files : file;
  }
}
