package dev.managedagents.deployments.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds an SDK regenerated from an edited spec, as the build would: javac in this JVM (Java 8
 * bytecode for the SDK), kotlinc in a JVM of its own (the compiler the build downloads, named by
 * the {@code kotlin.compiler.dir} property that failsafe sets), and jars.
 */
public final class SdkBuild {
  private SdkBuild() {}

  /** Compiles the SDK's Java sources under {@code roots} to Java 8 bytecode. */
  public static void javac(Path classes, Path... roots) throws IOException {
    javac(classes, dependencyClasspath(), true, roots);
  }

  /** Compiles the Java sources under {@code roots} against {@code classpath}. */
  public static void javac(Path classes, String classpath, boolean java8, Path... roots)
      throws IOException {
    List<String> arguments =
        new ArrayList<>(List.of("-d", classes.toString(), "-nowarn", "-proc:none", "-parameters"));
    if (java8) {
      arguments.addAll(List.of("-source", "8", "-target", "8", "-Xlint:-options"));
    }
    arguments.addAll(List.of("-classpath", classpath));
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
      }
    }
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, arguments.toArray(new String[0]));
    assertEquals(0, status, "the sources under " + List.of(roots) + " compile");
  }

  /** Compiles the SDK's Kotlin artifact from {@code roots} against the SDK's {@code classes}. */
  public static void kotlinc(Path out, Path classes, Path... roots) throws Exception {
    kotlinc(
        out, "deployments-sdk-kotlin", classes + File.pathSeparator + dependencyClasspath(), roots);
  }

  /** Compiles the Kotlin sources under {@code roots} into module {@code module}. */
  public static void kotlinc(Path out, String module, String classpath, Path... roots)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    try (Stream<Path> jars = Files.list(Path.of(System.getProperty("kotlin.compiler.dir")))) {
      command.add(jars.map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    }
    command.addAll(
        List.of(
            "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler",
            "-no-stdlib",
            "-no-reflect",
            "-jvm-target",
            "1.8",
            "-language-version",
            "2.2",
            "-api-version",
            "2.2",
            "-Xjspecify-annotations=strict",
            "-module-name",
            module,
            "-nowarn",
            "-d",
            out.toString(),
            "-classpath",
            classpath));
    for (Path root : roots) {
      command.add(root.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "kotlinc finished");
    assertEquals(
        0, process.exitValue(), "the Kotlin sources of " + module + " compile:\n" + output);
  }

  /**
   * The test class path's jars: the SDK's dependencies and kotlinx-coroutines, not this build's
   * classes.
   */
  public static String dependencyClasspath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** A jar of {@code classes}, its entries sorted. */
  public static Path jar(Path jar, Path classes) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(
            new JarEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Copies the tree {@code from} to {@code to}. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path path : files.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
