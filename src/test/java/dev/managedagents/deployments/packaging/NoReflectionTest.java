package dev.managedagents.deployments.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.DeploymentsClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class the SDK ships reflects: R8 and ProGuard can then shrink it with the few rules it ships,
 * and Android pays no reflection cost. Only java.lang.reflect.Type, the key Moshi and Retrofit look
 * adapters up by, may appear (with ParameterizedType, the generic return type Retrofit hands the
 * call adapter, from the signatures Retrofit's own rules keep), and one Class.forName that only
 * initializes a model class.
 */
class NoReflectionTest {
  private static final Pattern REFLECTION =
      Pattern.compile("java/lang/reflect/(?!Type\\b|ParameterizedType\\b)\\w+|getDeclared\\w+|forName|newInstance|setAccessible");

  @Test
  void shippedClassesReferenceNoReflectionApi() throws Exception {
    Path root = Paths.get(DeploymentsClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      // Only the Java SDK: the Kotlin artifact shares the folder but ships apart.
      classes =
          files
              .filter(file -> file.toString().endsWith(".class"))
              .filter(file -> !root.relativize(file).toString().replace('\\', '/').startsWith("dev/managedagents/deployments/kotlin/"))
              .collect(Collectors.toList());
    }

    TreeSet<String> found = new TreeSet<>();
    for (Path file : classes) {
      // Referenced classes and member names sit as UTF-8 in the constant pool.
      Matcher matcher = REFLECTION.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      while (matcher.find()) {
        found.add(root.relativize(file) + ": " + matcher.group());
      }
    }

    assertTrue(classes.size() > 200, "scanned " + classes.size() + " classes");
    // The one exception: ModelJsonAdapters runs a body class's static initializer, which registers
    // the class's adapter, so that an app shrunk by R8 keeps only the adapters of bodies it uses.
    assertEquals(
        new TreeSet<String>(List.of("dev/managedagents/deployments/model/ModelJsonAdapters.class: forName")), found);
  }
}
