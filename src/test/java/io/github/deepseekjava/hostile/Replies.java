package io.github.deepseekjava.hostile;

import io.github.deepseekjava.hostile.HostileServer.Reply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Scripted replies for {@link HostileServer}; every one ends with {@code Connection: close}. */
final class Replies {
  static final long MB_200 = 200L << 20;

  private Replies() {
  }

  /** Exactly {@code bytes}, then the connection closes. */
  static Reply raw(String bytes) {
    return c -> c.write(bytes);
  }

  /** {@code status} with a JSON body and its Content-Length. */
  static Reply json(int status, String body) {
    return json(status, "", body);
  }

  /** {@code status} with extra header lines ({@code "Name: value\r\n"} each) and a JSON body. */
  static Reply json(int status, String extraHeaders, String body) {
    int length = body.getBytes(StandardCharsets.UTF_8).length;
    return raw("HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n" + body);
  }

  /** A 200 event stream with {@code events}, ended by closing the connection. */
  static Reply sse(String events) {
    return raw(sseHead() + events);
  }

  static String sseHead() {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
  }

  /** A 200 event stream that sends {@code events}, then holds the connection open without a byte more. */
  static Reply sseThenHold(String events) {
    return c -> {
      c.write(sseHead() + events);
      c.holdUntilClientCloses();
    };
  }

  /**
   * {@code head} and {@code prefix}, then {@code fill} bytes up to {@code total} body bytes (200 MB,
   * say) or until the client stops reading; the body is generated as it is sent, never held.
   */
  static Reply huge(String head, String prefix, byte fill, long total) {
    return c -> {
      c.write(head + prefix);
      c.writeRepeated(fill, total - prefix.length());
    };
  }

  /** The status line and headers of a response with {@code contentType}, Content-Length {@code length} (or none when negative). */
  static String head(int status, String contentType, long length) {
    return "HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + contentType + "\r\n"
        + (length >= 0 ? "Content-Length: " + length + "\r\n" : "") + "Connection: close\r\n\r\n";
  }

  /** {@code status} with {@code Content-Encoding: gzip} and {@code gzipped} as body. */
  static Reply gzip(int status, String contentType, byte[] gzipped) {
    return c -> {
      c.write("HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + contentType
          + "\r\nContent-Encoding: gzip\r\nContent-Length: " + gzipped.length + "\r\nConnection: close\r\n\r\n");
      c.out.write(gzipped);
      c.out.flush();
    };
  }

  /**
   * A gzip member that unpacks to {@code prefix} followed by zero bytes, {@code mib} MiB of them,
   * built without compressing them all: with a sync flush after each MiB, deflate emits the same
   * bytes for every MiB of zeros once its window is all zeros, so those bytes are repeated. 1024 MiB
   * take about 1 MB and 50 ms.
   */
  static byte[] gzipBomb(String prefix, int mib) {
    byte[] zeros = new byte[1 << 20];
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, 0, 10);
    deflate(deflater, head, Deflater.NO_FLUSH, out);
    byte[] previous = deflate(deflater, zeros, Deflater.SYNC_FLUSH, out);
    int written = 1;
    byte[] block;
    while (written < mib) {
      block = deflate(deflater, zeros, Deflater.SYNC_FLUSH, out);
      written++;
      if (java.util.Arrays.equals(block, previous)) {
        break;
      }
      previous = block;
    }
    for (; written < mib; written++) {
      out.write(previous, 0, previous.length);
    }
    deflater.finish();
    deflate(deflater, new byte[0], Deflater.NO_FLUSH, out);
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(head);
    for (int i = 0; i < mib; i++) {
      crc.update(zeros);
    }
    long size = head.length + ((long) mib << 20);
    writeIntLe(out, (int) crc.getValue());
    writeIntLe(out, (int) size);
    return out.toByteArray();
  }

  private static byte[] deflate(Deflater deflater, byte[] input, int flush, ByteArrayOutputStream out) {
    deflater.setInput(input);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int count;
    do {
      count = deflater.deflate(buffer, 0, buffer.length, flush);
      block.write(buffer, 0, count);
    } while (count > 0 || !deflater.needsInput() && !deflater.finished());
    byte[] bytes = block.toByteArray();
    out.write(bytes, 0, bytes.length);
    return bytes;
  }

  private static void writeIntLe(ByteArrayOutputStream out, int value) {
    for (int i = 0; i < 4; i++) {
      out.write(value >>> (8 * i));
    }
  }

  static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 301: return "Moved Permanently";
      case 302: return "Found";
      case 303: return "See Other";
      case 307: return "Temporary Redirect";
      case 308: return "Permanent Redirect";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 503: return "Service Unavailable";
      default: return "Status";
    }
  }
}
