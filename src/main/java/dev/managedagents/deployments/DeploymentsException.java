package dev.managedagents.deployments;

import org.jspecify.annotations.Nullable;

/** The root of every exception this SDK throws. Unchecked. */
public class DeploymentsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DeploymentsException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
