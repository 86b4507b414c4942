package io.github.deepseekjava.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * The body of an uploaded file: streamed from its source in 64 KiB steps, never held in memory.
 * A file or byte array is read again from the start by every attempt, so a retried upload resends
 * it whole; an {@link InputStream} can be sent once, and {@link Pipeline} does not retry a request
 * whose stream was already read.
 */
public final class UploadBody extends RequestBody {
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private static final long STEP = 64 * 1024;

  /** Opens the content from its start. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /** Told how many bytes of an upload were sent, after each step; starts again from 0 on a retry. */
  public interface Progress {
    void onProgress(long bytesSent, long totalBytes);
  }

  private final Opener opener;
  private final long length;
  private final boolean oneShot;
  private final Progress progress;
  private volatile boolean opened;

  private UploadBody(Opener opener, long length, boolean oneShot, Progress progress) {
    this.opener = opener;
    this.length = length;
    this.oneShot = oneShot;
    this.progress = progress;
  }

  /** The file at {@code path}, re-read by every attempt. */
  public static UploadBody of(Path path, Progress progress) throws IOException {
    return new UploadBody(() -> Files.newInputStream(path), Files.size(path), false, progress);
  }

  /** {@code bytes} (not copied). */
  public static UploadBody of(byte[] bytes, Progress progress) {
    return new UploadBody(() -> new ByteArrayInputStream(bytes), bytes.length, false, progress);
  }

  /** {@code length} bytes of {@code in}, which can be sent only once; the stream is not closed. */
  public static UploadBody of(InputStream in, long length, Progress progress) {
    if (length < 0) {
      throw new IllegalArgumentException("length < 0: " + length);
    }
    Objects.requireNonNull(in, "in == null");
    return new UploadBody(() -> new NotClosing(in), length, true, progress);
  }

  /** This body as the multipart part {@code name} with {@code filename}. */
  public MultipartBody.Part part(String name, String filename) {
    return MultipartBody.Part.createFormData(name, filename, this);
  }

  @Override
  public MediaType contentType() {
    return OCTET_STREAM;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    if (oneShot && opened) {
      throw new IOException("the upload's InputStream was already sent and cannot be read again");
    }
    opened = true;
    long sent = 0;
    try (Source source = Okio.source(opener.open())) {
      while (sent < length) {
        long read = source.read(sink.getBuffer(), Math.min(STEP, length - sent));
        if (read == -1) {
          throw new IOException("the upload ended after " + sent + " of its " + length + " bytes");
        }
        sink.emitCompleteSegments();
        sent += read;
        if (progress != null) {
          progress.onProgress(sent, length);
        }
      }
    }
  }

  /** False when {@code request} holds a one-shot upload that an attempt already read. */
  static boolean canResend(Request request) {
    RequestBody body = request.body();
    if (body instanceof MultipartBody) {
      for (MultipartBody.Part part : ((MultipartBody) body).parts()) {
        if (!canResend(part.body())) {
          return false;
        }
      }
      return true;
    }
    return canResend(body);
  }

  private static boolean canResend(RequestBody body) {
    return !(body instanceof UploadBody) || !((UploadBody) body).oneShot || !((UploadBody) body).opened;
  }

  /** Keeps the caller's stream open when the body's source is closed. */
  private static final class NotClosing extends java.io.FilterInputStream {
    NotClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
    }
  }
}
