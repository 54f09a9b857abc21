package dev.managedagents.deployments;

import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Which redirects a call follows by itself: a GET's, to the same origin, up to {@link #MAX} in a
 * row. A write is never sent to another address, and the API key never leaves its origin; any other
 * redirect ends the call with the server's answer and the reason it was not followed.
 */
final class Redirects {
  /** How many same-origin redirects a GET follows. */
  static final int MAX = 5;

  private Redirects() {}

  /**
   * Why {@code operation}'s redirect from {@code from} to {@code target} (null: no usable {@code
   * Location}) is not followed, after {@code followed} others; {@code null} when it is.
   */
  static @Nullable String whyNotFollowed(
      Operation operation, @Nullable HttpUrl target, HttpUrl from, int followed) {
    if (target == null) {
      return "it named no usable location";
    }
    if (!operation.method.equals("GET")) {
      return "a write is never sent again to another address, nor turned into a GET";
    }
    if (!sameOrigin(target, from)) {
      return "it points to another origin, which must not receive the API key";
    }
    if (followed >= MAX) {
      return "it is redirect number "
          + (followed + 1)
          + ", past the "
          + MAX
          + " the client follows";
    }
    return null;
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
