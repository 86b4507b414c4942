package io.github.deepseekjava.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The body of the cold-start mains: build the client, make one chat call, print {@code DONE <checksum>} (the
 * parent takes the time it reads that line as "first call completed"), then {@code RSS <VmHWM kB>}, and exit.
 * Each main references one client only and runs on that client's own dependency closure.
 */
final class ColdStart {
  private ColdStart() {
  }

  static void run(BenchClient client) {
    long sum = client.chat();
    // No string concatenation: on Java 9+ its first use bootstraps invokedynamic, which would add the same
    // tens of milliseconds to every client and blur the ratios.
    System.out.print("DONE ");
    System.out.println(sum);
    System.out.flush();
    System.out.print("RSS ");
    System.out.println(peakRssKb());
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }

  private static long peakRssKb() {
    try {
      for (String line : new String(Files.readAllBytes(Paths.get("/proc/self/status")), StandardCharsets.UTF_8)
          .split("\n")) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
