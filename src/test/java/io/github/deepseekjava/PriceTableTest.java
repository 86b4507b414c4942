package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.CompletionTokensDetails;
import io.github.deepseekjava.model.Usage;
import io.github.deepseekjava.streaming.ChatCompletionAccumulator;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The cost of a usage at the prices of a table. */
class PriceTableTest {
  private static final PriceTable USD = PriceTable.builder(Currency.getInstance("USD"))
      .price("deepseek-flash", new BigDecimal("0.006"), new BigDecimal("0.3"), new BigDecimal("1.2"))
      .price("deepseek-v4-pro", new BigDecimal("0.044"), new BigDecimal("1.32"), new BigDecimal("3.96"))
      .build();

  private static Usage usage(int hits, int misses, int completion) {
    return new Usage().promptTokens(hits + misses).promptCacheHitTokens(hits).promptCacheMissTokens(misses)
        .completionTokens(completion).totalTokens(hits + misses + completion);
  }

  @Test
  void costIsHitsMissesAndOutputAtTheirPricesPerMillionTokens() {
    // 1,000,000 hits * 0.006 + 500,000 misses * 0.3 + 250,000 output * 1.2 = 0.006 + 0.15 + 0.3
    assertEquals(new BigDecimal("0.456000000"), USD.cost("deepseek-flash", usage(1_000_000, 500_000, 250_000)));
    // 256 * 0.044 + 44 * 1.32 + 31 * 3.96 = 11.264 + 58.08 + 122.76 = 192.104 per million tokens
    assertEquals(new BigDecimal("0.000192104"), USD.cost("deepseek-v4-pro", usage(256, 44, 31)));
  }

  @Test
  void reasoningTokensAreBilledAsTheOutputTheyArePartOf() {
    Usage usage = usage(0, 10, 100).completionTokensDetails(new CompletionTokensDetails().reasoningTokens(90));

    assertEquals(new BigDecimal("0.000123000"), USD.cost("deepseek-flash", usage));
  }

  @Test
  void inputWithoutACacheSplitCountsAsMisses() {
    assertEquals(new BigDecimal("0.000003000"),
        USD.cost("deepseek-flash", new TokenUsage(10, null, null, null, null)));
    assertEquals(new BigDecimal("0.000000648"),
        USD.cost("deepseek-flash", new TokenUsage(10, null, 8, null, null))); // 8 hits, 2 misses
  }

  @Test
  void aCompletionIsPricedByItsModelAndUsageAlsoWhenAccumulatedFromAStream() {
    ChatCompletion plain = new ChatCompletion().model("deepseek-flash").usage(usage(100, 900, 1000));
    ChatCompletion streamed = new ChatCompletionAccumulator()
        .add(new ChatCompletionChunk().id("c").model("deepseek-flash"))
        .add(new ChatCompletionChunk().id("c").model("deepseek-flash").usage(usage(100, 900, 1000)))
        .result();

    assertEquals(new BigDecimal("0.001470600"), USD.cost(plain));
    assertEquals(USD.cost(plain), USD.cost(streamed));
  }

  @Test
  void anUnknownModelOrAMissingUsageIsRefusedWithTheReason() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> USD.cost("deepseek-chat", usage(1, 1, 1)));
    assertEquals("no price for model deepseek-chat (the table has [deepseek-flash, deepseek-v4-pro])", unknown.getMessage());
    IllegalArgumentException noUsage = assertThrows(IllegalArgumentException.class,
        () -> USD.cost(new ChatCompletion().model("deepseek-flash")));
    assertEquals("no usage to price (a stream sends it only in its last chunk)", noUsage.getMessage());
  }

  @Test
  void pricesAreCheckedAndKeptAsGiven() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> PriceTable
        .builder(Currency.getInstance("CNY")).price("m", new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE));
    assertEquals("cacheHitInput < 0: -1", negative.getMessage());
    assertEquals("USD", USD.currency().getCurrencyCode());
    assertEquals(new BigDecimal("1.32"), USD.price("deepseek-v4-pro").cacheMissInput());
  }
}
