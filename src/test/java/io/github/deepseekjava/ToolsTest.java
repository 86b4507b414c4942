package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.errors.GatewayTimeoutException;
import io.github.deepseekjava.errors.IncompleteDownloadException;
import io.github.deepseekjava.errors.NotFoundException;
import io.github.deepseekjava.errors.PayloadTooLargeException;
import io.github.deepseekjava.errors.RequestTimeoutException;
import io.github.deepseekjava.model.FetchResponse;
import io.github.deepseekjava.model.OcrResult;
import io.github.deepseekjava.model.SearchRequest;
import io.github.deepseekjava.model.SearchResponse;
import io.github.deepseekjava.model.SearchResult;
import io.github.deepseekjava.model.SpeechRequest;
import io.github.deepseekjava.model.Transcription;
import io.github.deepseekjava.testing.FakeDeepSeekServer;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import io.github.deepseekjava.testing.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search, Fetch, OCR, TTS and ASR on the wire, and where their {@code /v1/tools/...} paths resolve. */
class ToolsTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  static final String SEARCH_JSON = "{\"results\":[{\"title\":\"asyncio — Timeouts\","
      + "\"url\":\"https://docs.python.org/3/library/asyncio-task.html\",\"snippet\":\"Shields and timeouts ...\","
      + "\"summary\":\"Explains asyncio.timeout() ...\",\"content\":\"\",\"rerank_score\":2.2,\"authority\":3,"
      + "\"date\":\"2026-05-02T00:00:00+00:00\",\"site_name\":\"Python documentation\","
      + "\"site_icon\":\"https://docs.python.org/favicon.ico\"}]}";

  @TempDir
  Path dir;

  @ParameterizedTest(name = "base {0} -> {1}")
  @CsvSource({
      "'', /v1/tools/search",
      "/, /v1/tools/search",
      "/v1, /v1/tools/search",
      "/v1/, /v1/tools/search",
      "/proxy/deepseek, /proxy/deepseek/v1/tools/search",
      "/proxy/deepseek/v1, /proxy/deepseek/v1/tools/search",
      "/v1beta, /v1beta/v1/tools/search"})
  void toolPathsResolveUnderTheBaseUrlWithoutDoublingV1(String basePath, String wirePath) {
    server.stubFor(post(wirePath).willReturn(okJson(SEARCH_JSON)));
    DeepSeekClient client = WireMockSupport.clientFor(server).baseUrl(server.baseUrl() + basePath).build();

    client.tools().search("asyncio timeout");

    assertEquals(1, server.findAll(postRequestedFor(urlEqualTo(wirePath))).size());
  }

  @Test
  void searchSendsItsFieldsAndReadsEveryResultField() {
    server.stubFor(post("/proxy/v1/tools/search").willReturn(okJson(SEARCH_JSON)));
    DeepSeekClient client = WireMockSupport.clientFor(server).baseUrl(server.baseUrl() + "/proxy").build();

    SearchResponse response = client.tools().search(new SearchRequest().query("site:docs.python.org asyncio timeout")
        .count(3).oriQuestion("How do I time out asyncio?").localization("203.0.113.7").needContent(false));

    server.verify(postRequestedFor(urlEqualTo("/proxy/v1/tools/search"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"query\":\"site:docs.python.org asyncio timeout\",\"count\":3,"
            + "\"ori_question\":\"How do I time out asyncio?\",\"localization\":\"203.0.113.7\",\"need_content\":false}")));
    SearchResult result = response.getResults().get(0);
    assertEquals("https://docs.python.org/3/library/asyncio-task.html", result.getUrl());
    assertEquals(2.2, result.getRerankScore());
    assertEquals(3, result.getAuthority());
    assertEquals("2026-05-02T00:00:00+00:00", result.getDate());
    assertEquals("Python documentation", result.getSiteName());
  }

  @Test
  void fetchSendsTheUrlAndAFailedFetchIsNotFound() {
    server.stubFor(post("/v1/tools/fetch").withRequestBody(equalToJson("{\"url\":\"https://example.org/changelog\"}"))
        .willReturn(okJson("{\"title\":\"Changelog\",\"content\":\"# Changelog\\n\\n## 2.4.0\"}")));
    server.stubFor(post("/v1/tools/fetch").withRequestBody(equalToJson("{\"url\":\"https://example.org/gone\"}"))
        .willReturn(aResponse().withStatus(404).withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID)
            .withBody("{\"error\":{\"message\":\"failed to fetch URL\",\"type\":\"invalid_request_error\"}}")));
    DeepSeekClient client = WireMockSupport.clientFor(server).baseUrl(server.baseUrl() + "/v1").build();

    FetchResponse page = client.tools().fetch("https://example.org/changelog");
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.tools().fetch("https://example.org/gone"));

    assertEquals("Changelog", page.getTitle());
    assertEquals("# Changelog\n\n## 2.4.0", page.getContent());
    assertEquals("failed to fetch URL (HTTP 404, type invalid_request_error, trace id " + WireMockSupport.TRACE_ID + ")",
        e.getMessage());
  }

  @Test
  void ocrSendsTheFileThenThePurposeAndReadsThePages() {
    server.stubFor(post("/v1/tools/ocr").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("\n\n\n{\"id\":\"ocr-7f6e5d4c\",\"object\":\"ocr.result\",\"created\":1795000200,"
            + "\"purpose\":\"text_recognition\",\"page_count\":1,\"pages\":[{\"index\":0,"
            + "\"text\":\"Invoice 2026-114\\nTotal: 48.00 EUR\",\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"input_tokens\":900,\"output_tokens\":40,\"total_tokens\":940}}")));

    OcrResult result = WireMockSupport.clientFor(server).build().tools()
        .ocr(FileUpload.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "invoice.pdf"), FilesService.TEXT_RECOGNITION);

    assertEquals("Invoice 2026-114\nTotal: 48.00 EUR", result.getPages().get(0).getText());
    assertEquals(0, result.getPages().get(0).getIndex());
    assertEquals(940, result.getUsage().getTotalTokens());
    LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/v1/tools/ocr"))).get(0);
    String b = request.getHeader("Content-Type").substring("multipart/form-data; boundary=".length());
    assertEquals("--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\"\r\n"
        + "Content-Type: application/octet-stream\r\n"
        + "Content-Length: 8\r\n\r\n"
        + "%PDF-1.7\r\n"
        + "--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"purpose\"\r\n"
        + "Content-Transfer-Encoding: binary\r\n"
        + "Content-Length: 16\r\n\r\n"
        + "text_recognition\r\n"
        + "--" + b + "--\r\n", request.getBodyAsString());
  }

  @Test
  void ocrNewlinesKeepTheReadTimeoutFromFiring() {
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      fake.enqueue(Endpoint.OCR, FakeResponse.ocr("page one", "page two").withKeepAlives(6)
          .withEventDelay(Duration.ofMillis(250)));
      DeepSeekClient client = fake.clientBuilder().readTimeout(Duration.ofMillis(800)).build();

      OcrResult result = client.tools().ocr(FileUpload.of(new byte[] {1, 2, 3}, "scan.png"),
          FilesService.RICH_LAYOUT_RECOGNITION);

      assertEquals(List.of("page one", "page two"),
          result.getPages().stream().map(p -> p.getText()).collect(Collectors.toList()));
      RecordedRequest request = fake.requests().get(0);
      assertEquals("/v1/tools/ocr", request.path());
      assertEquals(List.of("file", "purpose"),
          request.parts().stream().map(RecordedRequest.Part::name).collect(Collectors.toList()));
      assertArrayEquals(new byte[] {1, 2, 3}, request.part("file").bytes());
      assertEquals("scan.png", request.part("file").filename());
      assertEquals("rich_layout_recognition", request.part("purpose").text());
    }
  }

  @Test
  void ttsStreamsTheAudioToTheOutputStreamAndIsNotBoundByTheJsonLimit() {
    byte[] audio = FakeResponse.silentWav(2000); // 96 KB, over the 1 KiB JSON limit below
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      fake.enqueue(Endpoint.TTS, FakeResponse.audio("audio/pcm", audio));
      DeepSeekClient client = fake.clientBuilder().maxResponseBytes(1024).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      long written = client.tools().tts(new SpeechRequest().text("Your order has shipped.").voiceId("tide")
          .format("pcm").filterMarkdown(true), out);

      assertEquals(audio.length, written);
      assertArrayEquals(audio, out.toByteArray());
      RecordedRequest request = fake.requests().get(0);
      assertEquals("/v1/tools/tts", request.path());
      assertEquals("{\"text\":\"Your order has shipped.\",\"voice_id\":\"tide\",\"format\":\"pcm\",\"filter_markdown\":true}",
          request.body());
    }
  }

  @Test
  void aCutShortTtsBodyIsAnIncompleteDownloadNotRetriedAndThePartialFileIsDeleted() {
    byte[] audio = FakeResponse.silentWav(1000);
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      fake.enqueue(Endpoint.TTS, FakeResponse.audio(audio).cutAtByte(10_000));
      DeepSeekClient client = fake.clientBuilder().build();
      Path target = dir.resolve("speech.wav");

      IncompleteDownloadException e = assertThrows(IncompleteDownloadException.class,
          () -> client.tools().tts(new SpeechRequest().text("Hello"), target));

      assertEquals(10_000, e.bytesWritten());
      assertTrue(e.getMessage().startsWith("POST " + fake.baseUrl() + "/v1/tools/tts: the body broke off after 10000 of "
          + audio.length + " bytes"), e.getMessage());
      assertEquals(200, e.getStatusCode());
      assertEquals(FakeDeepSeekServer.TRACE_ID, e.getTraceId());
      assertEquals(1, fake.requests().size());
      assertFalse(Files.exists(target));
    }
  }

  @Test
  void ttsFailingBeforeTheFirstByteIsRetriedAndWritesTheFile() throws Exception {
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      fake.enqueue(Endpoint.TTS, FakeResponse.error(504, "Gateway Timeout"));
      DeepSeekClient client = fake.clientBuilder().sleeper(millis -> { }).build();
      Path target = dir.resolve("speech.wav");

      long size = client.tools().tts(new SpeechRequest().text("Hello"), target);

      assertArrayEquals(FakeResponse.silentWav(1000), Files.readAllBytes(target));
      assertEquals(Files.size(target), size);
      assertEquals(2, fake.requests().size());
    }
  }

  @Test
  void ttsAsyncWritesTheAudio() {
    try (FakeDeepSeekServer fake = FakeDeepSeekServer.start()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      long written = fake.clientBuilder().build().async().tools().tts(new SpeechRequest().text("Hi"), out).join();

      assertArrayEquals(FakeResponse.silentWav(1000), out.toByteArray());
      assertEquals(out.size(), written);
    }
  }

  @Test
  void asrSendsOneFilePartAndReadsTheTranscript() {
    server.stubFor(post("/v1/tools/asr").willReturn(okJson("{\"request_id\":\"9a8b7c6d-0000-4e5f-8a9b-0c1d2e3f4a5b\","
        + "\"text\":\"Turn off the lights at ten.\",\"duration_ms\":2140}")));

    Transcription transcript = WireMockSupport.clientFor(server).build().async().tools()
        .asr(FileUpload.of(new byte[] {'R', 'I', 'F', 'F'}, "lights.wav")).join();

    assertEquals("Turn off the lights at ten.", transcript.getText());
    assertEquals(2140L, transcript.getDurationMs());
    LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/v1/tools/asr"))).get(0);
    String b = request.getHeader("Content-Type").substring("multipart/form-data; boundary=".length());
    assertEquals("--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"lights.wav\"\r\n"
        + "Content-Type: application/octet-stream\r\n"
        + "Content-Length: 4\r\n\r\n"
        + "RIFF\r\n"
        + "--" + b + "--\r\n", request.getBodyAsString());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @CsvSource({"400, 1", "408, 3", "413, 1", "429, 3", "503, 3", "504, 3"})
  void documentedStatusesOfTheToolsMapToTheirExceptionsAndRetries(int status, int requests) {
    server.stubFor(post("/v1/tools/asr").willReturn(aResponse().withStatus(status)
        .withBody("{\"error\":{\"message\":\"failure " + status + "\",\"type\":\"invalid_request_error\"}}")));

    Exception e = assertThrows(Exception.class, () -> WireMockSupport.clientFor(server).build().tools()
        .asr(FileUpload.of(new byte[] {1}, "a.wav")));

    Class<?> expected = status == 400 ? BadRequestException.class : status == 408 ? RequestTimeoutException.class
        : status == 413 ? PayloadTooLargeException.class : status == 429 ? io.github.deepseekjava.errors.RateLimitException.class
        : status == 503 ? io.github.deepseekjava.errors.ServerOverloadedException.class : GatewayTimeoutException.class;
    assertEquals(expected, e.getClass());
    assertEquals("failure " + status + " (HTTP " + status + ", type invalid_request_error)", e.getMessage());
    assertEquals(requests, server.findAll(postRequestedFor(urlEqualTo("/v1/tools/asr"))).size());
  }

  @Test
  void aFailedUploadIsRetriedWithTheSameParts() {
    server.stubFor(post("/v1/tools/asr").inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(408)).willSetStateTo("ok"));
    server.stubFor(post("/v1/tools/asr").inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"request_id\":\"r\",\"text\":\"ok\",\"duration_ms\":1}")));

    WireMockSupport.clientFor(server).build().tools().asr(FileUpload.of(new byte[] {9, 8, 7}, "a.wav"));

    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/tools/asr")));
    assertEquals(2, requests.size());
    assertArrayEquals(new byte[] {9, 8, 7}, requests.get(1).getPart("file").getBody().asBytes());
  }
}
