package io.github.deepseekjava.internal;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads the {@code data} of server-sent events, following the WHATWG rules that matter here: lines
 * end with {@code \n}, {@code \r\n} or {@code \r}; lines starting with {@code :} are comments
 * (DeepSeek's {@code : keep-alive}); a blank line ends an event; several {@code data} lines of one
 * event are joined with {@code \n}; the {@code event} field is kept ({@link #eventName()}), other fields
 * ({@code id}, {@code retry}) are ignored.
 * An event (or a line) longer than {@code maxEventBytes} fails with {@link EventTooLargeException}
 * without being read whole, so a server cannot make the client buffer an endless line.
 */
final class SseReader {
  private static final ByteString LINE_BREAKS = ByteString.encodeUtf8("\r\n");

  private final BufferedSource source;
  private final long maxEventBytes;
  private boolean afterCarriageReturn;
  private long eventBytes;
  private String eventName;

  SseReader(BufferedSource source, long maxEventBytes) {
    this.source = source;
    this.maxEventBytes = maxEventBytes;
  }

  /** The data of the next event, or null at the end of the stream. Events without data are skipped. */
  String nextData() throws IOException {
    String data = null;
    StringBuilder lines = null;
    String line;
    eventBytes = 0;
    eventName = null;
    while ((line = readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null) {
          return lines == null ? data : lines.toString();
        }
        eventBytes = 0;
        eventName = null;
        continue;
      }
      if (line.charAt(0) == ':') {
        continue;
      }
      int colon = line.indexOf(':');
      boolean isData = colon < 0 ? line.equals("data") : colon == 4 && line.startsWith("data");
      if (!isData) {
        if (colon == 5 && line.startsWith("event")) {
          int nameStart = line.length() > 6 && line.charAt(6) == ' ' ? 7 : 6;
          eventName = line.substring(nameStart);
        }
        continue;
      }
      int start = colon < 0 ? line.length() : colon + 1;
      if (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
      String value = line.substring(start);
      if (data == null) {
        data = value;
      } else {
        // Rare: an event with several data lines, joined with newlines.
        if (lines == null) {
          lines = new StringBuilder(data);
        }
        lines.append('\n').append(value);
      }
    }
    // The stream ended; an event missing its final blank line is still delivered.
    return lines == null ? data : lines.toString();
  }

  /** The {@code event} field of the event {@link #nextData()} returned last, or null when it had none. */
  public String eventName() {
    return eventName;
  }

  private String readLine() throws IOException {
    if (afterCarriageReturn) {
      // The \n of a \r\n pair is looked for only now, when the next line is wanted anyway: looking
      // right after the \r would hold a lone-\r event until the server sends another byte.
      afterCarriageReturn = false;
      if (source.request(1) && source.getBuffer().getByte(0) == '\n') {
        source.skip(1);
      }
    }
    long end = indexOfLineBreak();
    if (end == -1) {
      return source.exhausted() ? null : source.readUtf8();
    }
    eventBytes += end + 1;
    String line = source.readUtf8(end);
    afterCarriageReturn = source.readByte() == '\r';
    return line;
  }

  /** Like {@code source.indexOfElement(LINE_BREAKS)}, but reads no further than the event limit allows. */
  private long indexOfLineBreak() throws IOException {
    Buffer buffer = source.getBuffer();
    long scanned = 0;
    while (true) {
      long index = buffer.indexOfElement(LINE_BREAKS, scanned);
      if (index != -1) {
        if (eventBytes + index > maxEventBytes) {
          throw new EventTooLargeException(buffer.readUtf8(Math.min(buffer.size(), 1024)));
        }
        return index;
      }
      scanned = buffer.size();
      if (eventBytes + scanned > maxEventBytes) {
        throw new EventTooLargeException(buffer.readUtf8(Math.min(buffer.size(), 1024)));
      }
      if (!source.request(scanned + 1)) {
        return -1;
      }
    }
  }

  /** An event exceeded the limit; carries the first bytes of it for the error message. */
  static final class EventTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    final String prefix;

    EventTooLargeException(String prefix) {
      super("server-sent event larger than the limit");
      this.prefix = prefix;
    }
  }
}
