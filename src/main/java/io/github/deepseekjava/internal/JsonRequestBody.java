package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body made from a model object, serialized once on first use (its length is known,
 * so it is sent with {@code Content-Length}) and reused by every attempt. {@link #with} derives a
 * body with extra top-level properties (for example {@code "stream": true}) without touching the
 * caller's object.
 */
final class JsonRequestBody extends RequestBody {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Gson gson;
  private final Object value;
  private final Type type;
  private final Map<String, JsonElement> extra;
  private byte[] bytes;

  JsonRequestBody(Gson gson, Object value, Type type) {
    this(gson, value, type, null);
  }

  private JsonRequestBody(Gson gson, Object value, Type type, Map<String, JsonElement> extra) {
    this.gson = gson;
    this.value = value;
    this.type = type;
    this.extra = extra;
  }

  /**
   * The JSON body of a request built by a generated interface. Retrofit wraps the converter's body
   * when the method declares a {@code Content-Type}, so it is made again from the invocation's
   * {@code @Body} argument; null when the request has no JSON body.
   */
  static JsonRequestBody of(okhttp3.Request request, Gson gson) {
    if (request.body() instanceof JsonRequestBody) {
      return (JsonRequestBody) request.body();
    }
    retrofit2.Invocation invocation = request.tag(retrofit2.Invocation.class);
    if (invocation == null) {
      return null;
    }
    Integer index = BODY_PARAMETER.computeIfAbsent(invocation.method(), JsonRequestBody::bodyParameter);
    return index < 0 ? null
        : new JsonRequestBody(gson, invocation.arguments().get(index), invocation.method().getGenericParameterTypes()[index]);
  }

  /**
   * The index of each interface method's {@code @Body} parameter (-1 for none), found once:
   * {@link java.lang.reflect.Method#getParameterAnnotations()} parses the annotations on every call.
   */
  private static final java.util.Map<java.lang.reflect.Method, Integer> BODY_PARAMETER =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Integer bodyParameter(java.lang.reflect.Method method) {
    java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (java.lang.annotation.Annotation annotation : annotations[i]) {
        if (annotation instanceof retrofit2.http.Body) {
          return i;
        }
      }
    }
    return -1;
  }

  /** This body with {@code properties} added at the top level, replacing typed fields of the same name. */
  JsonRequestBody with(Map<String, JsonElement> properties) {
    if (properties.isEmpty()) {
      return this;
    }
    Map<String, JsonElement> merged = new java.util.LinkedHashMap<>();
    if (extra != null) {
      merged.putAll(extra);
    }
    merged.putAll(properties);
    return new JsonRequestBody(gson, value, type, merged);
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return bytes().length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws java.io.IOException {
    sink.write(bytes());
  }

  private synchronized byte[] bytes() {
    if (bytes == null) {
      bytes = serialize().getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  private String serialize() {
    if (extra == null) {
      return gson.toJson(value, type);
    }
    JsonElement tree = gson.toJsonTree(value, type);
    if (!tree.isJsonObject()) {
      throw new IllegalArgumentException("extra body properties need a JSON object body, got " + tree);
    }
    JsonObject object = tree.getAsJsonObject();
    for (Map.Entry<String, JsonElement> property : extra.entrySet()) {
      object.add(property.getKey(), property.getValue());
    }
    return gson.toJson(object);
  }
}
