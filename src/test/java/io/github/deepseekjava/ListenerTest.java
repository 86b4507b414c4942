package io.github.deepseekjava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.model.ChatCompletion;
import io.github.deepseekjava.model.ChatCompletionChunk;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.CreateResponseRequest;
import io.github.deepseekjava.model.ResponseStreamEvent;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.ResponseInput;
import io.github.deepseekjava.model.support.UserContent;
import io.github.deepseekjava.streaming.ChunkStream;
import io.github.deepseekjava.testing.FakeDeepSeekExtension;
import io.github.deepseekjava.testing.FakeDeepSeekServer;
import io.github.deepseekjava.testing.FakeDeepSeekServer.Endpoint;
import io.github.deepseekjava.testing.FakeResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a {@link DeepSeekListener} sees of plain, streamed, async, retried and failed calls. */
class ListenerTest {
  @RegisterExtension
  static FakeDeepSeekExtension deepseek = new FakeDeepSeekExtension();

  static final String COMPLETION = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
      + "\"model\":\"deepseek-flash-0426\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
      + "\"content\":\"Hi\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"
      + "\"completion_tokens\":40,\"total_tokens\":52,\"prompt_cache_hit_tokens\":8,"
      + "\"prompt_cache_miss_tokens\":4,\"completion_tokens_details\":{\"reasoning_tokens\":31}}}";

  static final String[] CHUNKS = {
      "{\"id\":\"cmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"deepseek-flash-0426\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"}}]}",
      "{\"id\":\"cmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"deepseek-flash-0426\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"length\"}],"
          + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7,"
          + "\"prompt_cache_hit_tokens\":0,\"prompt_cache_miss_tokens\":5}}"};

  private final Recorder recorder = new Recorder();

  private DeepSeekClient client() {
    return deepseek.server().clientBuilder().listener(recorder).sleeper(millis -> { }).build();
  }

  private static ChatCompletionRequest request() {
    return new ChatCompletionRequest().model("deepseek-flash").addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
  }

  @Test
  void aPlainCallReportsItsStartAndItsEndWithUsageAndFinishReason() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION).withTraceId("trace-plain"));

    client().chat().create(request());

    assertEquals(Arrays.asList("start createChatCompletion deepseek-flash streaming=false", "end"), recorder.kinds());
    CallEnded end = recorder.end();
    assertEquals("createChatCompletion", end.operation());
    assertEquals("deepseek-flash", end.model());
    assertFalse(end.streaming());
    assertEquals(1, end.attempts());
    assertEquals(Integer.valueOf(200), end.status());
    assertEquals("trace-plain", end.traceId());
    assertEquals(new TokenUsage(12, 40, 8, 4, 31), end.usage());
    assertEquals(Collections.singletonList("stop"), end.finishReasons());
    assertEquals("deepseek-flash-0426", end.responseModel());
    assertEquals("cmpl-1", end.responseId());
    assertNull(end.error());
    assertNull(end.timeToFirstChunk());
    assertTrue(end.timeToHeaders().compareTo(end.duration()) <= 0, end.toString());
    assertSame(recorder.start().startTime(), end.startTime());
  }

  @Test
  void aStreamEndsWhenItIsReadToItsEndWithTheUsageOfItsLastChunk() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.events(CHUNKS));

    try (ChunkStream<ChatCompletionChunk> chunks = client().chat().stream(request())) {
      assertEquals(Collections.singletonList("start createChatCompletion deepseek-flash streaming=true"),
          recorder.kinds(), "no end while the stream is open");
      chunks.stream().count();
      assertEquals(2, recorder.kinds().size(), "the end comes when the stream finished");
    }

    assertEquals(2, recorder.kinds().size(), "closing after the end reports nothing more");
    CallEnded end = recorder.end();
    assertTrue(end.streaming());
    assertEquals(Integer.valueOf(200), end.status());
    assertEquals(FakeDeepSeekServer.TRACE_ID, end.traceId());
    assertEquals(new TokenUsage(5, 2, 0, 5, null), end.usage());
    assertEquals(Collections.singletonList("length"), end.finishReasons());
    assertEquals("cmpl-2", end.responseId());
    assertEquals("deepseek-flash-0426", end.responseModel());
    assertNull(end.error());
    assertTrue(end.timeToHeaders().compareTo(end.timeToFirstChunk()) <= 0, end.toString());
    assertTrue(end.timeToFirstChunk().compareTo(end.duration()) <= 0, end.toString());
  }

  static final String RESPONSE = "{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1,"
      + "\"status\":\"completed\",\"model\":\"deepseek-flash-0426\",\"output\":[],"
      + "\"usage\":{\"input_tokens\":900,\"input_tokens_details\":{\"cached_tokens\":640},"
      + "\"output_tokens\":40,\"output_tokens_details\":{\"reasoning_tokens\":25},\"total_tokens\":940}}";

  @Test
  void aResponsesCallReportsTheUsageOfItsResponsePlainAndStreamed() {
    CreateResponseRequest request = new CreateResponseRequest().model("deepseek-flash").input(ResponseInput.of("Hi"));
    deepseek.server().enqueue(Endpoint.RESPONSES, FakeResponse.json(RESPONSE));
    deepseek.server().enqueue(Endpoint.RESPONSES, FakeResponse.namedEvents(
        "{\"type\":\"response.created\",\"sequence_number\":0,\"response\":"
            + RESPONSE.replace("\"completed\"", "\"in_progress\"").replace("900", "1").replace("640", "1") + "}",
        "{\"type\":\"response.completed\",\"sequence_number\":1,\"response\":" + RESPONSE + "}"));
    DeepSeekClient client = client();

    client.responses().create(request);
    CallEnded plain = recorder.end();
    try (ChunkStream<ResponseStreamEvent> events = client.responses().stream(request)) {
      events.stream().count();
    }
    CallEnded streamed = recorder.end();

    for (CallEnded end : Arrays.asList(plain, streamed)) {
      assertEquals("createResponse", end.operation());
      assertEquals(new TokenUsage(900, 40, 640, null, 25), end.usage(), "the last response's usage");
      assertEquals("resp_1", end.responseId());
      assertEquals("deepseek-flash-0426", end.responseModel());
      assertEquals(Collections.emptyList(), end.finishReasons());
    }
    assertTrue(streamed.streaming());
  }

  @Test
  void aStreamClosedEarlyEndsWhenClosedWithoutErrorOrUsage() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.events(CHUNKS));

    ChunkStream<ChatCompletionChunk> chunks = client().chat().stream(request());
    Iterator<ChatCompletionChunk> iterator = chunks.iterator();
    iterator.next();
    chunks.close();
    chunks.close();

    assertEquals(2, recorder.kinds().size());
    CallEnded end = recorder.end();
    assertNull(end.error());
    assertNull(end.usage());
    assertEquals(Collections.emptyList(), end.finishReasons());
    assertEquals("cmpl-2", end.responseId());
    assertNotNull(end.timeToFirstChunk());
  }

  @Test
  void aStreamThatBreaksOffEndsWithItsError() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.events(CHUNKS[0], CHUNKS[0]).withoutDone().cutAfter(2));

    ChunkStream<ChatCompletionChunk> chunks = client().chat().stream(request());
    IncompleteStreamException thrown = assertThrows(IncompleteStreamException.class, () -> chunks.stream().count());

    CallEnded end = recorder.end();
    assertSame(thrown, end.error());
    assertEquals(1, end.attempts());
    assertEquals(Integer.valueOf(200), end.status());
  }

  @Test
  void anAsyncCallAndAnAsyncStreamReportLikeSynchronousOnes() throws Exception {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.events(CHUNKS));
    DeepSeekClient client = client();

    client.async().chat().create(request()).get(5, TimeUnit.SECONDS);
    CallEnded plain = recorder.end();
    client.async().chat().stream(request(), chunk -> { }).get(5, TimeUnit.SECONDS);
    CallEnded streamed = recorder.end();

    assertEquals(Arrays.asList("start createChatCompletion deepseek-flash streaming=false", "end",
        "start createChatCompletion deepseek-flash streaming=true", "end"), recorder.kinds());
    assertEquals(new TokenUsage(12, 40, 8, 4, 31), plain.usage());
    assertEquals(new TokenUsage(5, 2, 0, 5, null), streamed.usage());
    assertEquals(Collections.singletonList("length"), streamed.finishReasons());
  }

  @Test
  void anAsyncCallStartsOnTheCallingThreadAndACallCancelledOrDroppedInTheQueueStillEnds() throws Exception {
    Recorder threads = new Recorder();
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION).withDelay(java.time.Duration.ofMillis(600)));
    DeepSeekClient client = deepseek.server().clientBuilder().listener(threads).maxConcurrentRequests(1).build();

    java.util.concurrent.CompletableFuture<ChatCompletion> running = client.async().chat().create(request());
    java.util.concurrent.CompletableFuture<ChatCompletion> cancelled = client.async().chat().create(request());
    java.util.concurrent.CompletableFuture<ChatCompletion> dropped = client.async().chat().create(request());
    assertEquals(Collections.nCopies(3, Thread.currentThread().getName()), threads.startThreads,
        "started where they were made");
    cancelled.cancel(true);
    CallEnded cancelledEnd = threads.end();
    assertInstanceOf(java.util.concurrent.CancellationException.class, cancelledEnd.error());
    assertNull(cancelledEnd.status(), "never sent");

    for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        deepseek.server().requests().isEmpty() && System.nanoTime() < end; ) {
      Thread.sleep(10); // the first call reaches the server, which holds its answer 600 ms
    }
    client.close();
    java.util.concurrent.ExecutionException closed =
        assertThrows(java.util.concurrent.ExecutionException.class, () -> dropped.get(5, TimeUnit.SECONDS));
    assertEquals("the DeepSeekClient is closed", closed.getCause().getMessage());
    running.handle((completion, error) -> null).get(5, TimeUnit.SECONDS); // finished or interrupted by close()
    assertEquals(3, threads.ends.size(), "every started call ended: " + threads.kinds());
    assertEquals(1, deepseek.server().requests().size(), "the queued calls were never sent");
  }

  @Test
  void aCallThatFindsTheClientClosedAfterItStartedStillEnds() {
    // close() from onStart stands in for another thread closing the client right after the call started.
    DeepSeekClient[] client = new DeepSeekClient[1];
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    client[0] = deepseek.server().clientBuilder().listener(new DeepSeekListener() {
      @Override
      public void onStart(CallStarted call) {
        events.add("start");
        client[0].close();
      }

      @Override
      public void onEnd(CallEnded call) {
        events.add("end " + call.error());
      }
    }).build();

    assertThrows(IllegalStateException.class, () -> client[0].models().list());

    assertEquals(Arrays.asList("start", "end java.lang.IllegalStateException: the DeepSeekClient is closed"), events);
    assertEquals(0, deepseek.server().requests().size());
  }

  @Test
  void aRetryReportsTheAttemptAboutToStartAndWhyTheLastOneFailed() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.error(503, "Server overloaded").withTraceId("trace-503"));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION).withTraceId("trace-ok"));

    client().chat().create(request());

    assertEquals(Arrays.asList("start createChatCompletion deepseek-flash streaming=false",
        "retry 2 ServerOverloadedException", "end"), recorder.kinds());
    CallRetried retry = recorder.retries.get(0);
    assertEquals(503, retry.reason().getStatusCode());
    assertEquals("trace-503", retry.reason().getTraceId());
    assertInstanceOf(ServerOverloadedException.class, retry.reason());
    CallEnded end = recorder.end();
    assertEquals(2, end.attempts());
    assertEquals(Integer.valueOf(200), end.status());
    assertEquals("trace-ok", end.traceId());
    assertNull(end.error());
  }

  @Test
  void aFailedCallEndsWithItsExceptionStatusAndTraceId() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.error(400, "bad").withTraceId("trace-400"));

    BadRequestException thrown = assertThrows(BadRequestException.class, () -> client().chat().create(request()));

    assertEquals(Arrays.asList("start createChatCompletion deepseek-flash streaming=false", "end"), recorder.kinds());
    CallEnded end = recorder.end();
    assertSame(thrown, end.error());
    assertEquals(Integer.valueOf(400), end.status());
    assertEquals("trace-400", end.traceId());
    assertNull(end.usage());
    assertNull(end.responseId());
  }

  @Test
  void aCallThatGotNoResponseEndsWithoutStatus() {
    DeepSeekClient client = DeepSeekClient.builder().apiKey("sk-test").baseUrl("http://127.0.0.1:1/")
        .maxRetries(0).listener(recorder).build();

    RuntimeException thrown = assertThrows(RuntimeException.class, () -> client.balance().get());

    CallEnded end = recorder.end();
    assertEquals("getUserBalance", end.operation());
    assertNull(end.model());
    assertSame(thrown, end.error());
    assertNull(end.status());
    assertNull(end.timeToHeaders());
  }

  @Test
  void otherOperationsAreNamedByTheirOperationId() {
    DeepSeekClient client = client();

    client.fim().create("deepseek-flash", "def add(a, b):", null);
    client.models().list();
    client.raw().get("/user/balance");
    client.responses().create("deepseek-flash", "Hi");

    assertEquals(Arrays.asList("start createFimCompletion deepseek-flash streaming=false", "end",
        "start listModels null streaming=false", "end", "start null null streaming=false", "end",
        "start createResponse deepseek-flash streaming=false", "end"), recorder.kinds());
    assertEquals(Collections.singletonList("stop"), recorder.ends.get(0).finishReasons());
  }

  @Test
  void aThrowingListenerDoesNotBreakTheCall() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.error(503, "Server overloaded"));
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.events(CHUNKS));
    DeepSeekListener throwing = new DeepSeekListener() {
      @Override
      public void onStart(CallStarted call) {
        throw new IllegalStateException("start");
      }

      @Override
      public void onRetry(CallRetried retry) {
        throw new IllegalStateException("retry");
      }

      @Override
      public void onEnd(CallEnded call) {
        throw new IllegalStateException("end");
      }
    };
    DeepSeekClient client = deepseek.server().clientBuilder().listener(throwing).sleeper(millis -> { }).build();

    try (ChunkStream<ChatCompletionChunk> chunks = client.chat().stream(request())) {
      assertEquals(2, chunks.stream().count());
    }
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION));
    assertEquals("cmpl-1", client.chat().create(request()).getId());
  }

  @Test
  void theListenerSeesNeitherTheKeyNorTheBodies() {
    deepseek.server().enqueue(Endpoint.CHAT, FakeResponse.json(COMPLETION));

    ChatCompletion completion = client().withOptions(RequestOptions.builder()
        .bodyProperty("user_id", new JsonPrimitive("u-secret")).build()).chat().create(request());

    String seen = recorder.start() + " " + recorder.end() + " " + recorder.end().usage();
    assertEquals("Hi", completion.getChoices().get(0).getMessage().getContent());
    assertFalse(seen.contains(FakeDeepSeekServer.FAKE_API_KEY), seen);
    assertFalse(seen.contains("u-secret"), seen);
  }

  /** Records every callback, in order. */
  static final class Recorder implements DeepSeekListener {
    final List<String> kinds = Collections.synchronizedList(new ArrayList<>());
    final List<CallStarted> starts = Collections.synchronizedList(new ArrayList<>());
    final List<CallRetried> retries = Collections.synchronizedList(new ArrayList<>());
    final List<CallEnded> ends = Collections.synchronizedList(new ArrayList<>());
    final List<String> startThreads = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onStart(CallStarted call) {
      starts.add(call);
      startThreads.add(Thread.currentThread().getName());
      kinds.add("start " + call.operation() + " " + call.model() + " streaming=" + call.streaming());
    }

    @Override
    public void onRetry(CallRetried retry) {
      retries.add(retry);
      kinds.add("retry " + retry.attempt() + " " + retry.reason().getClass().getSimpleName());
    }

    @Override
    public void onEnd(CallEnded call) {
      ends.add(call);
      kinds.add("end");
    }

    List<String> kinds() {
      return new ArrayList<>(kinds);
    }

    CallStarted start() {
      return starts.get(starts.size() - 1);
    }

    CallEnded end() {
      return ends.get(ends.size() - 1);
    }
  }
}
