package dev.managedagents.deployments.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an operation is a spec edit: run the generator exactly as the build does (its settings are
 * read from pom.xml) on the spec plus one new operation, and the operation's table entry, its
 * idempotency, the secrets its body can hold, its Retrofit method and its local-server route all
 * appear, with no hand edit. Only the facade method remains to write.
 */
class AddingAnOperationTest {
  /**
   * A new write that must not be sent twice, whose body holds a secret of its own and one nested.
   */
  private static final String NEW_PATH =
      "  /v1/deployments/{deployment_id}/rotate_credentials:\n"
          + "    parameters:\n"
          + "      - $ref: \"#/components/parameters/DeploymentId\"\n"
          + "    post:\n"
          + "      tags: [Deployments]\n"
          + "      operationId: rotateDeploymentCredentials\n"
          + "      x-non-idempotent: true\n"
          + "      summary: Replace the credentials of a deployment's resources.\n"
          + "      requestBody:\n"
          + "        required: true\n"
          + "        content:\n"
          + "          application/json:\n"
          + "            schema:\n"
          + "              $ref: \"#/components/schemas/RotateCredentialsParams\"\n"
          + "      responses:\n"
          + "        \"200\":\n"
          + "          $ref: \"#/components/responses/DeploymentResponse\"\n";

  private static final String NEW_SCHEMA =
      "    RotateCredentialsParams:\n"
          + "      type: object\n"
          + "      description: New credentials for a deployment.\n"
          + "      required: [resources]\n"
          + "      properties:\n"
          + "        resources:\n"
          + "          type: array\n"
          + "          items:\n"
          + "            $ref: \"#/components/schemas/ResourceParam\"\n"
          + "        webhook_secret:\n"
          + "          type: string\n"
          + "          writeOnly: true\n"
          + "          x-secret: true\n";

  @TempDir static Path work;
  private static Path generated;

  @BeforeAll
  static void generateWithTheNewOperation() throws Exception {
    Path root = Paths.get("").toAbsolutePath();
    String spec =
        new String(
            Files.readAllBytes(root.resolve("openapi/deployments.yaml")), StandardCharsets.UTF_8);
    spec = insertAfter(spec, "\npaths:\n", NEW_PATH);
    spec = insertAfter(spec, "\n  schemas:\n", NEW_SCHEMA);
    Path changedSpec = work.resolve("deployments.yaml");
    Files.write(changedSpec, spec.getBytes(StandardCharsets.UTF_8));
    generated = work.resolve("generated");

    SpecGeneration.generate(root, changedSpec, generated);
  }

  @Test
  void theTableHasTheOperationItsIdempotencyAndItsSecrets() throws Exception {
    Class<?> operation = compileTable();
    Object rotate = constant(operation, "ROTATE_DEPLOYMENT_CREDENTIALS");
    assertEquals("POST", field(rotate, "method"));
    assertEquals("v1/deployments/{deployment_id}/rotate_credentials", field(rotate, "path"));
    assertEquals(false, field(rotate, "idempotent"));
    assertEquals("RotateCredentialsParams", field(rotate, "body"));
    // Its own secret, and the repository token of the resources it holds.
    assertEquals(
        new TreeSet<>(Arrays.asList("authorization_token", "webhook_secret")),
        field(rotate, "secretProperties"));

    // The operations already there are unchanged: a body-less read, a create.
    Object retrieve = constant(operation, "RETRIEVE_DEPLOYMENT");
    assertEquals(true, field(retrieve, "idempotent"));
    assertEquals(new TreeSet<>(), new TreeSet<>((Set<?>) field(retrieve, "secretProperties")));
    Object create = constant(operation, "CREATE_DEPLOYMENT");
    assertEquals(false, field(create, "idempotent"));
    assertEquals(
        new TreeSet<>(Arrays.asList("authorization_token")), field(create, "secretProperties"));
  }

  @Test
  void theRetrofitInterfaceAndTheLocalServerRouteFollow() throws Exception {
    String api = read("src/main/java/dev/managedagents/deployments/DeploymentsApi.java");
    assertTrue(
        api.contains("@POST(\"v1/deployments/{deployment_id}/rotate_credentials\")")
            && api.contains("Call<Deployment> rotateDeploymentCredentials("),
        api);
    String route = read("src/localServer/java/dev/managedagents/deployments/testing/Route.java");
    assertTrue(route.contains("ROTATE_DEPLOYMENT_CREDENTIALS"), route);
    String model =
        read("src/main/java/dev/managedagents/deployments/model/RotateCredentialsParams.java");
    assertTrue(model.contains("webhookSecret"), "the body model is generated too");
  }

  /** Compiles the generated table (and the secrets graph it reads) on its own, and loads it. */
  private Class<?> compileTable() throws Exception {
    Path sources = generated.resolve("src/main/java/dev/managedagents/deployments");
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            sources.resolve("Operation.java").toString(),
            sources.resolve("SecretProperties.java").toString());
    assertEquals(0, status, "the generated table compiles");
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, null) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            // The table's own classes from this folder, everything else (JSpecify, the JDK) as
            // usual.
            return name.startsWith("dev.managedagents.deployments.")
                ? super.loadClass(name, resolve)
                : AddingAnOperationTest.class.getClassLoader().loadClass(name);
          }
        };
    return loader.loadClass("dev.managedagents.deployments.Operation");
  }

  private static Object constant(Class<?> operation, String name) {
    for (Object constant : operation.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError("no " + name + " in " + Arrays.toString(operation.getEnumConstants()));
  }

  private static Object field(Object constant, String name) throws Exception {
    Field field = constant.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(constant);
  }

  private static String read(String file) throws Exception {
    return new String(Files.readAllBytes(generated.resolve(file)), StandardCharsets.UTF_8);
  }

  private static String insertAfter(String text, String marker, String insert) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, "the spec has " + marker.trim());
    return text.substring(0, at + marker.length()) + insert + text.substring(at + marker.length());
  }
}
