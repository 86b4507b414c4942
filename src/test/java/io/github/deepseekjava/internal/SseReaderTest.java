package io.github.deepseekjava.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Pipe;
import org.junit.jupiter.api.Test;

/** The SSE line and event rules, fed byte for byte. */
class SseReaderTest {
  private static List<String> events(String wire) throws IOException {
    SseReader reader = new SseReader(new Buffer().writeUtf8(wire), 1 << 20);
    List<String> events = new ArrayList<>();
    String data;
    while ((data = reader.nextData()) != null) {
      events.add(data);
    }
    return events;
  }

  @Test
  void readsEventsSeparatedByBlankLines() throws IOException {
    assertEquals(List.of("{\"a\":1}", "[DONE]"), events("data: {\"a\":1}\n\ndata: [DONE]\n\n"));
  }

  @Test
  void acceptsCrLfAndLoneCrLineEndings() throws IOException {
    assertEquals(List.of("one", "two", "three"), events("data: one\r\n\r\ndata: two\r\rdata: three\n\n"));
  }

  @Test
  void deliversALoneCrEventWithoutWaitingForTheNextByte() throws IOException {
    Pipe pipe = new Pipe(1024);
    BufferedSink server = Okio.buffer(pipe.sink());
    SseReader reader = new SseReader(Okio.buffer(pipe.source()), 1 << 20);
    pipe.source().timeout().timeout(2, TimeUnit.SECONDS);

    server.writeUtf8("data: first\r\r").flush();
    assertEquals("first", reader.nextData());
    server.writeUtf8("\ndata: second\r\n\r\n").close();
    assertEquals("second", reader.nextData());
    assertNull(reader.nextData());
  }

  @Test
  void keepsTheEventNameOfEachEventAndForgetsItAfterward() throws IOException {
    SseReader reader = new SseReader(new Buffer().writeUtf8(
        "event: response.created\ndata: {\"a\":1}\n\nevent:bare\n\ndata: {\"b\":2}\n\n"), 1 << 20);
    assertEquals("{\"a\":1}", reader.nextData());
    assertEquals("response.created", reader.eventName());
    assertEquals("{\"b\":2}", reader.nextData());
    assertNull(reader.eventName());
  }

  @Test
  void skipsKeepAliveCommentsAndBlankLines() throws IOException {
    assertEquals(List.of("x"), events(": keep-alive\n\n\n\n: keep-alive\r\n\r\ndata: x\n\n: keep-alive\n\n"));
  }

  @Test
  void joinsMultipleDataLinesOfOneEventWithNewline() throws IOException {
    assertEquals(List.of("line1\nline2"), events("data: line1\ndata: line2\n\n"));
  }

  @Test
  void ignoresOtherFieldsAndKeepsDataWithoutSpaceAfterColon() throws IOException {
    assertEquals(List.of("{}", ""), events("event: message\nid: 7\nretry: 100\ndata:{}\n\ndata\n\n"));
  }

  @Test
  void deliversAFinalEventWithoutTrailingBlankLine() throws IOException {
    assertEquals(List.of("a", "[DONE]"), events("data: a\n\ndata: [DONE]"));
  }

  @Test
  void keepsOnlyTheFirstSpaceOfTheValue() throws IOException {
    assertEquals(List.of("  indented"), events("data:   indented\n\n"));
  }

  @Test
  void emptyStreamHasNoEvents() throws IOException {
    assertEquals(List.of(), events(""));
  }
}
