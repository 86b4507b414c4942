package io.github.deepseekjava.chat;

import io.github.deepseekjava.model.LatestReminderMessage;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code latest_reminder} message (2026-11): user metadata placed directly before the user
 * message it belongs to, with content {@code <date>,<weekday>,<location>,<platform>,<language>},
 * e.g. {@code 2026-11-23,lundi,Lyon,Web,Français}. Supported by Chat Completions (not by the
 * Responses API).
 *
 * <pre>{@code
 * chat.add(LatestReminder.message(LocalDate.now(), Locale.FRENCH, "Lyon", LatestReminder.WEB))
 *     .add(Messages.user("Quel temps fera-t-il demain ?"));
 * }</pre>
 */
public final class LatestReminder {
  /** The platform value for a mobile app. */
  public static final String APP = "App";
  /** The platform value for a web page. */
  public static final String WEB = "Web";

  private LatestReminder() {
  }

  /** A {@code latest_reminder} message with {@link #content}. */
  public static LatestReminderMessage message(LocalDate date, Locale language, String location, String platform) {
    return new LatestReminderMessage().content(content(date, language, location, platform));
  }

  /**
   * Formats the content: the date as {@code YYYY-MM-DD}, its weekday and the language's name, both
   * written in {@code language} (e.g. {@code Monday}/{@code English}, {@code 星期一}/{@code 中文}).
   *
   * @param location the user's location; null or empty when unknown, may contain commas
   * @param platform {@link #APP} or {@link #WEB}
   */
  public static String content(LocalDate date, Locale language, String location, String platform) {
    Objects.requireNonNull(date, "date == null");
    Objects.requireNonNull(language, "language == null");
    Objects.requireNonNull(platform, "platform == null");
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, language);
    return date + "," + weekday + "," + (location == null ? "" : location) + "," + platform + ","
        + capitalized(language.getDisplayLanguage(language), language);
  }

  private static String capitalized(String name, Locale language) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }
}
