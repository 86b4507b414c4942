package io.github.deepseekjava.readme;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.chat.Conversation;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ModelIds;
import io.github.deepseekjava.chat.ReasoningEffort;
import io.github.deepseekjava.chat.ThinkingType;
import io.github.deepseekjava.chat.Tools;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ThinkingOptions;
import java.util.Map;

/** README snippets for multi-round chat and tool calls; compiled by the build. */
class ConversationExample {
  static ChatCompletion thinking(DeepSeekClient client) {
    // README: thinking
    Conversation chat = new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
            .thinking(new ThinkingOptions().type(ThinkingType.ENABLED)).reasoningEffort(ReasoningEffort.HIGH)
            .addToolsItem(Tools.function("get_date", "Today's date", null)))   // declared, maybe never called
        .add(Messages.system("You are a careful mathematician"))
        .add(Messages.user("What is 9.11 - 9.8?"));
    chat.send(client);
    chat.add(Messages.user("And times two?"));
    ChatCompletion answer = chat.send(client);   // carries the first turn's reasoning: tools are declared
    // README end
    return answer;
  }

  static String weather(String argumentsJson) {
    return "Cloudy, 7~13°C";
  }

  static ChatCompletion tools(DeepSeekClient client) {
    // README: tools
    Conversation chat = new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_V4_PRO)
            .addToolsItem(Tools.function("get_weather", "Weather of a city on a date",
                "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"},\"date\":{\"type\":\"string\"}},"
                    + "\"required\":[\"location\",\"date\"]}")))
        .add(Messages.user("Weather in Hangzhou tomorrow?"));

    // Runs your functions for each tool call and sends the results back until the model answers
    // (at most 10 rounds by default).
    ChatCompletion answer = chat.sendWithTools(client, Map.of("get_weather", argumentsJson -> weather(argumentsJson)));
    // README end
    return answer;
  }
}
