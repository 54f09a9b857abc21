package dev.managedagents.deployments.release;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The maintainers' commands behind the gate and release/cut, run by Maven on the test class path
 * ({@code mvn exec:java@api-dump}, {@code exec:java@release}):
 *
 * <pre>
 * api-dump                  rewrite api/ from the jars in target/
 * gate                      compare the work tree with release/baseline/; print the report
 * plan [version]            the version the next release needs; refuse a lower one; write its
 *                           CHANGELOG entry to target/release/
 * prepare version           set pom.xml's version and put the entry at the top of CHANGELOG.md
 * record version commit     make the release just built the baseline of the next gate
 * set-version version       set pom.xml's version (the next -SNAPSHOT after a release)
 * </pre>
 *
 * Before the command come the project directory, the build's final name, the file with the runtime
 * class path and the kotlinx-coroutines jar (the Kotlin jar's one extra dependency); pom.xml passes
 * them.
 */
public final class Release {
  private static final Pattern PROJECT_VERSION =
      Pattern.compile("(<artifactId>deployments-sdk</artifactId>\\s*<version>)([^<]+)(</version>)");

  private final Path basedir;
  private final Artifacts built;
  private final List<Path> dependencies;

  private Release(Path basedir, Artifacts built, List<Path> dependencies) {
    this.basedir = basedir;
    this.built = built;
    this.dependencies = dependencies;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      throw new IllegalArgumentException(
          "usage: basedir finalName classpathFile coroutinesJar COMMAND [arguments]");
    }
    Path basedir = Path.of(args[0]);
    List<Path> dependencies = Artifacts.dependencies(Path.of(args[2]), new String[] {args[3]}, 0);
    Release release = new Release(basedir, Artifacts.built(basedir, args[1]), dependencies);
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(5, args.length));
    switch (args[4]) {
      case "api-dump" -> ApiDump.write(release.built, dependencies, basedir.resolve("api"));
      case "gate" -> System.out.print(release.gate());
      case "plan" -> release.plan(rest.isEmpty() ? null : Version.parse(rest.get(0)));
      case "prepare" -> release.prepare(Version.parse(rest.get(0)));
      case "record" -> release.record(Version.parse(rest.get(0)), rest.get(1));
      case "set-version" -> release.setVersion(rest.get(0));
      default -> throw new IllegalArgumentException("unknown command " + args[4]);
    }
  }

  /** The report of the work tree (built jars, current spec) against the last release. */
  public static Report report(Baseline baseline, Path spec, Artifacts now, List<Path> dependencies)
      throws IOException {
    List<Change> changes =
        new ArrayList<>(SpecDiff.compare(Spec.read(baseline.spec()), Spec.read(spec)));
    changes.addAll(ApiDiff.compare(Artifacts.baseline(baseline.directory()), now, dependencies));
    changes.addAll(nullnessChanges(baseline, now, dependencies));
    changes.sort(Change.ORDER);
    return new Report(baseline.version(), changes);
  }

  /** The nullness changes japicmp does not see: the release's dumps against the jars' now. */
  private static List<Change> nullnessChanges(
      Baseline baseline, Artifacts now, List<Path> dependencies) throws IOException {
    List<Change> changes = new ArrayList<>();
    try (URLClassLoader loader = now.loader(dependencies)) {
      ApiDump dump = new ApiDump(loader);
      for (Artifacts.Jar jar : now.jars()) {
        changes.addAll(
            NullnessDiff.compare(
                Files.readString(baseline.dump(jar.dumpName())),
                dump.dumpJar(jar.path(), jar.title())));
      }
    }
    return changes;
  }

  private String gate() throws IOException {
    Optional<Baseline> baseline = Baseline.read(basedir);
    if (baseline.isEmpty()) {
      return "No release yet (no " + Baseline.DIRECTORY + "/): nothing to compare with.\n";
    }
    Report report = report(baseline.get(), spec(), built, dependencies);
    Path out = Files.createDirectories(basedir.resolve("target/compat"));
    Files.writeString(out.resolve("report.txt"), report.summary());
    Files.writeString(
        out.resolve("CHANGELOG-next.md"),
        report.changelogEntry(report.next(), "unreleased", Spec.read(spec()).version()));
    return report.summary();
  }

  private void plan(@Nullable Version requested) throws IOException {
    Optional<Baseline> baseline = Baseline.read(basedir);
    Version version;
    String entry;
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    String specVersion = Spec.read(spec()).version();
    if (baseline.isEmpty()) {
      version = requested == null ? new Version(0, 1, 0) : requested;
      entry =
          "## "
              + version
              + " ("
              + date
              + ")\n\nFirst release, for API version "
              + specVersion
              + ". It is the baseline that the compatibility gate compares every later change"
              + " with.\n";
    } else {
      Report report = report(baseline.get(), spec(), built, dependencies);
      System.out.print(report.summary());
      version = report.accept(requested);
      entry = report.changelogEntry(version, date, specVersion);
    }
    Path out = Files.createDirectories(basedir.resolve("target/release"));
    Files.writeString(out.resolve("version"), version + "\n");
    Files.writeString(out.resolve("CHANGELOG-entry.md"), entry);
    System.out.println("Release version: " + version);
  }

  private void prepare(Version version) throws IOException {
    setVersion(version.toString());
    String entry = Files.readString(basedir.resolve("target/release/CHANGELOG-entry.md"));
    Path changelog = basedir.resolve("CHANGELOG.md");
    String header =
        "# Changelog\n\nWritten by release/cut from the spec and API diffs against the previous"
            + " release. Breaking changes say what to change.\n";
    String existing = Files.exists(changelog) ? Files.readString(changelog) : header;
    int at = existing.indexOf("\n## ");
    String updated =
        at < 0
            ? existing.stripTrailing() + "\n\n" + entry
            : existing.substring(0, at + 1) + entry + "\n" + existing.substring(at + 1);
    Files.writeString(changelog, updated);
  }

  /** Copies what the next gate compares with: spec, API dumps, jars, and the version and commit. */
  private void record(Version version, String commit) throws IOException {
    Path directory = Files.createDirectories(basedir.resolve(Baseline.DIRECTORY));
    Files.copy(spec(), directory.resolve("deployments.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Artifacts baseline = Artifacts.baseline(directory);
    for (int i = 0; i < built.jars().size(); i++) {
      Artifacts.Jar jar = built.jars().get(i);
      Files.copy(jar.path(), baseline.jars().get(i).path(), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(
          basedir.resolve("api").resolve(jar.dumpName()),
          directory.resolve(jar.dumpName()),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(
        directory.resolve(Baseline.FILE),
        "# The last release, which the compatibility gate compares the work tree with.\n"
            + "# Written by release/cut; the jars are that commit's reproducible build.\n"
            + "version="
            + version
            + "\ncommit="
            + commit
            + "\n",
        StandardCharsets.UTF_8);
  }

  private void setVersion(String version) throws IOException {
    Path pom = basedir.resolve("pom.xml");
    String text = Files.readString(pom);
    Matcher matcher = PROJECT_VERSION.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("pom.xml has no project version after its artifactId");
    }
    Files.writeString(
        pom, text.substring(0, matcher.start(2)) + version + text.substring(matcher.end(2)));
  }

  private Path spec() {
    return basedir.resolve("openapi/deployments.yaml");
  }
}
