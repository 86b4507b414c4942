package io.github.deepseekjava.bench;

/** Cold start: JVM start to the first completed chat call with DeepSeekBenchClient. Argument: the fake server's base URL. */
public final class ColdStartDeepSeek {
  private ColdStartDeepSeek() {
  }

  public static void main(String[] args) {
    ColdStart.run(new DeepSeekBenchClient(args[0]));
  }
}
