package dev.managedagents.deployments.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The nullness changes the gate reads from two API dumps, which japicmp cannot see. */
class NullnessDiffTest {
  private static String dump(String... members) {
    return "# Public API of a test: generated, do not edit.\n\n"
        + "package dev.managedagents.deployments.model\n\n"
        + "public static final class UpdateDeploymentParams.Builder implements RequestBuilder\n"
        + String.join("\n", members)
        + "\n";
  }

  @Test
  void aParameterThatNoLongerTakesNull_breaksCallersThatPassIt() {
    List<Change> changes =
        NullnessDiff.compare(
            dump("  public UpdateDeploymentParams.Builder name(@Nullable String)"),
            dump("  public UpdateDeploymentParams.Builder name(String)"));

    assertEquals(1, changes.size(), changes.toString());
    Change change = changes.get(0);
    assertEquals(Impact.BREAKING, change.impact());
    assertEquals("UpdateDeploymentParams.Builder.name(String)", change.subject());
    assertTrue(change.what().contains("parameter 1 no longer takes `null`"), change.what());
    assertTrue(change.action().contains("not `null`"), change.action());
  }

  @Test
  void aResultThatMayNowBeNull_breaksCodeThatUsesIt() {
    List<Change> changes =
        NullnessDiff.compare(
            dump("  public String getName()"), dump("  public @Nullable String getName()"));

    assertEquals(Impact.BREAKING, changes.get(0).impact());
    assertTrue(changes.get(0).what().contains("may now return `null`"), changes.get(0).what());
  }

  @Test
  void looserNullness_isCompatible_andTypeParameterBoundsAreNotResults() {
    List<Change> changes =
        NullnessDiff.compare(
            dump(
                "  public UpdateDeploymentParams.Builder description(String)",
                "  public @Nullable String getDescription()",
                "  public <R> R accept(Visitor<R>)",
                "  public UpdateDeploymentParams.Builder metadata(java.util.Map<String, String>,"
                    + " int)"),
            dump(
                "  public UpdateDeploymentParams.Builder description(@Nullable String)",
                "  public String getDescription()",
                "  public <R extends @Nullable Object> R accept(Visitor<R>)",
                "  public UpdateDeploymentParams.Builder metadata(java.util.Map<String, @Nullable"
                    + " String>, int)"));

    // A type parameter's looser bound is no member's nullness: the member is not the same one.
    assertEquals(3, changes.size(), changes.toString());
    changes.forEach(change -> assertEquals(Impact.COMPATIBLE, change.impact(), change.toString()));
    assertTrue(changes.stream().noneMatch(change -> change.subject().contains("accept")));
  }

  @Test
  void theSameMembers_orOthers_areNoNullnessChange() {
    String before = dump("  public UpdateDeploymentParams.Builder name(@Nullable String)");

    assertEquals(List.of(), NullnessDiff.compare(before, before));
    assertEquals(
        List.of(),
        NullnessDiff.compare(
            before, dump("  public UpdateDeploymentParams.Builder name(String, int)")));
  }
}
