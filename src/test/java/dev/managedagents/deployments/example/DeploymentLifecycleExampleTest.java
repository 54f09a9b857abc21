package dev.managedagents.deployments.example;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.testing.LocalDeploymentsServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's example runs end to end against the local server, so it cannot rot. */
class DeploymentLifecycleExampleTest {
  private static String output;

  @BeforeAll
  static void runExample() {
    output = run(Collections.emptyMap());
  }

  private static String run(Map<String, String> env) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DeploymentLifecycleExample.run(env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void walksEveryStepInOrder() {
    String[] steps = {
      "1. Create", "2. List deployments", "3. Update", "4. Run it now", "5. Pause", "6. List its runs",
      "7. Unpause", "8. Archive", "9. Handle an error", "Done."
    };
    int from = 0;
    for (String step : steps) {
      int at = output.indexOf(step, from);
      assertTrue(at >= 0, "missing or out of order: " + step + "\n" + output);
      from = at;
    }
  }

  @Test
  void usesTheLocalServerWithoutAnApiKey() {
    assertTrue(output.contains("Talking to a local Deployments server at http://127.0.0.1:"), output);
  }

  @Test
  void showsEveryKindOfEventAndResource() {
    assertTrue(output.contains("user.message [text, image, document]"), output);
    assertTrue(output.contains("system.message"), output);
    assertTrue(output.contains("user.define_outcome (text rubric"), output);
    assertTrue(output.contains("github_repository https://github.com/example/app"), output);
    assertTrue(output.contains("file file_"), output);
    assertTrue(output.contains("memory_store memstore_"), output);
  }

  @Test
  void showsTheUpdateTakingEffect() {
    String update = output.substring(output.indexOf("3. Update"), output.indexOf("4. Run it now"));
    assertTrue(update.contains("description: (none)"), update);
    assertTrue(update.contains("metadata: {team=platform}"), update);
    assertTrue(update.contains("\"0 10 * * 6\" in Europe/Berlin"), update);
  }

  @Test
  void showsTheRunPauseAndArchive() {
    assertTrue(output.contains("(manual, "), output);
    assertTrue(output.contains("started session sesn_"), output);
    assertTrue(output.contains("status: paused, reason: manual"), output);
    assertTrue(output.contains("status: active, reason: (none)"), output);
    assertTrue(output.contains("next runs: none"), output);
  }

  @Test
  void handlesTheConflictOfChangingAnArchivedDeployment() {
    assertTrue(output.contains("refused as expected: ConflictException: 409 conflict_error: Deployment depl_"), output);
    assertFalse(output.contains("unexpected"), output);
  }

  @Test
  void neverPrintsTheApiKeyOrTheRepositoryToken() {
    assertFalse(output.contains(LocalDeploymentsServer.DEFAULT_API_KEY), output);
    assertFalse(output.contains("ghp_"), output);
  }

  @Test
  void neverPrintsATokenGivenInTheEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("EXAMPLE_REPOSITORY_TOKEN", "ghp_fromTheEnvironment42");

    String withToken = run(env);

    assertTrue(withToken.contains("Done."), withToken);
    assertFalse(withToken.contains("ghp_fromTheEnvironment42"), withToken);
  }
}
