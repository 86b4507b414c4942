package io.github.deepseekjava.readme;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.FileUpload;
import io.github.deepseekjava.FilesService;
import io.github.deepseekjava.SpeechSession;
import io.github.deepseekjava.SpeechSessionOptions;
import io.github.deepseekjava.SpeechSessionResult;
import io.github.deepseekjava.chat.ContentParts;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.FetchResponse;
import io.github.deepseekjava.model.FileObject;
import io.github.deepseekjava.model.OcrPage;
import io.github.deepseekjava.model.OcrResult;
import io.github.deepseekjava.model.SearchRequest;
import io.github.deepseekjava.model.SearchResponse;
import io.github.deepseekjava.model.SpeechRequest;
import io.github.deepseekjava.model.Transcription;
import io.github.deepseekjava.streaming.ChunkStream;
import java.io.OutputStream;
import java.nio.file.Paths;

/** README snippets for Files, vision, Search/Fetch, OCR and speech; compiled by the build. */
class FilesAndToolsExample {
  static ChatCompletion files(DeepSeekClient client) {
    // README: files
    // Upload an image (purpose user_data) or a document to parse (text_recognition / rich_layout_recognition).
    FileObject report = client.files().upload(FileUpload.of(Paths.get("q3-report.pdf")), FilesService.TEXT_RECOGNITION);

    ChatCompletion answer = client.chat().create(new ChatCompletionRequest().model("deepseek-flash")
        .addMessagesItem(Messages.user(
            ContentParts.text("Summarize the report and describe the chart."),
            ContentParts.file(report.getId()),                       // an uploaded file
            ContentParts.image(Paths.get("chart.png")),               // inline data URL, type detected from the bytes
            ContentParts.imageUrl("https://example.org/logo.png"))));  // by URL

    for (FileObject f : client.files().listAll(new FilesService.ListParams().purpose(FilesService.USER_DATA))) {
      System.out.println(f.getFilename());
    }
    client.files().retrieve(report.getId());
    client.files().delete(report.getId());
    // README end
    return answer;
  }

  static FetchResponse searchAndFetch(DeepSeekClient client) {
    // README: search-and-fetch
    SearchResponse hits = client.tools().search(new SearchRequest()
        .query("site:docs.python.org asyncio timeout").count(3).needContent(false));
    hits.getResults().forEach(r -> System.out.println(r.getTitle() + " " + r.getUrl() + " " + r.getRerankScore()));

    FetchResponse page = client.tools().fetch("https://example.org/changelog"); // title + Markdown content
    // README end
    return page;
  }

  static OcrResult ocr(DeepSeekClient client) {
    // README: ocr
    OcrResult ocr = client.tools().ocr(FileUpload.of(Paths.get("invoice.pdf")), FilesService.TEXT_RECOGNITION);
    for (OcrPage p : ocr.getPages()) System.out.println(p.getIndex() + ": " + p.getText());
    // README end
    return ocr;
  }

  static Transcription speech(DeepSeekClient client) {
    // README: speech
    // The audio is written as it arrives, never buffered whole.
    long bytes = client.tools().tts(new SpeechRequest().text("Your order has shipped.").voiceId("tide"),
        Paths.get("shipped.wav"));                       // or an OutputStream
    Transcription t = client.tools().asr(FileUpload.of(Paths.get("shipped.wav")));  // WAV or Ogg Opus, ≤ 8 MiB
    System.out.println(t.getText() + " (" + t.getDurationMs() + " ms)");
    // README end
    return bytes > 0 ? t : null;
  }

  static void speechSession(DeepSeekClient client, ChatCompletionRequest request, OutputStream speaker) {
    // README: speech-session
    // Speak a chat answer while it streams: each piece goes out on the TTS WebSocket as it arrives.
    SpeechSessionOptions voice = SpeechSessionOptions.builder()
        .voice(SpeechSessionOptions.VOICE_TIDE).format(SpeechSessionOptions.FORMAT_PCM).build();
    try (SpeechSession speech = client.tools().speechSession(voice, speaker);  // or a Consumer<byte[]>
         ChunkStream<ChatCompletionChunk> answer = client.chat().stream(request)) {
      for (ChatCompletionChunk chunk : answer) {
        String piece = chunk.getChoices().isEmpty() ? null : chunk.getChoices().get(0).getDelta().getContent();
        if (piece != null && !piece.isEmpty()) speech.sendText(piece);
      }
      SpeechSessionResult done = speech.finish();  // sends finish_text, waits for the finish event
      System.out.println(done.audioBytes() + " bytes of 24 kHz PCM, finish code " + done.code());
    }
    // README end
  }
}
