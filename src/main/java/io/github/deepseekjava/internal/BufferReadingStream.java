package io.github.deepseekjava.internal;

import java.io.InputStream;
import okio.Buffer;

/**
 * Reads a buffered body without consuming it or sharing its segments: the bytes stay in the buffer
 * for an error message, and the segments still go back to Okio's pool when the response closes
 * ({@code Buffer.clone()} or {@code peek()} would share them, costing a fresh 8 KB segment per call).
 */
final class BufferReadingStream extends InputStream {
  private final Buffer buffer;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
  private long position;

  BufferReadingStream(Buffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public int read() {
    return position < buffer.size() ? buffer.getByte(position++) & 0xff : -1;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position >= buffer.size()) {
      return -1;
    }
    buffer.readUnsafe(cursor);
    try {
      cursor.seek(position);
      int count = Math.min(length, cursor.end - cursor.start);
      System.arraycopy(cursor.data, cursor.start, into, offset, count);
      position += count;
      return count;
    } finally {
      cursor.close();
    }
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, buffer.size() - position);
  }
}
