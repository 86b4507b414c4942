package io.github.deepseekjava.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every Java block of the README is a region of a source file in this package (between
 * {@code // README: name} and {@code // README end}), so it compiles with the build; the regions
 * that are not tests themselves run here against the fake server.
 */
class ReadmeSnippetsTest {
  private static final Path SOURCES = Paths.get("src/test/java/io/github/deepseekjava/readme");

  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledRegion() throws IOException {
    List<String> regions = regions();
    List<String> blocks = javaBlocks(new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8));

    List<String> notCompiled = blocks.stream().filter(block -> !regions.contains(block)).collect(Collectors.toList());
    assertEquals(new ArrayList<String>(), notCompiled, "README Java blocks that are not a // README: region");
    assertTrue(blocks.size() >= 5, "README blocks found: " + blocks.size());
  }

  @Test
  void theSnippetsRunAgainstTheFakeServer() throws InterruptedException {
    DeepSeekClient client = deepseek.client();
    ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-flash")
        .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatStream("Hel", "lo"));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatStream("Hi"));
    StringBuilder ui = new StringBuilder();

    ChatCompletion whole = StreamingExample.stream(client, request, ui);
    awaitRequests(2);   // the snippet's async stream is not awaited; its request must take the second stream

    assertEquals("Hello", whole.getChoices().get(0).getMessage().getContent());
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("{\"question\":\"1+1\",\"answer\":2}"));
    assertEquals(2, GuidesExample.jsonOutput(client).answer);
    assertNotNull(GuidesExample.prefixAndFim(client));
    assertEquals("/beta/chat/completions", deepseek.server().requests().get(3).path());
    assertNotNull(GuidesExample.options(client, request));
    assertEquals("acme", deepseek.server().requests().get(5).header("X-Tenant"));
  }

  private static void awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    while (deepseek.server().requests().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(count, deepseek.server().requests().size());
  }

  /** The README's fenced java blocks, each as its text. */
  static List<String> javaBlocks(String readme) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : readme.split("\n", -1)) {
      if (block == null && line.equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** The marked regions of this package's sources, dedented. */
  static List<String> regions() throws IOException {
    List<String> regions = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.collect(Collectors.toList())) {
        List<String> region = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String trimmed = line.trim();
          if (trimmed.startsWith("// README: ")) {
            region = new ArrayList<>();
          } else if (trimmed.equals("// README end") && region != null) {
            regions.add(dedent(region));
            region = null;
          } else if (region != null) {
            region.add(line);
          }
        }
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.trim().isEmpty())
        .mapToInt(l -> l.length() - l.replaceAll("^ +", "").length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.length() >= indent ? line.substring(indent) : line.trim()).append('\n');
    }
    return text.toString();
  }
}
