package dev.managedagents.deployments.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three artifacts whose API the gate watches: the SDK jar, the Kotlin jar and the local server
 * jar, as built in target/ or as recorded in release/baseline/.
 */
public record Artifacts(List<Jar> jars) {
  /** One artifact's jar, the title its dump carries and the dump's file name in api/. */
  public record Jar(String classifier, Path path, String title, String dumpName) {}

  /** The jars a build wrote into target/ under {@code finalName}. */
  public static Artifacts built(Path basedir, String finalName) {
    Path target = basedir.resolve("target");
    return of(
        target.resolve(finalName + ".jar"),
        target.resolve(finalName + "-kotlin.jar"),
        target.resolve(finalName + "-local-server.jar"));
  }

  /** The jars of the last release, kept in release/baseline/ for the gate. */
  public static Artifacts baseline(Path baseline) {
    return of(
        baseline.resolve("deployments-sdk.jar"),
        baseline.resolve("deployments-sdk-kotlin.jar"),
        baseline.resolve("deployments-sdk-local-server.jar"));
  }

  public static Artifacts of(Path sdk, Path kotlin, Path localServer) {
    return new Artifacts(
        List.of(
            new Jar("", sdk, "deployments-sdk (the SDK jar)", "deployments-sdk.api"),
            new Jar(
                "kotlin",
                kotlin,
                "deployments-sdk, classifier kotlin (the Kotlin artifact)",
                "deployments-sdk-kotlin.api"),
            new Jar(
                "local-server",
                localServer,
                "deployments-sdk, classifier local-server (the local server for tests)",
                "deployments-sdk-local-server.api")));
  }

  public Jar sdk() {
    return jars.get(0);
  }

  /** A class loader over these jars whose parent sees only {@code dependencies} and the JDK. */
  public URLClassLoader loader(List<Path> dependencies) {
    List<Path> own = new ArrayList<>();
    for (Jar jar : jars) {
      if (!Files.isRegularFile(jar.path())) {
        throw new IllegalStateException(jar.path() + " is missing: build the jars first");
      }
      own.add(jar.path());
    }
    URLClassLoader parent =
        new URLClassLoader(urls(dependencies), ClassLoader.getPlatformClassLoader());
    return new URLClassLoader(urls(own), parent);
  }

  /**
   * The SDK's dependencies: the runtime class path the build wrote (one line, separated by the
   * platform's separator) and the jars named in {@code args} from {@code from} on.
   */
  public static List<Path> dependencies(Path classpathFile, String[] args, int from) {
    List<Path> paths = new ArrayList<>();
    try {
      for (String entry :
          Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty()) {
          paths.add(Path.of(entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = from; i < args.length; i++) {
      paths.add(Path.of(args[i]));
    }
    return paths;
  }

  private static URL[] urls(List<Path> paths) {
    URL[] urls = new URL[paths.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = paths.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }
    return urls;
  }
}
