package io.github.deepseekjava.hostile;

import io.github.deepseekjava.DeepSeekClient;
import io.github.deepseekjava.errors.DeepSeekException;
import io.github.deepseekjava.errors.ResponseTooLargeException;

/**
 * Run by {@link MemoryBoundTest} in a JVM with a small heap: one call per hostile server URL given
 * ({@code plain|stream url} pairs), printing per call the simple name of what it ended with, the
 * limit of a {@link ResponseTooLargeException} and the length of the raw body kept. Without limits
 * these calls end in {@link OutOfMemoryError}.
 *
 * <p>Arguments: {@code maxResponseBytes} (0 for the default), then the pairs.
 */
public final class MemoryBoundMain {
  private MemoryBoundMain() {
  }

  public static void main(String[] args) {
    long maxResponseBytes = Long.parseLong(args[0]);
    for (int i = 1; i < args.length; i += 2) {
      Calls call = Calls.valueOf(args[i]);
      DeepSeekClient.Builder builder = DeepSeekClient.builder().apiKey(Calls.API_KEY).baseUrl(args[i + 1]).maxRetries(0);
      if (maxResponseBytes > 0) {
        builder.maxResponseBytes(maxResponseBytes);
      }
      System.out.println(outcome(call, builder.build()));
    }
  }

  private static String outcome(Calls call, DeepSeekClient client) {
    try {
      call.run(client);
      return "no failure";
    } catch (ResponseTooLargeException e) {
      return e.getClass().getSimpleName() + " limit " + e.getLimitBytes() + ", raw body " + e.getRawBody().length();
    } catch (DeepSeekException e) {
      return e.getClass().getSimpleName() + ", raw body " + e.getRawBody().length();
    } catch (Throwable t) {
      return t.getClass().getName();
    } finally {
      client.close();
    }
  }
}
