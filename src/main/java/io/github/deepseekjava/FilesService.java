package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.FilesApi;
import io.github.deepseekjava.model.DeletedFile;
import io.github.deepseekjava.model.FileList;
import io.github.deepseekjava.model.FileObject;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Uploaded images and parsed documents, {@code client.files()}. An uploaded file is used in chat
 * through {@link io.github.deepseekjava.chat.ContentParts#file(String)}.
 *
 * <pre>{@code
 * FileObject report = client.files().upload(FileUpload.of(Paths.get("q3.pdf")), FilesService.TEXT_RECOGNITION);
 * for (FileObject file : client.files().listAll(new FilesService.ListParams().purpose(FilesService.USER_DATA))) { ... }
 * }</pre>
 *
 * <p>A document upload answers only after DeepSeek parsed it (up to 120 s without a byte; the
 * default 10-minute read timeout allows that). If the client gives up meanwhile, parsing goes on and
 * a successfully parsed file is stored and billed.
 */
public final class FilesService {
  /** Purpose of images for vision chat. */
  public static final String USER_DATA = "user_data";
  /** Purpose of documents whose text the model reads. */
  public static final String TEXT_RECOGNITION = "text_recognition";
  /** Purpose of documents read with their layout and figures (figures count as images). */
  public static final String RICH_LAYOUT_RECOGNITION = "rich_layout_recognition";

  private final Pipeline pipeline;
  private final FilesApi api;

  FilesService(Pipeline pipeline, FilesApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** Uploads {@code file} with {@code purpose}; it is kept until deleted. */
  public FileObject upload(FileUpload file, String purpose) {
    return upload(file, purpose, null);
  }

  /**
   * Uploads {@code file} with {@code purpose} ({@link #USER_DATA}, {@link #TEXT_RECOGNITION},
   * {@link #RICH_LAYOUT_RECOGNITION}); it expires {@code expiresAfter} (whole seconds, 1 h to 30
   * days) after the upload, or never when null.
   */
  public FileObject upload(FileUpload file, String purpose, Duration expiresAfter) {
    return pipeline.execute(uploadCall(api, file, purpose, expiresAfter));
  }

  /** The first page of files (up to 1000, oldest first). */
  public FileList list() {
    return list(new ListParams());
  }

  /** One page of files; {@link FileList#getLastId()} is the {@code after} of the next page. */
  public FileList list(ListParams params) {
    return pipeline.execute(api.listFiles(params.after, params.limit, params.order, params.purpose));
  }

  /** Every file from {@code params.after} on, fetching pages of {@code params.limit} as the iteration needs them. */
  public Iterable<FileObject> listAll(ListParams params) {
    Objects.requireNonNull(params, "params == null");
    return () -> new PageIterator(params.copy());
  }

  /** The file's metadata. */
  public FileObject retrieve(String fileId) {
    return pipeline.execute(api.retrieveFile(checkId(fileId)));
  }

  /** Deletes the file. */
  public DeletedFile delete(String fileId) {
    return pipeline.execute(api.deleteFile(checkId(fileId)));
  }

  static retrofit2.Call<FileObject> uploadCall(FilesApi api, FileUpload file, String purpose, Duration expiresAfter) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(purpose, "purpose == null");
    Long seconds = expiresAfter == null ? null : expiresAfter.getSeconds();
    return api.uploadFile(purpose, file.part("file"), seconds == null ? null : "created_at", seconds);
  }

  static String checkId(String fileId) {
    Objects.requireNonNull(fileId, "fileId == null");
    if (fileId.trim().isEmpty()) {
      throw new IllegalArgumentException("fileId is blank");
    }
    return fileId;
  }

  /** Query of {@link #list(ListParams)}; unset values are left to the server. */
  public static final class ListParams {
    String after;
    Integer limit;
    String order;
    String purpose;

    /** Start after this file id (the previous page's {@code last_id}). */
    public ListParams after(String after) {
      this.after = after;
      return this;
    }

    /** Page size, 1 to 1000 (server default 1000). */
    public ListParams limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** {@code asc} (server default) or {@code desc} by creation time. */
    public ListParams order(String order) {
      this.order = order;
      return this;
    }

    /** Only files of this purpose. */
    public ListParams purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    ListParams copy() {
      return new ListParams().after(after).limit(limit).order(order).purpose(purpose);
    }
  }

  private final class PageIterator implements Iterator<FileObject> {
    private final ListParams params;
    private Iterator<FileObject> page = Collections.emptyIterator();
    private boolean more = true;

    PageIterator(ListParams params) {
      this.params = params;
    }

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && more) {
        FileList list = list(params);
        page = list.getData().iterator();
        more = Boolean.TRUE.equals(list.getHasMore()) && list.getLastId() != null && !list.getData().isEmpty();
        params.after(list.getLastId());
      }
      return page.hasNext();
    }

    @Override
    public FileObject next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}
