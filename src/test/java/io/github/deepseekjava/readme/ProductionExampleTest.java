package io.github.deepseekjava.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The "In production" snippets of the README, run against the fake server. */
class ProductionExampleTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  @Test
  void theListenerSnippetLogsRetriesAndEnds() {
    List<String> log = new ArrayList<>();
    deepseek.server().enqueue(Endpoint.BALANCE, FakeResponse.error(503, "Server overloaded"));
    DeepSeekClient client = ProductionExample.listener(deepseek.server().clientBuilder().maxRetries(1), log);

    client.balance().get();

    assertEquals(2, log.size(), log.toString());
    assertEquals("retry 2: Server overloaded (HTTP 503, type unknown_error, trace id " + FakeDeepSeekServer.TRACE_ID + ")", log.get(0));
    assertEquals("getUserBalance null 200", log.get(1).substring(0, log.get(1).indexOf(" in ")));
  }

  @Test
  void theOpenTelemetrySnippetMakesChatSpans() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .build()) {
      ProductionExample.openTelemetry(deepseek.server().clientBuilder(), otel).chat().create("deepseek-flash", "Hi");

      assertEquals("chat deepseek-flash", spans.getFinishedSpanItems().get(0).getName());
    }
  }

  @Test
  void theCostSnippetPricesACompletion() {
    ChatCompletion completion = deepseek.client().chat().create("deepseek-flash", "Hi");
    ChatCompletion asFlash = completion.model("deepseek-flash");

    // the fake's usage: 10 prompt tokens, all cache misses, and one output token per character
    BigDecimal expected = new BigDecimal("0.3").multiply(BigDecimal.TEN)
        .add(new BigDecimal("1.2").multiply(BigDecimal.valueOf(asFlash.getUsage().getCompletionTokens())))
        .movePointLeft(6).setScale(9);
    assertEquals(expected, ProductionExample.cost(asFlash));
  }
}
