package dev.managedagents.deployments;

import org.jspecify.annotations.Nullable;

/**
 * A response, or JSON given to {@link DeploymentsJson}, could not be read as the expected model: it
 * was empty, cut off, not JSON (such as an HTML page), or not the model's shape. For a response,
 * the status, the request ID and the start of the body are kept.
 */
public final class DecodeException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final String model;
  private final @Nullable String path;
  private final int status;
  private final @Nullable String requestId;
  private final String bodyExcerpt;

  /**
   * The bytes that could not be decoded, while the failure travels from the client's converter to
   * the call that adds the status and request ID; never part of what the caller sees.
   */
  transient byte @Nullable [] undecodedBody;

  DecodeException(String model, @Nullable String path, String problem, @Nullable Throwable cause) {
    this(model, path, cause, describe(model, path, problem), 0, null, "");
  }

  private DecodeException(
      String model,
      @Nullable String path,
      @Nullable Throwable cause,
      String message,
      int status,
      @Nullable String requestId,
      String bodyExcerpt) {
    super(message, cause);
    this.model = model;
    this.path = path;
    this.status = status;
    this.requestId = requestId;
    this.bodyExcerpt = bodyExcerpt;
  }

  private static String describe(String model, @Nullable String path, String problem) {
    return "Cannot decode " + model + (path == null ? "" : " at " + path) + ": " + problem;
  }

  /** This failure as part of a response: with its status, request ID and an excerpt, redacted. */
  DecodeException inResponse(
      int status,
      @Nullable String requestId,
      @Nullable String contentType,
      String bodyExcerpt,
      Redactor redactor) {
    StringBuilder message = new StringBuilder(getMessage()).append(" (status ").append(status);
    if (contentType != null && !contentType.contains("json")) {
      message.append(", content type ").append(contentType);
    }
    if (requestId != null) {
      message.append(", request ").append(requestId);
    }
    message.append(')');
    message.append(
        bodyExcerpt.isEmpty()
            ? "; the body is empty"
            : "; the body starts: "
                + (bodyExcerpt.length() > 200 ? bodyExcerpt.substring(0, 200) + "…" : bodyExcerpt));
    return new DecodeException(
        model,
        path,
        redactor.safeCause(getCause()),
        redactor.redact(message.toString()),
        status,
        requestId,
        bodyExcerpt);
  }

  /** The model that was being read, such as {@code Deployment}. */
  public String getModel() {
    return model;
  }

  /**
   * Where in the JSON reading failed, such as {@code $.data[3].agent} (Moshi's form, as in {@link
   * ValidationException#getJsonPath()}), when known.
   */
  public @Nullable String getJsonPath() {
    return path;
  }

  /**
   * The HTTP status of the response that could not be read, or 0 when the JSON was not a response.
   */
  public int getStatus() {
    return status;
  }

  /** The request's ID ({@code req_…}) from the {@code request-id} header, when there was one. */
  public @Nullable String getRequestId() {
    return requestId;
  }

  /** The start of the response body (at most a few kilobytes, secrets masked); empty if none. */
  public String getBodyExcerpt() {
    return bodyExcerpt;
  }
}
