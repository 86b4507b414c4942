package io.github.deepseekjava.readme;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionDelta;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import io.github.deepseekjava.streaming.ChunkStream;

/** README snippets about streaming; compiled and run against the fake server by ReadmeSnippetsTest. */
class StreamingExample {
  static ChatCompletion stream(DeepSeekClient client, ChatCompletionRequest request, StringBuilder ui) {
    // README: streaming
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request)) {
      for (ChatCompletionChunk chunk : chunks) {
        accumulator.add(chunk);
        ChatCompletionDelta delta = chunk.getChoices().get(0).getDelta();
        if (delta.getReasoningContent() != null) System.out.print(delta.getReasoningContent());
        if (delta.getContent() != null) System.out.print(delta.getContent());
      }
    }
    ChatCompletion whole = accumulator.result();   // equal to the non-streamed answer, usage included

    // Without blocking: chunks go to the listener in order; the future completes with the whole answer.
    client.async().chat().stream(request, chunk -> ui.append(chunk.getChoices().get(0).getDelta().getContent()))
        .thenAccept(c -> System.out.println(c.getUsage()));
    // README end
    return whole;
  }
}
