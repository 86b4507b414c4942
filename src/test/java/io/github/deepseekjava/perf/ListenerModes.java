package io.github.deepseekjava.perf;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekListener;
import io.github.deepseekjava.otel.OpenTelemetryListener;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** The listener modes of {@link ListenerAllocationMain}, apart so that mode "none" loads none of these classes. */
final class ListenerModes {
  private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

  private ListenerModes() {
  }

  static DeepSeekClient.Builder with(DeepSeekClient.Builder builder, String mode) {
    if (mode.equals("noop")) {
      return builder.listener(new DeepSeekListener() { });
    }
    OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
        .build();
    return builder.listener(OpenTelemetryListener.create(otel));
  }

  static void reset(String mode) {
    if (mode.equals("otel")) {
      SPANS.reset();
    }
  }
}
