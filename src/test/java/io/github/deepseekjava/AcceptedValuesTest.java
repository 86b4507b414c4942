package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ModelIds;
import io.github.deepseekjava.chat.Tools;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ChatTool;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client-side validation never rejects a value DeepSeek accepts today (reference of 2026-09-29 and 2026-11). */
class AcceptedValuesTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  private static ChatCompletionRequest request() {
    return new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH).addMessagesItem(Messages.user("Hi"));
  }

  private static String sentBody() {
    return deepseek.server().requests().get(0).body();
  }

  @Test
  void functionNamesOf65To128CharactersAreSent() {
    String name65 = String.join("", Collections.nCopies(65, "a"));
    String name128 = String.join("", Collections.nCopies(128, "b"));

    deepseek.client().chat().create(request().addToolsItem(Tools.function(name65, null, null))
        .addToolsItem(Tools.function(name128, null, null)));

    assertEquals("[{\"type\":\"function\",\"function\":{\"name\":\"" + name65 + "\"}},{\"type\":\"function\",\"function\":{\"name\":\""
        + name128 + "\"}}]", deepseek.server().requests().get(0).bodyJson().getAsJsonObject().get("tools").toString());
  }

  @Test
  void aFunctionNameOf129CharactersIsRejectedBeforeSending() {
    String name129 = String.join("", Collections.nCopies(129, "c"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> deepseek.client().chat().create(request().addToolsItem(Tools.function(name129, null, null))));

    assertEquals("tools[0].function.name must be at most 128 characters long, got 129", e.getMessage());
    assertEquals(0, deepseek.server().requests().size());
  }

  @Test
  void maxTokensUpTo393216IsSent() {
    deepseek.client().chat().create(request().maxTokens(393216));

    assertEquals(true, sentBody().contains("\"max_tokens\":393216"), sentBody());
  }

  @Test
  void serverToolsWithoutFunctionAreSent() {
    deepseek.client().chat().create(request().addToolsItem(Tools.webSearch()).addToolsItem(Tools.readUrl()));

    assertEquals("[{\"type\":\"deepseek_web_search\"},{\"type\":\"deepseek_read_url\"}]",
        deepseek.server().requests().get(0).bodyJson().getAsJsonObject().get("tools").toString());
  }

  @Test
  void aFunctionToolStillNeedsItsFunction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> deepseek.client().chat().create(request().addToolsItem(new ChatTool().type(Tools.FUNCTION))));

    assertEquals("tools[0].function is required", e.getMessage());
  }
}
