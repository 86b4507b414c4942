package io.github.deepseekjava.readme;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ResponseItems;
import io.github.deepseekjava.chat.ResponsesConversation;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseDeltaEvent;
import io.github.deepseekjava.model.ResponseReasoningOptions;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.streaming.ResponseAccumulator;
import io.github.deepseekjava.streaming.ResponseEventTypes;
import java.util.Map;

/** README snippets for the Responses API; compiled by the build. */
class ResponsesExample {
  static String chatCompletions(DeepSeekClient client) {
    // README: responses-side-by-side-chat
    // Chat Completions
    ChatCompletion completion = client.chat().create(new ChatCompletionRequest().model("deepseek-flash")
        .reasoningEffort("low")
        .addMessagesItem(Messages.system("Answer briefly."))
        .addMessagesItem(Messages.user("What is 9.11 - 9.8?")));
    String answer = completion.getChoices().get(0).getMessage().getContent();
    String reasoning = completion.getChoices().get(0).getMessage().getReasoningContent();

    // README end
    return answer + reasoning;
  }

  static String responses(DeepSeekClient client) {
    // README: responses-side-by-side-responses
    // Responses
    Response response = client.responses().create(new CreateResponseRequest().model("deepseek-flash")
        .reasoning(new ResponseReasoningOptions().effort("low"))
        .instructions("Answer briefly.")
        .input(ResponseInput.of("What is 9.11 - 9.8?")));
    String answer = ResponseItems.outputText(response);       // the output_text of the message item
    String reasoning = ResponseItems.reasoningText(response); // the reasoning item, first in thinking mode

    // README end
    return answer + reasoning;
  }

  static Response stream(DeepSeekClient client, CreateResponseRequest request) {
    // README: responses-stream
    ResponseAccumulator accumulator = new ResponseAccumulator();
    try (ChunkStream<ResponseStreamEvent> events = client.responses().stream(request)) {
      for (ResponseStreamEvent event : events) {
        accumulator.add(event);
        if (ResponseEventTypes.OUTPUT_TEXT_DELTA.equals(event.getType())) {
          System.out.print(((ResponseDeltaEvent) event).getDelta());
        }
      }
    }
    Response whole = accumulator.result();
    // Without blocking: client.async().responses().stream(request, event -> ...) completes with the whole response.
    // README end
    return whole;
  }

  static String weather(String argumentsJson) {
    return "Cloudy, 7~13°C";
  }

  static Response tools(DeepSeekClient client) {
    // README: responses-tools
    ResponsesConversation chat = new ResponsesConversation(new CreateResponseRequest().model("deepseek-flash")
            .addToolsItem(ResponseItems.functionTool("get_weather", "Weather of a city",
                "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]}"))
            .addToolsItem(ResponseItems.webSearch()))              // server tool: DeepSeek runs the search
        .add(ResponseItems.user("Weather in Hangzhou tomorrow?"));
    Response answer = chat.sendWithTools(client, Map.of("get_weather", argumentsJson -> weather(argumentsJson)));
    chat.add(ResponseItems.user("And the day after?"));        // history: user, reasoning, call, output, answer, ...
    chat.send(client);
    // README end
    return answer;
  }
}
