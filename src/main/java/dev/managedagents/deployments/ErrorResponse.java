package dev.managedagents.deployments;

import com.squareup.moshi.JsonReader;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ErrorObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
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
  final TreeMap<String, List<String>> headers;
  final String bodyExcerpt;
  final @Nullable ErrorEnvelope envelope;

  final @Nullable Duration retryAfter;

  private ErrorResponse(
      int status,
      Headers headers,
      String bodyExcerpt,
      @Nullable ErrorEnvelope envelope,
      Redactor redactor) {
    this.status = status;
    this.headers = maskedHeaders(headers, redactor);
    this.bodyExcerpt = bodyExcerpt;
    this.envelope = envelope;
    this.retryAfter = RetryPolicy.hint(headers, Instant.now());
    ErrorObject error = envelope == null ? null : envelope.getError();
    this.errorType = error == null ? null : error.getType();
    this.message = error == null ? null : error.getMessage();
    String headerId = headers.get("request-id");
    this.requestId =
        headerId != null ? headerId : envelope == null ? null : envelope.getRequestId();
  }

  /**
   * Reads at most {@link #MAX_BODY_BYTES} of a non-2xx body, with secrets masked before anything is
   * parsed, so that neither the message nor the envelope can echo them. A body cut off by the
   * network keeps what arrived: an envelope that came whole before a reset is still reported.
   */
  static ErrorResponse read(
      int status, Headers headers, @Nullable ResponseBody body, Redactor redactor) {
    return fromText(status, headers, readAtMost(body).readUtf8(), redactor);
  }

  /**
   * The application interceptor that bounds every non-2xx body to {@link #MAX_BODY_BYTES} before
   * Retrofit buffers it (Retrofit keeps an error body whole, and a proxy's error page can be
   * endless), keeping what arrived before a reset. Innermost, so that it sees the body as gzip left
   * it and the logger sees what is kept.
   */
  static final Interceptor BOUNDED =
      chain -> {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (response.isSuccessful() || body == null) {
          return response;
        }
        MediaType type = body.contentType();
        return response
            .newBuilder()
            .body(ResponseBody.create(readAtMost(body).readByteString(), type))
            .build();
      };

  /**
   * At most {@link #MAX_BODY_BYTES} of {@code body}, which it closes; a failure keeps what came.
   */
  private static Buffer readAtMost(@Nullable ResponseBody body) {
    Buffer bytes = new Buffer();
    if (body != null) {
      try (ResponseBody closing = body) {
        BufferedSource source = closing.source();
        while (bytes.size() < MAX_BODY_BYTES
            && source.read(bytes, MAX_BODY_BYTES - bytes.size()) != -1) {
          // Reads until the end of the body or the bound, whichever comes first.
        }
      } catch (IOException e) {
        // What arrived before the failure is still worth reporting; the status says the rest.
      }
    }
    return bytes;
  }

  /**
   * A 2xx body that is the error envelope, or {@code null} when it is not one: such a body is an
   * error whatever the status says.
   */
  static @Nullable ErrorResponse ifEnvelope(
      int status, Headers headers, String body, Redactor redactor) {
    ErrorResponse response = fromText(status, headers, body, redactor);
    return response.envelope != null && isErrorType(body) ? response : null;
  }

  private static ErrorResponse fromText(
      int status, Headers headers, String body, Redactor redactor) {
    String text = redactor.redact(body);
    return new ErrorResponse(
        status, headers, excerpt(text), parseEnvelope(new Buffer().writeUtf8(text)), redactor);
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

  /** The headers by lower-case name, with credentials and any known secret masked. */
  private static TreeMap<String, List<String>> maskedHeaders(Headers headers, Redactor redactor) {
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : headers.names()) {
      List<String> values = new ArrayList<>();
      for (String value : headers.values(name)) {
        values.add(Redactor.isSecretHeader(name) ? Redactor.MASK : redactor.redact(value));
      }
      map.put(name.toLowerCase(Locale.ROOT), Collections.unmodifiableList(values));
    }
    return map;
  }

  /**
   * The message: status, error type, the server's message (or the start of the body) and request
   * ID, then {@code note}, such as how many attempts were made and why they stopped.
   */
  private String describe(String note) {
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

  /** The exception for this answer, its message ending with {@code note}. */
  ApiException toException(String note) {
    String message = describe(note);
    switch (status) {
      case 400:
        return new BadRequestException(this, message);
      case 401:
        return new AuthenticationException(this, message);
      case 403:
        return new PermissionDeniedException(this, message);
      case 404:
        return new NotFoundException(this, message);
      case 409:
        return new ConflictException(this, message);
      case 422:
        return new UnprocessableEntityException(this, message);
      case 429:
        return new RateLimitException(this, message);
      default:
        return status >= 500
            ? new InternalServerException(this, message)
            : new ApiException(this, message);
    }
  }
}
