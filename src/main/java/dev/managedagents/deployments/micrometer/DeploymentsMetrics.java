package dev.managedagents.deployments.micrometer;

import dev.managedagents.deployments.ApiException;
import dev.managedagents.deployments.AttemptEvent;
import dev.managedagents.deployments.CallEvent;
import dev.managedagents.deployments.CallListener;
import dev.managedagents.deployments.ConnectionException;
import dev.managedagents.deployments.ValidationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Metrics of every call of a client, with low-cardinality tags only (the route template, never an
 * ID):
 *
 * <ul>
 *   <li>{@value #CALLS}, a timer per call, tagged {@code operation} (the spec's operation ID),
 *       {@code method}, {@code uri} (the route template), {@code outcome} ({@code success}, {@code
 *       client_error}, {@code server_error}, {@code network_error}, {@code refused}, {@code
 *       cancelled}, {@code unknown}) and {@code status} (the last answer's, or {@code NONE});
 *   <li>{@value #RETRIES}, a counter of attempts sent again, tagged {@code operation} and {@code
 *       reason} ({@link AttemptEvent#retryReason()}).
 * </ul>
 *
 * <pre>{@code
 * DeploymentsClient.builder().addCallListener(DeploymentsMetrics.create(meterRegistry)).build();
 * }</pre>
 */
public final class DeploymentsMetrics implements CallListener {
  /** The timer of whole calls, retries and their waits included. */
  public static final String CALLS = "deployments.client.calls";

  /** The counter of retries. */
  public static final String RETRIES = "deployments.client.retries";

  private final MeterRegistry registry;

  private DeploymentsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records calls in {@code registry}. */
  public static DeploymentsMetrics create(MeterRegistry registry) {
    return new DeploymentsMetrics(registry);
  }

  @Override
  public void attemptStarted(AttemptEvent attempt, BiConsumer<String, String> addHeader) {
    String reason = attempt.retryReason();
    if (reason != null) {
      Counter.builder(RETRIES)
          .description("Attempts the Deployments SDK sent again, by reason")
          .tag("operation", attempt.call().operationId())
          .tag("reason", reason)
          .register(registry)
          .increment();
    }
  }

  @Override
  public void callEnded(CallEvent call) {
    Timer.builder(CALLS)
        .description("Calls of the Deployments API, retries and waits included")
        .tag("operation", call.operationId())
        .tag("method", call.httpMethod())
        .tag("uri", call.routeTemplate())
        .tag("outcome", outcome(call.failure()))
        .tag("status", call.status() == 0 ? "NONE" : Integer.toString(call.status()))
        .register(registry)
        .record(call.durationNanos(), TimeUnit.NANOSECONDS);
  }

  private static String outcome(@Nullable Throwable failure) {
    if (failure == null) {
      return "success";
    } else if (failure instanceof ApiException) {
      return ((ApiException) failure).getStatus() >= 500 ? "server_error" : "client_error";
    } else if (failure instanceof ConnectionException) {
      return "network_error";
    } else if (failure instanceof ValidationException) {
      return "refused";
    } else if (failure instanceof CancellationException) {
      return "cancelled";
    }
    return "unknown";
  }
}
