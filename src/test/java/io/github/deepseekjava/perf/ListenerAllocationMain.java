package io.github.deepseekjava.perf;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.model.ChatCompletionRequest;
import io.github.deepseekjava.model.UserMessage;
import io.github.deepseekjava.model.support.UserContent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Bytes allocated per plain chat call on the calling thread, against a minimal local keep-alive server, with no
 * listener, a no-op listener, and the OpenTelemetry adapter on an SDK with in-memory exporters. Not a
 * test: run {@code java -cp <test classpath> io.github.deepseekjava.perf.ListenerAllocationMain [none|noop|otel] [calls]}.
 * The {@code none} mode uses only API that existed before the listener, so it also runs against an
 * older build of the client for a before/after comparison.
 */
public final class ListenerAllocationMain {
  private ListenerAllocationMain() {
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "none";
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread accept = new Thread(() -> serve(server), "server");
      accept.setDaemon(true);
      accept.start();
      DeepSeekClient.Builder builder = DeepSeekClient.builder().apiKey("sk-perf")
          .baseUrl("http://127.0.0.1:" + server.getLocalPort());
      if (!mode.equals("none")) {
        builder = ListenerModes.with(builder, mode);
      }
      DeepSeekClient client = builder.build();
      ChatCompletionRequest request = new ChatCompletionRequest().model("deepseek-flash")
          .addMessagesItem(new UserMessage().content(UserContent.of("Hi")));
      for (int i = 0; i < calls; i++) { // warm-up
        client.chat().create(request);
      }
      long[] perCall = new long[5];
      for (int round = 0; round < perCall.length; round++) {
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
          client.chat().create(request);
        }
        perCall[round] = (threads.getCurrentThreadAllocatedBytes() - before) / calls;
        if (!mode.equals("none")) {
          ListenerModes.reset(mode);
        }
      }
      java.util.Arrays.sort(perCall);
      System.out.println(mode + ": " + perCall[perCall.length / 2] + " bytes per call (median of "
          + java.util.Arrays.toString(perCall) + ", " + calls + " calls each)");
      client.close();
    }
  }

  private static final byte[] RESPONSE;

  static {
    String body = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"deepseek-flash\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello! How can I help you today?\"},"
        + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":9,"
        + "\"total_tokens\":19,\"prompt_cache_hit_tokens\":0,\"prompt_cache_miss_tokens\":10}}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-ds-trace-id: 0d3c1b2a99887766\r\n"
        + "Content-Length: " + bytes.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  /** Answers every request on every connection with the same completion, keeping connections open. */
  private static void serve(ServerSocket server) {
    while (true) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return;
      }
      Thread connection = new Thread(() -> {
        try (Socket s = socket) {
          InputStream in = new BufferedInputStream(s.getInputStream());
          OutputStream out = s.getOutputStream();
          while (true) {
            int contentLength = 0;
            StringBuilder line = new StringBuilder();
            int c;
            boolean any = false;
            while ((c = in.read()) != -1) {
              any = true;
              if (c == '\n') {
                String header = line.toString().trim();
                if (header.isEmpty()) {
                  break;
                }
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                  contentLength = Integer.parseInt(header.substring(15).trim());
                }
                line.setLength(0);
              } else {
                line.append((char) c);
              }
            }
            if (c == -1 || !any) {
              return;
            }
            for (int i = 0; i < contentLength; i++) {
              in.read();
            }
            out.write(RESPONSE);
            out.flush();
          }
        } catch (IOException e) {
          // connection closed
        }
      }, "connection");
      connection.setDaemon(true);
      connection.start();
    }
  }
}
