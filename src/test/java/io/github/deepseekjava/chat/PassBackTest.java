package io.github.deepseekjava.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.TitleOptions;
import io.github.deepseekjava.model.support.UnknownFields;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the server returns on an assistant message and the client does not know (here an invented
 * {@code server_blocks} field, standing in for server-tool output) is sent back unchanged; titles are kept.
 */
class PassBackTest {
  private static final String BLOCKS =
      "[{\"type\":\"web_search_result\",\"url\":\"https://example.org/a\",\"score\":0.50,\"rank\":10,\"note\":null}]";

  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  private static Conversation conversation() {
    return new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH).title(new TitleOptions().enabled(true))
        .addToolsItem(Tools.function("lookup", null, null)))
        .add(Messages.user("Search the news"));
  }

  private static JsonElement lastRequestMessage(int index) {
    List<io.github.deepseekjava.testing.RecordedRequest> requests = deepseek.server().requests();
    return requests.get(requests.size() - 1).bodyJson().getAsJsonObject().getAsJsonArray("messages").get(index);
  }

  @Test
  void unknownMessageFieldsAreSentBackVerbatim() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("Found it.").withAssistantField("server_blocks", BLOCKS)
        .withTitle("News search"));
    Conversation chat = conversation();

    ChatCompletion answer = chat.send(deepseek.client());
    chat.add(Messages.user("Thanks"));
    chat.send(deepseek.client());

    assertEquals(JsonParser.parseString(BLOCKS), UnknownFields.get(answer.getChoices().get(0).getMessage()).get("server_blocks"));
    assertEquals("{\"role\":\"assistant\",\"content\":\"Found it.\",\"server_blocks\":" + BLOCKS + "}", lastRequestMessage(1).toString());
    assertEquals("News search", chat.title());
  }

  @Test
  void unknownDeltaFieldsAreAccumulatedPerChoiceAndSentBack() {
    String first = "[{\"type\":\"web_search_call\",\"query\":\"news\"}]";
    String second = "[{\"type\":\"web_search_result\",\"url\":\"https://example.org/a\",\"score\":0.50}]";
    FakeResponse stream = FakeResponse.events(
        chunk("{\"role\":\"assistant\",\"content\":\"\",\"server_blocks\":" + first + ",\"citation\":\"[1] exa\"}", null),
        chunk("{\"content\":\"Found\",\"server_blocks\":" + second + ",\"citation\":\"mple.org\"}", null),
        chunk("{\"content\":\" it.\"}", null),
        chunk("{\"content\":\"\",\"title\":\"News search\"}", "\"stop\""));
    deepseek.server().enqueue(Endpoint.CHAT, stream);
    Conversation chat = conversation();

    ChatCompletion answer = chat.stream(deepseek.client(), chunk -> { });
    chat.add(Messages.user("Thanks"));
    chat.send(deepseek.client());

    AssistantMessage message = answer.getChoices().get(0).getMessage();
    assertEquals("Found it.", message.getContent());
    assertEquals("News search", message.getTitle());
    assertEquals("News search", chat.title());
    assertEquals("{\"role\":\"assistant\",\"content\":\"Found it.\",\"server_blocks\":[{\"type\":\"web_search_call\",\"query\":\"news\"},"
        + "{\"type\":\"web_search_result\",\"url\":\"https://example.org/a\",\"score\":0.50}],\"citation\":\"[1] example.org\"}",
        lastRequestMessage(1).toString());
  }

  @Test
  void theTestKitScriptsTitlesAndServerToolFieldsOnStreams() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatStream("Hi", "!").withTitle("Greeting")
        .withAssistantField("server_blocks", BLOCKS));
    Conversation chat = conversation();

    AssistantMessage message = chat.stream(deepseek.client(), chunk -> { }).getChoices().get(0).getMessage();

    assertEquals("Hi!", message.getContent());
    assertEquals("Greeting", message.getTitle());
    assertEquals(JsonParser.parseString(BLOCKS), UnknownFields.get(message).get("server_blocks"));
  }

  @Test
  void unknownFieldsSurviveStoringTheConversationAsJson() {
    AssistantMessage read = (AssistantMessage) DeepSeekJson.gson().fromJson(
        "{\"role\":\"assistant\",\"content\":null,\"server_blocks\":" + BLOCKS + "}", io.github.deepseekjava.model.ChatMessage.class);
    Conversation restored = new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
        .addMessagesItem(Messages.user("Search")).addMessagesItem(read).addMessagesItem(Messages.user("More")));

    assertNull(read.getContent());
    assertEquals("{\"role\":\"assistant\",\"content\":null,\"server_blocks\":" + BLOCKS + "}",
        DeepSeekJson.gson().toJson(restored.nextRequest().getMessages().get(1)));
  }

  private static String chunk(String delta, String finishReason) {
    return "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"deepseek-flash\","
        + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}";
  }
}
