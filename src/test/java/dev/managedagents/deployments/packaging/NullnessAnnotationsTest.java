package dev.managedagents.deployments.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.DeploymentsClient;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * JSpecify nullness on every class the SDK ships, hand-written and generated, so that Kotlin sees
 * {@code String} and {@code String?} and never a platform type.
 */
class NullnessAnnotationsTest {
  @Test
  void everyPackageWithClassesIsNullMarked() throws Exception {
    TreeSet<String> unmarked = new TreeSet<>();
    for (Class<?> type : sdkClasses()) {
      if (type.getPackage().getAnnotation(NullMarked.class) == null) {
        unmarked.add(type.getPackageName());
      }
    }

    assertTrue(unmarked.isEmpty(), "packages without @NullMarked package-info: " + unmarked);
  }

  @Test
  void everyGetterHasTheNullnessOfTheFieldItReturns() throws Exception {
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Class<?> type : sdkClasses()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        Method getter = getter(type, field);
        if (getter == null || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        compared++;
        // The annotated types render with their annotations, type arguments included.
        String fieldType = field.getAnnotatedType().toString();
        String returnType = getter.getAnnotatedReturnType().toString();
        if (!fieldType.equals(returnType)) {
          mismatches.add(type.getName() + "." + getter.getName() + "() returns " + returnType + " but the field is " + fieldType);
        }
      }
    }

    assertTrue(compared > 250, "compared " + compared + " getters");
    assertEquals(List.of(), mismatches);
  }

  private static Method getter(Class<?> type, Field field) {
    String name = field.getName();
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String prefix : new String[] {"get", "is"}) {
      try {
        Method method = type.getDeclaredMethod(prefix + suffix);
        if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == field.getType()) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // not this prefix
      }
    }
    return null;
  }

  /** Every class compiled from src/main/java and generated/, read from the SDK's class folder or jar. */
  private static List<Class<?>> sdkClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Paths.get(DeploymentsClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        names =
            files
                .map(root::relativize)
                .map(Path::toString)
                .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
                .collect(Collectors.toList());
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
        names =
            jar.stream()
                .map(java.util.jar.JarEntry::getName)
                .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
                .collect(Collectors.toList());
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      // The Kotlin artifact, compiled into the same folder but shipped apart, states nullness in
      // Kotlin's own metadata.
      if (name.replace('\\', '/').startsWith("dev/managedagents/deployments/kotlin/")) {
        continue;
      }
      classes.add(Class.forName(name.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""), false, DeploymentsClient.class.getClassLoader()));
    }
    assertTrue(classes.size() > 200, "found " + classes.size() + " classes");
    return classes;
  }
}
