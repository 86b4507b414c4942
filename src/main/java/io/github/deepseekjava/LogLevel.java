package io.github.deepseekjava;

/**
 * How much of each HTTP exchange the client logs, at INFO under the logger {@value #LOGGER_NAME}:
 * through SLF4J when it is on the class path with a backend bound (Logback, Log4j 2, ...), otherwise
 * through {@code java.util.logging}. The API key is never logged: {@code Authorization} is redacted
 * and the key is masked in bodies.
 */
public enum LogLevel {
  /** Nothing. The default. */
  NONE,
  /** Method, URL, status, duration and trace id. */
  BASIC,
  /** BASIC plus request and response headers. */
  HEADERS,
  /** HEADERS plus request bodies and non-streamed response bodies (up to 1 MiB). */
  BODY;

  /** The logger name, in SLF4J and in {@code java.util.logging}. */
  public static final String LOGGER_NAME = "io.github.deepseekjava.http";
}
