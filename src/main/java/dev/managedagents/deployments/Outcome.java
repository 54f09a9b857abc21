package dev.managedagents.deployments;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The future an async call returns: its {@code cancel} ends the call (HTTP call, wait and deadline)
 * after marking itself cancelled, and it maps the model to what the caller asked for.
 */
final class Outcome<T> extends CompletableFuture<T> {
  private final Function<Object, T> map;
  volatile @Nullable Exchange<?> exchange;

  @SuppressWarnings("unchecked")
  Outcome(Function<?, T> map) {
    this.map = (Function<Object, T>) map;
  }

  void completeWith(@Nullable Object value) {
    try {
      complete(map.apply(value));
    } catch (RuntimeException e) {
      completeExceptionally(e);
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
