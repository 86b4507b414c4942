package io.github.deepseekjava.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code oneOf} told apart by a discriminator property: the interface, the property's JSON name and
 * the subtype of each value. Built by the generated {@link SpecFacts} from the spec's
 * {@code discriminator.mapping}.
 *
 * @param <B> the interface every subtype implements
 */
public final class Discriminator<B> {
  private final Class<B> baseType;
  private final String property;
  private final Map<String, Class<? extends B>> subtypes;

  private Discriminator(Class<B> baseType, String property, Map<String, Class<? extends B>> subtypes) {
    this.baseType = baseType;
    this.property = property;
    this.subtypes = subtypes;
  }

  /** A discriminator with no subtypes yet; add them with {@link #with}. */
  public static <B> Discriminator<B> of(Class<B> baseType, String property) {
    return new Discriminator<>(Objects.requireNonNull(baseType, "baseType == null"),
        Objects.requireNonNull(property, "property == null"), Collections.<String, Class<? extends B>>emptyMap());
  }

  /** A copy that also maps {@code value} to {@code subtype}. */
  public Discriminator<B> with(String value, Class<? extends B> subtype) {
    Map<String, Class<? extends B>> copy = new LinkedHashMap<>(subtypes);
    copy.put(Objects.requireNonNull(value, "value == null"), Objects.requireNonNull(subtype, "subtype == null"));
    return new Discriminator<>(baseType, property, Collections.unmodifiableMap(copy));
  }

  /** The interface of the {@code oneOf}. */
  public Class<B> baseType() {
    return baseType;
  }

  /** The JSON name of the discriminator property, e.g. {@code role}. */
  public String property() {
    return property;
  }

  /** The subtype of each discriminator value, in the spec's order; unmodifiable. */
  public Map<String, Class<? extends B>> subtypes() {
    return subtypes;
  }
}
