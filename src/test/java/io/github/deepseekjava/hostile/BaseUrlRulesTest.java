package io.github.deepseekjava.hostile;

import static io.github.deepseekjava.hostile.Calls.API_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.deepseekjava.DeepSeekClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the key may go: plain http only to loopback by address (or the exact name localhost), never
 * a base URL with user info, and no raw() path that leaves the base path. RawRequestsTest covers
 * the basic raw() escapes; these are the spellings it does not.
 */
class BaseUrlRulesTest {
  @ParameterizedTest
  @CsvSource({
      "http://127.evil.com, http://127.evil.com/",
      "http://127.0.0.1.nip.io, http://127.0.0.1.nip.io/",
      "http://localhost.evil.com, http://localhost.evil.com/",
      "http://localhost.localdomain, http://localhost.localdomain/",
      "http://127.1, http://127.1/",
      "http://2130706433, http://2130706433/",
      "http://0.0.0.0, http://0.0.0.0/",
      "http://[::2], http://[::2]/",
      "http://1.2.3.127, http://1.2.3.127/",
      "http://127.0.0.1., http://127.0.0.1./",
      "http://evil.example/127.0.0.1, http://evil.example/127.0.0.1/"})
  void plainHttpToANameOrNonLoopbackAddressIsRefused(String baseUrl, String shown) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DeepSeekClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build());

    assertEquals("baseUrl " + shown + " is plain http on a non-loopback host; the API key would travel"
        + " unencrypted (use https, or allowInsecureHttp(true))", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "http://127.0.0.2, http://127.0.0.2/",
      "http://127.255.255.254:8080, http://127.255.255.254:8080/",
      "http://[::1], http://[::1]/",
      "http://[0:0:0:0:0:0:0:1]:9000, http://[::1]:9000/",
      "http://[::ffff:127.0.0.1], http://127.0.0.1/",
      "http://[::ffff:7f00:5], http://127.0.0.5/",
      "http://localhost, http://localhost/",
      "http://LOCALHOST:8080/v1, http://localhost:8080/v1/",
      "http://localhost., http://localhost./"})
  void plainHttpToLoopbackIsAccepted(String baseUrl, String expected) {
    assertEquals(expected, DeepSeekClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build().baseUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:s3cret-pass@api.deepseek.com", "https://:s3cret-pass@api.deepseek.com",
      "https://s3cret-pass@api.deepseek.com/v1", "http://127.0.0.1:s3cret-pass@evil.example",
      "http://127.0.0.1@s3cret-pass.evil.example"})
  void userInfoInTheBaseUrlIsRefusedWithoutEchoingIt(String baseUrl) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepSeekClient.builder().baseUrl(baseUrl));

    assertEquals("baseUrl must not contain user info (user:password@host): it would never be sent and could leak"
        + " into messages and logs; DeepSeek authenticates with the API key", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"htps://user:s3cret-pass@api.deepseek.com", "user:s3cret-pass@api.deepseek.com"})
  void anUnparsableBaseUrlWithUserInfoIsNotEchoed(String baseUrl) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepSeekClient.builder().baseUrl(baseUrl));

    assertEquals("baseUrl is not an http or https URL", e.getMessage());
    assertFalse(e.getMessage().contains("s3cret-pass"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..\\admin", "files\\..\\..\\admin", "\\\\evil.example/steal", "/\\evil.example/steal",
      "///evil.example/steal", "http:evil.example/steal", "HTTPS://evil.example/steal", "\t../admin",
      " ../admin", "files/./../../admin", ".%2E/admin", "%2e./admin", "..", "./..",
      "files/%2e%2e", "mailto:x@evil.example"})
  void rawPathsThatLeaveTheBasePathAreRefusedBeforeAnyCall(String path) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.json(200, "{}"))) {
      DeepSeekClient client = Calls.clientFor(server).baseUrl(server.url() + "/proxy/deepseek").build();

      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.raw().get(path));

      assertEquals("path must stay under the base URL " + server.url() + "/proxy/deepseek/: " + path,
          e.getMessage());
      assertEquals(0, server.connections());
    }
  }

  /**
   * {@code %2F} is data in a URL, but a proxy in front of DeepSeek may decode it before resolving
   * dot segments (nginx does), so this path reaches {@code /proxy/admin} there.
   */
  @Test
  void anEncodedSlashBetweenDotDotSegmentsIsRefused() throws Exception {
    rawPathsThatLeaveTheBasePathAreRefusedBeforeAnyCall("files/..%2F..%2Fadmin");
  }
}
