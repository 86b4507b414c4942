package io.github.deepseekjava;

import io.github.deepseekjava.model.ResponseUsage;
import io.github.deepseekjava.model.Usage;

/**
 * The token counts of one call, from DeepSeek's {@code usage}. Each count is null when the
 * response did not carry it (reasoning tokens come only from thinking models). Immutable.
 */
public final class TokenUsage {
  private final Integer promptTokens;
  private final Integer completionTokens;
  private final Integer cacheHitTokens;
  private final Integer cacheMissTokens;
  private final Integer reasoningTokens;

  public TokenUsage(Integer promptTokens, Integer completionTokens, Integer cacheHitTokens, Integer cacheMissTokens,
      Integer reasoningTokens) {
    this.promptTokens = promptTokens;
    this.completionTokens = completionTokens;
    this.cacheHitTokens = cacheHitTokens;
    this.cacheMissTokens = cacheMissTokens;
    this.reasoningTokens = reasoningTokens;
  }

  /** The counts of {@code usage}; null when {@code usage} is null. */
  public static TokenUsage of(Usage usage) {
    if (usage == null) {
      return null;
    }
    return new TokenUsage(usage.getPromptTokens(), usage.getCompletionTokens(), usage.getPromptCacheHitTokens(),
        usage.getPromptCacheMissTokens(),
        usage.getCompletionTokensDetails() == null ? null : usage.getCompletionTokensDetails().getReasoningTokens());
  }

  /**
   * The counts of a Responses API {@code usage}: {@code input_tokens} as the prompt tokens,
   * {@code output_tokens} as the completion tokens, {@code input_tokens_details.cached_tokens} as the cache
   * hits and {@code output_tokens_details.reasoning_tokens}; cache misses are null (that API does not report
   * them). Null when {@code usage} is null.
   */
  public static TokenUsage of(ResponseUsage usage) {
    if (usage == null) {
      return null;
    }
    return new TokenUsage(usage.getInputTokens(), usage.getOutputTokens(),
        usage.getInputTokensDetails() == null ? null : usage.getInputTokensDetails().getCachedTokens(), null,
        usage.getOutputTokensDetails() == null ? null : usage.getOutputTokensDetails().getReasoningTokens());
  }

  /** Input tokens, cache hits and misses together ({@code prompt_tokens}). */
  public Integer promptTokens() {
    return promptTokens;
  }

  /** Output tokens, reasoning included ({@code completion_tokens}). */
  public Integer completionTokens() {
    return completionTokens;
  }

  /** Input tokens served from the context cache ({@code prompt_cache_hit_tokens}). */
  public Integer cacheHitTokens() {
    return cacheHitTokens;
  }

  /** Input tokens not served from the cache ({@code prompt_cache_miss_tokens}). */
  public Integer cacheMissTokens() {
    return cacheMissTokens;
  }

  /** Output tokens of the chain of thought ({@code completion_tokens_details.reasoning_tokens}). */
  public Integer reasoningTokens() {
    return reasoningTokens;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TokenUsage)) {
      return false;
    }
    TokenUsage other = (TokenUsage) o;
    return java.util.Objects.equals(promptTokens, other.promptTokens)
        && java.util.Objects.equals(completionTokens, other.completionTokens)
        && java.util.Objects.equals(cacheHitTokens, other.cacheHitTokens)
        && java.util.Objects.equals(cacheMissTokens, other.cacheMissTokens)
        && java.util.Objects.equals(reasoningTokens, other.reasoningTokens);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(promptTokens, completionTokens, cacheHitTokens, cacheMissTokens, reasoningTokens);
  }

  @Override
  public String toString() {
    return "TokenUsage{prompt=" + promptTokens + ", completion=" + completionTokens + ", cacheHit=" + cacheHitTokens
        + ", cacheMiss=" + cacheMissTokens + ", reasoning=" + reasoningTokens + "}";
  }
}
