package io.github.deepseekjava.internal;

import java.io.IOException;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads the {@code data} of server-sent events, following the WHATWG rules that matter here: lines
 * end with {@code \n}, {@code \r\n} or {@code \r}; lines starting with {@code :} are comments
 * (DeepSeek's {@code : keep-alive}); a blank line ends an event; several {@code data} lines of one
 * event are joined with {@code \n}; other fields ({@code event}, {@code id}, {@code retry}) are ignored.
 */
public final class SseReader {
  private static final ByteString LINE_BREAKS = ByteString.encodeUtf8("\r\n");

  private final BufferedSource source;

  public SseReader(BufferedSource source) {
    this.source = source;
  }

  /** The data of the next event, or null at the end of the stream. Events without data are skipped. */
  public String nextData() throws IOException {
    StringBuilder data = null;
    String line;
    while ((line = readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null) {
          return data.toString();
        }
        continue;
      }
      if (line.charAt(0) == ':') {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      if (!field.equals("data")) {
        continue;
      }
      int start = colon < 0 ? line.length() : colon + 1;
      if (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
      if (data == null) {
        data = new StringBuilder(line.length() - start);
      } else {
        data.append('\n');
      }
      data.append(line, start, line.length());
    }
    // The stream ended; an event missing its final blank line is still delivered.
    return data == null ? null : data.toString();
  }

  private String readLine() throws IOException {
    long end = source.indexOfElement(LINE_BREAKS);
    if (end == -1) {
      return source.exhausted() ? null : source.readUtf8();
    }
    String line = source.readUtf8(end);
    if (source.readByte() == '\r' && source.request(1) && source.getBuffer().getByte(0) == '\n') {
      source.skip(1);
    }
    return line;
  }
}
