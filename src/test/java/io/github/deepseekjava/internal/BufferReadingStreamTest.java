package io.github.deepseekjava.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class BufferReadingStreamTest {
  /** Spans several 8 KB Okio segments. */
  private static final int SIZE = 3 * 8192 + 1234;

  @Test
  void readsEveryByteAcrossSegmentsInOddSizedReadsAndLeavesTheBufferIntact() {
    byte[] body = new byte[SIZE];
    new Random(42).nextBytes(body);
    Buffer buffer = new Buffer().write(body);
    BufferReadingStream in = new BufferReadingStream(buffer);
    assertEquals(SIZE, in.available());
    assertEquals(0, in.read(new byte[1], 0, 0));

    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] chunk = new byte[1000];
    int single = in.read();
    read.write(single);
    int count;
    while ((count = in.read(chunk, 3, 997)) != -1) {
      read.write(chunk, 3, count);
    }

    assertArrayEquals(body, read.toByteArray());
    assertEquals(-1, in.read());
    assertEquals(0, in.available());
    assertEquals(SIZE, buffer.size());
    assertArrayEquals(body, buffer.readByteArray());
  }
}
