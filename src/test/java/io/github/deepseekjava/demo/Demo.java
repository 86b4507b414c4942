package io.github.deepseekjava.demo;


import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.FileUpload;
import io.github.deepseekjava.FilesService;
import io.github.deepseekjava.chat.ContentParts;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.model.FetchResponse;
import io.github.deepseekjava.model.FileObject;
import io.github.deepseekjava.model.OcrResult;
import io.github.deepseekjava.model.SearchRequest;
import io.github.deepseekjava.model.SearchResult;
import io.github.deepseekjava.model.SpeechRequest;
import io.github.deepseekjava.model.Transcription;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import io.github.deepseekjava.DeepSeekResponse;
import io.github.deepseekjava.Fixtures;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.chat.Conversation;
import io.github.deepseekjava.chat.LatestReminder;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.chat.ModelIds;
import io.github.deepseekjava.chat.ReasoningEffort;
import io.github.deepseekjava.chat.SafetyLevel;
import io.github.deepseekjava.chat.ThinkingType;
import io.github.deepseekjava.chat.Tools;
import io.github.deepseekjava.model.AssistantMessage;
import io.github.deepseekjava.model.BalanceInfo;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChoice;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionDelta;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.FimCompletion;
import io.github.deepseekjava.model.FimCompletionRequest;
import io.github.deepseekjava.model.Model;
import io.github.deepseekjava.model.SafetyCheck;
import io.github.deepseekjava.model.Response;
import io.github.deepseekjava.model.ResponseDeltaEvent;
import io.github.deepseekjava.model.ResponseOutputItemEvent;
import io.github.deepseekjava.model.ResponseReasoningOptions;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.ResponseUsage;
import io.github.deepseekjava.model.ThinkingOptions;
import io.github.deepseekjava.model.TitleOptions;
import io.github.deepseekjava.model.ToolCall;
import io.github.deepseekjava.model.Usage;
import io.github.deepseekjava.model.UserBalance;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.FinishReason;
import io.github.deepseekjava.model.support.UnknownFields;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import io.github.deepseekjava.streaming.ResponseAccumulator;
import io.github.deepseekjava.streaming.ResponseEventTypes;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeDeepSeekServer;
import io.github.deepseekjava.testing.FakeResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs the client end to end: against the real API when {@code DEEPSEEK_API_KEY} is set (honouring
 * {@code DEEPSEEK_BASE_URL} and {@code DEEPSEEK_MODEL}), otherwise against the test kit's
 * {@link FakeDeepSeekServer} on 127.0.0.1 serving the seed document's examples.
 */
public final class Demo {
  private Demo() {
  }

  public static void main(String[] args) {
    String key = System.getenv(DeepSeekClient.ENV_API_KEY);
    FakeDeepSeekServer fake = null;
    DeepSeekClient client;
    if (key != null && !key.trim().isEmpty()) {
      client = DeepSeekClient.fromEnv();
      System.out.println("Using the DeepSeek API at " + client.baseUrl());
    } else {
      fake = startFakeServer();
      client = fake.clientBuilder().build();
      System.out.println("DEEPSEEK_API_KEY is not set: using an embedded fake DeepSeek server at " + client.baseUrl());
    }
    String model = envOr("DEEPSEEK_MODEL", ModelIds.DEEPSEEK_FLASH);
    try {
      showChat(client, model);
      showStream(client, model);
      showThinkingConversationWithATool(client, model);
      showSafetyCheck(client);
      showResponsesStream(client, envOr("DEEPSEEK_RESPONSES_MODEL", ModelIds.DEEPSEEK_FLASH));
      showFim(client, envOr("DEEPSEEK_FIM_MODEL", ModelIds.DEEPSEEK_V4_PRO));
      showModels(client);
      showBalance(client);
      showWebSearchWithTitle(client);
      showFilesAndTools(client, envOr("DEEPSEEK_VISION_MODEL", "deepseek-flash"));
    } catch (DeepSeekException e) {
      System.out.println("Call failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      System.exit(1);
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  private static void showChat(DeepSeekClient client, String model) {
    System.out.println("\n== chat (" + model + ") ==");
    DeepSeekResponse<ChatCompletion> response = client.withResponse(c -> c.chat().create(new ChatCompletionRequest()
        .model(model).addMessagesItem(new UserMessage().content(UserContent.of("Say hello in one short sentence.")))));
    ChatCompletion completion = response.body();
    ChatCompletionChoice choice = completion.getChoices().get(0);
    System.out.println("content:       " + choice.getMessage().getContent());
    if (choice.getMessage().getReasoningContent() != null) {
      System.out.println("reasoning:     " + choice.getMessage().getReasoningContent());
    }
    System.out.println("finish_reason: " + choice.getFinishReason());
    System.out.println("usage:         " + describe(completion.getUsage()));
    System.out.println("trace id:      " + response.traceId());
  }

  private static void showStream(DeepSeekClient client, String model) {
    System.out.println("\n== streamed chat with thinking (" + model + ") ==");
    ChatCompletionRequest request = new ChatCompletionRequest().model(model)
        .thinking(new ThinkingOptions().type(ThinkingType.ENABLED))
        .addMessagesItem(new UserMessage().content(UserContent.of("Which is larger, 9.11 or 9.8? Answer in one sentence.")));
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    boolean inAnswer = false;
    System.out.print("reasoning:     ");
    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request)) {
      for (ChatCompletionChunk chunk : chunks) {
        accumulator.add(chunk);
        if (chunk.getChoices() == null || chunk.getChoices().isEmpty()) {
          continue;
        }
        ChatCompletionDelta delta = chunk.getChoices().get(0).getDelta();
        if (delta.getReasoningContent() != null) {
          System.out.print(delta.getReasoningContent());
        }
        if (delta.getContent() != null && !delta.getContent().isEmpty()) {
          if (!inAnswer) {
            System.out.print("\ncontent:       ");
            inAnswer = true;
          }
          System.out.print(delta.getContent());
        }
        System.out.flush();
      }
      ChatCompletion completion = accumulator.result();
      System.out.println();
      System.out.println("finish_reason: " + completion.getChoices().get(0).getFinishReason());
      System.out.println("usage:         " + describe(completion.getUsage()));
      System.out.println("trace id:      " + chunks.traceId());
    }
  }

  /**
   * Thinking mode with a declared tool over three turns. Since 2026-09-29 DeepSeek answers 400 unless
   * such a request carries the reasoning of every earlier turn; {@link Conversation} sends it back.
   */
  private static void showThinkingConversationWithATool(DeepSeekClient client, String model) {
    System.out.println("\n== thinking conversation with a declared tool (" + model + ") ==");
    Conversation chat = new Conversation(new ChatCompletionRequest().model(model)
        .thinking(new ThinkingOptions().type(ThinkingType.ENABLED)).reasoningEffort(ReasoningEffort.HIGH)
        .addToolsItem(Tools.function("get_date", "Today's date as YYYY-MM-DD", null)));
    String[] questions = {"Hi! Answer in one short sentence: what is 9.11 - 9.8?", "And times two?", "What is today's date?"};
    for (String question : questions) {
      chat.add(Messages.user(question));
      System.out.println("user:          " + question);
      while (true) {
        ChatCompletion answer = chat.stream(client, chunk -> { });
        AssistantMessage message = answer.getChoices().get(0).getMessage();
        if (message.getToolCalls() == null || message.getToolCalls().isEmpty()) {
          System.out.println("assistant:     " + message.getContent());
          break;
        }
        for (ToolCall call : message.getToolCalls()) {
          System.out.println("tool call:     " + call.getFunction().getName() + " " + call.getFunction().getArguments());
          chat.add(Messages.toolResult(call, LocalDate.now().toString()));
        }
      }
    }
    long reasoningSentBack = chat.nextRequest().getMessages().stream()
        .filter(m -> m instanceof AssistantMessage && ((AssistantMessage) m).getReasoningContent() != null).count();
    System.out.println("reasoning:     " + reasoningSentBack + " earlier turns would be sent back with the next request");
  }

  /** Content safety review at level high: the answer is final only when the response ends. */
  private static void showSafetyCheck(DeepSeekClient client) {
    System.out.println("\n== safety_check high (" + ModelIds.DEEPSEEK_FLASH + ") ==");
    ChatCompletion completion = client.chat().create(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
        .safetyCheck(new SafetyCheck().level(SafetyLevel.HIGH))
        .addMessagesItem(Messages.user("Say hello in one short sentence.")));
    ChatCompletionChoice choice = completion.getChoices().get(0);
    System.out.println("content:       " + choice.getMessage().getContent());
    System.out.println("finish_reason: " + choice.getFinishReason()
        + (FinishReason.CONTENT_FILTER.equals(choice.getFinishReason()) ? " (refused by the review)" : ""));
  }

  /**
   * DeepSeek's server-side web search (a server tool, run by DeepSeek), with a conversation title.
   * Fields of the answer the client does not know (server-tool blocks) are kept and sent back.
   */
  private static void showWebSearchWithTitle(DeepSeekClient client) {
    System.out.println("\n== web search with a title (" + ModelIds.DEEPSEEK_FLASH + ") ==");
    Conversation chat = new Conversation(new ChatCompletionRequest().model(ModelIds.DEEPSEEK_FLASH)
        .thinking(new ThinkingOptions().type(ThinkingType.DISABLED))
        .addToolsItem(Tools.webSearch()).title(new TitleOptions().enabled(true)))
        .add(LatestReminder.message(LocalDate.now(), Locale.ENGLISH, "", LatestReminder.WEB))
        .add(Messages.user("What is the latest DeepSeek model? One sentence, with a source."));
    AssistantMessage message = chat.send(client).getChoices().get(0).getMessage();
    System.out.println("title:         " + chat.title());
    System.out.println("content:       " + message.getContent());
    System.out.println("kept fields:   " + UnknownFields.get(message).keySet() + " (sent back with the next request)");
  }

  private static void showResponsesStream(DeepSeekClient client, String model) {
    System.out.println("\n== streamed Responses API call (" + model + ") ==");
    CreateResponseRequest request = new CreateResponseRequest().model(model)
        .reasoning(new ResponseReasoningOptions().effort("low"))
        .input(ResponseInput.of("What is 9.11 - 9.8? Answer in one line."));
    ResponseAccumulator accumulator = new ResponseAccumulator();
    int items = 0;
    try (ChunkStream<ResponseStreamEvent> events = client.responses().stream(request)) {
      for (ResponseStreamEvent event : events) {
        accumulator.add(event);
        if (event instanceof ResponseDeltaEvent) {
          ResponseDeltaEvent delta = (ResponseDeltaEvent) event;
          if (ResponseEventTypes.REASONING_TEXT_DELTA.equals(delta.getType())
              || ResponseEventTypes.OUTPUT_TEXT_DELTA.equals(delta.getType())) {
            System.out.print(delta.getDelta());
            System.out.flush();
          }
        } else if (ResponseEventTypes.OUTPUT_ITEM_ADDED.equals(event.getType())) {
          System.out.print((items++ > 0 ? "\n" : "")
              + String.format("%-15s", ((ResponseOutputItemEvent) event).getItem().getType() + ":"));
        }
      }
      Response response = accumulator.result();
      System.out.println();
      System.out.println("status:        " + response.getStatus());
      System.out.println("usage:         " + describe(response.getUsage()));
      System.out.println("trace id:      " + events.traceId());
    }
  }

  private static void showFim(DeepSeekClient client, String model) {
    System.out.println("\n== FIM completion, beta (" + model + ") ==");
    DeepSeekResponse<FimCompletion> response = client.withResponse(c -> c.fim().create(new FimCompletionRequest()
        .model(model).prompt("def fib(n):\n    ").suffix("\n    return b\n").maxTokens(128)));
    FimCompletion completion = response.body();
    String text = completion.getChoices().get(0).getText();
    System.out.println("text:          " + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    System.out.println("finish_reason: " + completion.getChoices().get(0).getFinishReason());
    System.out.println("usage:         " + describe(completion.getUsage()));
    System.out.println("trace id:      " + response.traceId());
  }

  private static void showModels(DeepSeekClient client) {
    System.out.println("\n== models ==");
    for (Model model : client.models().list().getData()) {
      System.out.println("model:         " + model.getId() + " (owned by " + model.getOwnedBy() + ")"
          + (model.getContextWindow() == null ? "" : ", context " + model.getContextWindow() + ", max output "
          + model.getMaxOutputTokens() + ", input " + model.getInputModalities()));
    }
  }

  private static void showBalance(DeepSeekClient client) {
    System.out.println("\n== balance ==");
    UserBalance balance = client.balance().get();
    System.out.println("available:     " + balance.getIsAvailable());
    for (BalanceInfo row : balance.getBalanceInfos()) {
      System.out.println("balance:       " + row.getTotalBalance() + " " + row.getCurrency()
          + " (granted " + row.getGrantedBalance() + ", topped up " + row.getToppedUpBalance() + ")");
    }
  }

  private static void showFilesAndTools(DeepSeekClient client, String visionModel) {
    System.out.println("\n== files and vision (" + visionModel + ") ==");
    byte[] png = generatedPng();
    FileObject file = client.files().upload(FileUpload.of(png, "demo.png"), FilesService.USER_DATA, Duration.ofHours(1));
    System.out.println("uploaded:      " + file.getId() + " (" + file.getBytes() + " bytes, " + file.getPurpose() + ")");
    ChatCompletion vision = client.chat().create(new ChatCompletionRequest().model(visionModel)
        .addMessagesItem(Messages.user(ContentParts.text("What shape and colour does this image show? One short sentence."),
            ContentParts.file(file.getId()))));
    System.out.println("vision:        " + vision.getChoices().get(0).getMessage().getContent());
    System.out.println("deleted:       " + client.files().delete(file.getId()).getDeleted());

    System.out.println("\n== search and fetch ==");
    for (SearchResult result : client.tools().search(new SearchRequest().query("DeepSeek API documentation").count(2))
        .getResults()) {
      System.out.println("result:        " + result.getTitle() + " <" + result.getUrl() + "> score " + result.getRerankScore());
    }
    FetchResponse page = client.tools().fetch("https://api-docs.deepseek.com/");
    String content = page.getContent();
    System.out.println("fetched:       " + page.getTitle() + ": "
        + (content.length() > 80 ? content.substring(0, 80).replace('\n', ' ') + "..." : content.replace('\n', ' ')));

    System.out.println("\n== OCR, text to speech, speech to text ==");
    OcrResult ocr = client.tools().ocr(FileUpload.of(png, "demo.png"), FilesService.TEXT_RECOGNITION);
    System.out.println("ocr:           " + ocr.getPageCount() + " page(s): " + ocr.getPages().get(0).getText().trim());
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    long bytes = client.tools().tts(new SpeechRequest().text("Hello from the DeepSeek Java client.").format("wav"), audio);
    System.out.println("tts:           " + bytes + " bytes of audio");
    Transcription transcript = client.tools().asr(FileUpload.of(audio.toByteArray(), "hello.wav"));
    System.out.println("asr:           " + transcript.getText() + " (" + transcript.getDurationMs() + " ms)");
  }

  /** A small PNG of a red circle on white, drawn here (no fonts needed) so the demo needs no image file. */
  private static byte[] generatedPng() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 64, 64);
    g.setColor(Color.RED);
    g.fillOval(12, 12, 40, 40);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  private static String describe(Usage usage) {
    if (usage == null) {
      return "(none)";
    }
    return usage.getPromptTokens() + " prompt (cache hit " + usage.getPromptCacheHitTokens()
        + ", miss " + usage.getPromptCacheMissTokens() + ") + " + usage.getCompletionTokens()
        + " completion = " + usage.getTotalTokens() + " tokens";
  }

  private static String describe(ResponseUsage usage) {
    if (usage == null) {
      return "(none)";
    }
    return usage.getInputTokens() + " input (cached "
        + (usage.getInputTokensDetails() == null ? "?" : usage.getInputTokensDetails().getCachedTokens()) + ") + "
        + usage.getOutputTokens() + " output (reasoning "
        + (usage.getOutputTokensDetails() == null ? "?" : usage.getOutputTokensDetails().getReasoningTokens())
        + ") = " + usage.getTotalTokens() + " tokens";
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.trim().isEmpty() ? fallback : value.trim();
  }

  /** The test kit's fake server, scripted with the seed document's examples in the order the demo calls. */
  private static FakeDeepSeekServer startFakeServer() {
    FakeDeepSeekServer server = FakeDeepSeekServer.start();
    server.enqueue(Endpoint.CHAT, FakeResponse.json(Fixtures.read("seed/chat-response.json")));
    server.enqueue(Endpoint.CHAT, FakeResponse.events(dataOf(Fixtures.read("streams/thinking.sse")))
        .withKeepAlives(2).withEventDelay(Duration.ofMillis(60)));
    server.enqueue(Endpoint.CHAT, FakeResponse.thinkingStream(Arrays.asList("Subtract: ", "0.31."), Arrays.asList("It is 1.31.")));
    server.enqueue(Endpoint.CHAT, FakeResponse.thinkingStream(Arrays.asList("Double 1.31."), Arrays.asList("2.62.")));
    server.enqueue(Endpoint.CHAT, FakeResponse.toolCallStream("get_date", "{}"));
    server.enqueue(Endpoint.CHAT, FakeResponse.thinkingStream(Arrays.asList("The tool said so."),
        Arrays.asList("Today is ", LocalDate.now().toString(), ".")));
    server.enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("Hello there!"));
    // The Chat Completions shape of server-tool output is not documented: "server_blocks" is invented.
    server.enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("DeepSeek-V4.1-Flash-1017 serves deepseek-flash [1].")
        .withTitle("Latest DeepSeek model")
        .withAssistantField("server_blocks", "[{\"type\":\"web_search_result\",\"url\":\"https://api-docs.deepseek.com/\"}]"));
    server.enqueue(Endpoint.RESPONSES, FakeResponse.namedEvents(namedDataOf(Fixtures.read("streams/responses-reasoning.sse")))
        .withKeepAlives(1).withEventDelay(Duration.ofMillis(40)));
    server.setDefault(Endpoint.FIM, FakeResponse.json(Fixtures.read("seed/fim-response.json")));
    server.setDefault(Endpoint.MODELS, FakeResponse.json(Fixtures.read("seed/models-response.json")));
    server.setDefault(Endpoint.BALANCE, FakeResponse.json(Fixtures.read("seed/balance-response.json")));
    server.setDefault(Endpoint.OCR, FakeResponse.ocr("(a red circle, no text)").withKeepAlives(2).withEventDelay(Duration.ofMillis(60)));
    server.setDefault(Endpoint.ASR, FakeResponse.transcription("Hello from the DeepSeek Java client.", 2400));
    return server;
  }

  /** The JSON data of a transcript of named events. */
  private static String[] namedDataOf(String transcript) {
    return transcript.lines().filter(line -> line.startsWith("data: "))
        .map(line -> line.substring("data: ".length())).toArray(String[]::new);
  }

  /** The JSON chunks of a recorded transcript, without {@code [DONE]}. */
  private static String[] dataOf(String transcript) {
    return Arrays.stream(transcript.split("\n\n"))
        .map(event -> event.substring("data: ".length()))
        .filter(data -> !data.equals("[DONE]"))
        .toArray(String[]::new);
  }
}
