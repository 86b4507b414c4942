package io.github.deepseekjava;

import com.google.gson.JsonElement;
import io.github.deepseekjava.internal.Pipeline;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Calls any DeepSeek path the typed API does not cover yet (for example an endpoint newer than the
 * spec), through the same pipeline as the typed calls: key, base URL, retries, deadline, size limits
 * and error mapping. Obtain it with {@link DeepSeekClient#raw()}.
 *
 * <pre>{@code
 * JsonElement files = client.raw().get("files");
 * MyResponse r = client.raw().post("responses", requestObject, MyResponse.class);
 * }</pre>
 *
 * <p>Paths are relative to the base URL ({@code "beta/completions"} works too; leading {@code /} are
 * ignored). A path that would leave the base URL's path is refused before any call: {@code ..}
 * segments, absolute URLs and scheme-relative {@code //host} paths, so the key cannot reach another
 * host or a sibling path of a proxy.
 */
public final class RawRequests {
  private final HttpUrl baseUrl;
  private final Pipeline pipeline;

  RawRequests(HttpUrl baseUrl, Pipeline pipeline) {
    this.baseUrl = baseUrl;
    this.pipeline = pipeline;
  }

  /** GET {@code path}, the body parsed as JSON. */
  public JsonElement get(String path) {
    return get(path, JsonElement.class);
  }

  /** GET {@code path}, the body parsed into {@code responseType} (a class or a generic type). */
  public <T> T get(String path, Type responseType) {
    return this.<T>send("GET", path, null, responseType).body();
  }

  /** POST {@code body} (serialized with {@link DeepSeekJson#gson()}) to {@code path}, the response parsed as JSON. */
  public JsonElement post(String path, Object body) {
    return post(path, body, JsonElement.class);
  }

  /** POST {@code body} to {@code path}, the response parsed into {@code responseType}. */
  public <T> T post(String path, Object body, Type responseType) {
    return this.<T>send("POST", path, Objects.requireNonNull(body, "body == null"), responseType).body();
  }

  /** DELETE {@code path}, the response parsed as JSON. */
  public JsonElement delete(String path) {
    return this.<JsonElement>send("DELETE", path, null, JsonElement.class).body();
  }

  /**
   * Sends {@code method} to {@code path} with an optional JSON {@code body}; returns the parsed body
   * with status, headers and trace id. Error statuses throw the usual exceptions.
   */
  public <T> DeepSeekResponse<T> send(String method, String path, Object body, Type responseType) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(responseType, "responseType == null");
    return pipeline.raw(method, resolve(path), body, responseType);
  }

  private HttpUrl resolve(String path) {
    Objects.requireNonNull(path, "path == null");
    String relative = path.replaceFirst("^/+", "");
    String decoded = relative.toLowerCase(Locale.ROOT).replace("%2e", ".").replace('\\', '/');
    boolean leaves = path.startsWith("//") || relative.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
        || ("/" + decoded + "/").contains("/../") || ("/" + decoded + "/").contains("/./");
    HttpUrl url = leaves ? null : baseUrl.resolve(relative);
    if (url == null || !url.host().equals(baseUrl.host()) || url.port() != baseUrl.port()
        || !url.scheme().equals(baseUrl.scheme()) || !url.encodedPath().startsWith(baseUrl.encodedPath())) {
      throw new IllegalArgumentException("path must stay under the base URL " + baseUrl + ": " + path);
    }
    return url;
  }
}
