package dev.managedagents.deployments;

import org.jspecify.annotations.Nullable;

/**
 * A response body was larger than the client reads ({@link
 * DeploymentsClient.Builder#maxResponseSize}, counted after decompression). The call failed before
 * the body could exhaust memory; the server did answer, so a write may have happened.
 */
public final class ResponseTooLargeException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final int status;
  private final @Nullable String requestId;

  ResponseTooLargeException(String message, long limit, int status, @Nullable String requestId) {
    super(message, null);
    this.limit = limit;
    this.status = status;
    this.requestId = requestId;
  }

  /** The most bytes the client reads of one response body. */
  public long getLimit() {
    return limit;
  }

  /** The HTTP status of the response. */
  public int getStatus() {
    return status;
  }

  /** The request's ID ({@code req_…}) from the {@code request-id} header, when there was one. */
  public @Nullable String getRequestId() {
    return requestId;
  }
}
