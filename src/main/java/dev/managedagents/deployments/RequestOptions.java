package dev.managedagents.deployments;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Settings for some calls that differ from the client's, applied with {@code
 * client.deployments().withOptions(options)}. Immutable.
 */
public final class RequestOptions {
  final @Nullable Integer maxRetries;
  final @Nullable Duration timeout;

  private RequestOptions(@Nullable Integer maxRetries, @Nullable Duration timeout) {
    this.maxRetries = maxRetries;
    this.timeout = timeout;
  }

  /** Returns options that change nothing. */
  public static RequestOptions defaults() {
    return new RequestOptions(null, null);
  }

  /** Returns a copy that retries at most {@code maxRetries} times (0 for never). */
  public RequestOptions withMaxRetries(int maxRetries) {
    return new RequestOptions(Validation.maxRetries(maxRetries), timeout);
  }

  /** Returns a copy in which one whole call, retries included, takes at most {@code timeout}. */
  public RequestOptions withTimeout(Duration timeout) {
    return new RequestOptions(maxRetries, Validation.positive(timeout, "timeout"));
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries + ", timeout=" + timeout + "}";
  }
}
