package io.github.deepseekjava;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A parsed response body together with its HTTP status, headers and DeepSeek trace id. */
public final class DeepSeekResponse<T> {
  private final T body;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String traceId;

  public DeepSeekResponse(T body, int statusCode, Map<String, List<String>> headers, String traceId) {
    this.body = Objects.requireNonNull(body, "body == null");
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.traceId = traceId;
  }

  /** The parsed body, never null. */
  public T body() {
    return body;
  }

  /** The HTTP status code (2xx). */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** DeepSeek's {@code x-ds-trace-id} request id, or null when the response had none. */
  public String traceId() {
    return traceId;
  }

  @Override
  public String toString() {
    return "DeepSeekResponse{statusCode=" + statusCode + ", traceId=" + traceId + ", body=" + body + "}";
  }
}
