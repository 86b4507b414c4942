package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.deepseekjava.errors.NotFoundException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.model.DeletedFile;
import io.github.deepseekjava.model.FileList;
import io.github.deepseekjava.model.FileObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Files API on the wire: multipart uploads (part order, headers, bytes), retries, list paging, retrieve, delete. */
class FilesTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  static final String FILE_JSON = "{\"id\":\"file-api-1\",\"object\":\"file\",\"bytes\":5,\"created_at\":1795000100,"
      + "\"filename\":\"cat.png\",\"purpose\":\"user_data\"}";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0};

  @TempDir
  Path dir;

  /** A client whose base URL has a path prefix, as behind a proxy. */
  private static DeepSeekClient client() {
    return WireMockSupport.clientFor(server).baseUrl(server.baseUrl() + "/proxy").build();
  }

  private static String boundary(LoggedRequest request) {
    String type = request.getHeader("Content-Type");
    assertTrue(type.startsWith("multipart/form-data; boundary="), type);
    return type.substring("multipart/form-data; boundary=".length());
  }

  @Test
  void uploadSendsPurposeThenTheFileStreamedFromAPath() throws Exception {
    server.stubFor(post("/proxy/files").willReturn(okJson(FILE_JSON)));
    Path png = Files.write(dir.resolve("cat.png"), PNG);

    FileObject file = client().files().upload(FileUpload.of(png), FilesService.USER_DATA);

    assertEquals("file-api-1", file.getId());
    assertEquals(5L, file.getBytes());
    LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/proxy/files"))).get(0);
    String b = boundary(request);
    String expected = "--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"purpose\"\r\n"
        + "Content-Transfer-Encoding: binary\r\n"
        + "Content-Length: 9\r\n\r\n"
        + "user_data\r\n"
        + "--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"cat.png\"\r\n"
        + "Content-Type: application/octet-stream\r\n"
        + "Content-Length: 5\r\n\r\n"
        + new String(PNG, StandardCharsets.ISO_8859_1) + "\r\n"
        + "--" + b + "--\r\n";
    assertEquals(expected, new String(request.getBody(), StandardCharsets.ISO_8859_1));
    assertEquals(String.valueOf(expected.length()), request.getHeader("Content-Length"));
    assertEquals("Bearer " + WireMockSupport.API_KEY, request.getHeader("Authorization"));
  }

  @Test
  void uploadWithAnExpirySendsTheAnchorAndSecondsAfterTheFile() {
    server.stubFor(post("/proxy/files").willReturn(okJson(FILE_JSON)));

    client().files().upload(FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "a.txt"),
        FilesService.TEXT_RECOGNITION, Duration.ofHours(1));

    String body = new String(server.findAll(postRequestedFor(urlEqualTo("/proxy/files"))).get(0).getBody(),
        StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : body.split("\r\n")) {
      if (line.startsWith("Content-Disposition")) {
        names.add(line);
      }
    }
    assertEquals(List.of("Content-Disposition: form-data; name=\"purpose\"",
        "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"",
        "Content-Disposition: form-data; name=\"expires_after[anchor]\"",
        "Content-Disposition: form-data; name=\"expires_after[seconds]\""), names);
    assertTrue(body.contains("text_recognition\r\n") && body.contains("\r\n\r\ncreated_at\r\n")
        && body.contains("\r\n\r\n3600\r\n"), body);
  }

  @Test
  void aRetriedUploadResendsTheWholeFile() throws Exception {
    server.stubFor(post("/proxy/files").inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(post("/proxy/files").inScenario("retry").whenScenarioStateIs("up").willReturn(okJson(FILE_JSON)));
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    Path big = Files.write(dir.resolve("big.bin"), content);
    List<Long> progress = new ArrayList<>();

    client().files().upload(FileUpload.of(big.toFile()).onProgress((sent, total) -> progress.add(sent)),
        FilesService.USER_DATA);

    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/proxy/files")));
    assertEquals(2, requests.size());
    assertArrayEquals(requests.get(0).getBody(), requests.get(1).getBody());
    assertArrayEquals(content, server.findAll(postRequestedFor(urlEqualTo("/proxy/files"))).get(1)
        .getPart("file").getBody().asBytes());
    int firstEnd = progress.indexOf(300_000L);
    List<Long> firstAttempt = progress.subList(0, firstEnd + 1);
    assertEquals(firstAttempt, progress.subList(firstEnd + 1, progress.size()), "the retry reports from 0 again");
    for (int i = 1; i < firstAttempt.size(); i++) {
      assertTrue(firstAttempt.get(i) > firstAttempt.get(i - 1), progress::toString);
    }
  }

  @Test
  void anUploadFromAnInputStreamIsNotRetriedOnceRead() {
    server.stubFor(post("/proxy/files").willReturn(aResponse().withStatus(503)));

    assertThrows(ServerOverloadedException.class, () -> client().files().upload(
        FileUpload.of(new ByteArrayInputStream(PNG), PNG.length, "cat.png"), FilesService.USER_DATA));

    assertEquals(1, server.findAll(postRequestedFor(urlEqualTo("/proxy/files"))).size());
  }

  @Test
  void listSendsTheQueryAndListAllFollowsHasMore() {
    String page1 = "{\"object\":\"list\",\"data\":[" + FILE_JSON + "],\"first_id\":\"file-api-1\",\"last_id\":\"file-api-1\",\"has_more\":true}";
    String page2 = "{\"object\":\"list\",\"data\":[" + FILE_JSON.replace("file-api-1", "file-api-2")
        + "],\"first_id\":\"file-api-2\",\"last_id\":\"file-api-2\",\"has_more\":false}";
    server.stubFor(get("/proxy/files?limit=1&order=desc&purpose=user_data").willReturn(okJson(page1)));
    server.stubFor(get("/proxy/files?after=file-api-1&limit=1&order=desc&purpose=user_data").willReturn(okJson(page2)));

    FilesService.ListParams params = new FilesService.ListParams().limit(1).order("desc").purpose(FilesService.USER_DATA);
    FileList first = client().files().list(params);
    List<String> ids = new ArrayList<>();
    for (FileObject file : client().files().listAll(params)) {
      ids.add(file.getId());
    }

    assertEquals("file-api-1", first.getLastId());
    assertEquals(List.of("file-api-1", "file-api-2"), ids);
    assertEquals(3, server.findAll(getRequestedFor(urlPathEqualTo("/proxy/files"))).size());
  }

  @Test
  void retrieveAndDeleteAddressTheFileById() {
    server.stubFor(get("/proxy/files/file-api-1").willReturn(okJson(FILE_JSON)));
    server.stubFor(delete("/proxy/files/file-api-1").willReturn(okJson("{\"id\":\"file-api-1\",\"object\":\"file\",\"deleted\":true}")));

    assertEquals("cat.png", client().files().retrieve("file-api-1").getFilename());
    DeletedFile deleted = client().async().files().delete("file-api-1").join();

    assertTrue(deleted.getDeleted());
    assertEquals(1, server.findAll(deleteRequestedFor(urlEqualTo("/proxy/files/file-api-1"))).size());
  }

  @Test
  void anUnknownFileIsNotFound() {
    server.stubFor(get("/proxy/files/file-api-x").willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":{\"message\":\"File not found\",\"type\":\"invalid_request_error\"}}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> client().files().retrieve("file-api-x"));

    assertEquals("File not found (HTTP 404, type invalid_request_error)", e.getMessage());
    assertEquals(1, server.findAll(getRequestedFor(urlEqualTo("/proxy/files/file-api-x"))).size());
  }

  @Test
  void invalidArgumentsFailBeforeTheNetwork() {
    assertEquals("fileId is blank",
        assertThrows(IllegalArgumentException.class, () -> client().files().retrieve(" ")).getMessage());
    assertEquals("purpose == null", assertThrows(NullPointerException.class,
        () -> client().files().upload(FileUpload.of(PNG, "a.png"), null)).getMessage());
    assertEquals(0, server.getAllServeEvents().size());
  }
}
