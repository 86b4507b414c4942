package io.github.deepseekjava.readme;

import io.github.deepseekjava.CallEnded;
import io.github.deepseekjava.CallRetried;
import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.DeepSeekListener;
import io.github.deepseekjava.PriceTable;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.otel.OpenTelemetryListener;
import io.opentelemetry.api.OpenTelemetry;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** README snippets of "In production"; run against the fake server by ReadmeSnippetsTest. */
class ProductionExample {
  static DeepSeekClient listener(DeepSeekClient.Builder builder, List<String> log) {
    // README: listener
    DeepSeekClient client = builder
        .listener(new DeepSeekListener() {
          @Override
          public void onRetry(CallRetried retry) {
            log.add("retry " + retry.attempt() + ": " + retry.reason().getMessage());
          }

          @Override
          public void onEnd(CallEnded call) {
            log.add(call.operation() + " " + call.model() + " " + call.status() + " in "
                + call.duration().toMillis() + " ms, trace " + call.traceId() + ", " + call.usage());
          }
        })
        .build();
    // README end
    return client;
  }

  static DeepSeekClient openTelemetry(DeepSeekClient.Builder builder, OpenTelemetry openTelemetry) {
    // README: opentelemetry
    // Spans "chat deepseek-flash" and the metrics gen_ai.client.operation.duration and
    // gen_ai.client.token.usage go wherever your OpenTelemetry SDK or agent sends them.
    DeepSeekClient client = builder
        .listener(OpenTelemetryListener.create(openTelemetry)) // e.g. GlobalOpenTelemetry.get()
        .build();
    // README end
    return client;
  }

  static BigDecimal cost(ChatCompletion completion) {
    // README: cost
    // Prices per million tokens: cache-hit input, cache-miss input, output. Yours to keep current.
    PriceTable prices = PriceTable.builder(Currency.getInstance("USD"))
        .price("deepseek-flash", new BigDecimal("0.006"), new BigDecimal("0.3"), new BigDecimal("1.2"))
        .price("deepseek-v4-pro", new BigDecimal("0.044"), new BigDecimal("1.32"), new BigDecimal("3.96"))
        .build();
    BigDecimal cost = prices.cost(completion); // a plain completion, or ChatCompletionAccumulator.result()
    // README end
    return cost;
  }
}
