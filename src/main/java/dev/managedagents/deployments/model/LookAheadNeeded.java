package dev.managedagents.deployments.model;

import java.io.IOException;

/**
 * Thrown by a union on such a reader for an unknown variant, whose exact text only a look-ahead
 * keeps, and when its object has no plain string tag (an error, or a rare escaped name): only a
 * plain reader with look-ahead gives the result, or the error, it would give. The only {@link
 * IOException} a read from bytes in memory throws that is not a JSON error, so the client's decoder
 * takes any such exception as the sign to read again on a plain reader; it needs no stack trace.
 */
final class LookAheadNeeded extends IOException {
  private static final long serialVersionUID = 1L;

  static final LookAheadNeeded INSTANCE = new LookAheadNeeded();

  private LookAheadNeeded() {
    super("A union needs to look ahead for its tag");
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // one shared instance, thrown as a signal
  }
}
