package dev.managedagents.deployments.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The R8/ProGuard rules the jar ships, where each tool looks for them. */
class ConsumerRulesTest {
  private static final String PROGUARD = "META-INF/proguard/deployments-sdk.pro";
  private static final String R8 = "META-INF/com.android.tools/r8/deployments-sdk.pro";
  private static final String AGP_PROGUARD = "META-INF/com.android.tools/proguard/deployments-sdk.pro";

  @Test
  void androidGradlePluginLocationsHoldTheSameRules() throws IOException {
    String rules = read(PROGUARD);

    assertEquals(rules, read(R8));
    assertEquals(rules, read(AGP_PROGUARD));
  }

  @Test
  void everyRuleHasAOneLineReasonAboveIt() throws IOException {
    List<String> lines = read(PROGUARD).lines().toList();

    int rules = 0;
    for (int i = 0; i < lines.size(); i++) {
      // The rule after an -if is that -if's consequence, under the same reason.
      if (lines.get(i).startsWith("-") && !(i > 0 && lines.get(i - 1).startsWith("-if "))) {
        rules++;
        assertTrue(i > 0 && lines.get(i - 1).startsWith("# "), "no reason above: " + lines.get(i));
      }
    }
    assertTrue(rules > 0, "the file holds rules");
  }

  @Test
  void rulesKeepNoModelUnconditionallyNorAWholePackage() throws IOException {
    List<String> lines = read(PROGUARD).lines().filter(line -> line.startsWith("-")).toList();

    // Request and response bodies are kept only on the condition that the app uses them, for their
    // static initializers; an unconditional keep of a model, or of the whole SDK, would stop every app
    // from shrinking it (and a kept model class cannot be merged).
    for (int i = 0; i < lines.size(); i++) {
      String rule = lines.get(i);
      if (rule.contains(".model.")) {
        boolean conditional = rule.startsWith("-if ") || (i > 0 && lines.get(i - 1).startsWith("-if "));
        assertTrue(conditional, "an unconditional keep of models: " + rule);
        assertTrue(!rule.contains("<init>") && !rule.contains("{"), "keeps members of models: " + rule);
      }
      assertTrue(!rule.contains("deployments.**"), rule);
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ConsumerRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
