package io.github.deepseekjava.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.errors.InvalidJsonOutputException;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.support.FinishReason;
import org.junit.jupiter.api.Test;

/** JSON output parsing and the tool and message factories, as they appear on the wire. */
class JsonOutputAndToolsTest {
  static final class Answer {
    String question;
    int answer;
  }

  private static ChatCompletion answer(String content, FinishReason finish) {
    return new ChatCompletion().addChoicesItem(new ChatCompletionChoice().index(0)
        .message(new AssistantMessage().content(content)).finishReason(finish));
  }

  @Test
  void jsonContentParsesIntoTheUserClass() {
    Answer parsed = JsonOutput.parse(answer("{\"question\":\"1+1\",\"answer\":2}", FinishReason.STOP), Answer.class);

    assertEquals("1+1", parsed.question);
    assertEquals(2, parsed.answer);
  }

  @Test
  void emptyContentIsAClearError() {
    InvalidJsonOutputException e = assertThrows(InvalidJsonOutputException.class,
        () -> JsonOutput.parse(answer("", FinishReason.STOP), Answer.class));
    assertEquals("JSON output is empty (finish_reason stop)", e.getMessage());
  }

  @Test
  void truncatedJsonNamesTheFinishReason() {
    InvalidJsonOutputException e = assertThrows(InvalidJsonOutputException.class,
        () -> JsonOutput.parse(answer("{\"question\":\"1+1\",\"ans", FinishReason.LENGTH), Answer.class));
    assertEquals(true, e.getMessage().startsWith(
        "JSON output is not valid JSON for io.github.deepseekjava.chat.JsonOutputAndToolsTest$Answer (finish_reason length): "),
        e.getMessage());
    assertEquals("{\"question\":\"1+1\",\"ans", e.getRawBody());
  }

  @Test
  void formatIsJsonObject() {
    assertEquals("{\"type\":\"json_object\"}", DeepSeekJson.gson().toJson(JsonOutput.format()));
  }

  @Test
  void strictToolSerializesWithItsSchema() {
    assertEquals("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Weather\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],"
            + "\"additionalProperties\":false},\"strict\":true}}",
        DeepSeekJson.gson().toJson(Tools.strictFunction("get_weather", "Weather",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false}")));
  }

  @Test
  void toolWithoutParametersOmitsThem() {
    assertEquals("{\"type\":\"function\",\"function\":{\"name\":\"now\"}}",
        DeepSeekJson.gson().toJson(Tools.function("now", null, null)));
  }

  @Test
  void invalidSchemaIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tools.function("f", null, "[1,2]"));
    assertEquals(true, e.getMessage().startsWith("parametersSchema is not a JSON object: "), e.getMessage());
  }

  @Test
  void messageFactoriesProduceDeepSeeksShapes() {
    assertEquals("{\"role\":\"assistant\",\"content\":\"```python\\n\",\"prefix\":true}",
        DeepSeekJson.gson().toJson(Messages.assistantPrefix("```python\n")));
    assertEquals("{\"role\":\"tool\",\"content\":\"42\",\"tool_call_id\":\"call_1\"}",
        DeepSeekJson.gson().toJson(Messages.toolResult("call_1", "42")));
    assertEquals("{\"role\":\"system\",\"content\":\"Be brief\"}", DeepSeekJson.gson().toJson(Messages.system("Be brief")));
  }
}
