package io.github.deepseekjava.bench;

import java.util.concurrent.CompletableFuture;

/**
 * One client under test, doing each benchmarked operation the way a user of that client would, and
 * returning the {@link Checksum} of what it parsed.
 */
public interface BenchClient extends AutoCloseable {
  String API_KEY = "sk-bench-0000000000000000";

  /** Non-streaming chat: one user message, the seed chat response. */
  long chat();

  /** Streaming chat with {@code prompt} (which selects the stream the fake server sends), iterated to the end. */
  long stream(String prompt);

  /** The same with the client's asynchronous streaming API; completes after the last chunk. */
  CompletableFuture<Long> streamAsync(String prompt);

  /** FIM completion: the seed FIM response (large logprobs body). */
  long fim();

  /** Parses the FIM response body from memory with the client's own deserializer (no HTTP). */
  long parseFim(byte[] body);

  /** Uploads {@code file} through the Files API (multipart, purpose {@code user_data}); returns the size the server read. */
  long upload(java.nio.file.Path file);

  /** Text to speech: reads the whole audio body ({@link Fixtures#TRANSFER_BYTES}) and returns its length. */
  long tts();

  @Override
  void close();
}
