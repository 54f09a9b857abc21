package dev.managedagents.deployments;

import dev.managedagents.deployments.Decisions.Step;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * An async call: its attempts run on OkHttp's threads and each wait is scheduled on the client's
 * timer, so that no thread is held while the call waits; it ends by completing its future ({@link
 * Outcome}). The rest of the call (the attempts, what their ends mean, cancel, close and the
 * deadline) is {@link Exchange}'s.
 *
 * @param <M> the model the response decodes to
 */
final class AsyncExchange<M> extends Exchange<M> implements Callback<M>, Runnable {
  private AsyncExchange(Transport transport, Operation operation, Outcome<?> future) {
    super(transport, operation, future);
  }

  /** Makes the request of an async call, once its exchange exists; may refuse an argument. */
  interface Preparation<M> {
    Call<M> prepare(Exchange<M> call);
  }

  /**
   * Starts an async call of {@code operation}, whose request {@code prepare} makes, and returns its
   * result, mapped by {@code map}, as a future whose {@code cancel} stops the call. An argument
   * that {@code prepare} refuses, or a closed client, fails the future rather than throwing, so
   * async callers handle every failure in one place.
   */
  static <M, T> CompletableFuture<T> enqueue(
      Transport transport, Operation operation, Preparation<M> prepare, Function<M, T> map) {
    Outcome<T> outcome = new Outcome<>(map, transport.hooks);
    AsyncExchange<M> exchange = null;
    try {
      requireOpen(transport);
      exchange = new AsyncExchange<>(transport, operation, outcome);
      exchange.template = prepare.prepare(exchange);
    } catch (RuntimeException e) {
      if (exchange != null) {
        exchange.refused(e);
      } else {
        transport.hooks.refused(operation, true, e); // listener hook
      }
      outcome.failWith(e);
      return outcome;
    }
    outcome.exchange = exchange;
    exchange.start();
    return outcome;
  }

  /** {@link #enqueue(Transport, Operation, Preparation, Function)} of the model itself. */
  static <M> CompletableFuture<M> enqueue(
      Transport transport, Operation operation, Preparation<M> prepare) {
    return enqueue(transport, operation, prepare, Function.identity());
  }

  private void start() {
    transport.register(this);
    synchronized (this) {
      if (finished) {
        return; // closed before it started
      }
    }
    Future<?> timer = schedule(this::onDeadline, deadlineNanos - System.nanoTime());
    synchronized (this) {
      deadline = timer;
    }
    sendAsync();
  }

  /** The next attempt of an async call, when the client's timer has waited for it. */
  @Override
  public void run() {
    sendAsync();
  }

  private void sendAsync() {
    Call<M> next;
    try {
      next = newAttempt();
    } catch (RuntimeException e) {
      finish(null, e); // a no-op when whoever ended the call has completed it already
      return;
    }
    next.enqueue(this);
  }

  @Override
  public void onResponse(Call<M> call, Response<M> response) {
    continueAsync(response, null);
  }

  @Override
  public void onFailure(Call<M> call, Throwable failure) {
    continueAsync(null, failure);
  }

  /** Decides what the attempt means and acts on it; anything thrown deciding ends the call. */
  private void continueAsync(@Nullable Response<M> response, @Nullable Throwable failure) {
    Step step;
    try {
      step = response != null ? answered(response) : afterFailure(Objects.requireNonNull(failure));
    } catch (Throwable t) {
      finish(null, unexpected(t));
      return;
    }
    attemptEnded(step, failure); // listener hook
    if (step.value != null) {
      finish(step.value, null);
    } else if (step.failure != null) {
      finish(null, step.failure);
    } else if (step.wait.isZero()) {
      sendAsync();
    } else if (transport.sleeper != null) {
      sleepFor(step.wait);
      sendAsync();
    } else {
      Future<?> next = schedule(this, step.wait.toNanos());
      synchronized (this) {
        scheduled = next;
        if (finished && next != null) {
          next.cancel(false); // ended while it was being scheduled
        }
      }
    }
  }

  /** Runs {@code task} on the client's timer; a client closed meanwhile ends the call instead. */
  private @Nullable Future<?> schedule(Runnable task, long delayNanos) {
    try {
      return transport.scheduler().schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closedMeanwhile) {
      closed();
      return null;
    }
  }

  private void finish(@Nullable Object value, @Nullable Throwable failure) {
    Future<?> timer;
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
      timer = deadline;
    }
    if (timer != null) {
      timer.cancel(false);
    }
    transport.unregister(this);
    callEnded(failure); // listener hook
    Outcome<?> outcome = future;
    if (outcome != null) {
      if (failure != null) {
        outcome.failWith(failure);
      } else {
        outcome.completeWith(value);
      }
    }
  }
}
