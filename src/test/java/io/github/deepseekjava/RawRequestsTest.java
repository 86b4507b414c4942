package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonElement;
import io.github.deepseekjava.errors.BadRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The raw-request escape hatch reuses auth, base URL, retries and error mapping. */
class RawRequestsTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  static final class FileObject {
    String id;
    long bytes;
  }

  @Test
  void getParsesJsonWithTheClientsAuth() {
    server.stubFor(get("/proxy/files").willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"file-api-1\"}]}")));
    DeepSeekClient client = DeepSeekClient.builder().apiKey(WireMockSupport.API_KEY).baseUrl(server.baseUrl() + "/proxy").build();

    JsonElement files = client.raw().get("/files");

    server.verify(getRequestedFor(urlEqualTo("/proxy/files"))
        .withHeader("Authorization", equalTo("Bearer " + WireMockSupport.API_KEY)));
    assertEquals("file-api-1", files.getAsJsonObject().getAsJsonArray("data").get(0).getAsJsonObject().get("id").getAsString());
  }

  @Test
  void postSendsJsonAndParsesIntoAUserClass() {
    server.stubFor(post("/files/upload").willReturn(okJson("{\"id\":\"file-api-2\",\"bytes\":1024,\"extra\":true}")));

    FileObject file = WireMockSupport.clientFor(server).build().raw().post("files/upload", Map.of("purpose", "user_data"), FileObject.class);

    server.verify(postRequestedFor(urlEqualTo("/files/upload")).withRequestBody(equalToJson("{\"purpose\":\"user_data\"}")));
    assertEquals("file-api-2", file.id);
    assertEquals(1024, file.bytes);
  }

  @Test
  void errorsAreMappedAndTransientOnesRetried() {
    server.stubFor(delete("/files/file-api-3").willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":{\"message\":\"No such file\",\"type\":\"invalid_request_error\"}}")));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> WireMockSupport.clientFor(server).build().raw().delete("files/file-api-3"));

    assertEquals("No such file (HTTP 400, type invalid_request_error)", e.getMessage());
    server.verify(1, deleteRequestedFor(urlEqualTo("/files/file-api-3")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/steal", "//evil.example/steal", "../admin", "files/../../admin",
      "%2e%2e/admin", "files/%2E%2E/%2e%2e/admin"})
  void pathsThatLeaveTheBasePathAreRefusedBeforeAnyCall(String path) {
    DeepSeekClient client = WireMockSupport.clientFor(server).baseUrl(server.baseUrl() + "/proxy/deepseek").build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.raw().get(path));

    assertEquals("path must stay under the base URL " + server.baseUrl() + "/proxy/deepseek/: " + path, e.getMessage());
    assertEquals(0, server.getAllServeEvents().size());
  }

  @Test
  void leadingSlashesAreRelativeToTheBasePath() {
    server.stubFor(get("/proxy/deepseek/files").willReturn(okJson("{}")));

    WireMockSupport.clientFor(server).baseUrl(server.baseUrl() + "/proxy/deepseek").build().raw().get("/files");

    server.verify(1, getRequestedFor(urlEqualTo("/proxy/deepseek/files")));
  }
}
