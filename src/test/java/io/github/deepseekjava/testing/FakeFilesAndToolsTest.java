package io.github.deepseekjava.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.FileUpload;
import io.github.deepseekjava.FilesService;
import io.github.deepseekjava.errors.IncompleteDownloadException;
import io.github.deepseekjava.errors.NotFoundException;
import io.github.deepseekjava.errors.PayloadTooLargeException;
import io.github.deepseekjava.model.FileObject;
import io.github.deepseekjava.model.SpeechRequest;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit serves the Files API from what was uploaded, the tools with canned answers, and records multipart requests. */
class FakeFilesAndToolsTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  @Test
  void uploadedFilesCanBeListedRetrievedAndDeleted() {
    DeepSeekClient client = deepseek.client();

    FileObject image = client.files().upload(FileUpload.of(new byte[] {1, 2, 3}, "a.png"), FilesService.USER_DATA,
        Duration.ofHours(2));
    FileObject doc = client.files().upload(FileUpload.of("text".getBytes(StandardCharsets.UTF_8), "b.txt"),
        FilesService.TEXT_RECOGNITION);
    List<String> all = new ArrayList<>();
    client.files().listAll(new FilesService.ListParams().limit(1)).forEach(f -> all.add(f.getFilename()));

    assertEquals(List.of("a.png", "b.txt"), all);
    assertEquals(3L, image.getBytes());
    assertEquals(image.getCreatedAt() + 7200, image.getExpiresAt());
    assertEquals("b.txt", client.files().list(new FilesService.ListParams().purpose(FilesService.TEXT_RECOGNITION))
        .getData().get(0).getFilename());
    assertEquals("a.png", client.files().retrieve(image.getId()).getFilename());
    client.files().delete(doc.getId());
    assertThrows(NotFoundException.class, () -> client.files().retrieve(doc.getId()));

    RecordedRequest upload = deepseek.server().requests().get(0);
    assertEquals(List.of("purpose", "file", "expires_after[anchor]", "expires_after[seconds]"),
        upload.parts().stream().map(RecordedRequest.Part::name).collect(Collectors.toList()));
    assertEquals("form-data; name=\"file\"; filename=\"a.png\"", upload.part("file").headers().get("content-disposition"));
    assertEquals("application/octet-stream", upload.part("file").headers().get("content-type"));
    assertArrayEquals(new byte[] {1, 2, 3}, upload.part("file").bytes());
    assertEquals("7200", upload.part("expires_after[seconds]").text());
  }

  @Test
  void toolsAnswerWithCannedResultsAndScriptedFailures() {
    DeepSeekClient client = deepseek.client();
    deepseek.server().enqueue(Endpoint.ASR, FakeResponse.error(413, "File too large"));
    deepseek.server().enqueue(Endpoint.TTS, FakeResponse.audio(FakeResponse.silentWav(100)).cutAtByte(100));

    assertEquals("DeepSeek API", client.tools().search("deepseek").getResults().get(0).getTitle());
    assertEquals("DeepSeek API Docs", client.tools().fetch("https://api-docs.deepseek.com/").getTitle());
    assertEquals("Hello from the fake OCR.", client.tools().ocr(FileUpload.of(new byte[] {1}, "a.png"),
        FilesService.TEXT_RECOGNITION).getPages().get(0).getText());
    assertThrows(PayloadTooLargeException.class, () -> client.tools().asr(FileUpload.of(new byte[] {1}, "a.wav")));
    assertThrows(IncompleteDownloadException.class,
        () -> client.tools().tts(new SpeechRequest().text("x"), new ByteArrayOutputStream()));
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    client.tools().tts(new SpeechRequest().text("x"), audio);

    assertArrayEquals(FakeResponse.silentWav(1000), audio.toByteArray());
    assertEquals("Hello from the fake DeepSeek.", client.tools().asr(FileUpload.of(audio.toByteArray(), "a.wav")).getText());
  }
}
