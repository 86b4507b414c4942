package io.github.deepseekjava;

/**
 * The asynchronous view of a {@link DeepSeekClient}, {@code client.async()}: the same services,
 * returning {@link java.util.concurrent.CompletableFuture}s. Calls run on the client's own daemon
 * threads, at most {@link DeepSeekClient.Builder#maxConcurrentRequests(int)} at once; an idle thread
 * is reused before a new one starts. Callbacks ({@code onChunk}, {@code thenAccept} on a future that
 * is not yet complete) run on those threads: with a limit of 1, a callback that waits for another
 * async call of the same client waits forever; compose futures ({@code thenCompose}) instead.
 *
 * <pre>{@code
 * client.async().chat().create(request).thenAccept(c -> System.out.println(c.getId())).join();
 * }</pre>
 */
public final class DeepSeekAsyncClient {
  private final AsyncChatService chat;
  private final AsyncFimService fim;
  private final AsyncModelsService models;
  private final AsyncBalanceService balance;
  private final AsyncResponsesService responses;
  private final AsyncFilesService files;
  private final AsyncToolsService tools;

  DeepSeekAsyncClient(AsyncChatService chat, AsyncFimService fim, AsyncModelsService models,
      AsyncBalanceService balance, AsyncResponsesService responses, AsyncFilesService files, AsyncToolsService tools) {
    this.chat = chat;
    this.fim = fim;
    this.models = models;
    this.balance = balance;
    this.responses = responses;
    this.files = files;
    this.tools = tools;
  }

  /** Chat completions. */
  public AsyncChatService chat() {
    return chat;
  }

  /** FIM completions (beta). */
  public AsyncFimService fim() {
    return fim;
  }

  /** The models the account can use. */
  public AsyncModelsService models() {
    return models;
  }

  /** The account balance. */
  public AsyncBalanceService balance() {
    return balance;
  }

  /** The Responses API. */
  public AsyncResponsesService responses() {
    return responses;
  }

  /** Uploaded images and parsed documents. */
  public AsyncFilesService files() {
    return files;
  }

  /** Web search and fetch, OCR, text to speech and speech to text. */
  public AsyncToolsService tools() {
    return tools;
  }
}
