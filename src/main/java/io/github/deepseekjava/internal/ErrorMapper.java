package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.deepseekjava.errors.AuthenticationException;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.errors.DeepSeekServiceException;
import io.github.deepseekjava.errors.InsufficientBalanceException;
import io.github.deepseekjava.errors.InternalServerException;
import io.github.deepseekjava.errors.InvalidParametersException;
import io.github.deepseekjava.errors.RateLimitException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.errors.UnexpectedStatusException;
import io.github.deepseekjava.model.ErrorDetail;
import io.github.deepseekjava.model.ErrorResponse;

/** Turns an error status and body into the matching {@link DeepSeekServiceException}. */
public final class ErrorMapper {
  private static final int MAX_MESSAGE_BODY_CHARS = 500;

  private final Gson gson;
  private final Redactor redactor;

  public ErrorMapper(Gson gson, Redactor redactor) {
    this.gson = gson;
    this.redactor = redactor;
  }

  /** The exception for {@code status}; {@code body} may be DeepSeek's JSON envelope, plain text, or empty. */
  public DeepSeekServiceException toException(int status, String traceId, String body) {
    String safeBody = redactor.redact(body);
    ErrorDetail error = parseError(safeBody);
    String message = describe(status, traceId, error, safeBody);
    switch (status) {
      case 400: return new BadRequestException(message, status, traceId, error, safeBody);
      case 401: return new AuthenticationException(message, status, traceId, error, safeBody);
      case 402: return new InsufficientBalanceException(message, status, traceId, error, safeBody);
      case 422: return new InvalidParametersException(message, status, traceId, error, safeBody);
      case 429: return new RateLimitException(message, status, traceId, error, safeBody);
      case 500: return new InternalServerException(message, status, traceId, error, safeBody);
      case 503: return new ServerOverloadedException(message, status, traceId, error, safeBody);
      default: return new UnexpectedStatusException(message, status, traceId, error, safeBody);
    }
  }

  /** DeepSeek's {@code error} object, or null when the body is not the JSON envelope. */
  public ErrorDetail parseError(String body) {
    if (body == null || body.trim().isEmpty()) {
      return null;
    }
    try {
      ErrorResponse envelope = gson.fromJson(body, ErrorResponse.class);
      return envelope == null ? null : envelope.getError();
    } catch (JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  static String describe(int status, String traceId, ErrorDetail error, String body) {
    StringBuilder message = new StringBuilder();
    if (error != null && error.getMessage() != null) {
      message.append(error.getMessage());
    } else if (body != null && !body.trim().isEmpty()) {
      String text = body.trim();
      message.append(text.length() > MAX_MESSAGE_BODY_CHARS ? text.substring(0, MAX_MESSAGE_BODY_CHARS) + "..." : text);
    } else {
      message.append("(empty body)");
    }
    message.append(" (HTTP ").append(status);
    if (error != null && error.getType() != null) {
      message.append(", type ").append(error.getType());
    }
    if (traceId != null) {
      message.append(", trace id ").append(traceId);
    }
    return message.append(')').toString();
  }
}
