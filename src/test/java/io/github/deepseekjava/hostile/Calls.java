package io.github.deepseekjava.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.chat.Messages;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.streaming.ChunkStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The four ways to make a chat call, each run to its end (a stream is read through), and the client
 * every hostile test starts from. The only place these tests call the client's chat API.
 */
enum Calls {
  PLAIN {
    @Override
    void run(DeepSeekClient client) {
      client.chat().create(request());
    }
  },
  STREAM {
    @Override
    void run(DeepSeekClient client) {
      try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request())) {
        chunks.forEach(chunk -> { });
      }
    }
  },
  ASYNC {
    @Override
    void run(DeepSeekClient client) throws Exception {
      client.async().chat().create(request()).get(10, TimeUnit.SECONDS);
    }
  },
  ASYNC_STREAM {
    @Override
    void run(DeepSeekClient client) throws Exception {
      client.async().chat().stream(request(), chunk -> { }).get(10, TimeUnit.SECONDS);
    }
  };

  static final String API_KEY = "sk-hostile-5f0c2a9e7b3d41c8a6e2";
  static final String MODEL = "deepseek-v4-flash";

  abstract void run(DeepSeekClient client) throws Exception;

  boolean streams() {
    return this == STREAM || this == ASYNC_STREAM;
  }

  /**
   * Runs this call and returns the exception it ended with (unwrapped from the future for async
   * calls); fails the test when it succeeds, throws something else, or takes over 5 s.
   */
  DeepSeekException failure(DeepSeekClient client) {
    return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      try {
        run(client);
      } catch (DeepSeekException e) {
        return e;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof DeepSeekException) {
          return (DeepSeekException) e.getCause();
        }
        throw new AssertionError(name() + " failed with " + e.getCause(), e.getCause());
      }
      return fail(name() + " succeeded");
    });
  }

  static ChatCompletionRequest request() {
    return new ChatCompletionRequest().model(MODEL).addMessagesItem(Messages.user("Hi"));
  }

  /** A client for {@code server} with the test key and the default settings. */
  static DeepSeekClient.Builder clientFor(HostileServer server) {
    return DeepSeekClient.builder().apiKey(API_KEY).baseUrl(server.url());
  }
}
