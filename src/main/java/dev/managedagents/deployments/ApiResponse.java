package dev.managedagents.deployments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A call's result together with what the HTTP answer said: status, headers and request ID, from the
 * same request (no second one). Get one with {@code withResponse} on {@link Deployments} or {@link
 * DeploymentRuns}:
 *
 * <pre>{@code
 * ApiResponse<Deployment> response = client.deployments().withResponse(d -> d.retrieve(id));
 * log.info("{} took request {}", response.value().getId(), response.requestId());
 * }</pre>
 *
 * <p>Credential headers ({@code Set-Cookie}, {@code Authorization} and the like) show {@value
 * Redactor#MASK} instead of their value.
 *
 * @param <T> what the call returned
 */
public final class ApiResponse<T> {
  private final T value;
  private final int statusCode;
  private final Headers headers;

  ApiResponse(T value, int statusCode, Headers headers) {
    this.value = value;
    this.statusCode = statusCode;
    this.headers = headers;
  }

  /** What the call returned: the model, or the page. */
  public T value() {
    return value;
  }

  /** The HTTP status of the answer, such as 200. */
  public int statusCode() {
    return statusCode;
  }

  /** The answer's {@code request-id}, the one to quote to support; {@code null} if it had none. */
  public @Nullable String requestId() {
    return headers.get("request-id");
  }

  /** The last value of the header {@code name} (in any case), or {@code null}. */
  public @Nullable String header(String name) {
    String value = headers.get(name);
    return value == null || !Redactor.isSecretHeader(name) ? value : Redactor.MASK;
  }

  /** Every header by lower-case name, each with its values in order; read-only. */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> all = new TreeMap<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      List<String> values = new ArrayList<>();
      for (String value : headers.values(name)) {
        values.add(Redactor.isSecretHeader(name) ? Redactor.MASK : value);
      }
      all.put(lower, Collections.unmodifiableList(values));
    }
    return Collections.unmodifiableMap(all);
  }

  /** Status and request ID; not the value or the headers. */
  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId() + "}";
  }
}
