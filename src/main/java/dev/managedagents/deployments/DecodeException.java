package dev.managedagents.deployments;

import org.jspecify.annotations.Nullable;

/** A response, or JSON given to {@link DeploymentsJson}, could not be read as the expected model. */
public final class DecodeException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final String model;
  private final @Nullable String path;

  DecodeException(String model, @Nullable String path, String problem, @Nullable Throwable cause) {
    super("Cannot decode " + model + (path == null ? "" : " at " + path) + ": " + problem, cause);
    this.model = model;
    this.path = path;
  }

  /** The model that was being read, such as {@code Deployment}. */
  public String getModel() {
    return model;
  }

  /** Where in the JSON reading failed, such as {@code $.data[3].agent}, when known. */
  public @Nullable String getPath() {
    return path;
  }
}
