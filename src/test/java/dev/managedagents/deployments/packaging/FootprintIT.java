package dev.managedagents.deployments.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The footprint budget: the SDK jar, and everything an app pulls in at runtime with it, stay under
 * the budgets set in pom.xml ({@code footprint.*}). Prints the sizes on every build.
 */
class FootprintIT {
  @Test
  void sdkJarStaysUnderItsBudget() throws IOException {
    Path jar = Paths.get(System.getProperty("sdk.jar"));
    long budget = Long.parseLong(System.getProperty("footprint.sdk.jar.max.bytes"));

    long size = Files.size(jar);
    System.out.printf("[footprint] SDK jar %s: %,d bytes (budget %,d)%n", jar.getFileName(), size, budget);

    assertTrue(size <= budget, "the SDK jar is " + size + " bytes, over its budget of " + budget);
  }

  @Test
  void runtimeClasspathStaysUnderItsBudget() throws IOException {
    long budget = Long.parseLong(System.getProperty("footprint.runtime.classpath.max.bytes"));
    List<Path> jars = new ArrayList<>();
    jars.add(Paths.get(System.getProperty("sdk.jar")));
    for (String entry : Files.readString(Paths.get(System.getProperty("runtime.classpath.file"))).trim().split(File.pathSeparator)) {
      jars.add(Paths.get(entry));
    }

    long total = 0;
    for (Path jar : jars) {
      long size = Files.size(jar);
      total += size;
      System.out.printf("[footprint]   %,10d  %s%n", size, jar.getFileName());
    }
    System.out.printf("[footprint] runtime classpath, SDK included: %d jars, %,d bytes (budget %,d)%n", jars.size(), total, budget);

    assertTrue(jars.size() > 1, "the runtime classpath was read");
    assertTrue(total <= budget, "the runtime classpath is " + total + " bytes, over its budget of " + budget);
  }
}
