package io.github.deepseekjava.internal;

import io.github.deepseekjava.LogLevel;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where {@link HttpLogger} writes: SLF4J when it is on the class path with a logging backend bound,
 * {@code java.util.logging} otherwise; either way the logger {@value LogLevel#LOGGER_NAME} at INFO.
 */
interface LogOutput {
  boolean enabled();

  void info(String message);

  /** SLF4J if a backend is bound (its no-op binding does not count), else java.util.logging. */
  static LogOutput detect() {
    try {
      Class.forName("org.slf4j.LoggerFactory", false, LogOutput.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return new JulOutput();
    }
    return Slf4jOutput.ifBound();
  }

  /** java.util.logging. */
  final class JulOutput implements LogOutput {
    private final Logger logger = Logger.getLogger(LogLevel.LOGGER_NAME);

    @Override
    public boolean enabled() {
      return logger.isLoggable(Level.INFO);
    }

    @Override
    public void info(String message) {
      logger.info(message);
    }
  }
}
