package dev.managedagents.deployments;

import java.time.Duration;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Checks arguments before anything is sent, and fails naming the field and the rule. */
final class Validation {
  private Validation() {}

  /**
   * A request body {@code name}, which must be there. Its documented limits are checked as it is
   * encoded (its model's adapter refuses a broken one), as each attempt's request is built.
   */
  static <T> T body(@Nullable T params, String name) {
    if (params == null) {
      throw new ValidationException(name, "must not be null");
    }
    return params;
  }

  /**
   * An ID that goes into the path as one segment. Any character is percent-encoded, so an ID cannot
   * change the path; what is refused is what could never be an ID.
   */
  static String pathId(@Nullable String id, String name) {
    if (id == null) {
      throw new ValidationException(name, "must not be null");
    }
    if (id.trim().isEmpty()) {
      throw new ValidationException(name, "must not be blank");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new ValidationException(
          name, "\"" + id + "\" is not an ID: it would name another path");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new ValidationException(name, "must not contain control characters");
      }
    }
    wellFormed(id, name);
    return id;
  }

  /**
   * A string that goes into the URL as given. UTF-8 cannot encode a lone UTF-16 surrogate: OkHttp
   * would send {@code %3F} ("?") in its place, which names something else, so it is refused.
   */
  static @Nullable String wellFormed(@Nullable String value, String name) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ValidationException(
            name,
            String.format(
                "must not contain a lone UTF-16 surrogate; found U+%04X at index %d, which UTF-8"
                    + " cannot encode",
                (int) c, i));
      }
    }
    return value;
  }

  /**
   * Checks an integer parameter, such as a page size, against the spec's range; {@code null} means
   * not set.
   */
  static void inRange(String name, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new ValidationException(
          name, "is " + value + "; it must be from " + min + " to " + max);
    }
  }

  static int maxRetries(int maxRetries) {
    if (maxRetries < 0 || maxRetries > 10) {
      throw new ValidationException("maxRetries", "is " + maxRetries + "; it must be from 0 to 10");
    }
    return maxRetries;
  }

  static Duration positive(@Nullable Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new ValidationException(name, "is " + duration + "; it must be a positive duration");
    }
    return duration;
  }

  /**
   * A value that goes into a header: printable ASCII only, as HTTP allows (a key pasted with a
   * no-break space would otherwise fail every call). The value itself is never quoted: it may be a
   * key.
   */
  static String header(@Nullable String value, String name) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(name, "must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new ValidationException(
            name,
            String.format(
                "must contain only printable ASCII characters; found U+%04X at index %d",
                (int) c, i));
      }
    }
    return value;
  }

  /** The API key given or found in the environment, if there is one fit for a header. */
  static String apiKey(@Nullable String key) {
    if (key == null || key.trim().isEmpty()) {
      throw new ValidationException(
          "apiKey", "is missing; call apiKey(...) or set ANTHROPIC_API_KEY");
    }
    return header(key, "apiKey");
  }

  /**
   * An https URL, or an http one on this machine or where the caller allowed it; a path prefix is
   * kept and ends with a slash.
   */
  static HttpUrl baseUrl(String value, String argument, boolean allowInsecureHttp) {
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      throw new ValidationException(argument, "\"" + value + "\" is not an http or https URL");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new ValidationException(argument, "must not have a query or a fragment");
    }
    if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new ValidationException(
          argument,
          "is http:// on "
              + url.host()
              + ", which would send the API key unencrypted; use https://, or call"
              + " allowInsecureHttp(true) for a server you trust on a network you trust");
    }
    return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
  }

  /**
   * Whether {@code host} (as {@link HttpUrl#host()} gives it) is this machine: {@code localhost}, a
   * name under it (RFC 6761), an IPv4 address in 127.0.0.0/8, or {@code ::1}.
   */
  static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.equals("::1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
