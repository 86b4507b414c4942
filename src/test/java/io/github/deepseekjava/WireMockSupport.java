package io.github.deepseekjava;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock on a random port bound to 127.0.0.1, and a client pointed at it. */
final class WireMockSupport {
  static final String API_KEY = "sk-test-0123456789abcdef";
  static final String TRACE_ID = "4f6d1e2a9b8c7d6e5f4a3b2c1d0e9f8a";

  private WireMockSupport() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /** A client for {@code server} that retries without sleeping. */
  static DeepSeekClient.Builder clientFor(WireMockExtension server) {
    return DeepSeekClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).sleeper(millis -> { });
  }
}
