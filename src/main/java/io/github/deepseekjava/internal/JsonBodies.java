package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Part;

/**
 * Retrofit converters for the generated interfaces. A request body becomes a {@link JsonRequestBody}
 * (serialized once, extendable); a multipart form field ({@code @Part} string or number) its plain text. A response body, which the pipeline has already read into memory
 * within the size limit, is parsed in place: it must hold exactly one JSON value.
 */
final class JsonBodies extends Converter.Factory {
  private final Gson gson;

  JsonBodies(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    for (Annotation annotation : parameterAnnotations) {
      if (annotation instanceof Part) {
        return value -> RequestBody.create(String.valueOf(value), null); // a form field: its text, no content type
      }
    }
    return value -> new JsonRequestBody(gson, value, type);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
    return body -> {
      JsonReader reader = gson.newJsonReader(new InputStreamReader(
          new BufferReadingStream(body.source().getBuffer()), StandardCharsets.UTF_8));
      Object value = adapter.read(reader);
      if (value == null) {
        throw new JsonParseException("the body is JSON null");
      }
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("the body holds more than one JSON value");
      }
      return value;
    };
  }
}
