package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder fails fast with exact messages and never exposes the key. */
class DeepSeekClientBuilderTest {
  private static final String KEY = "sk-abcdef0123456789";

  @Test
  void missingApiKeyFailsOnBuild() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DeepSeekClient.builder().build());
    assertEquals("apiKey is required (set it, or use fromEnv() with DEEPSEEK_API_KEY)", e.getMessage());
  }

  @Test
  void nullApiKeyFailsAtOnce() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DeepSeekClient.builder().apiKey(null));
    assertEquals("apiKey == null", e.getMessage());
  }

  @Test
  void apiKeyWithLineBreakIsRejectedWithoutEchoingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepSeekClient.builder().apiKey("sk-abc\r\nX-Injected: 1"));
    assertEquals("apiKey contains a character that is not allowed in an HTTP header (at index 6)", e.getMessage());
  }

  @Test
  void blankApiKeyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeepSeekClient.builder().apiKey("  "));
    assertEquals("apiKey is blank", e.getMessage());
  }

  @Test
  void invalidBaseUrlIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepSeekClient.builder().baseUrl("ftp://api.deepseek.com"));
    assertEquals("baseUrl is not an http or https URL: ftp://api.deepseek.com", e.getMessage());
  }

  @Test
  void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DeepSeekClient.builder().apiKey(KEY).baseUrl("http://deepseek.example.com").build());
    assertEquals("baseUrl http://deepseek.example.com/ is plain http on a non-loopback host; the API key would"
        + " travel unencrypted (use https, or allowInsecureHttp(true))", e.getMessage());

    DeepSeekClient allowed = DeepSeekClient.builder().apiKey(KEY).baseUrl("http://deepseek.example.com")
        .allowInsecureHttp(true).build();
    assertEquals("http://deepseek.example.com/", allowed.baseUrl());
  }

  @Test
  void plainHttpToLoopbackIsAllowed() {
    assertEquals("http://127.0.0.1:8080/", DeepSeekClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:8080").build().baseUrl());
  }

  @Test
  void negativeTimeoutIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepSeekClient.builder().readTimeout(Duration.ofSeconds(-1)));
    assertEquals("readTimeout < 0: PT-1S", e.getMessage());
  }

  @Test
  void aConcurrencyLimitBelowOneIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepSeekClient.builder().maxConcurrentRequests(0));
    assertEquals("maxConcurrentRequests < 1: 0", e.getMessage());
  }

  @Test
  void defaultsAreDeepSeeksBaseUrl() {
    assertEquals("https://api.deepseek.com/", DeepSeekClient.builder().apiKey(KEY).build().baseUrl());
  }

  @Test
  void fromEnvReadsKeyAndBaseUrl() {
    Map<String, String> env = new HashMap<>();
    env.put("DEEPSEEK_API_KEY", KEY);
    env.put("DEEPSEEK_BASE_URL", "https://proxy.example/deepseek");

    DeepSeekClient client = DeepSeekClient.builder().fromEnv(env).build();

    assertEquals("https://proxy.example/deepseek/", client.baseUrl());
  }

  @Test
  void fromEnvWithoutKeyFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DeepSeekClient.builder().fromEnv(new HashMap<>()));
    assertEquals("DEEPSEEK_API_KEY is not set", e.getMessage());
  }

  @Test
  void toStringNeverShowsTheKey() {
    DeepSeekClient.Builder builder = DeepSeekClient.builder().apiKey(KEY);
    DeepSeekClient client = builder.build();

    assertEquals("DeepSeekClient{baseUrl=https://api.deepseek.com/}", client.toString());
    assertFalse(builder.toString().contains(KEY));
    assertFalse(client.newBuilder().toString().contains(KEY));
  }
}
