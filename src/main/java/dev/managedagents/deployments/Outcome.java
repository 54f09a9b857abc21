package dev.managedagents.deployments;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The future an async call returns: its {@code cancel} ends the call (HTTP call, wait and deadline)
 * after marking itself cancelled, and it maps the model to what the caller asked for. It completes
 * on the thread that ends the call, or on the client's completion executor, in the context the
 * client's context hook captured when the call was made.
 */
final class Outcome<T> extends CompletableFuture<T> {
  private final Function<Object, T> map;
  volatile @Nullable Exchange<?> exchange;

  /** Where to complete; null: on the thread that ends the call. */
  private final @Nullable Executor executor;

  /**
   * Completes with the pending result, in the caller's context; null without an executor or hook.
   */
  private final @Nullable Runnable delivery;

  // Set before delivery runs, which the executor's hand-off orders after these writes.
  private @Nullable Object pendingValue;
  private @Nullable Throwable pendingFailure;

  @SuppressWarnings("unchecked")
  Outcome(Function<?, T> map, CallHooks hooks) {
    this.map = (Function<Object, T>) map;
    this.executor = hooks.completionExecutor;
    UnaryOperator<Runnable> context = hooks.asyncContext;
    if (executor == null && context == null) {
      this.delivery = null;
    } else {
      Runnable deliver = this::deliverPending;
      this.delivery = context == null ? deliver : context.apply(deliver);
    }
  }

  void completeWith(@Nullable Object value) {
    if (delivery != null) {
      pendingValue = value;
      deliver(delivery);
      return;
    }
    completeMapped(value);
  }

  void failWith(Throwable failure) {
    if (delivery != null) {
      pendingFailure = failure;
      deliver(delivery);
      return;
    }
    completeExceptionally(failure);
  }

  private void completeMapped(@Nullable Object value) {
    try {
      complete(map.apply(value));
    } catch (RuntimeException e) {
      completeExceptionally(e);
    }
  }

  private void deliver(Runnable task) {
    if (executor == null) {
      task.run();
      return;
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      task.run(); // an executor shut down before the client: the caller still hears
    }
  }

  private void deliverPending() {
    Throwable failure = pendingFailure;
    if (failure != null) {
      completeExceptionally(failure);
    } else {
      completeMapped(pendingValue);
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    Exchange<?> running = exchange;
    if (cancelled && running != null) {
      running.abort(null);
    }
    return cancelled;
  }
}
