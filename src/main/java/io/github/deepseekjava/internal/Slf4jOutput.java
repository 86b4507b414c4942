package io.github.deepseekjava.internal;

import io.github.deepseekjava.LogLevel;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/** SLF4J (1.7 or 2.x), an optional dependency: this class is loaded only when SLF4J is present. */
final class Slf4jOutput implements LogOutput {
  private final Logger logger;

  Slf4jOutput(Logger logger) {
    this.logger = logger;
  }

  /** SLF4J's logger, or java.util.logging when SLF4J has no backend and would drop every line. */
  static LogOutput ifBound() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof NOPLoggerFactory) {
      return new JulOutput();
    }
    return new Slf4jOutput(factory.getLogger(LogLevel.LOGGER_NAME));
  }

  @Override
  public boolean enabled() {
    return logger.isInfoEnabled();
  }

  @Override
  public void info(String message) {
    logger.info(message);
  }
}
