package dev.managedagents.deployments.release;

import java.nio.file.Path;
import java.util.List;

/**
 * The jars this build packaged and their dependencies, as failsafe passes them to the *IT tests.
 */
final class BuiltJars {
  static final Path BASEDIR = Path.of("").toAbsolutePath();

  private BuiltJars() {}

  static Artifacts artifacts() {
    String jar = Path.of(property("sdk.jar")).getFileName().toString();
    return Artifacts.built(BASEDIR, jar.substring(0, jar.length() - ".jar".length()));
  }

  /** The runtime class path and kotlinx-coroutines, which the Kotlin jar also needs. */
  static List<Path> dependencies() {
    return Artifacts.dependencies(
        Path.of(property("runtime.classpath.file")),
        new String[] {property("android.tools.dir") + "/kotlinx-coroutines-core-jvm.jar"},
        0);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run through failsafe (mvn verify)");
    }
    return value;
  }
}
