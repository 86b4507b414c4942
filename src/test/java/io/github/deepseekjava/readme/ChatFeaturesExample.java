package io.github.deepseekjava.readme;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.chat.Conversation;
import io.github.deepseekjava.chat.LatestReminder;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ModelIds;
import io.github.deepseekjava.chat.SafetyLevel;
import io.github.deepseekjava.chat.Tools;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.SafetyCheck;
import io.github.deepseekjava.model.TitleOptions;
import java.time.LocalDate;
import java.util.Locale;

/** README snippets for server tools, titles, latest_reminder and safety_check; compiled by the build. */
class ChatFeaturesExample {
  static Conversation webSearch(DeepSeekClient client) {
    // README: web search
    Conversation chat = new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
            .addToolsItem(Tools.webSearch())          // {"type":"deepseek_web_search"}
            .addToolsItem(Tools.readUrl())            // {"type":"deepseek_read_url"}
            .title(new TitleOptions().enabled(true)))
        .add(LatestReminder.message(LocalDate.now(), Locale.ENGLISH, "Lyon", LatestReminder.WEB))  // 2026-11-23,Monday,Lyon,Web,English
        .add(Messages.user("Summarize https://example.org/report and check its claims."));
    ChatCompletion answer = chat.send(client);
    System.out.println(chat.title() + ": " + answer.getChoices().get(0).getMessage().getContent());
    // README end
    return chat;
  }

  static ChatCompletion safety(DeepSeekClient client) {
    // README: safety
    ChatCompletion checked = client.chat().create(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
        .safetyCheck(new SafetyCheck().level(SafetyLevel.HIGH))
        .addMessagesItem(Messages.user("Hello")));
    // README end
    return checked;
  }
}
