package io.github.deepseekjava.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random text for the accumulator property tests: JSON-significant characters, accents, CJK and an emoji. */
final class RandomText {
  private static final int[] CODE_POINTS =
      "abcdefghijklmnopqrstuvwxyz {}\":,[]\\\n\u00e9\u4f60\ud83d\ude0a".codePoints().toArray();

  private RandomText() {
  }

  /** Up to {@code maxCodePoints} random code points. */
  static String of(Random random, int maxCodePoints) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxCodePoints + 1); i > 0; i--) {
      text.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
    }
    return text.toString();
  }

  /** {@code text} cut at random code-point boundaries into non-empty pieces. */
  static List<String> pieces(String text, Random random) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.offsetByCodePoints(start, Math.min(1 + random.nextInt(8), text.codePointCount(start, text.length())));
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }
}
