package io.github.deepseekjava;

import io.github.deepseekjava.internal.Pipeline;
import io.github.deepseekjava.internal.api.FilesApi;
import io.github.deepseekjava.model.DeletedFile;
import io.github.deepseekjava.model.FileList;
import io.github.deepseekjava.model.FileObject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Files without blocking, {@code client.async().files()}; see {@link FilesService}. */
public final class AsyncFilesService {
  private final Pipeline pipeline;
  private final FilesApi api;

  AsyncFilesService(Pipeline pipeline, FilesApi api) {
    this.pipeline = pipeline;
    this.api = api;
  }

  /** {@link FilesService#upload(FileUpload, String, Duration)} on the client's async threads. */
  public CompletableFuture<FileObject> upload(FileUpload file, String purpose, Duration expiresAfter) {
    return pipeline.executeAsync(FilesService.uploadCall(api, file, purpose, expiresAfter));
  }

  /** {@link FilesService#upload(FileUpload, String)} on the client's async threads. */
  public CompletableFuture<FileObject> upload(FileUpload file, String purpose) {
    return upload(file, purpose, null);
  }

  /** {@link FilesService#list(FilesService.ListParams)} on the client's async threads. */
  public CompletableFuture<FileList> list(FilesService.ListParams params) {
    return pipeline.executeAsync(api.listFiles(params.after, params.limit, params.order, params.purpose));
  }

  /** {@link FilesService#retrieve(String)} on the client's async threads. */
  public CompletableFuture<FileObject> retrieve(String fileId) {
    return pipeline.executeAsync(api.retrieveFile(FilesService.checkId(fileId)));
  }

  /** {@link FilesService#delete(String)} on the client's async threads. */
  public CompletableFuture<DeletedFile> delete(String fileId) {
    return pipeline.executeAsync(api.deleteFile(FilesService.checkId(fileId)));
  }
}
