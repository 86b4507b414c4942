package io.github.deepseekjava;

import java.util.Objects;

/**
 * The settings of a text-to-speech WebSocket session ({@link ToolsService#speechSession}). Immutable;
 * every setting is nullable, and null (the default) leaves it out of the request so the server's
 * default applies. Values are not checked against a list: DeepSeek may add voices and formats.
 *
 * <pre>{@code
 * SpeechSessionOptions options = SpeechSessionOptions.builder()
 *     .voice(SpeechSessionOptions.VOICE_TIDE).format(SpeechSessionOptions.FORMAT_OPUS).build();
 * }</pre>
 */
public final class SpeechSessionOptions {
  /** {@value}: female voice, the server's default. */
  public static final String VOICE_STELLA = "stella";
  /** {@value}: male voice. */
  public static final String VOICE_TIDE = "tide";
  /** {@value}: 24 kHz, 16-bit signed, mono PCM; the socket's default format. */
  public static final String FORMAT_PCM = "pcm";
  /** {@value}: raw Opus packets without a container (how packets map to frames is not documented). */
  public static final String FORMAT_OPUS = "opus";

  private static final SpeechSessionOptions DEFAULTS = new Builder().build();

  private final String voice;
  private final String format;
  private final Boolean filterMarkdown;

  private SpeechSessionOptions(Builder builder) {
    this.voice = builder.voice;
    this.format = builder.format;
    this.filterMarkdown = builder.filterMarkdown;
  }

  /** All settings left to the server: voice {@value #VOICE_STELLA}, format {@value #FORMAT_PCM}, Markdown filtered. */
  public static SpeechSessionOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The {@code voice_id} query parameter, or null for the server's default ({@value #VOICE_STELLA}). */
  public String voice() {
    return voice;
  }

  /** The {@code format} query parameter, or null for the server's default ({@value #FORMAT_PCM}). */
  public String format() {
    return format;
  }

  /** The {@code filter_markdown} query parameter, or null for the server's default (true: Markdown is stripped). */
  public Boolean filterMarkdown() {
    return filterMarkdown;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SpeechSessionOptions)) {
      return false;
    }
    SpeechSessionOptions other = (SpeechSessionOptions) o;
    return Objects.equals(voice, other.voice) && Objects.equals(format, other.format)
        && Objects.equals(filterMarkdown, other.filterMarkdown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(voice, format, filterMarkdown);
  }

  @Override
  public String toString() {
    return "SpeechSessionOptions{voice=" + voice + ", format=" + format + ", filterMarkdown=" + filterMarkdown + "}";
  }

  /** Builds {@link SpeechSessionOptions}; setters fail fast on a blank value, null restores the server default. */
  public static final class Builder {
    private String voice;
    private String format;
    private Boolean filterMarkdown;

    Builder() {
    }

    /**
     * The voice, e.g. {@link #VOICE_STELLA} or {@link #VOICE_TIDE}; null for the server's default.
     *
     * @throws IllegalArgumentException when blank
     */
    public Builder voice(String voice) {
      this.voice = checkNotBlank(voice, "voice");
      return this;
    }

    /**
     * The audio format, {@link #FORMAT_PCM} or {@link #FORMAT_OPUS}; null for the server's default (PCM).
     *
     * @throws IllegalArgumentException when blank
     */
    public Builder format(String format) {
      this.format = checkNotBlank(format, "format");
      return this;
    }

    /** Whether the server strips Markdown before reading; null for its default (true). */
    public Builder filterMarkdown(Boolean filterMarkdown) {
      this.filterMarkdown = filterMarkdown;
      return this;
    }

    public SpeechSessionOptions build() {
      return new SpeechSessionOptions(this);
    }

    private static String checkNotBlank(String value, String name) {
      if (value != null && value.trim().isEmpty()) {
        throw new IllegalArgumentException(name + " is blank (use null for the server's default)");
      }
      return value;
    }
  }
}
