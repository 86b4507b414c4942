package io.github.deepseekjava.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatMessage;
import io.github.deepseekjava.model.ImageUrl;
import io.github.deepseekjava.model.ImageUrlContentPart;
import io.github.deepseekjava.model.LatestReminderMessage;
import io.github.deepseekjava.model.SafetyCheck;
import io.github.deepseekjava.model.TextContentPart;
import io.github.deepseekjava.model.ThinkingOptions;
import io.github.deepseekjava.model.TitleOptions;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request features of November 2026 on the wire, and the constants users type. */
class ChatFeaturesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  private static String json(Object value) {
    return DeepSeekJson.gson().toJson(value);
  }

  @Test
  void latestReminderIsFormattedInTheUsersLanguage() {
    assertEquals("2026-11-23,lundi,Lyon,Web,Français", LatestReminder.content(MONDAY, Locale.FRENCH, "Lyon", LatestReminder.WEB));
    assertEquals("2026-11-23,Monday,,App,English", LatestReminder.content(MONDAY, Locale.ENGLISH, null, LatestReminder.APP));
    assertEquals("2026-11-23,星期一,Hangzhou, Zhejiang,App,中文",
        LatestReminder.content(MONDAY, Locale.CHINESE, "Hangzhou, Zhejiang", LatestReminder.APP));
  }

  @Test
  void latestReminderMessageGoesRightBeforeTheUserMessageAndReadsBack() {
    ChatCompletionRequest request = new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
        .addMessagesItem(LatestReminder.message(MONDAY, Locale.FRENCH, "Lyon", LatestReminder.WEB))
        .addMessagesItem(Messages.user("Quel temps fera-t-il demain ?"));

    String sent = json(request);

    assertEquals("{\"messages\":[{\"role\":\"latest_reminder\",\"content\":\"2026-11-23,lundi,Lyon,Web,Français\"},"
        + "{\"role\":\"user\",\"content\":\"Quel temps fera-t-il demain ?\"}],\"model\":\"deepseek-flash\"}", sent);
    ChatMessage read = DeepSeekJson.gson().fromJson("{\"role\":\"latest_reminder\",\"content\":\"x\"}", ChatMessage.class);
    assertEquals(LatestReminderMessage.class, read.getClass());
  }

  @Test
  void safetyCheckTitleAndConstantsNeedNoMagicStrings() {
    ChatCompletionRequest request = new ChatCompletionRequest().model(ModelIds.DEEPSEEK_V4_PRO)
        .thinking(new ThinkingOptions().type(ThinkingType.DISABLED)).reasoningEffort(ReasoningEffort.NONE)
        .safetyCheck(new SafetyCheck().level(SafetyLevel.HIGH)).title(new TitleOptions().enabled(true))
        .addMessagesItem(Messages.user("Hello"));

    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}],\"model\":\"deepseek-v4-pro\","
        + "\"thinking\":{\"type\":\"disabled\"},\"reasoning_effort\":\"none\",\"safety_check\":{\"level\":\"high\"},"
        + "\"title\":{\"enabled\":true}}", json(request));
  }

  @Test
  void serverToolsAreDeclaredByTypeAloneBesideFunctionTools() {
    ChatCompletionRequest request = new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
        .addToolsItem(Tools.webSearch()).addToolsItem(Tools.readUrl()).addToolsItem(Tools.function("get_date", null, null));

    assertEquals("[{\"type\":\"deepseek_web_search\"},{\"type\":\"deepseek_read_url\"},"
        + "{\"type\":\"function\",\"function\":{\"name\":\"get_date\"}}]", json(request.getTools()));
  }

  @Test
  void toolResultsMayBeContentParts() {
    String sent = json(Messages.toolResult("call_00_c7", UserContent.of(new TextContentPart().text("Week 47"),
        new ImageUrlContentPart().imageUrl(new ImageUrl().url("https://example.org/w47.png")))));

    assertEquals("{\"role\":\"tool\",\"content\":[{\"type\":\"text\",\"text\":\"Week 47\"},{\"type\":\"image_url\","
        + "\"image_url\":{\"url\":\"https://example.org/w47.png\"}}],\"tool_call_id\":\"call_00_c7\"}", sent);
    assertEquals("{\"role\":\"tool\",\"content\":\"sunny\",\"tool_call_id\":\"c\"}", json(Messages.toolResult("c", "sunny")));
  }

  @Test
  void assistantContentIsSentAsNullNotOmitted() {
    assertEquals("{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"Need the date first.\"}",
        json(new io.github.deepseekjava.model.AssistantMessage().reasoningContent("Need the date first.")));
  }

  @Test
  void constantsAreTheDocumentedValues() {
    assertEquals("deepseek-flash", ModelIds.DEEPSEEK_FLASH);
    assertEquals("enabled", ThinkingType.ENABLED);
    assertEquals("max", ReasoningEffort.MAX);
    assertSame(Tools.DEEPSEEK_WEB_SEARCH, Tools.webSearch().getType());
  }
}
