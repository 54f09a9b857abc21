package dev.managedagents.deployments;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a client's calls report to and complete on: its {@link CallListener}s, the executor that
 * completes async futures, and the hook that carries the caller's context to it. Immutable; a view
 * may add a listener ({@link #with}).
 */
final class CallHooks {
  static final CallHooks NONE = new CallHooks("", -1, new CallListener[0], false, null, null);

  /** The host and port of the client's base URL, which calls name as their server. */
  final String serverAddress;

  final int serverPort;

  final CallListener[] listeners;

  /** Whether OkHttp's events are recorded ({@link AttemptTimings} is installed). */
  final boolean timed;

  final @Nullable Executor completionExecutor;
  final @Nullable UnaryOperator<Runnable> asyncContext;

  CallHooks(
      String serverAddress,
      int serverPort,
      CallListener[] listeners,
      boolean timed,
      @Nullable Executor completionExecutor,
      @Nullable UnaryOperator<Runnable> asyncContext) {
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.listeners = listeners;
    this.timed = timed;
    this.completionExecutor = completionExecutor;
    this.asyncContext = asyncContext;
  }

  /** These hooks with {@code listener} added last. */
  CallHooks with(CallListener listener) {
    CallListener[] more = Arrays.copyOf(listeners, listeners.length + 1);
    more[listeners.length] = listener;
    return new CallHooks(serverAddress, serverPort, more, timed, completionExecutor, asyncContext);
  }
}
