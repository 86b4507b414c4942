package io.github.deepseekjava.internal;

import io.github.deepseekjava.LogLevel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/** Logs HTTP exchanges at the configured {@link LogLevel} to a {@link LogOutput}, with the API key redacted. */
public final class HttpLogger implements Interceptor {
  private static final long MAX_LOGGED_BODY_BYTES = 1 << 20;

  private final LogOutput output;
  private final LogLevel level;
  private final Redactor redactor;

  /** Logs to SLF4J when a backend is bound, else to java.util.logging. */
  public HttpLogger(LogLevel level, Redactor redactor) {
    this(LogOutput.detect(), level, redactor);
  }

  HttpLogger(LogOutput output, LogLevel level, Redactor redactor) {
    this.output = output;
    this.level = level;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!output.enabled()) {
      return chain.proceed(request);
    }
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      appendHeaders(out, request.headers());
    }
    if (level == LogLevel.BODY && request.body() != null && !isText(request.body().contentType())) {
      out.append("\n(").append(request.body().contentLength()).append("-byte ")
          .append(request.body().contentType()).append(" body not logged)");
    } else if (level == LogLevel.BODY && request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      out.append('\n').append(body.readUtf8());
    }
    log(out.toString());
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- failed " + request.method() + " " + request.url() + ": " + e);
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ').append(request.url())
        .append(" (").append(millis).append(" ms");
    String traceId = response.header(Pipeline.TRACE_ID_HEADER);
    if (traceId != null) {
      in.append(", trace id ").append(traceId);
    }
    in.append(')');
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      appendHeaders(in, response.headers());
    }
    if (level == LogLevel.BODY && response.body() != null) {
      MediaType type = response.body().contentType();
      if (type != null && "event-stream".equals(type.subtype())) {
        in.append("\n(event stream, body not logged)");
      } else if (!isText(type)) {
        in.append("\n(").append(type).append(" body not logged)");
      } else {
        in.append('\n').append(response.peekBody(MAX_LOGGED_BODY_BYTES).string());
      }
    }
    log(in.toString());
    return response;
  }

  /** JSON or text, which is logged; a file upload or audio is not (it would be read into memory). */
  private static boolean isText(MediaType type) {
    return type == null || "text".equals(type.type()) || type.subtype().contains("json");
  }

  private static void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      out.append('\n').append(name).append(": ")
          .append("Authorization".equalsIgnoreCase(name) ? "<redacted>" : headers.value(i));
    }
  }

  private void log(String message) {
    output.info(redactor.redact(message));
  }
}
