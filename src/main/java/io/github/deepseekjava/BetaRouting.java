package io.github.deepseekjava;

import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatMessage;
import io.github.deepseekjava.model.ChatTool;
import java.util.List;

/** Decides whether a chat request must go to DeepSeek's {@code /beta} base. */
final class BetaRouting {
  private BetaRouting() {
  }

  /** True when the last message is an assistant {@code prefix} message or any tool is {@code strict}. */
  static boolean needsBeta(ChatCompletionRequest request) {
    List<ChatMessage> messages = request.getMessages();
    ChatMessage last = messages.get(messages.size() - 1);
    if (last instanceof AssistantMessage && Boolean.TRUE.equals(((AssistantMessage) last).getPrefix())) {
      return true;
    }
    if (request.getTools() != null) {
      for (ChatTool tool : request.getTools()) {
        if (tool.getFunction() != null && Boolean.TRUE.equals(tool.getFunction().getStrict())) {
          return true;
        }
      }
    }
    return false;
  }
}
