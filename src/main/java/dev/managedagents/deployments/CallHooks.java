package dev.managedagents.deployments;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a client's calls report to and complete on: its {@link CallListener}s, the executor that
 * completes async futures, and the hook that carries the caller's context to it. Immutable; a view
 * may add a listener ({@link #with}).
 */
final class CallHooks {
  static final CallHooks NONE = new CallHooks("", -1, new CallListener[0], null, false, null, null);

  /** The host and port of the client's base URL, which calls name as their server. */
  final String serverAddress;

  final int serverPort;

  final CallListener[] listeners;

  /**
   * What starts each call's events; made only where a listener is added ({@link
   * CallEvents#OBSERVER}), so that a shrinker drops every listener class from an app that adds
   * none.
   */
  final @Nullable Observer observer;

  /** Whether OkHttp's events are recorded ({@link AttemptTimings} is installed). */
  final boolean timed;

  final @Nullable Executor completionExecutor;
  final @Nullable UnaryOperator<Runnable> asyncContext;

  CallHooks(
      String serverAddress,
      int serverPort,
      CallListener[] listeners,
      @Nullable Observer observer,
      boolean timed,
      @Nullable Executor completionExecutor,
      @Nullable UnaryOperator<Runnable> asyncContext) {
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.listeners = listeners;
    this.observer = observer;
    this.timed = timed;
    this.completionExecutor = completionExecutor;
    this.asyncContext = asyncContext;
  }

  /** These hooks with {@code listener} added last. */
  CallHooks with(CallListener listener) {
    CallListener[] more = Arrays.copyOf(listeners, listeners.length + 1);
    more[listeners.length] = listener;
    return new CallHooks(
        serverAddress,
        serverPort,
        more,
        new CallEvents.Observer(),
        timed,
        completionExecutor,
        asyncContext);
  }

  /** The events of a call that starts now; null without listeners. */
  @Nullable CallEvents start(Operation operation, boolean async) {
    return observer == null ? null : observer.start(this, operation, async);
  }

  /** A call that its arguments stopped before anything was sent: it starts and ends at once. */
  void refused(Operation operation, boolean async, Throwable failure) {
    if (observer != null) {
      observer.start(this, operation, async).callEnded(failure);
    }
  }

  /** Starts the events of calls, and has OkHttp time their attempts. */
  interface Observer {
    CallEvents start(CallHooks hooks, Operation operation, boolean async);

    void timeAttempts(OkHttpClient.Builder http, EventListener.@Nullable Factory theirs);
  }
}
