package io.github.deepseekjava;

/**
 * How much of each HTTP exchange the client logs, through {@code java.util.logging} under the logger
 * {@value #LOGGER_NAME} at level INFO (bridge it to SLF4J or Log4j as usual). The API key is never
 * logged: {@code Authorization} is redacted and the key is masked in bodies.
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

  /** The {@code java.util.logging} logger name. */
  public static final String LOGGER_NAME = "io.github.deepseekjava.http";
}
