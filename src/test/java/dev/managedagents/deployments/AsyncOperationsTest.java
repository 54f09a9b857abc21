package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.managedagents.deployments.TestSupport.assertJsonBody;
import static dev.managedagents.deployments.TestSupport.assertNoBody;
import static dev.managedagents.deployments.TestSupport.assertStandardHeaders;
import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.onlyRequest;
import static dev.managedagents.deployments.TestSupport.requests;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code ...Async} form of every operation: same request, same result, and cancellation. */
class AsyncOperationsTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.withStandardHeaders();

  @Test
  void createAsyncSendsTheBodyAndCompletesWithTheDeployment() throws Exception {
    respond(server, 200, fixture("deployment-active.json"));

    Deployment deployment =
        server.client()
            .deployments()
            .createAsync(
                CreateDeploymentParams.builder()
                    .agent(AgentParam.id("agent_01Example9AgentId"))
                    .environmentId("env_01Example9EnvId")
                    .name("nightly-triage")
                    .initialEvents(
                        Collections.singletonList(DeploymentsOperationsTest.userMessage("Go.")))
                    .build())
            .get(5, TimeUnit.SECONDS);

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments", request.getUrl());
    assertStandardHeaders(request);
    assertJsonBody(
        "{\"agent\":\"agent_01Example9AgentId\",\"environment_id\":\"env_01Example9EnvId\","
            + "\"initial_events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"Go.\"}]}],"
            + "\"name\":\"nightly-triage\"}",
        request);
    DeploymentsOperationsTest.assertActiveFixture(deployment);
  }

  @Test
  void listAsyncSendsTheFiltersAndCompletesWithThePage() throws Exception {
    respond(server, 200, "{\"data\":[" + fixture("deployment-paused.json") + "],\"next_page\":\"page_2\"}");

    Page<Deployment> page =
        server.client()
            .deployments()
            .listAsync(ListDeploymentsParams.builder().agentId("agent_1").limit(1).build())
            .get(5, TimeUnit.SECONDS);

    assertEquals("/v1/deployments?agent_id=agent_1&limit=1", onlyRequest(server).getUrl());
    DeploymentsOperationsTest.assertPausedFixture(page.getData().get(0));
    assertEquals("page_2", page.getNextPageCursor());
  }

  @Test
  void nextPageAsyncRepeatsTheFiltersWithTheCursor() throws Exception {
    respond(server, 200, "{\"data\":[],\"next_page\":\"page_2\"}");
    Page<Deployment> first =
        server.client().deployments().list(ListDeploymentsParams.builder().agentId("agent_1").build());

    first.fetchNextPageAsync().get(5, TimeUnit.SECONDS);

    assertEquals("/v1/deployments?agent_id=agent_1&page=page_2", requests(server).get(1).getUrl());
  }

  @Test
  void retrieveAsyncSendsGetAndCompletesWithTheDeployment() throws Exception {
    respond(server, 200, fixture("deployment-paused.json"));

    Deployment deployment =
        server.client().deployments().retrieveAsync("depl_01ExampleDeployment").get(5, TimeUnit.SECONDS);

    LoggedRequest request = onlyRequest(server);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleDeployment", request.getUrl());
    assertStandardHeaders(request);
    DeploymentsOperationsTest.assertPausedFixture(deployment);
  }

  @Test
  void updateAsyncSendsTheExactPatch() throws Exception {
    respond(server, 200, fixture("deployment-active.json"));

    Deployment deployment =
        server.client()
            .deployments()
            .updateAsync(
                "depl_01ExampleActive",
                UpdateDeploymentParams.builder().name("renamed").vaultIds(null).build())
            .get(5, TimeUnit.SECONDS);

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleActive", request.getUrl());
    assertEquals("{\"name\":\"renamed\",\"vault_ids\":null}", request.getBodyAsString());
    assertEquals("depl_01ExampleActive", deployment.getId());
  }

  @Test
  void archiveAsyncSendsBodilessPost() throws Exception {
    respond(
        server,
        200,
        fixture("deployment-active.json")
            .replace("\"archived_at\": null", "\"archived_at\": \"2026-11-25T09:15:00Z\""));

    Deployment deployment =
        server.client().deployments().archiveAsync("depl_01ExampleActive").get(5, TimeUnit.SECONDS);

    assertBodilessPost("/v1/deployments/depl_01ExampleActive/archive");
    assertEquals(OffsetDateTime.parse("2026-11-25T09:15:00Z"), deployment.getArchivedAt());
  }

  @Test
  void pauseAsyncSendsBodilessPost() throws Exception {
    respond(server, 200, fixture("deployment-active.json").replace("\"status\": \"active\"", "\"status\": \"paused\""));

    Deployment deployment = server.client().deployments().pauseAsync("depl_01ExampleActive").get(5, TimeUnit.SECONDS);

    assertBodilessPost("/v1/deployments/depl_01ExampleActive/pause");
    assertEquals(DeploymentStatus.PAUSED, deployment.getStatus());
  }

  @Test
  void unpauseAsyncSendsBodilessPost() throws Exception {
    respond(server, 200, fixture("deployment-active.json"));

    Deployment deployment = server.client().deployments().unpauseAsync("depl_01ExampleActive").get(5, TimeUnit.SECONDS);

    assertBodilessPost("/v1/deployments/depl_01ExampleActive/unpause");
    assertEquals(DeploymentStatus.ACTIVE, deployment.getStatus());
  }

  @Test
  void runAsyncSendsBodilessPostAndCompletesWithTheRun() throws Exception {
    respond(server, 200, fixture("deployment-run-ok.json"));

    DeploymentRun run = server.client().deployments().runAsync("depl_01ExampleDeployment").get(5, TimeUnit.SECONDS);

    assertBodilessPost("/v1/deployments/depl_01ExampleDeployment/run");
    DeploymentRunsOperationsTest.assertOkRunFixture(run);
  }

  @Test
  void listRunsAsyncSendsTheFiltersAndCompletesWithThePage() throws Exception {
    respond(server, 200, "{\"data\":[" + fixture("deployment-run-ok.json") + "]}");

    Page<DeploymentRun> page =
        server.client()
            .deploymentRuns()
            .listAsync(ListDeploymentRunsParams.builder().deploymentId("depl_01ExampleDeployment").build())
            .get(5, TimeUnit.SECONDS);

    assertEquals("/v1/deployment_runs?deployment_id=depl_01ExampleDeployment", onlyRequest(server).getUrl());
    DeploymentRunsOperationsTest.assertOkRunFixture(page.getData().get(0));
    assertEquals(null, page.getNextPageCursor());
  }

  @Test
  void retrieveRunAsyncSendsGetAndCompletesWithTheRun() throws Exception {
    respond(server, 200, fixture("deployment-run-ok.json"));

    DeploymentRun run = server.client().deploymentRuns().retrieveAsync("drun_01ExampleRunOk").get(5, TimeUnit.SECONDS);

    LoggedRequest request = onlyRequest(server);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/v1/deployment_runs/drun_01ExampleRunOk", request.getUrl());
    assertStandardHeaders(request);
    DeploymentRunsOperationsTest.assertOkRunFixture(run);
  }

  @Test
  void asyncErrorStatusCompletesExceptionallyWithTheTypedException() {
    respond(
        server,
        404,
        "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"No such deployment.\"},"
            + "\"request_id\":\"req_01ExampleRequest\"}");

    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () -> server.client().deployments().retrieveAsync("depl_missing").get(5, TimeUnit.SECONDS));

    NotFoundException notFound = assertInstanceOf(NotFoundException.class, failure.getCause());
    assertEquals(404, notFound.getStatus());
    assertEquals("not_found_error", notFound.getErrorType());
    assertEquals("req_01ExampleRequest", notFound.getRequestId());
  }

  @Test
  void asyncUndecodableBodyCompletesExceptionallyWithDecodeException() {
    respond(server, 200, "{\"id\":\"drun_1\",\"agent\":[]}");

    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () -> server.client().deploymentRuns().retrieveAsync("drun_1").get(5, TimeUnit.SECONDS));

    DecodeException decode = assertInstanceOf(DecodeException.class, failure.getCause());
    assertEquals("DeploymentRun", decode.getModel());
    assertEquals("$.agent", decode.getJsonPath());
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCallInFlight() throws Exception {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("deployment-paused.json"))
                    .withFixedDelay(1_000)));
    CountDownLatch sent = new CountDownLatch(1);
    CountDownLatch canceled = new CountDownLatch(1);
    CountDownLatch failed = new CountDownLatch(1);
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void requestHeadersEnd(Call call, Request request) {
                    sent.countDown();
                  }

                  @Override
                  public void canceled(Call call) {
                    canceled.countDown();
                  }

                  @Override
                  public void callFailed(Call call, IOException ioe) {
                    failed.countDown();
                  }
                })
            .build();
    try (DeploymentsClient watched = TestSupport.clientBuilder(server).okHttpClient(shared).build()) {
      CompletableFuture<Deployment> future = watched.deployments().retrieveAsync("depl_01ExampleDeployment");
      assertTrue(sent.await(5, TimeUnit.SECONDS), "the request was sent");

      assertTrue(future.cancel(true));

      assertTrue(canceled.await(1, TimeUnit.SECONDS), "the OkHttp call was cancelled");
      assertTrue(failed.await(1, TimeUnit.SECONDS), "the OkHttp call stopped before the response");
      assertTrue(future.isCancelled());
      assertThrows(CancellationException.class, future::join);
      awaitLoggedRequest();
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  /**
   * WireMock logs the abandoned request only once its delayed answer is written; wait for that so
   * the next test's request journal starts empty.
   */
  private static void awaitLoggedRequest() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static void assertBodilessPost(String path) {
    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals(path, request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
  }
}
