package io.github.deepseekjava.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekJson;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.ToolMessage;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images and files in user and tool messages, as JSON on the wire. */
class ContentPartsTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

  @TempDir
  Path dir;

  @Test
  void aVisionRequestSendsTextAnImageAndAnUploadedFile() throws Exception {
    Path png = Files.write(dir.resolve("cat.png"), PNG);
    DeepSeekClient client = deepseek.client();

    client.chat().create(new ChatCompletionRequest().model("deepseek-flash").addMessagesItem(Messages.user(
        ContentParts.text("Compare these."), ContentParts.image(png),
        ContentParts.imageUrl("https://example.org/dog.jpg", "low"), ContentParts.file("file-api-1"))));

    assertEquals("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Compare these.\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgoA\"}},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.org/dog.jpg\",\"detail\":\"low\"}},"
        + "{\"type\":\"file\",\"file_id\":\"file-api-1\"}]}],\"model\":\"deepseek-flash\"}",
        deepseek.server().requests().get(0).body());
  }

  @Test
  void aToolResultMayHoldAnImage() {
    ToolMessage result = Messages.toolResult("call_1", ContentParts.text("chart:"), ContentParts.image(PNG));

    assertEquals("{\"role\":\"tool\",\"content\":[{\"type\":\"text\",\"text\":\"chart:\"},{\"type\":\"image_url\","
        + "\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgoA\"}}],\"tool_call_id\":\"call_1\"}",
        DeepSeekJson.gson().toJson(result));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({"FFD8FFE0, image/jpeg", "89504E470D0A1A0A, image/png", "474946383961, image/gif",
      "524946460000000057454250, image/webp"})
  void theImageTypeIsDetectedFromTheContent(String hex, String type) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }

    assertEquals(type, ContentParts.imageType(bytes));
    assertEquals("data:" + type + ";base64,", ContentParts.image(bytes).getImageUrl().getUrl().substring(0,
        ("data:" + type + ";base64,").length()));
  }

  @Test
  void bytesOfNoKnownImageTypeNeedAnExplicitType() {
    byte[] bmp = {'B', 'M', 0, 0};

    assertEquals("the bytes are not a JPEG, PNG, GIF or WebP image",
        assertThrows(IllegalArgumentException.class, () -> ContentParts.image(bmp)).getMessage());
    assertEquals("data:image/bmp;base64,Qk0AAA==", ContentParts.image(bmp, "image/bmp").getImageUrl().getUrl());
  }
}
