package dev.managedagents.deployments.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.Deployment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every list and map a model returns carries kotlin.annotations.jvm.ReadOnly, so Kotlin types it
 * List or Map and {@code d.metadata.put(...)} does not compile. The annotation is kept in the class
 * file only (not visible to reflection), so javap reads it.
 */
class ReadOnlyCollectionsTest {
  @Test
  void everyModelListAndMapGetterIsReadOnlyForKotlin() throws Exception {
    Path root = Paths.get(Deployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classes;
    try (Stream<Path> files = Files.list(root.resolve("dev/managedagents/deployments/model"))) {
      classes =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
              .map(name -> "dev.managedagents.deployments.model." + name.substring(0, name.length() - ".class".length()))
              .sorted()
              .collect(Collectors.toList());
    }
    TreeSet<String> expected = new TreeSet<>();
    for (String name : classes) {
      Class<?> type = Class.forName(name, false, Deployment.class.getClassLoader());
      if (!Modifier.isPublic(type.getModifiers()) || type.isInterface()) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        boolean collection = method.getReturnType() == List.class || method.getReturnType() == Map.class;
        if (collection && Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0) {
          expected.add(name + "." + method.getName());
        }
      }
    }

    List<String> args = new ArrayList<>(List.of("-v", "-cp", root.toString()));
    args.addAll(classes);
    StringWriter out = new StringWriter();
    int status = ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(out), new PrintWriter(out), args.toArray(new String[0]));
    assertEquals(0, status, out.toString());

    TreeSet<String> annotated = new TreeSet<>();
    String currentClass = null;
    String currentMethod = null;
    for (String line : out.toString().split("\n")) {
      if (line.startsWith("public final class ")) {
        currentClass = line.substring("public final class ".length()).split("[ <]")[0];
      } else if (line.startsWith("  public ") && line.endsWith("();")) {
        String signature = line.substring(0, line.length() - "();".length());
        currentMethod = signature.substring(signature.lastIndexOf(' ') + 1);
      } else if (line.isEmpty()) {
        currentMethod = null;
      } else if (line.trim().equals("kotlin.annotations.jvm.ReadOnly") && currentMethod != null) {
        annotated.add(currentClass + "." + currentMethod);
      }
    }

    assertTrue(expected.size() > 50, "found " + expected.size() + " list and map getters");
    assertEquals(expected, annotated);
  }
}
