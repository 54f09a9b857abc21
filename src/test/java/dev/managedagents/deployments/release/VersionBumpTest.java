package dev.managedagents.deployments.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Semantic versioning as the release command applies it, 0.x included. */
class VersionBumpTest {
  private static final Change BREAKING =
      Change.spec(Impact.BREAKING, "Deployment.name", "removed.", "Stop reading it.");
  private static final Change VARIANT =
      Change.spec(Impact.SOURCE_BREAKING, "Schedule variant rate", "new variant.", "Handle it.");
  private static final Change ADDED = Change.spec(Impact.ADDITION, "Deployment.tags", "new.", null);
  private static final Change LOOSER =
      Change.spec(Impact.COMPATIBLE, "Deployment.name", "`maxLength` 64 → 128.", null);

  @Test
  void whileZeroBreakingRaisesTheMinorAndTheRestThePatch() {
    Version zero = Version.parse("0.3.1");
    assertEquals(Version.parse("0.4.0"), new Report(zero, List.of(ADDED, BREAKING)).next());
    assertEquals(Version.parse("0.4.0"), new Report(zero, List.of(VARIANT)).next());
    assertEquals(Version.parse("0.3.2"), new Report(zero, List.of(ADDED)).next());
    assertEquals(Version.parse("0.3.2"), new Report(zero, List.of(LOOSER)).next());
    assertEquals(Version.parse("0.3.2"), new Report(zero, List.of()).next());
  }

  @Test
  void fromOneOnBreakingRaisesTheMajorAndAnAdditionTheMinor() {
    Version one = Version.parse("1.2.3");
    assertEquals(Version.parse("2.0.0"), new Report(one, List.of(LOOSER, BREAKING)).next());
    assertEquals(Version.parse("2.0.0"), new Report(one, List.of(VARIANT)).next());
    assertEquals(Version.parse("1.3.0"), new Report(one, List.of(ADDED, LOOSER)).next());
    assertEquals(Version.parse("1.2.4"), new Report(one, List.of(LOOSER)).next());
  }

  @Test
  void aLowerVersionThanTheChangesNeedIsRefused() {
    Report report = new Report(Version.parse("0.1.0"), List.of(BREAKING));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> report.accept(Version.parse("0.1.1")));
    assertEquals(
        "refusing 0.1.1: the changes since 0.1.0 need at least 0.2.0 (minor, breaking)",
        refused.getMessage());
    assertThrows(IllegalStateException.class, () -> report.accept(Version.parse("0.1.0")));
    assertEquals(Version.parse("0.2.0"), report.accept(null));
    assertEquals(Version.parse("1.0.0"), report.accept(Version.parse("1.0.0")));
  }

  @Test
  void aBreakingChangeMustSayWhatToChange() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Change.spec(Impact.BREAKING, "Deployment.name", "removed.", null));
  }

  @Test
  void theChangelogPutsBreakingChangesFirstWithWhatToChange() {
    String entry =
        new Report(Version.parse("0.1.0"), List.of(ADDED, BREAKING))
            .changelogEntry(Version.parse("0.2.0"), "2026-12-07", "2026-10-21");
    assertTrue(
        entry.startsWith(
            "## 0.2.0 (2026-12-07)\n\nAPI version 2026-10-21. Compared with 0.1.0: minor release,"
                + " with breaking changes (marked below with what to change).\n"),
        entry);
    int breaking =
        entry.indexOf(
            "#### Breaking\n\n- `Deployment.name`: removed. **What to change:** Stop reading it.");
    int added = entry.indexOf("#### Added\n\n- `Deployment.tags`: new.");
    assertTrue(breaking > 0 && added > breaking, entry);
  }
}
