package io.github.deepseekjava;

import java.time.Duration;

/**
 * Per-call overrides, applied with {@link DeepSeekClient#withOptions(RequestOptions)}. Unset values
 * inherit the client's settings.
 *
 * <pre>{@code
 * client.withOptions(RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(30)).build())
 *     .chat(request);
 * }</pre>
 */
public final class RequestOptions {
  private final Integer maxRetries;
  private final Duration timeout;
  private final Duration readTimeout;

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.timeout = builder.timeout;
    this.readTimeout = builder.readTimeout;
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

  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries + ", timeout=" + timeout + ", readTimeout=" + readTimeout + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Integer maxRetries;
    private Duration timeout;
    private Duration readTimeout;

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

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
