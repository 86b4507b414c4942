package io.github.deepseekjava.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * One call of a generated Retrofit interface method, adapted to run on the {@link Pipeline}:
 * Retrofit builds the HTTP request from the spec's annotations and picks the response converter;
 * the pipeline runs the attempts. Services hand it to a pipeline view ({@code pipeline.execute(call)},
 * {@code pipeline.stream(call, ...)}); used on its own, as a {@link Call}, it runs on the pipeline it
 * was created by.
 */
final class OperationCall<T> implements Call<T> {
  private final Pipeline pipeline;
  private final Call<T> retrofitCall;
  private final Converter<ResponseBody, T> converter;
  private final CallControl control = new CallControl();
  private boolean executed;

  OperationCall(Pipeline pipeline, Call<T> retrofitCall, Converter<ResponseBody, T> converter) {
    this.pipeline = pipeline;
    this.retrofitCall = retrofitCall;
    this.converter = converter;
  }

  Converter<ResponseBody, T> converter() {
    return converter;
  }

  @Override
  public Request request() {
    return retrofitCall.request();
  }

  @Override
  public Response<T> execute() throws IOException {
    markExecuted();
    return Response.success(pipeline.run(request(), pipeline.json(converter), control));
  }

  @Override
  public void enqueue(Callback<T> callback) {
    markExecuted();
    pipeline.execute(this, control).whenComplete((body, failure) -> {
      if (failure == null) {
        callback.onResponse(this, Response.success(body));
      } else {
        callback.onFailure(this, failure);
      }
    });
  }

  private synchronized void markExecuted() {
    if (executed) {
      throw new IllegalStateException("Already executed.");
    }
    executed = true;
  }

  @Override
  public synchronized boolean isExecuted() {
    return executed;
  }

  @Override
  public void cancel() {
    control.cancel();
  }

  @Override
  public boolean isCanceled() {
    return control.isCancelled();
  }

  @Override
  public Call<T> clone() {
    return new OperationCall<>(pipeline, retrofitCall.clone(), converter);
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  /** Makes every generated interface method that returns {@code Call<T>} return an {@link OperationCall}. */
  static final class AdapterFactory extends CallAdapter.Factory {
    private final Pipeline pipeline;

    AdapterFactory(Pipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
      if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
        return null;
      }
      Type responseType = getParameterUpperBound(0, (ParameterizedType) returnType);
      Converter<ResponseBody, Object> converter = retrofit.responseBodyConverter(responseType, annotations);
      return new CallAdapter<Object, Call<Object>>() {
        @Override
        public Type responseType() {
          return responseType;
        }

        @Override
        public Call<Object> adapt(Call<Object> call) {
          return new OperationCall<>(pipeline, call, converter);
        }
      };
    }
  }
}
