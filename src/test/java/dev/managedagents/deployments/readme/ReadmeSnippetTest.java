package dev.managedagents.deployments.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UserMessageEventParam;
import java.util.Collections;
import dev.managedagents.deployments.testing.LocalDeploymentsServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks are exactly the compiled regions of ReadmeJavaSnippet, in order, and its
 * Kotlin block the region of ReadmeKotlinSnippet.kt (which KotlinReadmeTest runs).
 */
class ReadmeSnippetTest {
  @Test
  void everyReadmeJavaBlockIsACompiledSnippet() throws IOException {
    assertEquals(
        compiledSnippets("src/test/java/dev/managedagents/deployments/readme/ReadmeJavaSnippet.java"),
        readmeBlocks("java"));
  }

  @Test
  void theServiceSnippetBuildsAClient() {
    try (DeploymentsClient client = ReadmeJavaSnippet.service("sk-ant-readme-service-key")) {
      assertEquals("DeploymentsClient{baseUrl=https://api.anthropic.com/}", client.toString());
    }
  }

  @Test
  void theLocalServerSnippetRuns_itsFaultsAbsorbedByTheListsRetriesAndAWeekFiringItsScheduleOnce() {
    // Runs as written, and its own assertions check what its comments say: the list is sent three
    // times (two overloads, each retried after 1 ms as the fault asks, not after a backoff of about
    // 0.5 s and 1 s), and a week of the weekly schedule records one run.
    ReadmeJavaSnippet.localServer(
        weeklyReport().toBuilder()
            .schedule(CronScheduleParam.builder().expression("0 9 * * 1").timezone("UTC").build())
            .build());
  }

  @Test
  void theInProductionSnippetRuns_recordingSpansMetricsAndTheRequestIdOfTheAnswer() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    SdkTracerProvider tracing =
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    OpenTelemetry openTelemetry =
        new OpenTelemetry() {
          @Override
          public TracerProvider getTracerProvider() {
            return tracing;
          }

          @Override
          public ContextPropagators getPropagators() {
            return ContextPropagators.noop();
          }
        };
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    List<String> log = new CopyOnWriteArrayList<>();
    try (LocalDeploymentsServer server = LocalDeploymentsServer.start();
        DeploymentsClient setup =
            DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build()) {
      String id = setup.deployments().create(weeklyReport()).getId();
      try (DeploymentsClient client =
          ReadmeJavaSnippet.inProduction(
              server.baseUrl(), server.apiKey(), openTelemetry, meters, Runnable::run, log::add, id)) {
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("AttemptEvent{retrieveDeployment #1"), log.get(0));
        assertTrue(log.get(1).startsWith("weekly-report 200 "), log.get(1));
        assertEquals(2, spans.getFinishedSpanItems().size(), "the call and its attempt");
        assertEquals(
            1, meters.get("deployments.client.calls").tag("outcome", "success").timer().count());
        assertEquals(setup.toString(), client.toString());
      }
    } finally {
      tracing.close();
    }
  }

  private static CreateDeploymentParams weeklyReport() {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01ReadmeAgent"))
        .environmentId("env_01ReadmeEnv")
        .name("weekly-report")
        .initialEvents(
            Collections.singletonList(
                UserMessageEventParam.builder()
                    .content(Collections.singletonList(TextBlock.builder().text("Report.").build()))
                    .build()))
        .build();
  }

  @Test
  void theReadmeKotlinBlockIsACompiledSnippet() throws IOException {
    assertEquals(compiledSnippets("src/test/kotlin/example/kotlinapp/ReadmeKotlinSnippet.kt"), readmeBlocks("kotlin"));
  }

  private static List<String> readmeBlocks(String language) throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    String fence = "```" + language + "\n";
    List<String> blocks = new ArrayList<>();
    for (int start = readme.indexOf(fence); start >= 0; start = readme.indexOf(fence, start)) {
      start += fence.length();
      int end = readme.indexOf("```", start);
      blocks.add(readme.substring(start, end));
      start = end;
    }
    return blocks;
  }

  private static List<String> compiledSnippets(String file) throws IOException {
    List<String> snippets = new ArrayList<>();
    StringBuilder snippet = null;
    for (String line :
        Files.readAllLines(Paths.get(file))) {
      if (line.trim().startsWith("// README-BEGIN")) {
        snippet = new StringBuilder();
      } else if (line.trim().startsWith("// README-END")) {
        snippets.add(snippet.toString());
        snippet = null;
      } else if (snippet != null) {
        snippet.append(line.length() >= 4 ? line.substring(4) : line.trim()).append('\n');
      }
    }
    return snippets;
  }
}
