/**
 * The DeepSeek API client. Exports the client, the generated models, errors, streaming and chat
 * helpers, and the test kit; the generated Retrofit interfaces and the transport stay internal.
 */
module io.github.deepseekjava {
  requires transitive com.google.gson;
  requires transitive okhttp3;
  requires okio;
  requires retrofit2;
  requires java.logging;
  // OkHttp 4 and Okio are automatic modules written in Kotlin; requiring the (explicit) stdlib module
  // here resolves it for them on the module path.
  requires kotlin.stdlib;
  requires static jakarta.annotation;
  requires static org.slf4j;
  requires static jdk.httpserver;
  requires static org.junit.jupiter.api;
  requires static io.opentelemetry.api;

  exports io.github.deepseekjava;
  exports io.github.deepseekjava.chat;
  exports io.github.deepseekjava.errors;
  exports io.github.deepseekjava.model;
  exports io.github.deepseekjava.model.support;
  exports io.github.deepseekjava.otel;
  exports io.github.deepseekjava.streaming;
  exports io.github.deepseekjava.testing;

  // Gson reads and writes the models by reflection.
  opens io.github.deepseekjava.model to com.google.gson;
  opens io.github.deepseekjava.model.support to com.google.gson;
}
