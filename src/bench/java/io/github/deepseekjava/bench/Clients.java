package io.github.deepseekjava.bench;

/** The clients compared, by JMH parameter name. Kept apart from {@link BenchClient} so a cold-start main loads one client only. */
public final class Clients {
  public static final String DEEPSEEK = "deepseek-java";
  public static final String OPENAI = "openai-java";
  public static final String RAW = "raw-okhttp";

  private Clients() {
  }

  public static BenchClient create(String name, String baseUrl) {
    switch (name) {
      case DEEPSEEK:
        return new DeepSeekBenchClient(baseUrl);
      case OPENAI:
        return new OpenAiBenchClient(baseUrl);
      case RAW:
        return new RawBenchClient(baseUrl);
      default:
        throw new IllegalArgumentException("unknown client " + name);
    }
  }
}
