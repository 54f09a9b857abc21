package dev.managedagents.deployments;

import java.io.IOException;

/**
 * The request failed on the network: the connection could not be made, broke, or timed out. The
 * cause is the {@link IOException}.
 */
public final class ConnectionException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final boolean possiblySent;

  ConnectionException(String message, IOException cause, boolean possiblySent) {
    super(message, cause);
    this.possiblySent = possiblySent;
  }

  /**
   * Whether the request may have reached the server. When true for a create or a run, the operation
   * may have happened: list before you try again.
   */
  public boolean isPossiblySent() {
    return possiblySent;
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
