package io.github.deepseekjava.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Spans and metrics of the OpenTelemetry adapter, read back from the SDK's in-memory exporters. */
class OpenTelemetryListenerTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  static final String COMPLETION = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
      + "\"model\":\"deepseek-flash-0426\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
      + "\"content\":\"Hi\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"
      + "\"completion_tokens\":40,\"total_tokens\":52,\"prompt_cache_hit_tokens\":8,"
      + "\"prompt_cache_miss_tokens\":4,\"completion_tokens_details\":{\"reasoning_tokens\":31}}}";

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .build();

  @AfterEach
  void closeSdk() {
    otel.close();
  }

  private DeepSeekClient client(boolean latest) {
    return deepseek.server().clientBuilder().maxRetries(0)
        .listener(OpenTelemetryListener.create(otel, latest)).build();
  }

  private static ChatCompletionRequest request() {
    return new ChatCompletionRequest().model("deepseek-flash").addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  }

  @Test
  void aChatCallIsAClientSpanWithTheGenAiAttributes() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION).withTraceId("trace-1"));

    client(false).chat().create(request());

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("chat deepseek-flash", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(Attributes.builder()
        .put("gen_ai.operation.name", "chat")
        .put("gen_ai.system", "deepseek")
        .put("gen_ai.request.model", "deepseek-flash")
        .put("gen_ai.response.model", "deepseek-flash-0426")
        .put("gen_ai.response.id", "cmpl-1")
        .put("gen_ai.response.finish_reasons", new String[] {"stop"})
        .put("deepseek.trace_id", "trace-1")
        .put("gen_ai.usage.input_tokens", 12L)
        .put("gen_ai.usage.output_tokens", 40L)
        .put("gen_ai.usage.cache_read.input_tokens", 8L)
        .put("gen_ai.usage.reasoning.output_tokens", 31L)
        .put("deepseek.usage.cache_miss.input_tokens", 4L)
        .build().asMap(), span.getAttributes().asMap());
    assertTrue(span.getEndEpochNanos() >= span.getStartEpochNanos());
  }

  @Test
  void theLatestConventionsNameTheProviderInsteadOfTheSystem() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION));

    client(true).chat().create(request());

    Attributes attributes = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals("deepseek", attributes.get(OpenTelemetryListener.PROVIDER_NAME));
    assertNull(attributes.get(OpenTelemetryListener.SYSTEM));
  }

  @Test
  void theOptInIsACommaSeparatedList() {
    assertTrue(OpenTelemetryListener.optsIntoLatest("http, gen_ai_latest_experimental"));
    assertTrue(OpenTelemetryListener.optsIntoLatest("gen_ai_latest_experimental"));
    assertFalse(OpenTelemetryListener.optsIntoLatest("http,database"));
    assertFalse(OpenTelemetryListener.optsIntoLatest(""));
    assertFalse(OpenTelemetryListener.optsIntoLatest(null));
  }

  @Test
  void theMetricsRecordDurationAndTokensByType() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION));

    client(false).chat().create(request());

    Attributes common = Attributes.builder()
        .put("gen_ai.operation.name", "chat")
        .put("gen_ai.system", "deepseek")
        .put("gen_ai.request.model", "deepseek-flash")
        .put("gen_ai.response.model", "deepseek-flash-0426")
        .build();
    MetricData duration = metric("gen_ai.client.operation.duration");
    assertEquals("s", duration.getUnit());
    HistogramPointData point = duration.getHistogramData().getPoints().iterator().next();
    assertEquals(common, point.getAttributes());
    assertEquals(1, point.getCount());
    assertEquals(Arrays.asList(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92),
        point.getBoundaries());

    MetricData tokens = metric("gen_ai.client.token.usage");
    assertEquals("{token}", tokens.getUnit());
    List<String> recorded = tokens.getHistogramData().getPoints().stream()
        .map(p -> p.getAttributes().get(OpenTelemetryListener.TOKEN_TYPE) + "=" + (long) p.getSum() + " x" + p.getCount()
            + (p.getAttributes().toBuilder().remove(OpenTelemetryListener.TOKEN_TYPE).build().equals(common) ? "" : " ?"))
        .sorted().collect(Collectors.toList());
    assertEquals(Arrays.asList("input=12 x1", "output=40 x1"), recorded);
  }

  @Test
  void aStreamRecordsTimeToFirstChunkAndEndsWhenRead() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatStream("Hel", "lo"));

    try (ChunkStream<ChatCompletionChunk> chunks = client(false).chat().stream(request())) {
      assertEquals(Collections.emptyList(), spans.getFinishedSpanItems());
      chunks.stream().count();
    }

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("chat deepseek-flash", span.getName());
    Double firstChunk = span.getAttributes().get(OpenTelemetryListener.TIME_TO_FIRST_CHUNK);
    assertTrue(firstChunk > 0 && firstChunk * 1e9 <= span.getEndEpochNanos() - span.getStartEpochNanos(), span.toString());
    assertEquals(Long.valueOf(5), span.getAttributes().get(OpenTelemetryListener.OUTPUT_TOKENS));
    assertEquals(Collections.singletonList("stop"), span.getAttributes().get(OpenTelemetryListener.FINISH_REASONS));
  }

  @Test
  void aFailedCallHasAnErrorStatusAndErrorType() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.error(400, "bad"));

    BadRequestException thrown = assertThrows(BadRequestException.class, () -> client(false).chat().create(request()));

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(thrown.getMessage(), span.getStatus().getDescription());
    assertEquals(BadRequestException.class.getName(), span.getAttributes().get(OpenTelemetryListener.ERROR_TYPE));
    assertEquals(FakeDeepSeekServer.TRACE_ID, span.getAttributes().get(OpenTelemetryListener.TRACE_ID));
    assertNull(span.getAttributes().get(OpenTelemetryListener.INPUT_TOKENS));
    HistogramPointData point = metric("gen_ai.client.operation.duration").getHistogramData().getPoints().iterator().next();
    assertEquals(BadRequestException.class.getName(), point.getAttributes().get(OpenTelemetryListener.ERROR_TYPE));
    assertEquals(Collections.singletonList("gen_ai.client.operation.duration"), metricNames());
  }

  @Test
  void fimIsATextCompletionAndOtherOperationsAreNotReported() {
    DeepSeekClient client = client(false);

    client.fim().create("deepseek-flash", "def add(a, b):", null);
    client.models().list();
    client.balance().get();

    List<String> names = spans.getFinishedSpanItems().stream().map(SpanData::getName).collect(Collectors.toList());
    assertEquals(Collections.singletonList("text_completion deepseek-flash"), names);
    assertEquals("text_completion", spans.getFinishedSpanItems().get(0).getAttributes().get(OpenTelemetryListener.OPERATION_NAME));
  }

  @Test
  void aResponsesCallIsAChatSpanWithItsUsage() {
    deepseek.server().enqueue(Endpoint.RESPONSES, FakeResponse.json("{\"id\":\"resp_1\",\"object\":\"response\","
        + "\"created_at\":1,\"status\":\"completed\",\"model\":\"deepseek-flash-0426\",\"output\":[],"
        + "\"usage\":{\"input_tokens\":900,\"input_tokens_details\":{\"cached_tokens\":640},\"output_tokens\":40,"
        + "\"total_tokens\":940}}"));

    client(false).responses().create(new CreateResponseRequest().model("deepseek-flash").input(ResponseInput.of("Hi")));

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("chat deepseek-flash", span.getName());
    Attributes attributes = span.getAttributes();
    assertEquals("resp_1", attributes.get(OpenTelemetryListener.RESPONSE_ID));
    assertEquals(Long.valueOf(900), attributes.get(OpenTelemetryListener.INPUT_TOKENS));
    assertEquals(Long.valueOf(40), attributes.get(OpenTelemetryListener.OUTPUT_TOKENS));
    assertEquals(Long.valueOf(640), attributes.get(OpenTelemetryListener.CACHE_READ_TOKENS));
    assertNull(attributes.get(OpenTelemetryListener.CACHE_MISS_TOKENS), "the Responses API reports no misses");
  }

  @Test
  void anAsyncCallsSpanIsAChildOfTheSpanCurrentWhereTheCallWasMade() throws Exception {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.events("{\"id\":\"c\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},"
        + "\"finish_reason\":\"stop\"}]}"));
    DeepSeekClient client = client(false);
    io.opentelemetry.api.trace.Span request = otel.getTracer("test").spanBuilder("handle request").startSpan();

    io.opentelemetry.context.Scope scope = request.makeCurrent();
    try {
      client.async().chat().create(request()).get(5, java.util.concurrent.TimeUnit.SECONDS);
      client.async().chat().stream(request(), chunk -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      scope.close();
    }
    request.end();

    List<SpanData> calls = spans.getFinishedSpanItems().stream().filter(s -> s.getName().startsWith("chat"))
        .collect(Collectors.toList());
    assertEquals(2, calls.size());
    for (SpanData call : calls) {
      assertEquals(request.getSpanContext().getSpanId(), call.getParentSpanId(), call.getName());
      assertEquals(request.getSpanContext().getTraceId(), call.getTraceId());
    }
  }

  private MetricData metric(String name) {
    return metrics.collectAllMetrics().stream().filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  private List<String> metricNames() {
    List<String> names = new ArrayList<>();
    for (MetricData metric : metrics.collectAllMetrics()) {
      names.add(metric.getName());
    }
    return names;
  }
}
