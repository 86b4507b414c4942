package io.github.deepseekjava.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.deepseekjava.errors.AuthenticationException;
import io.github.deepseekjava.errors.BadRequestException;
import io.github.deepseekjava.errors.DeepSeekIoException;
import io.github.deepseekjava.errors.DeepSeekServiceException;
import io.github.deepseekjava.errors.DeepSeekTimeoutException;
import io.github.deepseekjava.errors.GatewayTimeoutException;
import io.github.deepseekjava.errors.IncompleteDownloadException;
import io.github.deepseekjava.errors.IncompleteStreamException;
import io.github.deepseekjava.errors.InsufficientBalanceException;
import io.github.deepseekjava.errors.InternalServerException;
import io.github.deepseekjava.errors.InvalidParametersException;
import io.github.deepseekjava.errors.MalformedResponseException;
import io.github.deepseekjava.errors.NotFoundException;
import io.github.deepseekjava.errors.PayloadTooLargeException;
import io.github.deepseekjava.errors.RateLimitException;
import io.github.deepseekjava.errors.RequestTimeoutException;
import io.github.deepseekjava.errors.ResponseTooLargeException;
import io.github.deepseekjava.errors.ServerOverloadedException;
import io.github.deepseekjava.errors.StreamErrorException;
import io.github.deepseekjava.errors.UnexpectedStatusException;
import io.github.deepseekjava.model.ErrorDetail;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import okhttp3.Request;

/**
 * Every exception the client throws for a failed call is made here, and everything that goes into
 * one (message, body, cause) passes through {@link #redact}, so the API key never reaches an
 * exception, whichever path failed.
 */
final class Failures {
  /** The longest body prefix kept in an exception's raw body. */
  static final int MAX_KEPT_BODY_CHARS = 64 * 1024;
  /** The longest body prefix quoted in an exception's message. */
  private static final int MAX_MESSAGE_BODY_CHARS = 500;

  private final Gson gson;
  private final Redactor redactor;

  Failures(Gson gson, Redactor redactor) {
    this.gson = gson;
    this.redactor = redactor;
  }

  /** {@code text} without the API key; null stays null. */
  String redact(String text) {
    return redactor.redact(text);
  }

  /** What a request is called in messages: method and URL (the URL never holds the key). */
  static String describe(Request request) {
    return request.method() + " " + request.url();
  }

  /** The exception for an error status; {@code body} may be DeepSeek's JSON envelope, plain text, or empty. */
  DeepSeekServiceException status(int status, String traceId, String body, String location) {
    String safeBody = keep(body);
    ErrorDetail error = parseError(safeBody);
    String message = message(status, traceId, error, safeBody);
    if (location != null) {
      message += " (redirect to " + redact(location) + " not followed)";
    }
    switch (status) {
      case 400: return new BadRequestException(message, status, traceId, error, safeBody);
      case 401: return new AuthenticationException(message, status, traceId, error, safeBody);
      case 402: return new InsufficientBalanceException(message, status, traceId, error, safeBody);
      case 404: return new NotFoundException(message, status, traceId, error, safeBody);
      case 408: return new RequestTimeoutException(message, status, traceId, error, safeBody);
      case 413: return new PayloadTooLargeException(message, status, traceId, error, safeBody);
      case 422: return new InvalidParametersException(message, status, traceId, error, safeBody);
      case 429: return new RateLimitException(message, status, traceId, error, safeBody);
      case 500: return new InternalServerException(message, status, traceId, error, safeBody);
      case 503: return new ServerOverloadedException(message, status, traceId, error, safeBody);
      case 504: return new GatewayTimeoutException(message, status, traceId, error, safeBody);
      default: return new UnexpectedStatusException(message, status, traceId, error, safeBody, redact(location));
    }
  }

  /**
   * The {@link StreamErrorException} for a stream event whose JSON has an {@code error} member, or
   * null when {@code data} has none. The member may be DeepSeek's object or a bare string.
   */
  StreamErrorException streamError(int status, String traceId, String data) {
    if (!data.contains("\"error\"")) {
      return null;
    }
    JsonObject object;
    try {
      JsonElement element = JsonParser.parseString(data);
      if (!element.isJsonObject() || !element.getAsJsonObject().has("error")) {
        return null;
      }
      object = element.getAsJsonObject();
    } catch (JsonParseException e) {
      return null;
    }
    JsonElement member = object.get("error");
    if (member.isJsonNull()) {
      return null; // "error": null is no error
    }
    String safeData = keep(data);
    ErrorDetail error;
    if (member.isJsonObject()) {
      error = parseError(safeData);
    } else {
      error = new ErrorDetail().message(redact(member.isJsonPrimitive() ? member.getAsString() : member.toString()));
    }
    return new StreamErrorException("stream error: " + message(status, traceId, error, safeData), status, traceId,
        error, safeData);
  }

  /** A 2xx body that is not what the operation returns. */
  MalformedResponseException malformed(int status, String traceId, String what, String body, Throwable cause) {
    String message = "HTTP " + status + " with " + what + (traceId == null ? "" : " (trace id " + traceId + ")");
    return new MalformedResponseException(redact(message), status, traceId, keep(body), redactedCause(cause));
  }

  ResponseTooLargeException tooLarge(Request request, String what, int status, String traceId, long limit,
      String prefix) {
    return new ResponseTooLargeException(describe(request) + ": " + what + " is larger than the limit of " + limit
        + " bytes; reading stopped there (raise the limit on DeepSeekClient.Builder if this answer is legitimate)"
        + (traceId == null ? "" : " (trace id " + traceId + ")"), status, traceId,
        keep(prefix), limit);
  }

  IncompleteDownloadException incompleteDownload(Request request, int status, String traceId, long written,
      long expected, IOException cause) {
    return new IncompleteDownloadException(redact(describe(request) + ": the body broke off after " + written
        + (expected >= 0 ? " of " + expected : "") + " bytes (" + cause.getMessage() + ")"
        + (traceId == null ? "" : " (trace id " + traceId + ")")), status, traceId, written, redactedCause(cause));
  }

  /** A text-to-speech socket that ended without its finish event, after {@code written} audio bytes. */
  IncompleteDownloadException incompleteSession(Request request, String traceId, long written, String what,
      IOException cause) {
    return new IncompleteDownloadException(redact(describe(request) + ": the speech session broke off after "
        + written + " audio bytes: " + what + (traceId == null ? "" : " (trace id " + traceId + ")")), 101, traceId,
        written, redactedCause(cause));
  }

  /** A wait of the client's own that ran out (a socket has no read timeout once open). */
  DeepSeekTimeoutException socketTimeout(Request request, String what) {
    return new DeepSeekTimeoutException(redact(describe(request) + ": " + what), null);
  }

  /** @param expectedEnd what should have ended the stream, e.g. "a finish reason or [DONE]" */
  IncompleteStreamException incomplete(Request request, int chunks, String traceId, String expectedEnd) {
    return new IncompleteStreamException(describe(request) + " stream ended after " + chunks
        + " chunks without " + expectedEnd + (traceId == null ? "" : " (trace id " + traceId + ")"),
        new java.io.EOFException("end of stream"));
  }

  /**
   * The exception for an I/O failure of {@code request}, naming the limit that fired: the overall
   * deadline, the read timeout (silence between bytes), the connect timeout, or none.
   */
  DeepSeekIoException io(Request request, IOException e, Deadline deadline, long readTimeoutMillis) {
    String call = describe(request);
    IOException cause = redactedCause(e);
    if (deadline.fired()) {
      return new DeepSeekTimeoutException(call + " exceeded the " + deadline.describe()
          + " deadline (timeout, across retries)", cause);
    }
    if (e instanceof SocketTimeoutException) {
      String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      return new DeepSeekTimeoutException(text.contains("connect")
          ? call + " timed out connecting (connectTimeout)"
          : call + " read timeout: no data for " + Durations.describeMillis(readTimeoutMillis) + " (readTimeout)",
          cause);
    }
    if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
      return new DeepSeekTimeoutException(call + " exceeded the OkHttp call timeout of the supplied OkHttpClient",
          cause);
    }
    return new DeepSeekIoException(redact(call + " failed: " + e), cause);
  }

  /** DeepSeek's {@code error} object, or null when the body is not the JSON envelope. */
  ErrorDetail parseError(String body) {
    if (body == null || body.trim().isEmpty()) {
      return null;
    }
    try {
      io.github.deepseekjava.model.ErrorResponse envelope =
          gson.fromJson(body, io.github.deepseekjava.model.ErrorResponse.class);
      return envelope == null ? null : envelope.getError();
    } catch (JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  /** {@code body} redacted and cut to {@value #MAX_KEPT_BODY_CHARS} characters. */
  String keep(String body) {
    if (body == null) {
      return null;
    }
    String cut = body.length() > MAX_KEPT_BODY_CHARS
        ? body.substring(0, MAX_KEPT_BODY_CHARS) + "... (" + body.length() + " characters, cut)"
        : body;
    return redact(cut);
  }

  private static String message(int status, String traceId, ErrorDetail error, String body) {
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

  /** {@code cause} itself when no message in its chain holds the key, else a copy with redacted messages. */
  private IOException redactedCause(IOException cause) {
    return cause == null || !leaks(cause) ? cause : new RedactedIOException(cause, this);
  }

  private Throwable redactedCause(Throwable cause) {
    if (cause instanceof IOException) {
      return redactedCause((IOException) cause);
    }
    return cause == null || !leaks(cause) ? cause : new RedactedIOException(cause, this);
  }

  private boolean leaks(Throwable t) {
    for (Throwable e = t; e != null; e = e.getCause()) {
      String text = e.getMessage();
      if (text != null && !text.equals(redact(text))) {
        return true;
      }
    }
    return false;
  }

  /** Stands in for a cause whose message held the key: its class name, redacted message and stack. */
  static final class RedactedIOException extends IOException {
    private static final long serialVersionUID = 1L;

    RedactedIOException(Throwable original, Failures failures) {
      super(original.getClass().getName() + ": " + failures.redact(original.getMessage()),
          original.getCause() == null ? null : new RedactedIOException(original.getCause(), failures));
      setStackTrace(original.getStackTrace());
    }
  }
}
