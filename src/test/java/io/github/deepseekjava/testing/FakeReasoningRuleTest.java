package io.github.deepseekjava.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.chat.Conversation;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ModelIds;
import io.github.deepseekjava.chat.ReasoningHistory;
import io.github.deepseekjava.chat.ThinkingType;
import io.github.deepseekjava.chat.Tools;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ThinkingOptions;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit can enforce DeepSeek's thinking-mode rule, so users' conversations are tested against it. */
class FakeReasoningRuleTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  private static ChatCompletionRequest thinkingWithTool(String thinkingType) {
    return new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH).thinking(new ThinkingOptions().type(thinkingType))
        .addToolsItem(Tools.function("get_date", null, null));
  }

  private static void answerWithReasoning(int turns) {
    for (int turn = 1; turn <= turns; turn++) {
      deepseek.server().enqueue(Endpoint.CHAT,
          FakeResponse.thinkingStream(Arrays.asList("Thought " + turn), Arrays.asList("Answer " + turn)));
    }
  }

  @Test
  void aConversationWithTheDefaultRulePassesThreeTurns() {
    deepseek.server().requireReasoningPassBack(true);
    answerWithReasoning(3);
    Conversation chat = new Conversation(thinkingWithTool(ThinkingType.ENABLED));

    for (int turn = 1; turn <= 3; turn++) {
      chat.add(Messages.user("Question " + turn));
      assertEquals("Answer " + turn, chat.stream(deepseek.client(), chunk -> { }).getChoices().get(0).getMessage().getContent());
    }
    assertEquals(3, deepseek.server().requests().size());
  }

  @Test
  void droppingPlainTurnReasoningIsA400WithDeepSeeksMessage() {
    deepseek.server().requireReasoningPassBack(true);
    answerWithReasoning(1);
    Conversation chat = new Conversation(thinkingWithTool(ThinkingType.ENABLED), ReasoningHistory.DROP_ALL);
    chat.add(Messages.user("Question 1"));
    chat.stream(deepseek.client(), chunk -> { });
    chat.add(Messages.user("Question 2"));

    BadRequestException e = assertThrows(BadRequestException.class, () -> chat.send(deepseek.client()));

    assertEquals(FakeDeepSeekServer.REASONING_PASS_BACK_MESSAGE + " (HTTP 400, type invalid_request_error, trace id "
        + FakeDeepSeekServer.TRACE_ID + ")", e.getMessage());
  }

  @Test
  void theRuleDoesNotApplyWithThinkingOff() {
    deepseek.server().requireReasoningPassBack(true);
    Conversation chat = new Conversation(thinkingWithTool(ThinkingType.DISABLED), ReasoningHistory.DROP_ALL);
    chat.add(Messages.user("Question 1"));
    chat.send(deepseek.client());
    chat.add(Messages.user("Question 2"));

    assertEquals("Hello from the fake DeepSeek.", chat.send(deepseek.client()).getChoices().get(0).getMessage().getContent());
  }
}
