package io.github.deepseekjava.hostile;

import static io.github.deepseekjava.hostile.Replies.MB_200;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Memory stays bounded: the four hostile bodies (200 MB of JSON, a 1 GiB gzip bomb, a 400 with
 * 200 MB, an SSE line that never ends) sent to a client in a forked JVM with a small heap end in
 * their typed exceptions, not in {@link OutOfMemoryError}.
 */
class MemoryBoundTest {
  private final List<HostileServer> servers = new ArrayList<>();

  @BeforeEach
  void startServers() throws Exception {
    servers.add(HostileServer.start(
        Replies.huge(Replies.head(200, "application/json", -1), "{\"id\":\"", (byte) 'a', MB_200)));
    servers.add(HostileServer.start(Replies.gzip(200, "application/json", Replies.gzipBomb("{\"id\":\"", 1024))));
    servers.add(HostileServer.start(
        Replies.huge(Replies.head(400, "application/json", MB_200), "{\"error\":", (byte) 'x', MB_200)));
    servers.add(HostileServer.start(Replies.huge(Replies.sseHead(), "data: {\"id\":\"", (byte) 'a', MB_200)));
  }

  @AfterEach
  void stopServers() throws Exception {
    for (HostileServer server : servers) {
      server.close();
    }
  }

  @Test
  void defaultLimitsHoldIn128Mib() throws Exception {
    assertEquals(List.of(
        "ResponseTooLargeException limit 67108864, raw body 1024",
        "ResponseTooLargeException limit 67108864, raw body 1024",
        "BadRequestException, raw body 65565",
        "ResponseTooLargeException limit 4194304, raw body 1024"), runForked("-Xmx128m", 0));
  }

  @Test
  void smallerLimitsHoldIn64Mib() throws Exception {
    assertEquals(List.of(
        "ResponseTooLargeException limit 8388608, raw body 1024",
        "ResponseTooLargeException limit 8388608, raw body 1024",
        "BadRequestException, raw body 65565",
        "ResponseTooLargeException limit 4194304, raw body 1024"), runForked("-Xmx64m", 8L << 20));
  }

  private List<String> runForked(String heap, long maxResponseBytes) throws Exception {
    List<String> command = new ArrayList<>(Arrays.asList(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", heap,
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), MemoryBoundMain.class.getName(),
        Long.toString(maxResponseBytes)));
    String[] calls = {"PLAIN", "PLAIN", "PLAIN", "STREAM"};
    for (int i = 0; i < servers.size(); i++) {
      command.add(calls[i]);
      command.add(servers.get(i).url());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the forked JVM did not finish in 30 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    return Arrays.asList(output.trim().split("\\R"));
  }
}
