package io.github.deepseekjava.bench;

/** Cold start: JVM start to the first completed chat call with OpenAiBenchClient. Argument: the fake server's base URL. */
public final class ColdStartOpenAi {
  private ColdStartOpenAi() {
  }

  public static void main(String[] args) {
    ColdStart.run(new OpenAiBenchClient(args[0]));
  }
}
