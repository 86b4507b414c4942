package io.github.deepseekjava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <key>} and the library's {@code User-Agent} to every request. */
public final class AuthInterceptor implements Interceptor {
  private final String authorization;
  private final String userAgent;

  public AuthInterceptor(String apiKey, String userAgent) {
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{Authorization=Bearer " + Redactor.MASK + "}";
  }
}
