package io.github.deepseekjava.internal;

import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.IncompleteDownloadException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.ResponseTooLargeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;

/**
 * Which failures are retried and how long to wait: exponential backoff from {@value #INITIAL_BACKOFF_MILLIS} ms
 * doubling up to {@value #MAX_BACKOFF_MILLIS} ms with up to 25% jitter, or the server's
 * {@code Retry-After-Ms} / {@code Retry-After} capped at {@value #MAX_RETRY_AFTER_MILLIS} ms.
 */
final class RetryPolicy {
  static final long INITIAL_BACKOFF_MILLIS = 500;
  static final long MAX_BACKOFF_MILLIS = 8_000;
  static final long MAX_RETRY_AFTER_MILLIS = 60_000;

  private RetryPolicy() {
  }

  /**
   * True for connection failures and timeouts, 408, 429, 500, 502, 503, 504, and a 2xx whose body
   * was empty (DeepSeek drops a queued request that way). Never for 400, 401, 402, 404, 413 or 422,
   * nor for a response over a size limit, nor for a download that already delivered bytes.
   */
  public static boolean isRetryable(DeepSeekException e) {
    if (e instanceof IncompleteDownloadException) {
      return false;
    }
    if (e instanceof MalformedResponseException) {
      return ((MalformedResponseException) e).isEmptyBody();
    }
    if (e instanceof ResponseTooLargeException) {
      return false;
    }
    if (e instanceof DeepSeekIoException) {
      return true;
    }
    switch (e.getStatusCode()) {
      case 408:
      case 429:
      case 500:
      case 502:
      case 503:
      case 504:
        return true;
      default:
        return false;
    }
  }

  /** The wait before retry number {@code retry} (1-based), honouring the response's retry headers. */
  public static long delayMillis(int retry, Headers headers) {
    Long serverDelay = headers == null ? null : retryAfterMillis(headers);
    if (serverDelay != null) {
      return Math.min(Math.max(serverDelay, 0), MAX_RETRY_AFTER_MILLIS);
    }
    long backoff = Math.min(MAX_BACKOFF_MILLIS, INITIAL_BACKOFF_MILLIS << Math.min(retry - 1, 20));
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return (long) (backoff * jitter);
  }

  static Long retryAfterMillis(Headers headers) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      try {
        return (long) Double.parseDouble(millis.trim());
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String retryAfter = headers.get("retry-after");
    if (retryAfter == null) {
      return null;
    }
    try {
      return (long) (Double.parseDouble(retryAfter.trim()) * 1000);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return at.toInstant().toEpochMilli() - System.currentTimeMillis();
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
