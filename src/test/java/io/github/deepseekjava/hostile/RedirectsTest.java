package io.github.deepseekjava.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.UnexpectedStatusException;
import java.security.cert.X509Certificate;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redirects are never followed, whatever the status, the target's origin or scheme, and whatever
 * the supplied OkHttpClient says: the 3xx becomes an {@link UnexpectedStatusException} carrying the
 * Location, exactly one request is sent, and the target receives nothing.
 */
class RedirectsTest {
  static Stream<Arguments> statusesAndCalls() {
    return Stream.of(301, 302, 303, 307, 308).flatMap(status -> Stream.of(Calls.values())
        .map(call -> arguments(status, call)));
  }

  @ParameterizedTest
  @MethodSource("statusesAndCalls")
  void aRedirectToAnotherOriginIsNotFollowed(int status, Calls call) throws Exception {
    try (HostileServer target = HostileServer.start(Replies.json(200, "{}"))) {
      String location = target.url() + "/chat/completions";
      try (HostileServer server = HostileServer.start(redirect(status, location))) {
        DeepSeekException e = call.failure(Calls.clientFor(server).build());

        assertRedirect(status, location, e);
        assertEquals(1, server.requests().size());
        assertEquals(0, target.connections());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void aSuppliedOkHttpClientsAuthenticatorDoesNotResendOn401(Calls call) throws Exception {
    // OkHttp asks the authenticator after a 401 and sends its request: one more request per attempt,
    // with whatever credentials it adds. The client's key is its only credential.
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    OkHttpClient authenticating = new OkHttpClient.Builder().authenticator((route, response) -> {
      asked.incrementAndGet();
      return response.request().newBuilder().header("Authorization", "Basic c2VjcmV0").build();
    }).build();
    try (HostileServer server = HostileServer.start(Replies.json(401, "WWW-Authenticate: Basic\r\n",
        "{\"error\":{\"message\":\"Authentication Fails\"}}"))) {
      DeepSeekException e = call.failure(Calls.clientFor(server).okHttpClient(authenticating).build());

      assertEquals(io.github.deepseekjava.errors.AuthenticationException.class, e.getClass());
      assertEquals(1, server.requests().size());
      assertEquals(0, asked.get());
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void aSuppliedOkHttpClientThatFollowsRedirectsDoesNotFollowThem(Calls call) throws Exception {
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
    try (HostileServer target = HostileServer.start(Replies.json(200, "{}"))) {
      String location = target.url() + "/chat/completions";
      try (HostileServer server = HostileServer.start(redirect(307, location))) {
        DeepSeekException e = call.failure(Calls.clientFor(server).okHttpClient(following).build());

        assertRedirect(307, location, e);
        assertEquals(1, server.requests().size());
        assertEquals(0, target.connections());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"PLAIN", "ASYNC_STREAM"})
  void anHttpsBaseUrlRedirectedToPlainHttpIsNotFollowed(Calls call) throws Exception {
    try (HostileServer target = HostileServer.start(Replies.json(200, "{}"))) {
      String location = target.url() + "/chat/completions";
      try (HostileServer https = HostileServer.startTls(redirect(308, location))) {
        DeepSeekException e = call.failure(Calls.clientFor(https).okHttpClient(TRUSTING_ANY_CERTIFICATE).build());

        assertRedirect(308, location, e);
        assertEquals(1, https.requests().size());
        assertEquals(0, target.connections());
      }
    }
  }

  private static HostileServer.Reply redirect(int status, String location) {
    return Replies.raw("HTTP/1.1 " + status + " " + Replies.reason(status) + "\r\nLocation: " + location
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  }

  private static void assertRedirect(int status, String location, DeepSeekException e) {
    assertEquals(UnexpectedStatusException.class, e.getClass(), String.valueOf(e));
    assertEquals("(empty body) (HTTP " + status + ") (redirect to " + location + " not followed)", e.getMessage());
    assertEquals(location, ((UnexpectedStatusException) e).getLocation());
    assertEquals(status, e.getStatusCode());
  }

  /** For the TLS fake's self-signed certificate. */
  private static final OkHttpClient TRUSTING_ANY_CERTIFICATE = trustingAnyCertificate();

  private static OkHttpClient trustingAnyCertificate() {
    X509TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext tls;
    try {
      tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {trustAll}, null);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return new OkHttpClient.Builder().sslSocketFactory(tls.getSocketFactory(), trustAll)
        .hostnameVerifier((host, session) -> true).build();
  }
}
