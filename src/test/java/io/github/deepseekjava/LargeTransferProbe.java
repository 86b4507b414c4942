package io.github.deepseekjava;

import io.github.deepseekjava.model.FileObject;
import io.github.deepseekjava.model.SpeechRequest;
import java.io.OutputStream;
import java.nio.file.Paths;

/**
 * Run in a JVM with a small heap by {@link LargeTransfersTest}: uploads a large file, then downloads
 * large audio, through the client. Either would fail with OutOfMemoryError if the bytes were held whole.
 */
public final class LargeTransferProbe {
  private LargeTransferProbe() {
  }

  public static void main(String[] args) {
    try (DeepSeekClient client = DeepSeekClient.builder().apiKey("sk-probe").baseUrl(args[0]).maxRetries(0).build()) {
      FileObject file = client.files().upload(FileUpload.of(Paths.get(args[1])), FilesService.RICH_LAYOUT_RECOGNITION);
      long[] received = {0};
      long written = client.tools().tts(new SpeechRequest().text("long"), new OutputStream() {
        @Override
        public void write(int b) {
          received[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          received[0] += len;
        }
      });
      System.out.println("uploaded " + file.getBytes() + " downloaded " + written + " received " + received[0]
          + " max heap " + Runtime.getRuntime().maxMemory());
    }
  }
}
