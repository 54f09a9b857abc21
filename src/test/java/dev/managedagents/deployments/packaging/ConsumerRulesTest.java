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
      if (lines.get(i).startsWith("-")) {
        rules++;
        assertTrue(i > 0 && lines.get(i - 1).startsWith("# "), "no reason above: " + lines.get(i));
      }
    }
    assertTrue(rules > 0, "the file holds rules");
  }

  @Test
  void rulesKeepNoModelOrWholePackage() throws IOException {
    String rules = read(PROGUARD);

    // The JSON path needs no reflection, so no model may be kept; and a package-wide keep would stop
    // every app from shrinking the SDK.
    assertTrue(!rules.contains(".model."), rules);
    assertTrue(!rules.contains("deployments.**"), rules);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ConsumerRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
