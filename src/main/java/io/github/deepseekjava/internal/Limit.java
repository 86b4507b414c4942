package io.github.deepseekjava.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The validation keywords the spec sets on one property ({@code minimum}, {@code maximum},
 * {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code minItems}, {@code maxItems},
 * {@code minLength}, {@code maxLength}, {@code pattern}); a keyword the spec does not set is
 * {@code null} here and not checked. Built by the generated {@link SpecFacts}. The {@code check}
 * methods accept {@code null} values (absence is a structural question) and otherwise throw
 * {@link IllegalArgumentException} naming the field.
 */
public final class Limit {
  private final Double minimum;
  private final Double maximum;
  private final boolean exclusiveMinimum;
  private final boolean exclusiveMaximum;
  private final Integer minItems;
  private final Integer maxItems;
  private final Integer minLength;
  private final Integer maxLength;
  private final Pattern pattern;

  Limit(Builder builder) {
    this.minimum = builder.minimum;
    this.maximum = builder.maximum;
    this.exclusiveMinimum = builder.exclusiveMinimum;
    this.exclusiveMaximum = builder.exclusiveMaximum;
    this.minItems = builder.minItems;
    this.maxItems = builder.maxItems;
    this.minLength = builder.minLength;
    this.maxLength = builder.maxLength;
    this.pattern = builder.pattern == null ? null : Pattern.compile(builder.pattern);
  }

  /** A limit with no keywords; each builder method adds one. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code minimum}, or null. */
  public Double minimum() {
    return minimum;
  }

  /** {@code maximum}, or null. */
  public Double maximum() {
    return maximum;
  }

  /** Whether {@link #minimum()} itself is excluded (OpenAPI 3.0 {@code exclusiveMinimum: true}). */
  public boolean exclusiveMinimum() {
    return exclusiveMinimum;
  }

  /** Whether {@link #maximum()} itself is excluded (OpenAPI 3.0 {@code exclusiveMaximum: true}). */
  public boolean exclusiveMaximum() {
    return exclusiveMaximum;
  }

  /** {@code minItems}, or null. */
  public Integer minItems() {
    return minItems;
  }

  /** {@code maxItems}, or null. */
  public Integer maxItems() {
    return maxItems;
  }

  /** {@code minLength}, or null. */
  public Integer minLength() {
    return minLength;
  }

  /** {@code maxLength}, or null. */
  public Integer maxLength() {
    return maxLength;
  }

  /** {@code pattern} as written in the spec, or null. */
  public String pattern() {
    return pattern == null ? null : pattern.pattern();
  }

  /**
   * Checks {@code minimum}/{@code maximum}; NaN is outside every range. Example message:
   * {@code temperature must be between 0 and 2, got 2.5}.
   */
  public void checkNumber(Number value, String field) {
    if (value == null || (minimum == null && maximum == null)) {
      return;
    }
    double v = value.doubleValue();
    boolean aboveMin = minimum == null || (exclusiveMinimum ? v > minimum : v >= minimum);
    boolean belowMax = maximum == null || (exclusiveMaximum ? v < maximum : v <= maximum);
    if (aboveMin && belowMax) {
      return;
    }
    String range;
    if (minimum != null && maximum != null && !exclusiveMinimum && !exclusiveMaximum) {
      range = "between " + format(minimum) + " and " + format(maximum);
    } else {
      String low = minimum == null ? null : (exclusiveMinimum ? "greater than " : "at least ") + format(minimum);
      String high = maximum == null ? null : (exclusiveMaximum ? "less than " : "at most ") + format(maximum);
      range = low == null ? high : high == null ? low : low + " and " + high;
    }
    throw new IllegalArgumentException(field + " must be " + range + ", got " + format(v));
  }

  /**
   * Checks {@code minItems}/{@code maxItems} against {@code count} elements. Example message:
   * {@code stop allows at most 16 sequences, got 17}.
   *
   * @param noun what the elements are called in the message, e.g. {@code sequences}
   */
  public void checkItems(int count, String field, String noun) {
    if ((minItems == null || count >= minItems) && (maxItems == null || count <= maxItems)) {
      return;
    }
    String range = maxItems == null ? "at least " + minItems
        : minItems == null ? "at most " + maxItems : minItems + " to " + maxItems;
    throw new IllegalArgumentException(field + " allows " + range + " " + noun + ", got " + count);
  }

  /**
   * Checks {@code minLength}/{@code maxLength} (in code points, as JSON Schema counts) and then
   * {@code pattern} (matched anywhere, as JSON Schema does; anchor it with {@code ^...$} in the spec).
   * Example messages: {@code user_id must be 1 to 512 characters long, got 513};
   * {@code tools[0].function.name must match [a-zA-Z0-9_-]{1,64}, got "get weather"}.
   */
  public void checkText(String value, String field) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if ((minLength != null && length < minLength) || (maxLength != null && length > maxLength)) {
      String range = maxLength == null ? "at least " + minLength
          : minLength == null ? "at most " + maxLength : minLength + " to " + maxLength;
      throw new IllegalArgumentException(field + " must be " + range + " characters long, got " + length);
    }
    if (pattern != null && !pattern.matcher(value).find()) {
      throw new IllegalArgumentException(field + " must match " + readable(pattern.pattern()) + ", got \"" + value + "\"");
    }
  }

  /** The pattern without the {@code ^...$} anchors that make JSON Schema match the whole value. */
  private static String readable(String regex) {
    return regex.length() > 1 && regex.startsWith("^") && regex.endsWith("$") && !regex.endsWith("\\$")
        ? regex.substring(1, regex.length() - 1) : regex;
  }

  private static String format(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Collects the keywords of a {@link Limit}. */
  public static final class Builder {
    private Double minimum;
    private Double maximum;
    private boolean exclusiveMinimum;
    private boolean exclusiveMaximum;
    private Integer minItems;
    private Integer maxItems;
    private Integer minLength;
    private Integer maxLength;
    private String pattern;

    Builder() {
    }

    /** {@code minimum}, as the spec writes it (e.g. {@code "-2"}, {@code "0.5"}). */
    public Builder minimum(String value) {
      this.minimum = new BigDecimal(value).doubleValue();
      return this;
    }

    /** {@code maximum}, as the spec writes it. */
    public Builder maximum(String value) {
      this.maximum = new BigDecimal(value).doubleValue();
      return this;
    }

    /** {@code exclusiveMinimum: true}. */
    public Builder exclusiveMinimum() {
      this.exclusiveMinimum = true;
      return this;
    }

    /** {@code exclusiveMaximum: true}. */
    public Builder exclusiveMaximum() {
      this.exclusiveMaximum = true;
      return this;
    }

    /** {@code minItems}. */
    public Builder minItems(int value) {
      this.minItems = value;
      return this;
    }

    /** {@code maxItems}. */
    public Builder maxItems(int value) {
      this.maxItems = value;
      return this;
    }

    /** {@code minLength}. */
    public Builder minLength(int value) {
      this.minLength = value;
      return this;
    }

    /** {@code maxLength}. */
    public Builder maxLength(int value) {
      this.maxLength = value;
      return this;
    }

    /** {@code pattern}, an ECMA-262 regular expression that Java reads the same way for the spec's patterns. */
    public Builder pattern(String value) {
      this.pattern = value;
      return this;
    }

    /** The limit. */
    public Limit build() {
      return new Limit(this);
    }
  }
}
