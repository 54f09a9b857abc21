package dev.managedagents.deployments.release;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed api/ dumps are the API of the jars this build made: a public API change that the
 * dumps do not show fails here, with the difference and the command that rewrites them.
 */
class ApiDumpIT {
  @Test
  void theCommittedDumpsAreTheApiOfTheBuiltJars() throws Exception {
    Artifacts built = BuiltJars.artifacts();
    List<String> drift = new ArrayList<>();
    try (URLClassLoader loader = built.loader(BuiltJars.dependencies())) {
      ApiDump dump = new ApiDump(loader);
      for (Artifacts.Jar jar : built.jars()) {
        Path committed = BuiltJars.BASEDIR.resolve("api").resolve(jar.dumpName());
        String expected = Files.exists(committed) ? Files.readString(committed) : "";
        String actual = dump.dumpJar(jar.path(), jar.title());
        if (!expected.equals(actual)) {
          drift.add("api/" + jar.dumpName() + ":\n" + difference(expected, actual));
        }
      }
    }
    if (!drift.isEmpty()) {
      fail(
          "The public API differs from the committed dump in api/ (- committed, + built):\n"
              + String.join("\n", drift)
              + "\nIf the change is meant, rewrite the dumps and commit them with it:\n  "
              + ApiDump.COMMAND);
    }
  }

  /** The lines only one side has, in order: enough to see what moved in a sorted dump. */
  static String difference(String expected, String actual) {
    Set<String> before = new LinkedHashSet<>(expected.lines().toList());
    Set<String> after = new LinkedHashSet<>(actual.lines().toList());
    StringBuilder out = new StringBuilder();
    before.stream()
        .filter(line -> !after.contains(line))
        .forEach(l -> out.append("- ").append(l).append('\n'));
    after.stream()
        .filter(line -> !before.contains(line))
        .forEach(l -> out.append("+ ").append(l).append('\n'));
    return out.toString();
  }
}
