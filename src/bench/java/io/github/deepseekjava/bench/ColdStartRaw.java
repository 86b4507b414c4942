package io.github.deepseekjava.bench;

/** Cold start: JVM start to the first completed chat call with RawBenchClient. Argument: the fake server's base URL. */
public final class ColdStartRaw {
  private ColdStartRaw() {
  }

  public static void main(String[] args) {
    ColdStart.run(new RawBenchClient(args[0]));
  }
}
