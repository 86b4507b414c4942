package io.github.deepseekjava;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The seed's examples and other recorded bodies under src/test/resources. */
public final class Fixtures {
  private Fixtures() {
  }

  /** The text of a classpath resource, e.g. {@code seed/chat-response.json}. */
  public static String read(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code json} parsed, with every null-valued member removed (Gson never sends nulls). */
  public static JsonElement withoutNulls(String json) {
    return stripNulls(JsonParser.parseString(json));
  }

  private static JsonElement stripNulls(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject copy = new JsonObject();
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        if (!member.getValue().isJsonNull()) {
          copy.add(member.getKey(), stripNulls(member.getValue()));
        }
      }
      return copy;
    }
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      for (JsonElement item : element.getAsJsonArray()) {
        copy.add(stripNulls(item));
      }
      return copy;
    }
    return element;
  }
}
