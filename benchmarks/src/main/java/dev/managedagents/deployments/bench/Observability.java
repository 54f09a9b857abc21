package dev.managedagents.deployments.bench;

import dev.managedagents.deployments.CallListener;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentsParams;
import dev.managedagents.deployments.Page;
import dev.managedagents.deployments.micrometer.DeploymentsMetrics;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.opentelemetry.DeploymentsTelemetry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (7) What observing calls costs (issue 21): the retrieve and the list of 100 of (4) and (5), from
 * the same loopback server, with the SDK client built as in {@link Clients} plus one observer.
 *
 * <ul>
 *   <li>{@code none}: no listener, the baseline;
 *   <li>{@code listener}: a {@link CallListener} that does nothing, the cost of the events alone;
 *   <li>{@code otel}: {@link DeploymentsTelemetry} on the OpenTelemetry SDK as a service sets it
 *       up: an {@link SdkTracerProvider} (every span sampled) whose {@link BatchSpanProcessor}
 *       hands batches to an exporter that only counts them, and the W3C trace-context propagator,
 *       so each attempt also sends a {@code traceparent} header;
 *   <li>{@code micrometer}: {@link DeploymentsMetrics} on a {@link SimpleMeterRegistry}.
 * </ul>
 *
 * <p>Average time per call; {@code -prof gc} gives the bytes per call, the in-process server's
 * share included (the same in every setup). Each setup is checked to record before it is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Observability {
  static final String[] SETUPS = {"none", "listener", "otel", "micrometer"};

  @Param({"none", "listener", "otel", "micrometer"})
  public String setup;

  private final ListDeploymentsParams list = ListDeploymentsParams.builder().limit(100).build();
  private LoopbackServer server;
  private DeploymentsClient client;
  private SdkTracerProvider tracerProvider;
  private final LongAdder exportedSpans = new LongAdder();
  private SimpleMeterRegistry registry;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start();
    DeploymentsClient.Builder builder = Clients.sdkBuilder(server.baseUrl());
    switch (setup) {
      case "none":
        break;
      case "listener":
        builder.addCallListener(new CallListener() {});
        break;
      case "otel":
        tracerProvider =
            SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(new CountingExporter()).build())
                .build();
        OpenTelemetrySdk openTelemetry =
            OpenTelemetrySdk.builder()
                .setTracerProvider(tracerProvider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        builder.addCallListener(DeploymentsTelemetry.create(openTelemetry));
        break;
      case "micrometer":
        registry = new SimpleMeterRegistry();
        builder.addCallListener(DeploymentsMetrics.create(registry));
        break;
      default:
        throw new IllegalArgumentException("setup " + setup);
    }
    client = builder.build();
    check();
  }

  /** Fails unless the calls answer in full and the setup's observer recorded them. */
  private void check() {
    Fixtures.require(retrieve().getId().equals(Fixtures.DEPLOYMENT_ID), setup + " retrieve");
    Fixtures.require(list100().getData().size() == Fixtures.PAGE_SIZE, setup + " list");
    if (tracerProvider != null) {
      tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
      // A call span and an attempt span per call.
      Fixtures.require(exportedSpans.sum() == 4, "OpenTelemetry spans: " + exportedSpans.sum());
    }
    if (registry != null) {
      long calls = 0;
      for (Timer timer : registry.find(DeploymentsMetrics.CALLS).timers()) {
        calls += timer.count();
      }
      Fixtures.require(calls == 2, "Micrometer timed calls: " + calls);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    if (tracerProvider != null) {
      tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    }
    server.close();
  }

  @Benchmark
  public Deployment retrieve() {
    return client.deployments().retrieve(Fixtures.DEPLOYMENT_ID);
  }

  @Benchmark
  public Page<Deployment> list100() {
    return client.deployments().list(list);
  }

  /** A span exporter with nowhere to send to: it counts the spans and drops them. */
  private final class CountingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      exportedSpans.add(spans.size());
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
