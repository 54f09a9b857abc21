package dev.managedagents.deployments;

import dev.managedagents.deployments.model.RawJson;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Settings for some calls that differ from the client's, applied with {@code
 * client.deployments().withOptions(options)}: retries, the timeout, and what the spec does not know
 * yet (extra headers, query parameters and body properties). Immutable; each {@code with...}
 * returns a copy.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS =
      new RequestOptions(null, null, none(), none(), none());

  final @Nullable Integer maxRetries;
  final @Nullable Duration timeout;
  final Map<String, String> extraHeaders;
  final Map<String, String> extraQueryParameters;
  final Map<String, RawJson> extraBodyProperties;

  private RequestOptions(
      @Nullable Integer maxRetries,
      @Nullable Duration timeout,
      Map<String, String> extraHeaders,
      Map<String, String> extraQueryParameters,
      Map<String, RawJson> extraBodyProperties) {
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.extraHeaders = extraHeaders;
    this.extraQueryParameters = extraQueryParameters;
    this.extraBodyProperties = extraBodyProperties;
  }

  /** Returns options that change nothing. */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a copy that retries at most {@code maxRetries} times (0 for never). */
  public RequestOptions withMaxRetries(int maxRetries) {
    return then(
        new RequestOptions(Validation.maxRetries(maxRetries), null, none(), none(), none()));
  }

  /**
   * Returns a copy in which one whole call takes at most {@code timeout}, counted from the moment
   * it is made: time waiting for a free connection slot, every attempt and every retry wait.
   */
  public RequestOptions withTimeout(Duration timeout) {
    return then(
        new RequestOptions(null, Validation.positive(timeout, "timeout"), none(), none(), none()));
  }

  /**
   * Returns a copy that sends the header {@code name: value} with every request, for what the SDK
   * does not set yet. Headers the client manages (authentication, version, betas, workspace) are
   * refused: use the builder's settings for those.
   *
   * @throws ValidationException if the name or value could not be sent, or the client sets it
   */
  public RequestOptions withExtraHeader(String name, String value) {
    String header = Validation.header(name, "extraHeader");
    if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new ValidationException("extraHeader", "\"" + header + "\" is not a header name");
    }
    if (HeadersInterceptor.isManaged(header)) {
      throw new ValidationException(
          "extraHeader",
          "\""
              + header.toLowerCase(Locale.ROOT)
              + "\" is set by the client; use DeploymentsClient.Builder (apiKey, addBeta,"
              + " workspaceId) instead");
    }
    String checked = Validation.header(value, "extraHeader " + header);
    return then(new RequestOptions(null, null, with(none(), header, checked), none(), none()));
  }

  /**
   * Returns a copy that adds the query parameter {@code name=value} to every request, for filters
   * the SDK does not know yet. A parameter the operation documents (set with its params class, such
   * as {@code limit}) is refused when the request is made, not sent unchecked or overwritten.
   */
  public RequestOptions withExtraQueryParameter(String name, String value) {
    Map<String, String> parameter = with(none(), "extraQueryParameter", name, value);
    return then(new RequestOptions(null, null, none(), parameter, none()));
  }

  /**
   * Returns a copy that adds the top-level property {@code name} with the JSON {@code value} to the
   * body of create and update, for properties the SDK does not know yet. A property the body
   * already has is refused, not overwritten, and so is the option on a call that has no body.
   */
  public RequestOptions withExtraBodyProperty(String name, RawJson value) {
    Map<String, RawJson> property = with(none(), "extraBodyProperty", name, value);
    return then(new RequestOptions(null, null, none(), none(), property));
  }

  /** These options with {@code later}'s applied on top: its settings win, extras add up. */
  RequestOptions then(RequestOptions later) {
    return new RequestOptions(
        later.maxRetries != null ? later.maxRetries : maxRetries,
        later.timeout != null ? later.timeout : timeout,
        union(extraHeaders, later.extraHeaders),
        union(extraQueryParameters, later.extraQueryParameters),
        union(extraBodyProperties, later.extraBodyProperties));
  }

  private static <V> Map<String, V> none() {
    return Collections.emptyMap();
  }

  private static <V> Map<String, V> union(Map<String, V> first, Map<String, V> second) {
    if (second.isEmpty()) {
      return first;
    }
    Map<String, V> all = new LinkedHashMap<>(first);
    all.putAll(second);
    return Collections.unmodifiableMap(all);
  }

  /** {@code map} and {@code name: value}, both checked present, for the setting {@code setting}. */
  private static <V> Map<String, V> with(
      Map<String, V> map, String setting, @Nullable String name, @Nullable V value) {
    if (name == null || name.isEmpty()) {
      throw new ValidationException(setting, "the name must not be empty");
    }
    if (value == null) {
      throw new ValidationException(setting + " " + name, "must not be null");
    }
    return with(map, name, value);
  }

  private static <V> Map<String, V> with(Map<String, V> map, String name, V value) {
    Map<String, V> copy = new LinkedHashMap<>(map);
    copy.put(name, value);
    return Collections.unmodifiableMap(copy);
  }

  /** Names the settings; never shows header values or body values, which may be secrets. */
  @Override
  public String toString() {
    return "RequestOptions{maxRetries="
        + maxRetries
        + ", timeout="
        + timeout
        + ", extraHeaders="
        + extraHeaders.keySet()
        + ", extraQueryParameters="
        + extraQueryParameters.keySet()
        + ", extraBodyProperties="
        + extraBodyProperties.keySet()
        + "}";
  }
}
