package dev.managedagents.deployments.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.DeploymentsClient;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public signature of the SDK names an okio type, so that okio stays an implementation detail
 * (its version can change under OkHttp without touching users' code).
 */
class NoOkioInPublicApiTest {
  @Test
  void publicSignaturesNameNoOkioType() throws Exception {
    Path root = Paths.get(DeploymentsClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .map(file -> root.relativize(file).toString().replace('\\', '/'))
              .filter(name -> name.startsWith("dev/managedagents/deployments/") && name.endsWith(".class"))
              .filter(name -> !name.startsWith("dev/managedagents/deployments/kotlin/") && !name.startsWith("dev/managedagents/deployments/testing/"))
              .collect(Collectors.toList());
    }
    TreeSet<String> found = new TreeSet<>();
    int checked = 0;
    for (String name : names) {
      Class<?> type = Class.forName(name.replaceAll("\\.class$", "").replace('/', '.'), false, DeploymentsClient.class.getClassLoader());
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
          checked++;
          check(found, method.toGenericString());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
          check(found, constructor.toGenericString());
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isPublic(field.getModifiers())) {
          check(found, field.toGenericString());
        }
      }
      check(found, type.getGenericSuperclass() + " " + Arrays.toString(type.getGenericInterfaces()));
    }

    assertTrue(checked > 500, "checked " + checked + " public methods");
    assertEquals(new TreeSet<String>(), found);
  }

  private static void check(TreeSet<String> found, String signature) {
    if (signature.contains("okio.")) {
      found.add(signature);
    }
  }
}
