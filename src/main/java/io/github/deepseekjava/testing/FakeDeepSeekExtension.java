package io.github.deepseekjava.testing;

import io.github.deepseekjava.DeepSeekClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link FakeDeepSeekServer} for a test class: started on first use,
 * reset after each test, stopped after the class. Needs {@code junit-jupiter-api} on the test classpath.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();
 *
 * @Test
 * void answers() {
 *   deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.chatCompletion("Hi!"));
 *   assertEquals("Hi!", deepseek.client().chat().create("deepseek-v4-flash", "Hello")
 *       .getChoices().get(0).getMessage().getContent());
 * }
 * }</pre>
 *
 * With {@code @ExtendWith(FakeDeepSeekExtension.class)}, test methods can take a {@link FakeDeepSeekServer}
 * or a {@link DeepSeekClient} parameter instead.
 */
public final class FakeDeepSeekExtension implements AfterEachCallback, AfterAllCallback, ParameterResolver {
  private FakeDeepSeekServer server;

  /** The running server, started on first call. */
  public synchronized FakeDeepSeekServer server() {
    if (server == null) {
      server = FakeDeepSeekServer.start();
    }
    return server;
  }

  /** A client for the server that does not retry, so scripted failures surface at once. */
  public DeepSeekClient client() {
    return server().clientBuilder().maxRetries(0).build();
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (server != null) {
      server.reset();
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeDeepSeekServer.class || type == DeepSeekClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeDeepSeekServer.class ? server() : client();
  }
}
