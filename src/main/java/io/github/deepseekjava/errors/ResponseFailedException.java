package io.github.deepseekjava.errors;

import io.github.deepseekjava.model.ErrorDetail;
import io.github.deepseekjava.model.Response;

/**
 * A streamed Responses call ended with a {@code response.failed} event. {@link #getResponse()} is the
 * failed response (status {@code failed}) with its {@code error}; {@link #getError()} carries that
 * error's message and code. Not retried: the server already answered.
 */
public final class ResponseFailedException extends DeepSeekServiceException {
  private static final long serialVersionUID = 1L;

  private final transient Response response;

  public ResponseFailedException(String message, int statusCode, String traceId, ErrorDetail error, String rawBody,
      Response response) {
    super(message, statusCode, traceId, error, rawBody);
    this.response = response;
  }

  /** The failed response as the terminal event carried it; null after deserialization of this exception. */
  public Response getResponse() {
    return response;
  }
}
