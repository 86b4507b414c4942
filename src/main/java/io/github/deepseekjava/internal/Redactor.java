package io.github.deepseekjava.internal;

/** Removes the API key from text that may reach logs or exception messages. */
public final class Redactor {
  static final String MASK = "sk-***";

  private final String secret;

  public Redactor(String secret) {
    this.secret = secret;
  }

  /** {@code text} with every occurrence of the key replaced by {@value #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || secret == null || secret.isEmpty() || !text.contains(secret)) {
      return text;
    }
    return text.replace(secret, MASK);
  }
}
