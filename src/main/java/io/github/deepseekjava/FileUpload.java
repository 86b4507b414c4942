package io.github.deepseekjava;

import io.github.deepseekjava.internal.UploadBody;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import okhttp3.MultipartBody;

/**
 * A file to upload ({@link FilesService#upload}, {@link ToolsService#ocr}, {@link ToolsService#asr}):
 * its content, streamed and never held in memory, and the file name sent with it. A {@link Path},
 * {@link File} or byte array is read again from the start when the upload is retried; an
 * {@link InputStream} is sent once, so an upload from one is not retried after it was read.
 *
 * <pre>{@code
 * FileUpload.of(Paths.get("q3-report.pdf")).onProgress((sent, total) -> System.out.println(sent + "/" + total))
 * }</pre>
 */
public final class FileUpload {
  /** Told after each step of an upload how many bytes were sent; starts again from 0 on a retry. */
  @FunctionalInterface
  public interface Progress {
    void onProgress(long bytesSent, long totalBytes);
  }

  private interface Body {
    UploadBody open(Progress progress) throws IOException;
  }

  private final Body body;
  private final String filename;
  private final Progress progress;

  private FileUpload(Body body, String filename, Progress progress) {
    this.body = body;
    this.filename = filename;
    this.progress = progress;
  }

  /** The file at {@code path}, named by its last segment. Its size is read when the upload starts. */
  public static FileUpload of(Path path) {
    Objects.requireNonNull(path, "path == null");
    Path name = path.getFileName();
    return new FileUpload(p -> UploadBody.of(path, p::onProgress), name == null ? "file" : name.toString(), null);
  }

  /** {@code file}, named by its name. */
  public static FileUpload of(File file) {
    return of(Objects.requireNonNull(file, "file == null").toPath());
  }

  /** {@code bytes} (not copied) named {@code filename}. */
  public static FileUpload of(byte[] bytes, String filename) {
    Objects.requireNonNull(bytes, "bytes == null");
    return new FileUpload(p -> UploadBody.of(bytes, p::onProgress), checkName(filename), null);
  }

  /**
   * The next {@code length} bytes of {@code in}, named {@code filename}. The stream is read once
   * (an upload from it is not retried after that) and is not closed.
   */
  public static FileUpload of(InputStream in, long length, String filename) {
    Objects.requireNonNull(in, "in == null");
    if (length < 0) {
      throw new IllegalArgumentException("length < 0: " + length);
    }
    String name = checkName(filename);
    return new FileUpload(p -> UploadBody.of(in, length, p::onProgress), name, null);
  }

  /** The same content under another file name. */
  public FileUpload withFilename(String filename) {
    return new FileUpload(body, checkName(filename), progress);
  }

  /** The same upload reporting its progress to {@code progress}. */
  public FileUpload onProgress(Progress progress) {
    return new FileUpload(body, filename, Objects.requireNonNull(progress, "progress == null"));
  }

  /** The file name sent with the content. */
  public String filename() {
    return filename;
  }

  /** The multipart part {@code name} holding this file. */
  MultipartBody.Part part(String name) {
    Progress report = progress != null ? progress : (sent, total) -> { };
    try {
      return body.open(report).part(name, filename);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the file to upload (" + filename + ")", e);
    }
  }

  private static String checkName(String filename) {
    Objects.requireNonNull(filename, "filename == null");
    if (filename.trim().isEmpty()) {
      throw new IllegalArgumentException("filename is blank");
    }
    return filename;
  }

  @Override
  public String toString() {
    return "FileUpload{" + filename + "}";
  }
}
