package dev.managedagents.deployments.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an operation is a spec edit and nothing else: run the generator exactly as the build does
 * (its settings are read from pom.xml) on the spec plus a made-up write and a made-up list, build
 * the whole SDK from the result (Java facade, Kotlin artifact, local server) with no other edit,
 * and call both through Java and Kotlin against the local server, which answers 501 until it
 * implements them.
 */
class AddingAnOperationIT {
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
          + "      x-sdk-name: rotateCredentials\n"
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

  /** A new list, under a deployment: its path parameter, its page size and cursor. */
  private static final String NEW_LIST =
      "  /v1/deployments/{deployment_id}/history:\n"
          + "    parameters:\n"
          + "      - $ref: \"#/components/parameters/DeploymentId\"\n"
          + "    get:\n"
          + "      tags: [Deployments]\n"
          + "      operationId: listDeploymentHistory\n"
          + "      x-sdk-name: history\n"
          + "      x-sdk-pages-of: DeploymentRun\n"
          + "      summary: List the runs of one deployment, newest first.\n"
          + "      parameters:\n"
          + "        - name: limit\n"
          + "          in: query\n"
          + "          description: How many runs a page holds.\n"
          + "          schema: {type: integer, minimum: 1, maximum: 50, default: 10}\n"
          + "        - name: page\n"
          + "          in: query\n"
          + "          description: The cursor of the page to return.\n"
          + "          schema: {type: string}\n"
          + "      responses:\n"
          + "        \"200\":\n"
          + "          description: A page of runs.\n"
          + "          content:\n"
          + "            application/json:\n"
          + "              schema:\n"
          + "                $ref: \"#/components/schemas/DeploymentRunPage\"\n";

  /** Calls both through the Java facade, sync and async, as a user would. */
  private static final String JAVA_CALLER =
      String.join(
          "\n",
          "package caller;",
          "",
          "import dev.managedagents.deployments.*;",
          "import dev.managedagents.deployments.model.*;",
          "import com.squareup.moshi.JsonWriter;",
          "import com.squareup.moshi.Moshi;",
          "import dev.managedagents.deployments.testing.LocalDeploymentsServer;",
          "import java.util.ArrayList;",
          "import java.util.Collection;",
          "import java.util.Collections;",
          "import java.util.List;",
          "import java.util.concurrent.CompletionException;",
          "import okio.Buffer;",
          "",
          "public final class JavaCaller {",
          "  public static void main(String[] args) throws Exception {",
          "    StringBuilder log = new StringBuilder();",
          "    try (LocalDeploymentsServer server = LocalDeploymentsServer.start();",
          "        DeploymentsClient client =",
          "           "
              + " DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey())",
          "                .logger(line -> log.append(line).append('\\n')).build()) {",
          "      RotateCredentialsParams params = RotateCredentialsParams.builder()",
          "          .resources(Collections.singletonList(GitHubRepositoryResourceParam.builder()",
          "              .url(\"https://github.com/example/repo\")",
          "              .authorizationToken(\"ghp_canary_token\").build()))",
          "          .webhookSecret(\"whsec_canary\").build();",
          "      // What the client's encoding collects: the values each model writes as x-secret.",
          "      List<String> handedOver = new ArrayList<>();",
          "      JsonWriter writer = JsonWriter.of(new Buffer());",
          "      writer.setTag(Collection.class, handedOver);",
          "      new Moshi.Builder().add(ModelJsonAdapters.CLASSES).build()",
          "          .adapter(RotateCredentialsParams.class).toJson(writer, params);",
          "      System.out.println(\"java secret values written: \" + handedOver);",
          "      try {",
          "        client.deployments().rotateCredentials(\"depl_01\", params);",
          "      } catch (ApiException e) {",
          "        report(\"java deployments().rotateCredentials\", e);",
          "      }",
          "      try {",
          "        client.deployments().history(\"depl_01\",",
          "            ListDeploymentHistoryParams.builder().limit(5).build());",
          "      } catch (ApiException e) {",
          "        report(\"java deployments().history\", e);",
          "      }",
          "      try {",
          "        client.deployments().historyAsync(\"depl_01\").join();",
          "      } catch (CompletionException e) {",
          "        report(\"java deployments().historyAsync\", (ApiException) e.getCause());",
          "      }",
          "      try {",
          "        ListDeploymentHistoryParams.builder().limit(51).build();",
          "      } catch (ValidationException e) {",
          "        System.out.println(\"java ListDeploymentHistoryParams: \" + e.getMessage());",
          "      }",
          "    }",
          "    System.out.println(\"java log shows a secret: \"",
          "        + (log.indexOf(\"whsec_canary\") >= 0 || log.indexOf(\"ghp_canary_token\") >= 0)",
          "        + \", both masked: \"",
          "        + (log.indexOf(\"\\\"webhook_secret\\\":\\\"[redacted]\\\"\") >= 0",
          "            && log.indexOf(\"\\\"authorization_token\\\":\\\"[redacted]\\\"\") >= 0));",
          "  }",
          "",
          "  private static void report(String call, ApiException e) {",
          "    System.out.println(call + \": \" + e.getStatus() + \" \" + e.getErrorType()",
          "        + (e.toString().contains(\"canary\") ? \" SECRET SHOWN\" : \"\"));",
          "  }",
          "}",
          "");

  /**
   * Calls both through the Kotlin artifact under their x-sdk-names, as Java does: a suspend
   * function with a DSL block, a Flow with and without its block.
   */
  private static final String KOTLIN_CALLER =
      String.join(
          "\n",
          "package caller",
          "",
          "import dev.managedagents.deployments.ApiException",
          "import dev.managedagents.deployments.DeploymentsClient",
          "import dev.managedagents.deployments.kotlin.deployments",
          "import dev.managedagents.deployments.testing.LocalDeploymentsServer",
          "import kotlinx.coroutines.flow.toList",
          "import kotlinx.coroutines.runBlocking",
          "",
          "fun main() {",
          "  LocalDeploymentsServer.start().use { server ->",
          "    DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build()",
          "      .use { client ->",
          "        runBlocking {",
          "          try {",
          "            client.deployments.rotateCredentials(\"depl_01\") {",
          "              resources(emptyList())",
          "              webhookSecret(\"whsec_canary\")",
          "            }",
          "          } catch (e: ApiException) {",
          "            println(\"kotlin deployments.rotateCredentials: ${e.status} ${e.errorType}\")",
          "          }",
          "          try {",
          "            client.deployments.history(\"depl_01\") { limit(5) }.toList()",
          "          } catch (e: ApiException) {",
          "            println(\"kotlin deployments.history { }: ${e.status} ${e.errorType}\")",
          "          }",
          "          try {",
          "            client.deployments.history(\"depl_01\").toList()",
          "          } catch (e: ApiException) {",
          "            println(\"kotlin deployments.history: ${e.status} ${e.errorType}\")",
          "          }",
          "        }",
          "      }",
          "  }",
          "}",
          "");

  private static final String NEW_SCHEMA =
      "    RotateCredentialsParams:\n"
          + "      x-request: true\n"
          + "      x-request-body: true\n"
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

  /** The SDK, its Kotlin artifact, the local server and the two callers, built from the edit. */
  private static String classpath;

  @BeforeAll
  static void generateAndBuildWithTheNewOperations() throws Exception {
    Path root = Paths.get("").toAbsolutePath();
    String spec =
        new String(
            Files.readAllBytes(root.resolve("openapi/deployments.yaml")), StandardCharsets.UTF_8);
    spec = insertAfter(spec, "\npaths:\n", NEW_PATH + NEW_LIST);
    spec = insertAfter(spec, "\n  schemas:\n", NEW_SCHEMA);
    Path changedSpec = work.resolve("deployments.yaml");
    Files.write(changedSpec, spec.getBytes(StandardCharsets.UTF_8));
    generated = work.resolve("generated");
    SpecGeneration.generate(root, changedSpec, generated);

    // What the build compiles, from the regenerated sources and the hand-written ones unchanged.
    String dependencies = SdkBuild.dependencyClasspath();
    Path sdk = Files.createDirectories(work.resolve("sdk"));
    SdkBuild.javac(
        sdk,
        generated.resolve("src/main/java"),
        root.resolve("src/main/java"),
        root.resolve("target/generated-sources/java-templates"));
    Path kotlin = Files.createDirectories(work.resolve("kotlin"));
    SdkBuild.kotlinc(
        kotlin, sdk, generated.resolve("src/main/kotlin"), root.resolve("src/main/kotlin"));
    Path server = Files.createDirectories(work.resolve("local-server"));
    SdkBuild.javac(
        server,
        sdk + File.pathSeparator + dependencies,
        false,
        generated.resolve("src/localServer/java"),
        root.resolve("src/localServer/java"));
    String built =
        String.join(File.pathSeparator, sdk.toString(), kotlin.toString(), server.toString());

    // The callers, compiled against it as an app would be.
    Path callerSources = Files.createDirectories(work.resolve("caller-sources"));
    Files.write(
        callerSources.resolve("JavaCaller.java"), JAVA_CALLER.getBytes(StandardCharsets.UTF_8));
    Files.write(
        callerSources.resolve("KotlinCaller.kt"), KOTLIN_CALLER.getBytes(StandardCharsets.UTF_8));
    Path callers = Files.createDirectories(work.resolve("callers"));
    SdkBuild.javac(
        callers,
        built + File.pathSeparator + dependencies,
        false,
        callerSources.resolve("JavaCaller.java"));
    SdkBuild.kotlinc(
        callers,
        "caller",
        built + File.pathSeparator + dependencies,
        callerSources.resolve("KotlinCaller.kt"));
    classpath = String.join(File.pathSeparator, callers.toString(), built, dependencies);
  }

  @Test
  void theJavaFacadeCallsBothOperations_andTheLocalServerAnswers501() throws Exception {
    String output = run("caller.JavaCaller");
    System.out.println("== Adding an operation: the Java caller\n" + output);
    assertEquals(
        "java secret values written: [ghp_canary_token, whsec_canary]\n"
            + "java deployments().rotateCredentials: 501 not_implemented_error\n"
            + "java deployments().history: 501 not_implemented_error\n"
            + "java deployments().historyAsync: 501 not_implemented_error\n"
            + "java ListDeploymentHistoryParams: limit: is 51; it must be from 1 to 50\n"
            // The rotate request's logged body: each of its two secrets masked, none shown.
            + "java log shows a secret: false, both masked: true\n",
        output);
  }

  @Test
  void theKotlinArtifactCallsBothOperations_andTheLocalServerAnswers501() throws Exception {
    String output = run("caller.KotlinCallerKt");
    System.out.println("== Adding an operation: the Kotlin caller\n" + output);
    assertEquals(
        "kotlin deployments.rotateCredentials: 501 not_implemented_error\n"
            + "kotlin deployments.history { }: 501 not_implemented_error\n"
            + "kotlin deployments.history: 501 not_implemented_error\n",
        output);
  }

  @Test
  void theTableHasTheOperationsAndTheirIdempotency_andTheSecretNamesTheNewOne() throws Exception {
    Class<?> operation = load("dev.managedagents.deployments.Operation");
    Object rotate = constant(operation, "ROTATE_DEPLOYMENT_CREDENTIALS");
    assertEquals("POST", field(rotate, "method"));
    assertEquals("v1/deployments/{deployment_id}/rotate_credentials", field(rotate, "path"));
    assertEquals(false, field(rotate, "idempotent"));
    Object history = constant(operation, "LIST_DEPLOYMENT_HISTORY");
    assertEquals(true, field(history, "idempotent"));
    assertEquals(
        new TreeSet<>(Arrays.asList("limit", "page")),
        new TreeSet<>((Set<?>) field(history, "queryParameters")));

    // The operations already there are unchanged: a body-less read, a create.
    assertEquals(true, field(constant(operation, "RETRIEVE_DEPLOYMENT"), "idempotent"));
    assertEquals(false, field(constant(operation, "CREATE_DEPLOYMENT"), "idempotent"));

    // The one list of secret names, which logs, messages and RawJson mask, has the new one.
    assertEquals(
        new TreeSet<>(Arrays.asList("authorization_token", "webhook_secret")),
        new TreeSet<>(
            (Set<?>)
                load("dev.managedagents.deployments.model.ModelJsonAdapters")
                    .getMethod("secretPropertyNames")
                    .invoke(null)));
  }

  /** Runs {@code main} of a caller in a JVM of its own; answers what it printed. */
  private static String run(String mainClass) throws Exception {
    Process process =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                mainClass)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the caller finished");
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** A class of the SDK built from the edit, apart from this build's own. */
  private static Class<?> load(String name) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      urls.add(Paths.get(entry).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())
        .loadClass(name);
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

  private static String insertAfter(String text, String marker, String insert) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, "the spec has " + marker.trim());
    return text.substring(0, at + marker.length()) + insert + text.substring(at + marker.length());
  }
}
