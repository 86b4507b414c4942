package io.github.deepseekjava.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.streaming.ChunkStream;
import java.time.Duration;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A timeout's message names the limit that fired: the read timeout (silence between bytes) or the
 * overall deadline (which for a stream ends at its first chunk). And a stream nobody reads or closes
 * gives its connection back after the read timeout.
 */
class TimeoutsTest {
  private static final String FIRST_CHUNK = "data: {\"id\":\"1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
      + "\"model\":\"deepseek-v4-flash\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";

  @ParameterizedTest
  @EnumSource(names = {"STREAM", "ASYNC_STREAM"})
  void silenceMidStreamIsAReadTimeoutNotTheDeadline(Calls call) throws Exception {
    try (HostileServer server = HostileServer.start(Replies.sseThenHold(FIRST_CHUNK))) {
      DeepSeekClient client = Calls.clientFor(server).timeout(Duration.ofMillis(200))
          .readTimeout(Duration.ofMillis(400)).build();

      DeepSeekException e = call.failure(client);

      assertEquals(DeepSeekTimeoutException.class, e.getClass());
      assertEquals("POST " + server.url() + "/chat/completions read timeout: no data for 400 ms (readTimeout)",
          e.getMessage());
      assertEquals(1, server.requests().size(), "a stream that has started is not retried");
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void aDeadlineBeforeTheFirstChunkSaysDeadline(Calls call) throws Exception {
    HostileServer.Reply headersThenSilence = c -> {
      c.write(call.streams() ? Replies.sseHead() : Replies.head(200, "application/json", 100) + "{\"id\":");
      c.holdUntilClientCloses();
    };
    try (HostileServer server = HostileServer.start(headersThenSilence)) {
      DeepSeekClient client = Calls.clientFor(server).timeout(Duration.ofMillis(300))
          .readTimeout(Duration.ofSeconds(10)).build();

      DeepSeekException e = call.failure(client);

      assertEquals(DeepSeekTimeoutException.class, e.getClass());
      assertEquals("POST " + server.url() + "/chat/completions exceeded the 300 ms deadline (timeout, across retries)",
          e.getMessage());
      assertEquals(1, server.requests().size(), "no time is left for a retry");
    }
  }

  @ParameterizedTest
  @EnumSource(Calls.class)
  void silenceBeforeTheFirstChunkIsARetriedReadTimeout(Calls call) throws Exception {
    HostileServer.Reply headersThenSilence = c -> {
      c.write(call.streams() ? Replies.sseHead() : Replies.head(200, "application/json", 100) + "{\"id\":");
      c.holdUntilClientCloses();
    };
    try (HostileServer server = HostileServer.start(headersThenSilence)) {
      DeepSeekClient client = Calls.clientFor(server).readTimeout(Duration.ofMillis(200)).maxRetries(1).build();

      DeepSeekException e = call.failure(client);

      assertEquals(DeepSeekTimeoutException.class, e.getClass());
      assertEquals("POST " + server.url() + "/chat/completions read timeout: no data for 200 ms (readTimeout)",
          e.getMessage());
      assertEquals(2, server.requests().size(), "1 + maxRetries");
    }
  }

  @Test
  void aStreamNeitherReadNorClosedGivesItsConnectionBackAfterTheReadTimeout() throws Exception {
    try (HostileServer server = HostileServer.start(Replies.sseThenHold(FIRST_CHUNK))) {
      DeepSeekClient client = Calls.clientFor(server).readTimeout(Duration.ofMillis(300)).build();
      long start = System.nanoTime();

      ChunkStream<ChatCompletionChunk> abandoned = client.chat().stream(Calls.request());

      long closedAfter = server.millisUntilClientClosed(start, 3000);
      assertTrue(closedAfter >= 250 && closedAfter < 2000, "closed after " + closedAfter + " ms");
      Iterator<ChatCompletionChunk> chunks = abandoned.iterator();
      assertEquals("Hi", chunks.next().getChoices().get(0).getDelta().getContent(), "the chunk read before stays");
      IllegalStateException e = assertThrows(IllegalStateException.class, chunks::hasNext);
      assertEquals("POST " + server.url() + "/chat/completions: the stream was closed after nobody read it for"
          + " 300 ms (readTimeout)", e.getMessage());
      assertEquals(1, server.requests().size());
    }
  }
}
