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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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

  /** Settings of the generator's execution that only steer the build, not what is generated. */
  private static final Set<String> BUILD_ONLY =
      new HashSet<>(Arrays.asList("output", "skipIfSpecIsUnchanged", "verbose", "skip"));

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

    Element settings = generatorSettings(root.resolve("pom.xml").toFile());
    CodegenConfigurator configurator =
        CodegenConfigurator.fromFile(setting(settings, "configurationFile", root));
    configurator.setInputSpec(changedSpec.toString()).setOutputDir(generated.toString());
    NodeList children = settings.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        apply(configurator, (Element) children.item(i), root);
      }
    }
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
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
            && api.contains("ApiCall<Deployment> rotateDeploymentCredentials("),
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

  /** The configuration of the build's generator execution, read from pom.xml. */
  private static Element generatorSettings(File pom) throws Exception {
    NodeList executions =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom)
            .getElementsByTagName("execution");
    for (int i = 0; i < executions.getLength(); i++) {
      Element execution = (Element) executions.item(i);
      if ("generate-sdk".equals(text(execution, "id"))) {
        return (Element) execution.getElementsByTagName("configuration").item(0);
      }
    }
    throw new AssertionError("pom.xml has no generate-sdk execution");
  }

  /** Applies one setting the way the generator's Maven plugin does. */
  private static void apply(CodegenConfigurator configurator, Element setting, Path root) {
    String name = setting.getTagName();
    String value = setting.getTextContent().trim().replace("${project.basedir}", root.toString());
    switch (name) {
      case "inputSpec":
      case "configurationFile":
        break; // set above
      case "generatorName":
        configurator.setGeneratorName(value);
        break;
      case "templateDirectory":
        configurator.setTemplateDir(value);
        break;
      case "ignoreFileOverride":
        configurator.setIgnoreFileOverride(value);
        break;
      case "apiPackage":
        configurator.setApiPackage(value);
        break;
      case "modelPackage":
        configurator.setModelPackage(value);
        break;
      case "invokerPackage":
        configurator.setInvokerPackage(value);
        break;
      case "generateApiTests":
        configurator.addGlobalProperty("apiTests", value);
        break;
      case "generateModelTests":
        configurator.addGlobalProperty("modelTests", value);
        break;
      case "generateApiDocumentation":
        configurator.addGlobalProperty("apiDocs", value);
        break;
      case "generateModelDocumentation":
        configurator.addGlobalProperty("modelDocs", value);
        break;
      case "skipOperationExample":
        configurator.setSkipOperationExample(Boolean.parseBoolean(value));
        break;
      case "openapiNormalizer":
        String[] rule = value.split("=", 2);
        configurator.addOpenapiNormalizer(rule[0], rule[1]);
        break;
      case "configOptions":
        NodeList options = setting.getChildNodes();
        for (int i = 0; i < options.getLength(); i++) {
          Node option = options.item(i);
          if (option instanceof Element) {
            String key = ((Element) option).getTagName();
            String optionValue = option.getTextContent().trim();
            if (key.equals("library")) {
              configurator.setLibrary(optionValue);
            } else {
              configurator.addAdditionalProperty(key, optionValue);
            }
          }
        }
        break;
      default:
        if (!BUILD_ONLY.contains(name)) {
          throw new AssertionError(
              "pom.xml sets the generator's "
                  + name
                  + ": apply it here too, so that this test generates as the build does");
        }
    }
  }

  private static String setting(Element settings, String name, Path root) {
    return text(settings, name).replace("${project.basedir}", root.toString());
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }
}
