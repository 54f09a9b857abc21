package dev.managedagents.deployments.release;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the last release and now, as the SDK's users feel it.
 *
 * @param origin what found it: the spec diff or the API diff
 * @param impact how it affects users, which decides the version bump
 * @param subject what changed, in the spec's or the API's names ({@code Deployment.budget}, {@code
 *     operation pauseDeployment}, {@code PausedReason.Visitor})
 * @param what one sentence: the change and what it does to the SDK
 * @param action for a breaking change, what users must change; otherwise null
 */
public record Change(
    Origin origin, Impact impact, String subject, String what, @Nullable String action) {
  /** Which diff found a change. */
  public enum Origin {
    SPEC,
    API
  }

  /** Worst first, then by origin and subject, so a changelog reads the same on every run. */
  public static final Comparator<Change> ORDER =
      Comparator.comparing(Change::impact)
          .thenComparing(Change::origin)
          .thenComparing(Change::subject)
          .thenComparing(Change::what);

  public Change {
    if (impact.breaking() && action == null) {
      throw new IllegalArgumentException("a breaking change must say what users change: " + what);
    }
  }

  static Change spec(Impact impact, String subject, String what, @Nullable String action) {
    return new Change(Origin.SPEC, impact, subject, what, action);
  }

  static Change api(Impact impact, String subject, String what, @Nullable String action) {
    return new Change(Origin.API, impact, subject, what, action);
  }

  /** The CHANGELOG line (Markdown). */
  public String changelogLine() {
    String line = "- `" + subject + "`: " + what;
    return action == null ? line : line + " **What to change:** " + action;
  }
}
