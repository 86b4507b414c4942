package io.github.deepseekjava.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A request {@link FakeDeepSeekServer} received. */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final String body;

  RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {
    this.method = method;
    this.path = path;
    Map<String, List<String>> lowerCase = new TreeMap<>();
    headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
    this.headers = Collections.unmodifiableMap(lowerCase);
    this.body = body;
  }

  /** {@code GET} or {@code POST}. */
  public String method() {
    return method;
  }

  /** The path, e.g. {@code /beta/completions}. */
  public String path() {
    return path;
  }

  /** The first value of a header (name case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body as text; empty for GET. */
  public String body() {
    return body;
  }

  /** The body parsed as JSON. */
  public JsonElement bodyJson() {
    return JsonParser.parseString(body);
  }

  @Override
  public String toString() {
    return method + " " + path + (body.isEmpty() ? "" : " " + body);
  }
}
