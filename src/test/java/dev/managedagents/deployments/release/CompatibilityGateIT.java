package dev.managedagents.deployments.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gate against the last release (release/baseline/): its report is what CI prints and what the
 * next release's version and CHANGELOG entry come from. The recorded baseline must be intact, and
 * the spec diff and the API diff must agree with what the files say changed.
 */
class CompatibilityGateIT {
  private static final Path BASEDIR = BuiltJars.BASEDIR;

  /**
   * The recorded baseline. Only the build of the very first release runs before there is one, and
   * then CHANGELOG.md holds that release's entry alone: a repository that released before and has
   * lost its baseline fails here.
   */
  private static Baseline baseline() throws Exception {
    Optional<Baseline> baseline = Baseline.read(BASEDIR);
    if (baseline.isEmpty()) {
      Path changelog = BASEDIR.resolve("CHANGELOG.md");
      long releases =
          Files.exists(changelog)
              ? Files.readString(changelog).lines().filter(l -> l.startsWith("## ")).count()
              : 0;
      assertTrue(
          releases <= 1,
          Baseline.DIRECTORY + " is missing, yet CHANGELOG.md has " + releases + " releases");
      return null;
    }
    return baseline.get();
  }

  @Test
  void theBaselineJarsHaveTheRecordedApi() throws Exception {
    Baseline baseline = baseline();
    if (baseline == null) {
      return;
    }
    Artifacts jars = Artifacts.baseline(baseline.directory());
    try (URLClassLoader loader = jars.loader(BuiltJars.dependencies())) {
      ApiDump dump = new ApiDump(loader);
      for (Artifacts.Jar jar : jars.jars()) {
        assertEquals(
            Files.readString(baseline.dump(jar.dumpName())),
            dump.dumpJar(jar.path(), jar.title()),
            jar.path()
                + " is not the release "
                + baseline.version()
                + " that "
                + baseline.dump(jar.dumpName())
                + " records");
      }
    }
  }

  @Test
  void theReportFindsExactlyWhatChangedSinceTheLastRelease() throws Exception {
    Baseline baseline = baseline();
    if (baseline == null) {
      System.out.println("== Compatibility gate: no release yet, nothing to compare with");
      return;
    }
    Path spec = BASEDIR.resolve("openapi/deployments.yaml");
    Report report = Release.report(baseline, spec, BuiltJars.artifacts(), BuiltJars.dependencies());
    System.out.println(
        "== Compatibility gate against " + baseline.version() + "\n" + report.summary());
    Path out = Files.createDirectories(BASEDIR.resolve("target/compat"));
    Files.writeString(out.resolve("report.txt"), report.summary());

    // The two diffs see the same files the dumps and the spec copy show.
    List<Change> specChanges =
        report.changes().stream().filter(c -> c.origin() == Change.Origin.SPEC).toList();
    List<Change> api =
        report.changes().stream().filter(c -> c.origin() == Change.Origin.API).toList();
    boolean sameSpec = Files.readString(spec).equals(Files.readString(baseline.spec()));
    assertTrue(
        !sameSpec || specChanges.isEmpty(), "the spec is the released one, yet: " + specChanges);
    boolean sameApi = true;
    for (Artifacts.Jar jar : BuiltJars.artifacts().jars()) {
      sameApi &=
          Files.readString(BASEDIR.resolve("api").resolve(jar.dumpName()))
              .equals(Files.readString(baseline.dump(jar.dumpName())));
    }
    assertTrue(!sameApi || api.isEmpty(), "the API dumps are the released ones, yet: " + api);
    assertTrue(
        report.next().compareTo(baseline.version()) > 0, "the next release is above the last");
  }
}
