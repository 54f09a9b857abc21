package dev.managedagents.deployments;

import dev.managedagents.deployments.Decisions.Step;
import java.io.InterruptedIOException;
import java.util.function.BiConsumer;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * What one call tells its {@link CallListener}s, and when: {@link Exchange} reports its start, each
 * attempt's start and end, and its end; this keeps the {@link CallEvent} and the attempt under way,
 * and works out why the next attempt is sent. Only calls of a client with listeners have one, so a
 * call without pays nothing; only {@link Observer} makes one, so an app shrunk by R8 that adds no
 * listener keeps none of these classes.
 */
final class CallEvents {
  private final CallListener[] listeners;
  private final boolean timed;
  private final CallEvent call;

  // Guarded by this: a cancel, a close or the deadline can end the call from another thread.
  private @Nullable AttemptEvent current;
  private @Nullable Attempt currentAttempt;
  private @Nullable String nextReason;
  private long nextWaitNanos;
  private boolean ended;

  private CallEvents(CallHooks hooks, CallEvent call) {
    this.listeners = hooks.listeners;
    this.timed = hooks.timed;
    this.call = call;
  }

  /** The observer of a client with listeners; see {@link CallHooks#observer}. */
  static final class Observer implements CallHooks.Observer {
    @Override
    public CallEvents start(CallHooks hooks, Operation operation, boolean async) {
      return CallEvents.start(hooks, operation, async);
    }

    @Override
    public void timeAttempts(OkHttpClient.Builder http, EventListener.@Nullable Factory theirs) {
      http.eventListenerFactory(AttemptTimings.factory(theirs));
    }
  }

  /** The events of a call that starts now, reported to the listeners. */
  private static CallEvents start(CallHooks hooks, Operation operation, boolean async) {
    CallEvents events =
        new CallEvents(
            hooks, new CallEvent(operation, hooks.serverAddress, hooks.serverPort, async));
    for (CallListener listener : events.listeners) {
      try {
        listener.callStarted(events.call);
      } catch (RuntimeException ignored) {
        // A listener must not change what the call does.
      }
    }
    return events;
  }

  /**
   * The request of an attempt about to be sent: tagged with its timings, with the headers the
   * listeners add (trace context), none of which may replace one the client sets.
   */
  Request attemptStarts(Request request, Attempt attempt) {
    AttemptEvent event;
    synchronized (this) {
      if (ended) {
        return request;
      }
      event = new AttemptEvent(call, call.attempts() + 1, nextReason, nextWaitNanos, timed);
      call.attemptStarted();
      current = event;
      currentAttempt = attempt;
      nextReason = null;
      nextWaitNanos = 0;
    }
    Request.Builder tagged = request.newBuilder();
    if (timed) {
      tagged.tag(AttemptTimings.class, event.timings);
    }
    BiConsumer<String, String> addHeader =
        (name, value) -> {
          if (!HeadersInterceptor.isManaged(name)
              && !Redactor.isSecretHeader(name)
              && request.header(name) == null) {
            tagged.header(name, value);
          }
        };
    for (CallListener listener : listeners) {
      try {
        listener.attemptStarted(event, addHeader);
      } catch (RuntimeException ignored) {
        // As above; a header OkHttp refuses is dropped the same way.
      }
    }
    return tagged.build();
  }

  /**
   * The attempt under way ended, and {@code step} is what the call does next; {@code thrown} is
   * what ended it without a usable answer, if anything did.
   */
  void attemptEnded(Step step, @Nullable Throwable thrown) {
    AttemptEvent event;
    synchronized (this) {
      event = current;
      Attempt attempt = currentAttempt;
      if (event == null || ended) {
        return; // ended with its call
      }
      current = null;
      end(event, attempt, thrown);
      if (step.value == null && step.failure == null) {
        nextReason = retryReason(attempt, thrown);
        nextWaitNanos = step.wait.toNanos();
      }
    }
    for (CallListener listener : listeners) {
      try {
        listener.attemptEnded(event);
      } catch (RuntimeException ignored) {
        // As above.
      }
    }
  }

  /** The call ended, with {@code failure} or a value; an attempt still under way ends with it. */
  void callEnded(@Nullable Throwable failure) {
    AttemptEvent open;
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      open = current;
      current = null;
      if (open != null) {
        end(open, currentAttempt, failure);
      }
      call.ended(failure);
    }
    for (CallListener listener : listeners) {
      try {
        if (open != null) {
          listener.attemptEnded(open);
        }
        listener.callEnded(call);
      } catch (RuntimeException ignored) {
        // As above.
      }
    }
  }

  private void end(AttemptEvent event, @Nullable Attempt attempt, @Nullable Throwable thrown) {
    boolean answered = attempt != null && attempt.answered;
    boolean sent = answered || (attempt != null && attempt.possiblySent());
    event.ended(
        answered ? attempt.status : 0,
        answered ? attempt.headers : null,
        thrown == null ? null : thrown.getClass().getName(),
        sent,
        attempt != null && attempt.reusedConnection);
    if (answered) {
      call.answered(attempt.status, attempt.headers);
    }
    if (sent) {
      call.mayHaveBeenSent();
    }
  }

  /** Why the call sends another attempt after {@code attempt}: a low-cardinality name. */
  private static String retryReason(@Nullable Attempt attempt, @Nullable Throwable thrown) {
    if (attempt == null) {
      return "connection_failed";
    } else if (attempt.turnedDownConnection) {
      return "connection_turned_down";
    } else if (attempt.answered && thrown == null) {
      return attempt.status >= 300 && attempt.status < 400
          ? "redirect"
          : "status_" + attempt.status;
    } else if (attempt.answered) {
      return "read_failed";
    } else if (attempt.refused) {
      return "refused_stream";
    } else if (attempt.failedOnStaleConnection()) {
      return "stale_connection";
    } else if (thrown instanceof InterruptedIOException) {
      return "timeout";
    }
    return "connection_failed";
  }
}
