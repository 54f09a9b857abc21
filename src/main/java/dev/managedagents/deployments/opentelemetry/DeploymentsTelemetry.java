package dev.managedagents.deployments.opentelemetry;

import dev.managedagents.deployments.ApiException;
import dev.managedagents.deployments.AttemptEvent;
import dev.managedagents.deployments.CallEvent;
import dev.managedagents.deployments.CallListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Traces every call of a client: a client span per call, named by its operation ({@code
 * retrieveDeployment}), child of the caller's current span (for async and Kotlin suspend calls too:
 * the one current where the call is made), and under it a client span per attempt, named {@code GET
 * /v1/deployments/{deployment_id}}, whose context goes out in the request's headers (W3C {@code
 * traceparent}, or whatever propagators the {@link OpenTelemetry} has).
 *
 * <pre>{@code
 * DeploymentsTelemetry telemetry = DeploymentsTelemetry.create(openTelemetry);
 * DeploymentsClient client = DeploymentsClient.builder()
 *     .addCallListener(telemetry)
 *     .asyncContext(telemetry.asyncContext()) // futures complete in the caller's span
 *     .build();
 * }</pre>
 *
 * <p>Attributes follow OpenTelemetry's HTTP client conventions: {@code http.request.method}, {@code
 * url.template}, {@code server.address}, {@code server.port}, {@code http.response.status_code},
 * {@code http.request.resend_count}, {@code error.type}; and {@code deployments.operation_id},
 * {@code deployments.request_id}, {@code deployments.retry_reason}. No URL, header or body is
 * recorded, so no ID of the path, key or secret property.
 */
public final class DeploymentsTelemetry implements CallListener {
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> OPERATION_ID =
      AttributeKey.stringKey("deployments.operation_id");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("deployments.request_id");
  static final AttributeKey<String> RETRY_REASON =
      AttributeKey.stringKey("deployments.retry_reason");

  private static final TextMapSetter<BiConsumer<String, String>> HEADERS =
      (headers, name, value) -> {
        if (headers != null) {
          headers.accept(name, value);
        }
      };

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final Map<CallEvent, Span> calls = new ConcurrentHashMap<>();
  private final Map<AttemptEvent, Span> attempts = new ConcurrentHashMap<>();

  private DeploymentsTelemetry(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("dev.managedagents.deployments");
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  /** Traces calls with {@code openTelemetry}'s tracer and propagators. */
  public static DeploymentsTelemetry create(OpenTelemetry openTelemetry) {
    return new DeploymentsTelemetry(openTelemetry);
  }

  /**
   * For {@code DeploymentsClient.Builder.asyncContext}: an async call's future completes in the
   * OpenTelemetry context current where the call was made, so what is chained on it stays in the
   * caller's trace.
   */
  public UnaryOperator<Runnable> asyncContext() {
    return task -> Context.current().wrap(task);
  }

  @Override
  public void callStarted(CallEvent call) {
    Span span =
        common(tracer.spanBuilder(call.operationId()), call)
            .setParent(Context.current())
            .setAttribute(OPERATION_ID, call.operationId())
            .startSpan();
    calls.put(call, span);
  }

  @Override
  public void attemptStarted(AttemptEvent attempt, BiConsumer<String, String> addHeader) {
    CallEvent call = attempt.call();
    Span parent = calls.get(call);
    if (parent == null) {
      return;
    }
    SpanBuilder builder =
        common(tracer.spanBuilder(call.httpMethod() + " " + call.routeTemplate()), call)
            .setParent(Context.current().with(parent));
    if (attempt.number() > 1) {
      builder.setAttribute(RESEND_COUNT, (long) attempt.number() - 1);
    }
    String reason = attempt.retryReason();
    if (reason != null) {
      builder.setAttribute(RETRY_REASON, reason);
    }
    Span span = builder.startSpan();
    attempts.put(attempt, span);
    propagator.inject(Context.current().with(span), addHeader, HEADERS);
  }

  @Override
  public void attemptEnded(AttemptEvent attempt) {
    Span span = attempts.remove(attempt);
    if (span == null) {
      return;
    }
    int status = attempt.status();
    String error = attempt.errorType();
    if (error == null && status >= 400) {
      error = Integer.toString(status);
    }
    end(span, status, attempt.requestId(), error);
  }

  @Override
  public void callEnded(CallEvent call) {
    Span span = calls.remove(call);
    if (span == null) {
      return;
    }
    if (call.attempts() > 1) {
      span.setAttribute(RESEND_COUNT, (long) call.attempts() - 1);
    }
    Throwable failure = call.failure();
    String error = null;
    if (failure instanceof ApiException) {
      error = Integer.toString(((ApiException) failure).getStatus());
    } else if (failure != null) {
      error = failure.getClass().getName();
    }
    end(span, call.status(), call.requestId(), error);
  }

  private static SpanBuilder common(SpanBuilder builder, CallEvent call) {
    return builder
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(METHOD, call.httpMethod())
        .setAttribute(URL_TEMPLATE, call.routeTemplate())
        .setAttribute(SERVER_ADDRESS, call.serverAddress())
        .setAttribute(SERVER_PORT, (long) call.serverPort());
  }

  private static void end(
      Span span, int status, @Nullable String requestId, @Nullable String error) {
    if (status > 0) {
      span.setAttribute(STATUS, (long) status);
    }
    if (requestId != null) {
      span.setAttribute(REQUEST_ID, requestId);
    }
    if (error != null) {
      span.setAttribute(ERROR_TYPE, error);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }
}
