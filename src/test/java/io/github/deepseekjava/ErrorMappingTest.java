package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.errors.AuthenticationException;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.GatewayTimeoutException;
import io.github.deepseekjava.errors.InsufficientBalanceException;
import io.github.deepseekjava.errors.InternalServerException;
import io.github.deepseekjava.errors.InvalidParametersException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.NotFoundException;
import io.github.deepseekjava.errors.PayloadTooLargeException;
import io.github.deepseekjava.errors.RateLimitException;
import io.github.deepseekjava.errors.RequestTimeoutException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.errors.UnexpectedStatusException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each documented status maps to its exception, carrying status, trace id and the parsed body. */
class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension server = WireMockSupport.server();

  static Stream<Arguments> documentedStatuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "Model Not Exist", "invalid_request_error"),
        Arguments.of(401, AuthenticationException.class, "Authentication Fails (no such user)", "authentication_error"),
        Arguments.of(402, InsufficientBalanceException.class, "Insufficient Balance", "unknown_error"),
        Arguments.of(422, InvalidParametersException.class, "Invalid max_tokens value, the valid range of max_tokens is [1, 8192]", "invalid_request_error"),
        Arguments.of(429, RateLimitException.class, "Rate Limit Reached", "invalid_request_error"),
        Arguments.of(500, InternalServerException.class, "Internal Server Error", "unknown_error"),
        Arguments.of(503, ServerOverloadedException.class, "Server Overloaded", "unknown_error"),
        Arguments.of(404, NotFoundException.class, "File not found", "invalid_request_error"),
        Arguments.of(408, RequestTimeoutException.class, "Request Timeout", "invalid_request_error"),
        Arguments.of(413, PayloadTooLargeException.class, "File too large", "invalid_request_error"),
        Arguments.of(504, GatewayTimeoutException.class, "Gateway Timeout", "unknown_error"),
        Arguments.of(418, UnexpectedStatusException.class, "I'm a teapot", "invalid_request_error"));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("documentedStatuses")
  void statusMapsToItsExceptionWithTheBodysMessage(int status, Class<? extends DeepSeekException> type,
      String message, String errorType) {
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID)
        .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + errorType
            + "\",\"param\":null,\"code\":\"invalid_request_error\"}}")));
    DeepSeekClient client = WireMockSupport.clientFor(server).build();

    DeepSeekException e = assertThrows(type, () -> client.chat().create("deepseek-v4-flash", "Hi"));

    assertEquals(message + " (HTTP " + status + ", type " + errorType + ", trace id " + WireMockSupport.TRACE_ID + ")",
        e.getMessage());
    assertEquals(status, e.getStatusCode());
    assertEquals(WireMockSupport.TRACE_ID, e.getTraceId());
    assertEquals(message, e.getError().getMessage());
    assertEquals(errorType, e.getError().getType());
    assertNull(e.getError().getParam());
    assertEquals("invalid_request_error", e.getError().getCode());
  }

  @Test
  void plainTextErrorBodyIsKeptAsText() {
    String body = "Failed to deserialize the JSON body into the target type: missing field `messages` at line 4 column 1";
    server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(422).withBody(body)));

    InvalidParametersException e = assertThrows(InvalidParametersException.class,
        () -> WireMockSupport.clientFor(server).build().chat().create("deepseek-chat", "Hi"));

    assertEquals(body + " (HTTP 422)", e.getMessage());
    assertNull(e.getError());
    assertEquals(body, e.getRawBody());
    assertNull(e.getTraceId());
  }

  @Test
  void errorEchoingTheApiKeyIsRedacted() {
    server.stubFor(get("/models").willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":{\"message\":\"Authentication Fails, Your api key: " + WireMockSupport.API_KEY
            + " is invalid\",\"type\":\"authentication_error\"}}")));

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> WireMockSupport.clientFor(server).build().models().list());

    assertEquals("Authentication Fails, Your api key: sk-*** is invalid (HTTP 401, type authentication_error)", e.getMessage());
    assertFalse(e.getRawBody().contains(WireMockSupport.API_KEY));
  }

  @Test
  void emptySuccessBodyIsAMalformedResponse() {
    server.stubFor(get("/user/balance").willReturn(aResponse().withStatus(200)
        .withHeader("x-ds-trace-id", WireMockSupport.TRACE_ID).withBody("\n\n  \n")));

    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> WireMockSupport.clientFor(server).build().balance().get());

    assertEquals("HTTP 200 with an empty body (trace id " + WireMockSupport.TRACE_ID + ")", e.getMessage());
    assertTrue(e.isEmptyBody());
    assertEquals(200, e.getStatusCode());
  }

  @Test
  void aModelListWithoutDataIsMalformedAndNotRetried() {
    server.stubFor(get("/models").willReturn(okJson("{\"object\":\"list\"}")));

    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> WireMockSupport.clientFor(server).build().models().list());

    assertEquals("HTTP 200 with a body without the required field \"data\"", e.getMessage());
    assertEquals("{\"object\":\"list\"}", e.getRawBody());
    server.verify(1, getRequestedFor(urlEqualTo("/models")));
  }

  @Test
  void aBalanceWithoutFieldsIsAcceptedBecauseTheDocsMarkEveryFieldOptional() {
    server.stubFor(get("/user/balance").willReturn(okJson("{}")));

    assertEquals(null, WireMockSupport.clientFor(server).build().balance().get().getBalanceInfos());
  }

  @Test
  void aChatCompletionWithNullChoicesIsMalformed() {
    server.stubFor(post("/chat/completions").willReturn(okJson(
        "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":null}")));

    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> WireMockSupport.clientFor(server).build().chat().create("deepseek-flash", "Hi"));

    assertEquals("HTTP 200 with a body without the required field \"choices\"", e.getMessage());
  }

  @Test
  void truncatedSuccessBodyIsAMalformedResponse() {
    server.stubFor(get("/models").willReturn(aResponse().withStatus(200).withBody("{\"object\":\"list\",\"data\":[{\"id\":")));

    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> WireMockSupport.clientFor(server).build().models().list());

    assertTrue(e.getMessage().startsWith("HTTP 200 with a body that is not valid JSON for the expected type ("), e.getMessage());
    assertFalse(e.isEmptyBody());
    assertEquals("{\"object\":\"list\",\"data\":[{\"id\":", e.getRawBody());
  }

  @Test
  void aLargeTruncatedBodyIsKeptWholeInTheExceptionAfterTheParserReadIt() {
    String fim = Fixtures.read("seed/fim-response.json");
    String truncated = fim.substring(0, fim.length() - 40);
    server.stubFor(post("/beta/completions").willReturn(aResponse().withStatus(200).withBody(truncated)));

    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> WireMockSupport.clientFor(server).build().fim().create("deepseek-v4-pro", "Once upon a time, ", null));

    assertTrue(truncated.length() > 3 * 8192, "spans several Okio segments: " + truncated.length());
    assertEquals(truncated, e.getRawBody());
  }

  @Test
  void connectionResetIsAnIoException() {
    server.stubFor(get("/models").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    DeepSeekIoException e = assertThrows(DeepSeekIoException.class,
        () -> WireMockSupport.clientFor(server).build().models().list());

    assertTrue(e.getMessage().startsWith("GET " + server.baseUrl() + "/models failed: "), e.getMessage());
    assertEquals(0, e.getStatusCode());
  }

  @Test
  void silentServerHitsTheReadTimeout() {
    server.stubFor(get("/models").willReturn(aResponse().withFixedDelay(2_000).withBody("{}")));
    DeepSeekClient client = WireMockSupport.clientFor(server).readTimeout(Duration.ofMillis(200)).build();

    DeepSeekTimeoutException e = assertThrows(DeepSeekTimeoutException.class, () -> client.models().list());

    assertEquals("GET " + server.baseUrl() + "/models read timeout: no data for 200 ms (readTimeout)", e.getMessage());
  }

  @Test
  void asyncCallFailsTheFutureWithTheMappedException() {
    server.stubFor(get("/user/balance").willReturn(aResponse().withStatus(402)
        .withBody("{\"error\":{\"message\":\"Insufficient Balance\",\"type\":\"unknown_error\"}}")));

    CompletionException e = assertThrows(CompletionException.class,
        () -> WireMockSupport.clientFor(server).build().async().balance().get().join());

    assertInstanceOf(InsufficientBalanceException.class, e.getCause());
    assertEquals(402, ((DeepSeekException) e.getCause()).getStatusCode());
  }
}
