package dev.managedagents.deployments;

import com.squareup.moshi.JsonReader;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ErrorObject;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** What a non-2xx answer said, read once and turned into the matching {@link ApiException}. */
final class ErrorResponse {
  /** The most of an error body that is read: enough for any envelope, bounded for proxy pages. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  private static final int MAX_EXCERPT_CHARS = 2_000;

  final int status;
  final @Nullable String errorType;
  final @Nullable String message;
  final @Nullable String requestId;
  final Map<String, List<String>> headers;
  final String bodyExcerpt;
  final @Nullable ErrorEnvelope envelope;

  private final String note;

  private ErrorResponse(
      int status, Headers headers, String bodyExcerpt, @Nullable ErrorEnvelope envelope, String note) {
    this.status = status;
    this.headers = lowerCaseNames(headers);
    this.bodyExcerpt = bodyExcerpt;
    this.envelope = envelope;
    this.note = note;
    ErrorObject error = envelope == null ? null : envelope.getError();
    this.errorType = error == null ? null : error.getType();
    this.message = error == null ? null : error.getMessage();
    String headerId = headers.get("request-id");
    this.requestId = headerId != null ? headerId : envelope == null ? null : envelope.getRequestId();
  }

  /**
   * Reads at most {@link #MAX_BODY_BYTES} of a non-2xx body, with secrets masked before anything is
   * parsed, so that neither the message nor the envelope can echo them.
   *
   * @param note appended to the message, such as why a failed create was not retried
   */
  static ErrorResponse read(
      int status, Headers headers, @Nullable ResponseBody body, Redactor redactor, String note) {
    Buffer bytes = new Buffer();
    if (body != null) {
      try (ResponseBody closing = body) {
        BufferedSource source = closing.source();
        source.request(MAX_BODY_BYTES);
        long available = Math.min(source.getBuffer().size(), MAX_BODY_BYTES);
        source.getBuffer().copyTo(bytes, 0, available);
      } catch (IOException e) {
        // What arrived before the failure is still worth reporting; the status says the rest.
      }
    }
    return fromText(status, headers, bytes.readUtf8(), redactor, note);
  }

  /**
   * A 2xx body that is the error envelope, or {@code null} when it is not one: such a body is an
   * error whatever the status says.
   */
  static @Nullable ErrorResponse ifEnvelope(
      int status, Headers headers, String body, Redactor redactor) {
    ErrorResponse response = fromText(status, headers, body, redactor, "");
    return response.envelope != null && isErrorType(body) ? response : null;
  }

  private static ErrorResponse fromText(
      int status, Headers headers, String body, Redactor redactor, String note) {
    String text = redactor.redact(body);
    return new ErrorResponse(
        status, headers, excerpt(text), parseEnvelope(new Buffer().writeUtf8(text)), note);
  }

  /** Whether the top-level object says {@code "type": "error"}. */
  private static boolean isErrorType(String body) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("type")) {
          return reader.peek() == JsonReader.Token.STRING && reader.nextString().equals("error");
        }
        reader.skipValue();
      }
      return false;
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  private static @Nullable ErrorEnvelope parseEnvelope(Buffer bytes) {
    if (bytes.size() == 0) {
      return null;
    }
    try {
      JsonReader reader = JsonReader.of(bytes);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      return Json.ERROR_ENVELOPE.fromJson(reader);
    } catch (IOException | RuntimeException notAnEnvelope) {
      return null;
    }
  }

  static String excerpt(String text) {
    return text.length() <= MAX_EXCERPT_CHARS
        ? text
        : text.substring(0, MAX_EXCERPT_CHARS) + "… (" + text.length() + " characters read)";
  }

  private static Map<String, List<String>> lowerCaseNames(Headers headers) {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : headers.names()) {
      map.put(name, Collections.unmodifiableList(headers.values(name)));
    }
    return Collections.unmodifiableMap(map);
  }

  String describe() {
    StringBuilder text = new StringBuilder().append(status);
    if (errorType != null) {
      text.append(' ').append(errorType);
    }
    text.append(": ");
    if (message != null) {
      text.append(message);
    } else if (bodyExcerpt.isEmpty()) {
      text.append("(empty body)");
    } else {
      text.append(bodyExcerpt.length() > 200 ? bodyExcerpt.substring(0, 200) + "…" : bodyExcerpt);
    }
    if (requestId != null) {
      text.append(" (request ").append(requestId).append(')');
    }
    return text.append(note).toString();
  }

  ApiException toException() {
    switch (status) {
      case 400:
        return new BadRequestException(this);
      case 401:
        return new AuthenticationException(this);
      case 403:
        return new PermissionDeniedException(this);
      case 404:
        return new NotFoundException(this);
      case 409:
        return new ConflictException(this);
      case 422:
        return new UnprocessableEntityException(this);
      case 429:
        return new RateLimitException(this);
      default:
        return status >= 500 ? new InternalServerException(this) : new ApiException(this);
    }
  }
}
