package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.micrometer.DeploymentsMetrics;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.opentelemetry.DeploymentsTelemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenTelemetry and Micrometer listeners, recorded with the libraries' own in-memory tools
 * (InMemorySpanExporter, SimpleMeterRegistry).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ObservabilityIntegrationsTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.retrying();

  private static final String ID = "depl_01ExampleMin";
  private static final String PATH = "/v1/deployments/" + ID;
  private static final String KEY_CANARY = "sk-ant-canaryKey-0123456789";
  private static final String TOKEN_CANARY = "ghp_canaryToken0123456789";

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final SdkTracerProvider tracerProvider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
  private final OpenTelemetry openTelemetry =
      new OpenTelemetry() {
        @Override
        public TracerProvider getTracerProvider() {
          return tracerProvider;
        }

        @Override
        public ContextPropagators getPropagators() {
          return ContextPropagators.create(W3CTraceContextPropagator.getInstance());
        }
      };
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private DeploymentsClient client;

  @BeforeEach
  void connect() {
    DeploymentsTelemetry telemetry = DeploymentsTelemetry.create(openTelemetry);
    client =
        server
            .builder()
            .apiKey(KEY_CANARY)
            .maxRetries(2)
            .addCallListener(telemetry)
            .addCallListener(DeploymentsMetrics.create(registry))
            .asyncContext(telemetry.asyncContext())
            .build();
  }

  @AfterEach
  void close() {
    client.close();
    tracerProvider.close();
  }

  @Test
  void aRetriedGet_isOneCallSpanWithTwoAttemptSpans_aTimerAndARetryCount() {
    RetryTest.inTurn(
        server,
        "GET",
        PATH,
        RetryTest.status(503),
        RetryTest.deployment().withHeader("request-id", "req_ok"));

    client.deployments().retrieve(ID);

    List<SpanData> finished = spans.getFinishedSpanItems();
    System.out.println(tree(finished));
    SpanData call = only(finished, "retrieveDeployment");
    List<SpanData> attempts = childrenOf(call, finished);
    assertEquals(2, attempts.size());
    assertEquals(SpanKind.CLIENT, call.getKind());
    assertEquals("GET /v1/deployments/{deployment_id}", attempts.get(0).getName());
    assertEquals("GET", attr(call, "http.request.method"));
    assertEquals("/v1/deployments/{deployment_id}", attr(call, "url.template"));
    assertEquals("127.0.0.1", attr(call, "server.address"));
    assertEquals(200L, call.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
    assertEquals(1L, call.getAttributes().get(AttributeKey.longKey("http.request.resend_count")));
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());

    SpanData first = attempts.get(0);
    SpanData second = attempts.get(1);
    assertEquals(
        503L, first.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
    assertEquals("503", attr(first, "error.type"));
    assertNull(first.getAttributes().get(AttributeKey.longKey("http.request.resend_count")));
    assertEquals(1L, second.getAttributes().get(AttributeKey.longKey("http.request.resend_count")));
    assertEquals("status_503", attr(second, "deployments.retry_reason"));
    assertEquals("req_ok", attr(second, "deployments.request_id"));

    // Each attempt sent its own span's context.
    List<String> traceparents = new ArrayList<>();
    for (LoggedRequest request : server.findAll(getRequestedFor(urlPathEqualTo(PATH)))) {
      traceparents.add(request.getHeader("traceparent").substring(0, 52)); // without the flags
    }
    List<String> expected = new ArrayList<>();
    for (SpanData attempt : attempts) {
      expected.add("00-" + attempt.getTraceId() + "-" + attempt.getSpanId());
    }
    Collections.sort(traceparents);
    Collections.sort(expected);
    assertEquals(expected, traceparents);

    System.out.println(meters());
    Timer timer =
        registry
            .get(DeploymentsMetrics.CALLS)
            .tags("operation", "retrieveDeployment", "uri", "/v1/deployments/{deployment_id}")
            .tags("outcome", "success", "status", "200", "method", "GET")
            .timer();
    assertEquals(1, timer.count());
    Counter retries =
        registry
            .get(DeploymentsMetrics.RETRIES)
            .tags("operation", "retrieveDeployment", "reason", "status_503")
            .counter();
    assertEquals(1.0, retries.count());
  }

  @Test
  void aCreateRefusedByValidation_isASpanWithErrorTypeAndNoAttempt() {
    CreateDeploymentParams invalid =
        ReliabilitySupport.minimalCreate().toBuilder().name("").build();

    assertThrows(ValidationException.class, () -> client.deployments().create(invalid));

    SpanData call = only(spans.getFinishedSpanItems(), "createDeployment");
    assertEquals(ValidationException.class.getName(), attr(call, "error.type"));
    assertEquals(StatusCode.ERROR, call.getStatus().getStatusCode());
    assertEquals(1, spans.getFinishedSpanItems().size(), "no attempt span");
    assertEquals(
        1,
        registry
            .get(DeploymentsMetrics.CALLS)
            .tags("outcome", "refused", "status", "NONE")
            .timer()
            .count());
  }

  @Test
  void syncAndAsyncCalls_areChildrenOfTheCallersSpan_andAsyncCompletesInIt() throws Exception {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(RetryTest.deployment()));
    Span parent = tracerProvider.get("test").spanBuilder("caller").startSpan();
    String seenInCompletion;
    try (Scope ignored = parent.makeCurrent()) {
      client.deployments().retrieve(ID);
      seenInCompletion =
          client
              .deployments()
              .retrieveAsync(ID)
              .thenApply(d -> Span.current().getSpanContext().getSpanId())
              .get(10, TimeUnit.SECONDS);
    } finally {
      parent.end();
    }
    List<SpanData> calls =
        spans.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("retrieveDeployment"))
            .collect(Collectors.toList());
    assertEquals(2, calls.size());
    for (SpanData call : calls) {
      assertEquals(parent.getSpanContext().getSpanId(), call.getParentSpanId());
      assertEquals(parent.getSpanContext().getTraceId(), call.getTraceId());
    }
    assertEquals(parent.getSpanContext().getSpanId(), seenInCompletion);
  }

  @Test
  void aCancelledCall_endsItsSpanAndItsAttempt() throws Exception {
    server.stubFor(
        get(urlPathEqualTo(PATH)).willReturn(RetryTest.deployment().withFixedDelay(10_000)));
    CompletableFuture<Deployment> call = client.deployments().retrieveAsync(ID);
    while (server.getAllServeEvents().isEmpty()) {
      Thread.sleep(5);
    }

    assertTrue(call.cancel(true));

    SpanData span = only(spans.getFinishedSpanItems(), "retrieveDeployment");
    assertEquals(CancellationException.class.getName(), attr(span, "error.type"));
    assertEquals(1, childrenOf(span, spans.getFinishedSpanItems()).size(), "the attempt ended too");
    assertEquals(
        1, registry.get(DeploymentsMetrics.CALLS).tags("outcome", "cancelled").timer().count());
  }

  @Test
  void noSpanAttributeOrMetricTagCarriesTheKeyOrASecretProperty() {
    server.stubFor(
        post(urlPathEqualTo("/v1/deployments"))
            .willReturn(aResponse().withStatus(500).withHeader("request-id", "req_500")));
    CreateDeploymentParams withToken =
        ReliabilitySupport.minimalCreate().toBuilder()
            .resources(
                Collections.singletonList(
                    GitHubRepositoryResourceParam.builder()
                        .url("https://github.com/example/private")
                        .authorizationToken(TOKEN_CANARY)
                        .checkout(BranchCheckout.builder().name("main").build())
                        .build()))
            .build();

    assertThrows(ApiException.class, () -> client.deployments().create(withToken));

    StringBuilder everything = new StringBuilder();
    for (SpanData span : spans.getFinishedSpanItems()) {
      everything.append(span.getName()).append(span.getAttributes()).append(span.getEvents());
      everything.append(span.getStatus());
    }
    everything.append(meters());
    assertFalse(spans.getFinishedSpanItems().isEmpty());
    assertFalse(everything.toString().contains(KEY_CANARY), everything.toString());
    assertFalse(everything.toString().contains(TOKEN_CANARY), everything.toString());
    assertFalse(everything.toString().contains("canary"), everything.toString());
  }

  private String meters() {
    StringBuilder out = new StringBuilder();
    for (Meter meter : registry.getMeters()) {
      out.append(meter.getId().getName()).append(meter.getId().getTags());
      for (io.micrometer.core.instrument.Measurement m : meter.measure()) {
        out.append(' ').append(m.getStatistic()).append('=').append(m.getValue());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String attr(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }

  private static SpanData only(List<SpanData> spans, String name) {
    List<SpanData> named =
        spans.stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
    assertEquals(1, named.size(), "spans named " + name + " in " + spans);
    return named.get(0);
  }

  private static List<SpanData> childrenOf(SpanData parent, List<SpanData> spans) {
    return spans.stream()
        .filter(s -> s.getParentSpanId().equals(parent.getSpanId()))
        .sorted((a, b) -> Long.compare(a.getStartEpochNanos(), b.getStartEpochNanos()))
        .collect(Collectors.toList());
  }

  /** The spans as an indented tree with their attributes, for the record. */
  static String tree(List<SpanData> spans) {
    StringBuilder out = new StringBuilder();
    for (SpanData root : spans) {
      if (spans.stream().noneMatch(s -> s.getSpanId().equals(root.getParentSpanId()))) {
        append(out, root, spans, "");
      }
    }
    return out.toString();
  }

  private static void append(
      StringBuilder out, SpanData span, List<SpanData> spans, String indent) {
    out.append(indent)
        .append(span.getName())
        .append(" [")
        .append(span.getKind())
        .append(", ")
        .append(span.getStatus().getStatusCode())
        .append(", ")
        .append((span.getEndEpochNanos() - span.getStartEpochNanos()) / 1000)
        .append(" us] ")
        .append(span.getAttributes().asMap())
        .append('\n');
    for (SpanData child : childrenOf(span, spans)) {
      append(out, child, spans, indent + "  ");
    }
  }
}
