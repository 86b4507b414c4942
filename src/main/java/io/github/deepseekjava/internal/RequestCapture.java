package io.github.deepseekjava.internal;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * A {@link Call.Factory} for Retrofit that only captures the request it builds. The generated
 * Retrofit interfaces are used as typed request builders; {@link Transport} executes the request,
 * so retries, error mapping and streaming live in one place.
 */
public final class RequestCapture implements Call.Factory {
  @Override
  public Call newCall(Request request) {
    return new CapturedCall(request);
  }

  private static final class CapturedCall implements Call {
    private final Request request;

    CapturedCall(Request request) {
      this.request = request;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() {
      throw new UnsupportedOperationException("requests are executed by Transport");
    }

    @Override
    public void enqueue(Callback responseCallback) {
      throw new UnsupportedOperationException("requests are executed by Transport");
    }

    @Override
    public void cancel() {
    }

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public Call clone() {
      return new CapturedCall(request);
    }
  }
}
