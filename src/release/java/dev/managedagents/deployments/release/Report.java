package dev.managedagents.deployments.release;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed since the last release, the version bump that needs, and the CHANGELOG entry that
 * tells users. One report serves the CI gate, the release command and the canned-edit proof.
 */
public record Report(Version baseline, List<Change> changes) {
  public Report {
    changes = changes.stream().sorted(Change.ORDER).collect(Collectors.toUnmodifiableList());
  }

  /** The worst impact found; a report with no change needs a patch at most. */
  public Impact worst() {
    return changes.stream().map(Change::impact).min(Enum::compareTo).orElse(Impact.COMPATIBLE);
  }

  public Version.Bump bump() {
    return baseline.required(worst());
  }

  /** The lowest version the next release may have. */
  public Version next() {
    return baseline.next(bump());
  }

  /**
   * The version to release: {@code requested}, or without one the lowest the changes allow.
   *
   * @throws IllegalStateException if {@code requested} is below what the changes need
   */
  public Version accept(@Nullable Version requested) {
    Version needed = next();
    if (requested == null) {
      return needed;
    }
    if (requested.compareTo(needed) < 0) {
      throw new IllegalStateException(
          "refusing "
              + requested
              + ": the changes since "
              + baseline
              + " need at least "
              + needed
              + " ("
              + bump().name().toLowerCase()
              + (worst().breaking() ? ", breaking" : "")
              + ")");
    }
    return requested;
  }

  /** The gate's verdict in a few lines, then every change: what CI prints. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append("Since ").append(baseline).append(": ");
    out.append(changes.isEmpty() ? "no change to the spec or the API" : count() + "");
    out.append(". Next release: ").append(next()).append(" (").append(bump().name().toLowerCase());
    out.append(worst().breaking() && baseline.major() == 0 ? ", breaking while 0.x)" : ")");
    out.append('\n');
    changes.forEach(
        change ->
            out.append("  [")
                .append(change.impact())
                .append("] ")
                .append(change.origin().name().toLowerCase())
                .append(' ')
                .append(change.changelogLine().substring(2))
                .append('\n'));
    return out.toString();
  }

  private String count() {
    Map<Impact, Long> counts =
        new TreeMap<>(
            changes.stream().collect(Collectors.groupingBy(Change::impact, Collectors.counting())));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().heading().toLowerCase())
        .collect(Collectors.joining(", "));
  }

  /**
   * The CHANGELOG.md entry for {@code version}: the spec's changes by impact, then the Java and
   * Kotlin API's, each breaking one with what to change.
   */
  public String changelogEntry(Version version, String date, String specVersion) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(version).append(" (").append(date).append(")\n\n");
    out.append("API version ").append(specVersion).append(". Compared with ").append(baseline);
    out.append(": ").append(bump().name().toLowerCase()).append(" release");
    out.append(
        worst().breaking() ? ", with breaking changes (marked below with what to change)." : ".");
    out.append('\n');
    for (Change.Origin origin : Change.Origin.values()) {
      List<Change> found = changes.stream().filter(c -> c.origin() == origin).toList();
      if (found.isEmpty()) {
        continue;
      }
      out.append('\n')
          .append(
              origin == Change.Origin.SPEC
                  ? "### The API (spec changes)"
                  : "### The Java and Kotlin API (from the jars)")
          .append('\n');
      for (Impact impact : Impact.values()) {
        List<Change> under = found.stream().filter(c -> c.impact() == impact).toList();
        if (!under.isEmpty()) {
          out.append("\n#### ").append(impact.heading()).append("\n\n");
          under.forEach(change -> out.append(change.changelogLine()).append('\n'));
        }
      }
    }
    if (changes.isEmpty()) {
      out.append("\nNo change to the spec or the public API; fixes only.\n");
    }
    return out.toString();
  }
}
