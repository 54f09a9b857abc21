package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a {@link CallListener} hears, what {@code withResponse} returns, where futures complete. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CallListenerTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.retrying();

  private static final String ID = "depl_01ExampleMin";
  private static final String PATH = "/v1/deployments/" + ID;

  /** Every event, in order, as its toString (which shows no secret). */
  static final class Recording implements CallListener {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final List<AttemptEvent> attempts = Collections.synchronizedList(new ArrayList<>());
    final List<CallEvent> calls = Collections.synchronizedList(new ArrayList<>());
    volatile String startedOn = "";

    @Override
    public void callStarted(CallEvent call) {
      startedOn = Thread.currentThread().getName();
      lines.add("callStarted " + call);
    }

    @Override
    public void attemptStarted(AttemptEvent attempt, BiConsumer<String, String> addHeader) {
      addHeader.accept("x-attempt", Integer.toString(attempt.number()));
      addHeader.accept("Authorization", "Bearer replaced-by-a-listener");
      lines.add("attemptStarted " + attempt);
    }

    @Override
    public void attemptEnded(AttemptEvent attempt) {
      attempts.add(attempt);
      lines.add("attemptEnded " + attempt);
    }

    @Override
    public void callEnded(CallEvent call) {
      calls.add(call);
      lines.add("callEnded " + call);
    }
  }

  private static DeploymentsClient clientWith(CallListener listener) {
    return server.builder().maxRetries(2).addCallListener(listener).build();
  }

  @Test
  void aRetriedGet_tellsEachAttemptWithItsReasonWaitStatusRequestIdAndTimings() {
    RetryTest.inTurn(
        server,
        "GET",
        PATH,
        RetryTest.status(503),
        RetryTest.deployment().withHeader("request-id", "req_ok"));
    Recording listener = new Recording();
    try (DeploymentsClient client = clientWith(listener)) {
      assertEquals(ID, client.deployments().retrieve(ID).getId());
    }
    listener.lines.forEach(System.out::println);

    assertEquals(2, listener.attempts.size());
    AttemptEvent first = listener.attempts.get(0);
    AttemptEvent second = listener.attempts.get(1);
    assertEquals(1, first.number());
    assertNull(first.retryReason());
    assertEquals(503, first.status());
    assertEquals("req_503", first.requestId());
    assertTrue(first.connectNanos() > 0, "a new connection: " + first);
    assertEquals(-1, first.tlsNanos(), "cleartext");
    assertTrue(first.timeToFirstByteNanos() > 0);
    assertTrue(first.possiblySent());
    assertEquals(2, second.number());
    assertEquals("status_503", second.retryReason());
    assertEquals(Duration.ofMillis(500).toNanos(), second.retryWaitNanos());
    assertEquals(200, second.status());
    assertEquals("req_ok", second.requestId());
    assertTrue(second.reusedConnection());
    assertEquals(-1, second.connectNanos(), "a pooled connection");
    assertTrue(second.responseBodyBytes() > 100);
    assertTrue(second.queuedNanos() >= 0 && second.durationNanos() > 0);

    CallEvent call = listener.calls.get(0);
    assertEquals("retrieveDeployment", call.operationId());
    assertEquals("GET", call.httpMethod());
    assertEquals("/v1/deployments/{deployment_id}", call.routeTemplate());
    assertEquals(2, call.attempts());
    assertEquals(200, call.status());
    assertEquals("req_ok", call.requestId());
    assertNull(call.failure());
    assertTrue(call.durationNanos() >= first.durationNanos() + second.durationNanos());
    assertEquals(Thread.currentThread().getName(), listener.startedOn);

    // A listener's header goes out; one the client sets is not replaced.
    List<String> sent = new ArrayList<>();
    for (LoggedRequest request : server.findAll(getRequestedFor(urlPathEqualTo(PATH)))) {
      sent.add(request.getHeader("x-attempt") + " " + request.getHeader("Authorization"));
    }
    Collections.sort(sent);
    String auth = "Bearer " + ReliabilitySupport.API_KEY;
    assertEquals(java.util.Arrays.asList("1 " + auth, "2 " + auth), sent);
  }

  @Test
  void aCreateRefusedByValidation_startsAndEndsWithNoAttempt() {
    Recording listener = new Recording();
    try (DeploymentsClient client = clientWith(listener)) {
      CreateDeploymentParams invalid =
          CreateDeploymentParams.builder()
              .agent(dev.managedagents.deployments.model.AgentParam.id("agent_01"))
              .environmentId("env_01")
              .name("")
              .initialEvents(Collections.emptyList())
              .build();
      assertThrows(ValidationException.class, () -> client.deployments().create(invalid));
      CompletableFuture<Deployment> async = client.deployments().createAsync(invalid);
      assertTrue(async.isCompletedExceptionally());
    }
    assertEquals(2, listener.calls.size());
    for (CallEvent call : listener.calls) {
      assertEquals("createDeployment", call.operationId());
      assertEquals(0, call.attempts());
      assertInstanceOf(ValidationException.class, call.failure());
      assertFalse(call.possiblySent());
    }
    assertTrue(listener.attempts.isEmpty());
    assertEquals(
        0,
        server
            .findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()))
            .size());
  }

  @Test
  void withResponse_givesTheModelWithStatusHeadersAndRequestId_syncAndAsync() throws Exception {
    server.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                RetryTest.deployment()
                    .withHeader("request-id", "req_raw")
                    .withHeader("Set-Cookie", "session=cookie-secret-value")));
    try (DeploymentsClient client = server.builder().build()) {
      ApiResponse<Deployment> response = client.deployments().withResponse(d -> d.retrieve(ID));
      assertEquals(ID, response.value().getId());
      assertEquals(200, response.statusCode());
      assertEquals("req_raw", response.requestId());
      assertEquals(Redactor.MASK, response.header("set-cookie"));
      assertEquals(Collections.singletonList(Redactor.MASK), response.headers().get("set-cookie"));
      assertEquals("application/json", response.headers().get("content-type").get(0));

      ApiResponse<Deployment> async =
          client
              .deployments()
              .withResponseAsync(d -> d.retrieveAsync(ID))
              .get(10, TimeUnit.SECONDS);
      assertEquals(ID, async.value().getId());
      assertEquals("req_raw", async.requestId());
      assertEquals("ApiResponse{status=200, requestId=req_raw}", async.toString());
    }
  }

  @Test
  void completionExecutor_completesFuturesThereInTheCallersContext() throws Exception {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(RetryTest.deployment()));
    ThreadLocal<String> context = new ThreadLocal<>();
    ExecutorService executor =
        Executors.newSingleThreadExecutor(task -> new Thread(task, "app-completions"));
    try (DeploymentsClient client =
        server
            .builder()
            .completionExecutor(executor)
            .asyncContext(
                task -> {
                  String captured = context.get();
                  return () -> {
                    context.set(captured);
                    try {
                      task.run();
                    } finally {
                      context.remove();
                    }
                  };
                })
            .build()) {
      context.set("trace-42");
      String seen =
          client
              .deployments()
              .retrieveAsync(ID)
              .thenApply(d -> Thread.currentThread().getName() + " " + context.get())
              .get(10, TimeUnit.SECONDS);
      assertEquals("app-completions trace-42", seen);
    } finally {
      context.remove();
      executor.shutdown();
    }
  }
}
