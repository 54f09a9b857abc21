package dev.managedagents.deployments;

import dev.managedagents.deployments.Decisions.Step;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;

/**
 * A blocking call: its attempts run on the caller's thread, which waits between them on the call's
 * lock, so that a close or an interrupt ends the wait at once. The rest of the call (the attempts,
 * what their ends mean, cancel, close and the deadline) is {@link Exchange}'s.
 *
 * @param <M> the model the response decodes to
 */
final class BlockingExchange<M> extends Exchange<M> {
  /**
   * A blocking call of {@code operation} with {@code transport}'s settings: the context its request
   * is built for (the generated interface's {@code @Tag}), then run by {@link #execute}.
   */
  BlockingExchange(Transport transport, Operation operation) {
    super(transport, operation, null);
  }

  /**
   * Runs {@code template}, which the generated interface made for this exchange, on this thread and
   * returns its model, or throws a {@link DeploymentsException}.
   */
  M execute(Call<M> template) {
    try {
      requireOpen(transport);
    } catch (RuntimeException e) {
      throw refused(e);
    }
    this.template = template;
    return runHere();
  }

  private M runHere() {
    transport.register(this);
    try {
      while (true) {
        Call<M> next = newAttempt();
        Step step;
        try {
          step = answered(next.execute());
          attemptEnded(step, null); // listener hook
        } catch (IOException | RuntimeException e) {
          step = afterFailure(e);
          attemptEnded(step, e); // listener hook
        }
        if (step.value != null) {
          @SuppressWarnings("unchecked") // Step.done is only ever given this exchange's model
          M value = (M) step.value;
          callEnded(null); // listener hook
          return value;
        }
        if (step.failure != null) {
          throw step.failure;
        }
        awaitHere(step.wait);
      }
    } catch (RuntimeException | Error e) {
      callEnded(e); // listener hook
      throw e;
    } finally {
      transport.unregister(this);
    }
  }

  /** Waits on this thread before the next attempt; a close or an interrupt ends the wait. */
  private synchronized void awaitHere(Duration wait) {
    if (transport.sleeper != null && !wait.isZero()) {
      sleepFor(wait);
      return;
    }
    long until = System.nanoTime() + wait.toNanos();
    try {
      for (long left = wait.toNanos(); left > 0 && !finished; left = until - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = true;
      throw failure(
          "was interrupted while waiting to retry", new InterruptedIOException("interrupted"));
    }
    if (abortedWith != null) {
      throw abortedWith;
    }
  }
}
