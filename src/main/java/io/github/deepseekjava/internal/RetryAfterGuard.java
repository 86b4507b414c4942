package io.github.deepseekjava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that keeps OkHttp from acting on a 503's {@code Retry-After}: OkHttp (4.12)
 * repeats a 503 whose {@code Retry-After} is {@code 0} once by itself, beside the client's own retries
 * (even with {@code retryOnConnectionFailure} off), and parses an all-digit value with
 * {@code Integer.valueOf}, so a value beyond an int throws an unguarded {@code NumberFormatException}.
 * An all-digit value gets {@code ".0"} appended: OkHttp then ignores it, and {@link RetryPolicy}, which
 * reads decimal seconds, reads the same number.
 */
final class RetryAfterGuard implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null || !allDigits(retryAfter)) {
      return response;
    }
    return response.newBuilder().header("Retry-After", retryAfter + ".0").build();
  }

  private static boolean allDigits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
