package io.github.deepseekjava.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.deepseekjava.LogLevel;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;

/** Which logging API {@link HttpLogger} writes to, and what reaches an SLF4J logger. */
class LogOutputTest {
  private static final String KEY = "sk-slf4j-0123456789";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @Test
  void slf4jWithOnlyItsNoOpBindingFallsBackToJavaUtilLogging() {
    // The test class path has slf4j-api with slf4j-nop, which would drop every line.
    assertInstanceOf(LogOutput.JulOutput.class, LogOutput.detect());
  }

  @Test
  void anSlf4jLoggerReceivesTheExchangeAtInfoWithTheKeyRedacted() throws IOException {
    server.stubFor(get("/models").willReturn(okJson("{\"object\":\"list\",\"data\":[],\"echo\":\"" + KEY + "\"}")));
    List<String> lines = new ArrayList<>();

    call(new Slf4jOutput(recordingLogger(true, lines)));

    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("--> GET " + server.baseUrl() + "/models\n"), lines.get(0));
    assertTrue(lines.get(0).contains("\nAuthorization: <redacted>"), lines.get(0));
    assertTrue(lines.get(1).startsWith("<-- 200 " + server.baseUrl() + "/models ("), lines.get(1));
    assertTrue(lines.get(1).endsWith("\"echo\":\"sk-***\"}"), lines.get(1));
    lines.forEach(line -> assertFalse(line.contains(KEY), line));
  }

  @Test
  void aDisabledSlf4jLoggerGetsNothing() throws IOException {
    server.stubFor(get("/models").willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
    List<String> lines = new ArrayList<>();

    call(new Slf4jOutput(recordingLogger(false, lines)));

    assertEquals(List.of(), lines);
  }

  private static void call(LogOutput output) throws IOException {
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new HttpLogger(output, LogLevel.BODY, new Redactor(KEY))).build();
    Request request = new Request.Builder().url(server.baseUrl() + "/models")
        .header("Authorization", "Bearer " + KEY).build();
    try (Response response = http.newCall(request).execute()) {
      assertEquals(200, response.code());
    }
  }

  /** An SLF4J logger that records {@code info(String)} calls; {@code isInfoEnabled()} answers {@code enabled}. */
  private static Logger recordingLogger(boolean enabled, List<String> lines) {
    return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
        (proxy, method, args) -> {
          if (method.getName().equals("isInfoEnabled") && method.getParameterCount() == 0) {
            return enabled;
          }
          if (method.getName().equals("info") && method.getParameterCount() == 1 && args[0] instanceof String) {
            lines.add((String) args[0]);
            return null;
          }
          if (method.getName().equals("getName")) {
            return LogLevel.LOGGER_NAME;
          }
          throw new UnsupportedOperationException(method.toString());
        });
  }
}
