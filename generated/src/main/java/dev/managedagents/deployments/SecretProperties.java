// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JSON property names the spec marks {@code x-secret} (write-only credentials): their values
 * are masked wherever the client shows a body, such as in logs and error excerpts.
 */
final class SecretProperties {
  /** The names, as they appear on the wire. */
  static final Set<String> NAMES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  new String[] {
                    "authorization_token",
                  })));

  private SecretProperties() {}
}
