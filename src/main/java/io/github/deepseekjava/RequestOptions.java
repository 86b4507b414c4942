package io.github.deepseekjava;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Per-call overrides, applied with {@link DeepSeekClient#withOptions(RequestOptions)}. Unset values
 * inherit the client's settings; headers, query parameters and body properties add to the client's.
 *
 * <pre>{@code
 * client.withOptions(RequestOptions.builder()
 *         .maxRetries(0)
 *         .timeout(Duration.ofSeconds(30))
 *         .header("X-Tenant", "acme")
 *         .bodyProperty("a_field_newer_than_this_client", new JsonPrimitive(true))
 *         .build())
 *     .chat().create(request);
 * }</pre>
 */
public final class RequestOptions {
  private final Integer maxRetries;
  private final Duration timeout;
  private final Duration readTimeout;
  private final Map<String, String> headers;
  private final Map<String, String> queryParameters;
  private final Map<String, JsonElement> bodyProperties;

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.timeout = builder.timeout;
    this.readTimeout = builder.readTimeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.queryParameters));
    this.bodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.bodyProperties));
  }

  /** A builder with nothing overridden. */
  public static Builder builder() {
    return new Builder();
  }

  Integer maxRetries() {
    return maxRetries;
  }

  Duration timeout() {
    return timeout;
  }

  Duration readTimeout() {
    return readTimeout;
  }

  Map<String, String> headers() {
    return headers;
  }

  Map<String, String> queryParameters() {
    return queryParameters;
  }

  Map<String, JsonElement> bodyProperties() {
    return bodyProperties;
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries + ", timeout=" + timeout + ", readTimeout=" + readTimeout
        + ", headers=" + headers.keySet() + ", queryParameters=" + queryParameters.keySet()
        + ", bodyProperties=" + bodyProperties.keySet() + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Integer maxRetries;
    private Duration timeout;
    private Duration readTimeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParameters = new LinkedHashMap<>();
    private final Map<String, JsonElement> bodyProperties = new LinkedHashMap<>();

    Builder() {
    }

    /** Retries after the first attempt; see {@link DeepSeekClient.Builder#maxRetries(int)}. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = DeepSeekClient.Builder.checkRetries(maxRetries);
      return this;
    }

    /** Overall deadline; see {@link DeepSeekClient.Builder#timeout(Duration)}. */
    public Builder timeout(Duration timeout) {
      this.timeout = DeepSeekClient.Builder.checkTimeout(timeout, "timeout");
      return this;
    }

    /** Longest silence between bytes; see {@link DeepSeekClient.Builder#readTimeout(Duration)}. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = DeepSeekClient.Builder.checkTimeout(readTimeout, "readTimeout");
      return this;
    }

    /**
     * A header sent with every request, replacing one of the same name. {@code Authorization} is
     * refused: it always carries the client's key; for another key build another client
     * ({@code client.newBuilder().apiKey(otherKey).build()}).
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (name.toLowerCase(Locale.ROOT).equals("authorization")) {
        throw new IllegalArgumentException("Authorization is set from the client's API key; for another key use"
            + " client.newBuilder().apiKey(...).build()");
      }
      okhttp3.Headers.of(name, value); // fails fast on characters HTTP does not allow
      headers.put(name, value);
      return this;
    }

    /** A query parameter added to every request URL, replacing one of the same name. */
    public Builder queryParameter(String name, String value) {
      queryParameters.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * A top-level property merged into every JSON request body, replacing a typed field of the same
     * name: the way to send a field this client does not know yet.
     */
    public Builder bodyProperty(String name, JsonElement value) {
      bodyProperties.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
