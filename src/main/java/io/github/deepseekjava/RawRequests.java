package io.github.deepseekjava;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.github.deepseekjava.internal.Transport;
import java.lang.reflect.Type;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Calls any DeepSeek path the typed API does not cover yet (for example an endpoint newer than the
 * spec), with the client's key, base URL, retries, timeouts and error mapping. Obtain it with
 * {@link DeepSeekClient#raw()}.
 *
 * <pre>{@code
 * JsonElement files = client.raw().get("files");
 * MyResponse r = client.raw().post("responses", requestObject, MyResponse.class);
 * }</pre>
 *
 * <p>Paths are relative to the base URL ({@code "beta/completions"} works too); leading {@code /} are
 * ignored, and a URL on another host is refused so the key cannot leak there.
 */
public final class RawRequests {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final Transport transport;
  private final Gson gson;

  RawRequests(HttpUrl baseUrl, Transport transport, Gson gson) {
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.gson = gson;
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
    Request request = new Request.Builder()
        .url(resolve(path))
        .method(method, body == null ? null : RequestBody.create(gson.toJson(body), JSON))
        .build();
    return transport.executeForResponse(request, responseType);
  }

  private HttpUrl resolve(String path) {
    Objects.requireNonNull(path, "path == null");
    String relative = path.replaceFirst("^/+", "");
    HttpUrl url = baseUrl.resolve(relative);
    if (url == null || !url.host().equals(baseUrl.host()) || url.port() != baseUrl.port()
        || !url.scheme().equals(baseUrl.scheme())) {
      throw new IllegalArgumentException("path must be relative to the base URL: " + path);
    }
    return url;
  }
}
