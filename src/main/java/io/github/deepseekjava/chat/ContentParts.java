package io.github.deepseekjava.chat;

import io.github.deepseekjava.model.FileContentPart;
import io.github.deepseekjava.model.ImageUrl;
import io.github.deepseekjava.model.ImageUrlContentPart;
import io.github.deepseekjava.model.TextContentPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * Content parts of user and tool messages ({@link Messages#user(io.github.deepseekjava.model.ContentPart...)},
 * {@link Messages#toolResult(String, io.github.deepseekjava.model.ContentPart...)}): text, images
 * and uploaded files. DeepSeek accepts images only in user and tool messages; system and assistant
 * messages hold plain text, so the types already rule that out.
 *
 * <p>Limits DeepSeek applies (not checked here): an inline or URL image at most 32 MiB, an uploaded
 * one 64 MiB, 8192 px per side, 600 images and 48 MiB of request body per request.
 */
public final class ContentParts {
  private ContentParts() {
  }

  /** A text part. */
  public static TextContentPart text(String text) {
    return new TextContentPart().text(Objects.requireNonNull(text, "text == null"));
  }

  /** An image by URL: an {@code http(s)://} address or a {@code data:image/...;base64,} URL. */
  public static ImageUrlContentPart imageUrl(String url) {
    return new ImageUrlContentPart().imageUrl(new ImageUrl().url(Objects.requireNonNull(url, "url == null")));
  }

  /** An image by URL with a {@code detail} level: {@code low}, {@code high}, {@code original} or {@code auto}. */
  public static ImageUrlContentPart imageUrl(String url, String detail) {
    ImageUrlContentPart part = imageUrl(url);
    part.getImageUrl().detail(detail);
    return part;
  }

  /**
   * An image sent inline as a data URL; its MIME type is detected from the content.
   *
   * @throws IllegalArgumentException when the bytes are not a JPEG, PNG, GIF or WebP image (the
   *     formats DeepSeek reads); use {@link #image(byte[], String)} to name the type yourself
   */
  public static ImageUrlContentPart image(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes == null");
    String type = imageType(bytes);
    if (type == null) {
      throw new IllegalArgumentException("the bytes are not a JPEG, PNG, GIF or WebP image");
    }
    return image(bytes, type);
  }

  /** An image of MIME type {@code mimeType} sent inline as a data URL. */
  public static ImageUrlContentPart image(byte[] bytes, String mimeType) {
    Objects.requireNonNull(bytes, "bytes == null");
    Objects.requireNonNull(mimeType, "mimeType == null");
    return imageUrl("data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes));
  }

  /** The image file at {@code path} sent inline (read whole); see {@link #image(byte[])}. */
  public static ImageUrlContentPart image(Path path) {
    try {
      return image(Files.readAllBytes(Objects.requireNonNull(path, "path == null")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the image " + path, e);
    }
  }

  /** A file uploaded with {@code client.files().upload(...)}: an image or a parsed document. */
  public static FileContentPart file(String fileId) {
    Objects.requireNonNull(fileId, "fileId == null");
    if (fileId.trim().isEmpty()) {
      throw new IllegalArgumentException("fileId is blank");
    }
    return new FileContentPart().fileId(fileId);
  }

  /** {@code image/jpeg}, {@code image/png}, {@code image/gif}, {@code image/webp} by the magic bytes; else null. */
  static String imageType(byte[] b) {
    if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int offset, int... magic) {
    if (bytes.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[offset + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
