package dev.managedagents.deployments.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.managedagents.deployments.ApiResponse;
import dev.managedagents.deployments.AttemptEvent;
import dev.managedagents.deployments.CallListener;
import dev.managedagents.deployments.ConflictException;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentRunsParams;
import dev.managedagents.deployments.micrometer.DeploymentsMetrics;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserMessageEventParam;
import dev.managedagents.deployments.opentelemetry.DeploymentsTelemetry;
import dev.managedagents.deployments.testing.Fault;
import dev.managedagents.deployments.testing.LocalDeploymentsServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The README's Java quick start, compiled so that it cannot rot; ReadmeSnippetTest checks that the
 * README shows exactly the lines between the markers.
 */
final class ReadmeJavaSnippet {
  private ReadmeJavaSnippet() {}

  static void quickStart() {
    // README-BEGIN quick-start
    try (DeploymentsClient client = DeploymentsClient.builder().build()) { // reads ANTHROPIC_API_KEY
      Deployment deployment = client.deployments().create(
          CreateDeploymentParams.builder()
              .agent(AgentParam.id("agent_01..."))
              .environmentId("env_01...")
              .name("weekly-report")
              .initialEvents(Collections.singletonList(
                  UserMessageEventParam.builder()
                      .content(Collections.singletonList(TextBlock.builder().text("Write the weekly report.").build()))
                      .build()))
              .schedule(CronScheduleParam.builder().expression("0 9 * * 1").timezone("Europe/Berlin").build())
              .build());

      // A patch: clear the description, delete one metadata key, keep everything else.
      client.deployments().update(deployment.getId(),
          UpdateDeploymentParams.builder().description(null).putMetadata("team", null).build());

      for (DeploymentRun run : client.deploymentRuns()
          .list(ListDeploymentRunsParams.builder().deploymentId(deployment.getId()).build())
          .autoPager()) {
        System.out.println(run.getId() + " " + (run.getError() == null ? run.getSessionId() : run.getError().getType()));
      }
    } catch (ConflictException e) {            // 409, e.g. the deployment is archived
      System.err.println(e.getMessage() + " " + e.getRequestId());
    }
    // README-END quick-start
  }

  static DeploymentsClient service(String apiKey) {
    // README-BEGIN service
    DeploymentsClient client = DeploymentsClient.builder()
        .apiKey(apiKey)
        .maxConcurrentRequests(128)              // calls in flight at once (default 64)
        .maxResponseSize(8L * 1024 * 1024)       // bytes per response body (default 32 MiB)
        .timeout(Duration.ofSeconds(30))         // each whole call, queue time and retries included
        .build();
    // README-END service
    return client;
  }

  static DeploymentsClient inProduction(
      String baseUrl,
      String apiKey,
      OpenTelemetry openTelemetry,
      MeterRegistry meterRegistry,
      Executor appExecutor,
      Consumer<String> log,
      String deploymentId) {
    // README-BEGIN in-production
    DeploymentsTelemetry telemetry = DeploymentsTelemetry.create(openTelemetry);
    DeploymentsClient client = DeploymentsClient.builder()
        .baseUrl(baseUrl).apiKey(apiKey)
        .addCallListener(telemetry)                                 // spans: one per call, one per attempt
        .addCallListener(DeploymentsMetrics.create(meterRegistry))  // a timer per call, retries by reason
        .addCallListener(new CallListener() {                       // your own, with no dependency
          @Override
          public void attemptEnded(AttemptEvent attempt) {
            log.accept(attempt.toString());   // number, retry reason, status, request ID, timings
          }
        })
        .completionExecutor(appExecutor)          // where async futures complete (default: OkHttp's threads)
        .asyncContext(telemetry.asyncContext())   // ...in the caller's trace; or carry your MDC
        .build();

    ApiResponse<Deployment> response = client.deployments().withResponse(d -> d.retrieve(deploymentId));
    log.accept(response.value().getName() + " " + response.statusCode() + " " + response.requestId());
    // README-END in-production
    return client;
  }

  static void localServer(CreateDeploymentParams params) {
    // README-BEGIN local-server
    try (LocalDeploymentsServer server = LocalDeploymentsServer.start();
        DeploymentsClient client = DeploymentsClient.builder()
            .baseUrl(server.baseUrl()).apiKey(server.apiKey()).build()) {
      // Two overloads that ask for a retry after 1 ms: the client's retries absorb them...
      server.failNext(2, Fault.overloaded().withRetryAfter(Duration.ofMillis(1)));
      client.deployments().list();                     // ...for a list, which is safe to resend
      assertEquals(3, server.requestCount());
      Deployment deployment = client.deployments().create(params);   // runs Mondays at 9:00
      server.advanceTime(Duration.ofDays(7));          // fires the schedule once, recording a run
      assertEquals(1, client.deploymentRuns()
          .list(ListDeploymentRunsParams.builder().deploymentId(deployment.getId()).build())
          .getData().size());
    }
    // README-END local-server
  }
}
