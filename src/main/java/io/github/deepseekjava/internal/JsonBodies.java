package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit converters for the generated interfaces: a request body is serialized with the client's
 * Gson straight to a string (no per-call stream writer and its 8 KB buffer). Responses are read by
 * {@link Transport}, never by Retrofit, so the response converter only satisfies Retrofit's check
 * that one exists.
 */
public final class JsonBodies extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Gson gson;

  public JsonBodies(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    return value -> RequestBody.create(gson.toJson(value, type), JSON);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return body -> {
      throw new UnsupportedOperationException("responses are read by Transport");
    };
  }
}
