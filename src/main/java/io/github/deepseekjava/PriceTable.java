package io.github.deepseekjava;

import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.Usage;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Token prices per model, in one currency, per million tokens, and the cost of a call's usage.
 * Nothing is built in: DeepSeek's prices change (and differ by time of day), so the table is yours
 * to fill from the pricing page, and the cost is only as right as the prices you give it.
 *
 * <pre>{@code
 * PriceTable prices = PriceTable.builder(Currency.getInstance("USD"))
 *     .price("deepseek-flash", new BigDecimal("0.006"), new BigDecimal("0.3"), new BigDecimal("1.2"))
 *     .build();
 * BigDecimal cost = prices.cost(completion); // by completion.getModel() and completion.getUsage()
 * }</pre>
 *
 * Input tokens are billed as cache hits and cache misses; output tokens include reasoning tokens.
 * Immutable and thread-safe.
 */
public final class PriceTable {
  private static final int PER_MILLION = 6;

  private final Currency currency;
  private final Map<String, ModelPrice> prices;

  private PriceTable(Builder builder) {
    this.currency = builder.currency;
    this.prices = Collections.unmodifiableMap(new LinkedHashMap<>(builder.prices));
  }

  /** A builder for a table in {@code currency}. */
  public static Builder builder(Currency currency) {
    return new Builder(Objects.requireNonNull(currency, "currency == null"));
  }

  /** The currency of every price and cost of this table. */
  public Currency currency() {
    return currency;
  }

  /** The prices of {@code model}, or null when the table has none. */
  public ModelPrice price(String model) {
    return prices.get(model);
  }

  /**
   * The cost of {@code completion} (a plain one, or one accumulated from a stream) by its
   * {@code model} and {@code usage}.
   *
   * @throws IllegalArgumentException when the table has no price for the model, or the completion has no usage
   */
  public BigDecimal cost(ChatCompletion completion) {
    Objects.requireNonNull(completion, "completion == null");
    return cost(completion.getModel(), completion.getUsage());
  }

  /**
   * The cost of {@code usage} at {@code model}'s prices.
   *
   * @throws IllegalArgumentException when the table has no price for {@code model}, or {@code usage} is null
   */
  public BigDecimal cost(String model, Usage usage) {
    if (usage == null) {
      throw new IllegalArgumentException("no usage to price (a stream sends it only in its last chunk)");
    }
    return cost(model, TokenUsage.of(usage));
  }

  /**
   * The cost of {@code usage} (as a {@link DeepSeekListener} sees it) at {@code model}'s prices. Input
   * tokens without a cache split count as cache misses; missing counts as zero.
   *
   * @throws IllegalArgumentException when the table has no price for {@code model}, or {@code usage} is null
   */
  public BigDecimal cost(String model, TokenUsage usage) {
    if (usage == null) {
      throw new IllegalArgumentException("no usage to price");
    }
    ModelPrice price = prices.get(model);
    if (price == null) {
      throw new IllegalArgumentException("no price for model " + model + " (the table has " + prices.keySet() + ")");
    }
    long prompt = count(usage.promptTokens());
    long hits = count(usage.cacheHitTokens());
    long misses = usage.cacheMissTokens() != null ? usage.cacheMissTokens() : Math.max(0, prompt - hits);
    return price.cacheHitInput.multiply(BigDecimal.valueOf(hits))
        .add(price.cacheMissInput.multiply(BigDecimal.valueOf(misses)))
        .add(price.output.multiply(BigDecimal.valueOf(count(usage.completionTokens()))))
        .movePointLeft(PER_MILLION);
  }

  private static long count(Integer tokens) {
    return tokens == null ? 0 : tokens;
  }

  @Override
  public String toString() {
    return "PriceTable{" + currency + ", " + prices + "}";
  }

  /** One model's prices per million tokens. Immutable. */
  public static final class ModelPrice {
    private final BigDecimal cacheHitInput;
    private final BigDecimal cacheMissInput;
    private final BigDecimal output;

    ModelPrice(BigDecimal cacheHitInput, BigDecimal cacheMissInput, BigDecimal output) {
      this.cacheHitInput = check(cacheHitInput, "cacheHitInput");
      this.cacheMissInput = check(cacheMissInput, "cacheMissInput");
      this.output = check(output, "output");
    }

    private static BigDecimal check(BigDecimal price, String name) {
      Objects.requireNonNull(price, name + " == null");
      if (price.signum() < 0) {
        throw new IllegalArgumentException(name + " < 0: " + price);
      }
      return price;
    }

    /** Price of a million input tokens served from the context cache. */
    public BigDecimal cacheHitInput() {
      return cacheHitInput;
    }

    /** Price of a million input tokens not served from the cache. */
    public BigDecimal cacheMissInput() {
      return cacheMissInput;
    }

    /** Price of a million output tokens (reasoning included). */
    public BigDecimal output() {
      return output;
    }

    @Override
    public String toString() {
      return "{cacheHitInput=" + cacheHitInput + ", cacheMissInput=" + cacheMissInput + ", output=" + output + "}";
    }
  }

  /** Builds a {@link PriceTable}. */
  public static final class Builder {
    private final Currency currency;
    private final Map<String, ModelPrice> prices = new LinkedHashMap<>();

    Builder(Currency currency) {
      this.currency = currency;
    }

    /**
     * The prices of {@code model} per million tokens, replacing earlier ones: input served from the
     * context cache, input not served from it, and output.
     */
    public Builder price(String model, BigDecimal cacheHitInput, BigDecimal cacheMissInput, BigDecimal output) {
      prices.put(Objects.requireNonNull(model, "model == null"), new ModelPrice(cacheHitInput, cacheMissInput, output));
      return this;
    }

    public PriceTable build() {
      return new PriceTable(this);
    }
  }
}
