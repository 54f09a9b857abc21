package dev.managedagents.deployments.release;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The last release as the repository records it in release/baseline/: its version, the commit it
 * was built from, its spec, its API dumps and its jars. The gate compares the work tree with it, so
 * CI never rebuilds an old commit; the release command replaces it.
 */
public record Baseline(Path directory, Version version, String commit) {
  public static final String DIRECTORY = "release/baseline";
  static final String FILE = "RELEASE";

  /** The recorded baseline, or empty before the first release. */
  public static Optional<Baseline> read(Path basedir) throws IOException {
    Path directory = basedir.resolve(DIRECTORY);
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return Optional.of(
        new Baseline(
            directory,
            Version.parse(properties.getProperty("version")),
            properties.getProperty("commit")));
  }

  public Path spec() {
    return directory.resolve("deployments.yaml");
  }

  public Path dump(String name) {
    return directory.resolve(name);
  }
}
