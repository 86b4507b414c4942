package io.github.deepseekjava.internal;

/** Waits between retries; replaced in tests so they do not sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = millis -> Thread.sleep(millis);

  void sleep(long millis) throws InterruptedException;
}
