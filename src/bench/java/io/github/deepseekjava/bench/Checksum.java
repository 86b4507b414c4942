package io.github.deepseekjava.bench;

/**
 * What every client must have parsed identically: content length plus usage totals (and, for streams,
 * the chunk count; for FIM, the number of logprob tokens). Fixed arity, so computing it allocates nothing.
 */
public final class Checksum {
  private static final long P = 1_000_003L;

  private Checksum() {
  }

  public static long chat(long contentLength, long promptTokens, long completionTokens, long totalTokens) {
    return (((17 * P + contentLength) * P + promptTokens) * P + completionTokens) * P + totalTokens;
  }

  public static long stream(long chunks, long contentLength, long promptTokens, long completionTokens,
      long totalTokens) {
    return chat(contentLength, promptTokens, completionTokens, totalTokens) * P + chunks;
  }

  public static long fim(long textLength, long logprobTokens, long promptTokens, long completionTokens,
      long totalTokens) {
    return chat(textLength, promptTokens, completionTokens, totalTokens) * P + logprobTokens;
  }

  /** Running totals of one stream. */
  public static final class StreamTally {
    public long chunks;
    public long contentLength;
    public long promptTokens;
    public long completionTokens;
    public long totalTokens;

    public void usage(long prompt, long completion, long total) {
      promptTokens = prompt;
      completionTokens = completion;
      totalTokens = total;
    }

    public long checksum() {
      return stream(chunks, contentLength, promptTokens, completionTokens, totalTokens);
    }

    @Override
    public String toString() {
      return "chunks=" + chunks + " content=" + contentLength + " usage=" + promptTokens + "/" + completionTokens
          + "/" + totalTokens;
    }
  }
}
