package io.github.deepseekjava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures the client's log lines ({@link LogLevel#LOGGER_NAME}, java.util.logging) during each test,
 * and keeps them off the build's stderr. Use as {@code @RegisterExtension final LogCapture logs = new LogCapture();}.
 */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {
  private final Logger logger = Logger.getLogger(LogLevel.LOGGER_NAME);
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  /** The messages logged so far in this test, in order. */
  public List<String> lines() {
    synchronized (lines) {
      return new ArrayList<>(lines);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    lines.clear();
    logger.addHandler(this);
    logger.setLevel(Level.INFO);
    logger.setUseParentHandlers(false);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.removeHandler(this);
    logger.setUseParentHandlers(true);
    logger.setLevel(null);
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }
}
