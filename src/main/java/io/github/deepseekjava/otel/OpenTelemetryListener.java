package io.github.deepseekjava.otel;

import io.github.deepseekjava.CallEnded;
import io.github.deepseekjava.CallStarted;
import io.github.deepseekjava.DeepSeekListener;
import io.github.deepseekjava.TokenUsage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Reports chat, Responses ({@code chat} too) and FIM calls to OpenTelemetry following the
 * <a href="https://opentelemetry.io/docs/specs/semconv/gen-ai/">GenAI semantic conventions</a>: one
 * {@code CLIENT} span per call named {@code "{operation} {model}"} ({@code chat deepseek-flash},
 * {@code text_completion deepseek-flash}) and the metrics {@code gen_ai.client.operation.duration}
 * (seconds) and {@code gen_ai.client.token.usage} (tokens, by {@code gen_ai.token.type}). Other
 * operations (models, balance, files, tools, raw calls) are not GenAI operations and are not reported.
 *
 * <p>Span attributes: {@code gen_ai.operation.name}, {@code gen_ai.request.model},
 * {@code gen_ai.response.model}, {@code gen_ai.response.id}, {@code gen_ai.response.finish_reasons},
 * {@code gen_ai.usage.input_tokens} (cache hits and misses), {@code gen_ai.usage.output_tokens}
 * (reasoning included), {@code gen_ai.usage.cache_read.input_tokens} (DeepSeek's cache hits),
 * {@code gen_ai.usage.reasoning.output_tokens}, {@code gen_ai.response.time_to_first_chunk} (streams,
 * seconds), {@code error.type} and an error status on failure; and, where the conventions have no
 * name, {@code deepseek.usage.cache_miss.input_tokens} and {@code deepseek.trace_id}.
 *
 * <p>The provider: the GenAI conventions are still in development. As they ask of instrumentations,
 * this one emits the v1.36.0 name {@code gen_ai.system = "deepseek"} by default, and the latest
 * experimental name {@code gen_ai.provider.name = "deepseek"} instead when the comma-separated
 * environment variable {@code OTEL_SEMCONV_STABILITY_OPT_IN} (or the system property
 * {@code otel.semconv-stability.opt-in}) contains {@code gen_ai_latest_experimental}.
 *
 * <p>The span is made when the call ends, with the call's start and end times, as a child of the
 * context current on the thread that ends it: the caller's for a synchronous call or a stream read
 * to its end; none for an async call. Needs {@code io.opentelemetry:opentelemetry-api} (this
 * library declares it optional).
 *
 * <pre>{@code
 * DeepSeekClient client = DeepSeekClient.builder().fromEnv()
 *     .listener(OpenTelemetryListener.create(GlobalOpenTelemetry.get()))
 *     .build();
 * }</pre>
 */
public final class OpenTelemetryListener implements DeepSeekListener {
  /** The value of {@code OTEL_SEMCONV_STABILITY_OPT_IN} that selects the latest experimental GenAI conventions. */
  public static final String LATEST_EXPERIMENTAL_OPT_IN = "gen_ai_latest_experimental";

  static final String SCOPE = "io.github.deepseekjava";
  static final String PROVIDER = "deepseek";

  static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("gen_ai.system");
  static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
  static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
  static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
  static final AttributeKey<List<String>> FINISH_REASONS = AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
  static final AttributeKey<Double> TIME_TO_FIRST_CHUNK = AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk");
  static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
  static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
  static final AttributeKey<Long> CACHE_READ_TOKENS = AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");
  static final AttributeKey<Long> REASONING_TOKENS = AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens");
  static final AttributeKey<Long> CACHE_MISS_TOKENS = AttributeKey.longKey("deepseek.usage.cache_miss.input_tokens");
  static final AttributeKey<String> TRACE_ID = AttributeKey.stringKey("deepseek.trace_id");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");

  private static final List<Double> DURATION_BUCKETS = Arrays.asList(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
      2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  private static final List<Long> TOKEN_BUCKETS = Arrays.asList(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L,
      262144L, 1048576L, 4194304L, 16777216L, 67108864L);

  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final LongHistogram tokens;
  private final boolean latestConventions;
  private final Attributes inputTokenType;
  private final Attributes outputTokenType;
  /**
   * The context each reported call started in, its span's parent: an async call ends on a client
   * thread, where the caller's context is not current. Weak keys: a call that never ended is forgotten.
   */
  private final Map<CallStarted, Context> startContexts = Collections.synchronizedMap(new WeakHashMap<>());

  private OpenTelemetryListener(OpenTelemetry openTelemetry, boolean latestConventions) {
    this.tracer = openTelemetry.getTracer(SCOPE);
    Meter meter = openTelemetry.getMeter(SCOPE);
    this.duration = meter.histogramBuilder("gen_ai.client.operation.duration")
        .setDescription("GenAI operation duration")
        .setUnit("s")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.tokens = meter.histogramBuilder("gen_ai.client.token.usage")
        .setDescription("Measures number of input and output tokens used")
        .setUnit("{token}")
        .ofLongs()
        .setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS)
        .build();
    this.latestConventions = latestConventions;
    this.inputTokenType = Attributes.of(TOKEN_TYPE, "input");
    this.outputTokenType = Attributes.of(TOKEN_TYPE, "output");
  }

  /**
   * A listener reporting to {@code openTelemetry}, with the conventions chosen by
   * {@code OTEL_SEMCONV_STABILITY_OPT_IN} (see the class description).
   */
  public static OpenTelemetryListener create(OpenTelemetry openTelemetry) {
    String optIn = System.getProperty("otel.semconv-stability.opt-in", System.getenv("OTEL_SEMCONV_STABILITY_OPT_IN"));
    return create(openTelemetry, optsIntoLatest(optIn));
  }

  /**
   * A listener reporting to {@code openTelemetry}; {@code latestExperimentalConventions} picks
   * {@code gen_ai.provider.name} over the v1.36.0 {@code gen_ai.system}, whatever the environment says.
   */
  public static OpenTelemetryListener create(OpenTelemetry openTelemetry, boolean latestExperimentalConventions) {
    return new OpenTelemetryListener(Objects.requireNonNull(openTelemetry, "openTelemetry == null"),
        latestExperimentalConventions);
  }

  /** Whether a comma-separated {@code OTEL_SEMCONV_STABILITY_OPT_IN} value (may be null) asks for the latest GenAI conventions. */
  static boolean optsIntoLatest(String optIn) {
    if (optIn == null) {
      return false;
    }
    for (String value : optIn.split(",")) {
      if (value.trim().equals(LATEST_EXPERIMENTAL_OPT_IN)) {
        return true;
      }
    }
    return false;
  }

  /** The GenAI operation name of a client operation id, or null for operations the conventions do not cover. */
  static String operationName(String operation) {
    if ("createChatCompletion".equals(operation) || "createBetaChatCompletion".equals(operation)
        || "createResponse".equals(operation)) {
      return "chat";
    }
    if ("createFimCompletion".equals(operation)) {
      return "text_completion";
    }
    return null;
  }

  @Override
  public void onStart(CallStarted call) {
    if (operationName(call.operation()) != null) {
      startContexts.put(call, Context.current());
    }
  }

  @Override
  public void onEnd(CallEnded call) {
    String operation = operationName(call.operation());
    if (operation == null) {
      return;
    }
    Context parent = startContexts.remove(call.started());
    String errorType = call.error() == null ? null : call.error().getClass().getName();

    AttributesBuilder common = Attributes.builder()
        .put(OPERATION_NAME, operation)
        .put(latestConventions ? PROVIDER_NAME : SYSTEM, PROVIDER);
    putIfNotNull(common, REQUEST_MODEL, call.model());
    putIfNotNull(common, RESPONSE_MODEL, call.responseModel());
    putIfNotNull(common, ERROR_TYPE, errorType);
    Attributes metricAttributes = common.build();

    long start = TimeUnit.SECONDS.toNanos(call.startTime().getEpochSecond()) + call.startTime().getNano();
    Span span = tracer.spanBuilder(call.model() == null ? operation : operation + " " + call.model())
        .setParent(parent == null ? Context.current() : parent)
        .setSpanKind(SpanKind.CLIENT)
        .setStartTimestamp(start, TimeUnit.NANOSECONDS)
        .setAllAttributes(metricAttributes)
        .startSpan();
    if (call.responseId() != null) {
      span.setAttribute(RESPONSE_ID, call.responseId());
    }
    if (!call.finishReasons().isEmpty()) {
      span.setAttribute(FINISH_REASONS, call.finishReasons());
    }
    if (call.timeToFirstChunk() != null) {
      span.setAttribute(TIME_TO_FIRST_CHUNK, seconds(call.timeToFirstChunk().toNanos()));
    }
    if (call.traceId() != null) {
      span.setAttribute(TRACE_ID, call.traceId());
    }
    TokenUsage usage = call.usage();
    if (usage != null) {
      setIfNotNull(span, INPUT_TOKENS, usage.promptTokens());
      setIfNotNull(span, OUTPUT_TOKENS, usage.completionTokens());
      setIfNotNull(span, CACHE_READ_TOKENS, usage.cacheHitTokens());
      setIfNotNull(span, REASONING_TOKENS, usage.reasoningTokens());
      setIfNotNull(span, CACHE_MISS_TOKENS, usage.cacheMissTokens());
    }
    if (call.error() != null) {
      span.setStatus(StatusCode.ERROR, call.error().getMessage());
    }
    span.end(start + call.duration().toNanos(), TimeUnit.NANOSECONDS);

    duration.record(seconds(call.duration().toNanos()), metricAttributes);
    if (usage != null) {
      if (usage.promptTokens() != null) {
        tokens.record(usage.promptTokens(), metricAttributes.toBuilder().putAll(inputTokenType).build());
      }
      if (usage.completionTokens() != null) {
        tokens.record(usage.completionTokens(), metricAttributes.toBuilder().putAll(outputTokenType).build());
      }
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void putIfNotNull(AttributesBuilder attributes, AttributeKey<String> key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }

  private static void setIfNotNull(Span span, AttributeKey<Long> key, Integer value) {
    if (value != null) {
      span.setAttribute(key, (long) value);
    }
  }
}
