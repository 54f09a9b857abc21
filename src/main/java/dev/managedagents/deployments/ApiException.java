package dev.managedagents.deployments;

import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ErrorObject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status that is not 2xx. Subclasses name the common status families;
 * other statuses (402, 413, ...) arrive as this class.
 */
public class ApiException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String errorType;
  private final @Nullable String errorMessage;
  private final @Nullable String requestId;
  // A TreeMap, not the Map it is read as, so that the exception stays serializable as declared.
  private final TreeMap<String, List<String>> headers;
  private final String bodyExcerpt;
  private final transient @Nullable ErrorEnvelope error;

  private final @Nullable Duration retryAfter;

  ApiException(ErrorResponse response, String message) {
    super(message, null);
    this.retryAfter = response.retryAfter;
    this.status = response.status;
    this.errorType = response.errorType;
    this.errorMessage = response.message;
    this.requestId = response.requestId;
    this.headers = response.headers;
    this.bodyExcerpt = response.bodyExcerpt;
    this.error = response.envelope;
  }

  /** The HTTP status. */
  public int getStatus() {
    return status;
  }

  /** The envelope's {@code error.type}, such as {@code not_found_error}, when the body had one. */
  public @Nullable String getErrorType() {
    return errorType;
  }

  /**
   * The envelope's {@code error.message}, the server's own words (secrets masked), when the body
   * had one; {@link #getMessage()} adds the status, type, request ID and what the client did.
   */
  public @Nullable String getErrorMessage() {
    return errorMessage;
  }

  /** The request's ID ({@code req_…}) from the {@code request-id} header or the body. */
  public @Nullable String getRequestId() {
    return requestId;
  }

  /**
   * How long the server asked to wait before trying again ({@code retry-after-ms} or {@code
   * retry-after}), or {@code null} when it did not say. When this is longer than the client waits
   * (60 s) or than the call had left, the call failed at once rather than retrying early: retry
   * after this long yourself.
   */
  public @Nullable Duration getRetryAfter() {
    return retryAfter;
  }

  /** The response headers, by lower-case name; credentials and known secrets masked. */
  public Map<String, List<String>> getHeaders() {
    return Collections.unmodifiableMap(headers);
  }

  /** The start of the response body (at most a few kilobytes), for bodies that were not the envelope. */
  public String getBodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * The typed error ({@code ConflictError}, {@code NotFoundError}, ..., or {@link
   * ErrorObject.Unknown} for a type this SDK does not know), when the body was the error envelope;
   * handle it with {@link ErrorObject#accept}. Its type is {@link #getErrorType()}.
   */
  public @Nullable ErrorObject getErrorObject() {
    return error == null ? null : error.getError();
  }

  /** The decoded error envelope (the typed error and the request ID), when the body was one. */
  public @Nullable ErrorEnvelope getError() {
    return error;
  }
}
