package dev.managedagents.deployments.generation;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Runs the OpenAPI generator exactly as the build does, its settings read from pom.xml's two passes
 * (generate-sdk, generate-list-params), on a spec of the test's own; tests that change the spec
 * regenerate with it.
 */
public final class SpecGeneration {
  /** Settings of the generator's execution that only steer the build, not what is generated. */
  private static final Set<String> BUILD_ONLY =
      new HashSet<>(Arrays.asList("output", "skipIfSpecIsUnchanged", "verbose", "skip"));

  private SpecGeneration() {}

  /** The build's passes of the generator, in the order it runs them. */
  private static final List<String> PASSES = Arrays.asList("generate-sdk", "generate-list-params");

  /** Generates from {@code spec} into {@code output} with the project at {@code root}. */
  public static void generate(Path root, Path spec, Path output) throws Exception {
    for (String pass : PASSES) {
      Element settings = generatorSettings(root.resolve("pom.xml").toFile(), pass);
      CodegenConfigurator configurator =
          CodegenConfigurator.fromFile(setting(settings, "configurationFile", root));
      configurator.setInputSpec(spec.toString()).setOutputDir(output.toString());
      NodeList children = settings.getChildNodes();
      boolean onlyApis = false;
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element) {
          onlyApis |= apply(configurator, (Element) children.item(i), root);
        }
      }
      if (onlyApis) {
        configurator.addGlobalProperty("apis", "");
      }
      new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    }
  }

  /** The configuration of one of the build's generator executions, read from pom.xml. */
  private static Element generatorSettings(File pom, String id) throws Exception {
    NodeList executions =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom)
            .getElementsByTagName("execution");
    for (int i = 0; i < executions.getLength(); i++) {
      Element execution = (Element) executions.item(i);
      if (id.equals(text(execution, "id"))) {
        return (Element) execution.getElementsByTagName("configuration").item(0);
      }
    }
    throw new AssertionError("pom.xml has no " + id + " execution");
  }

  /**
   * Applies one setting the way the generator's Maven plugin does; answers whether it turns off
   * models or supporting files, so that the pass writes only API files.
   */
  private static boolean apply(CodegenConfigurator configurator, Element setting, Path root) {
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
      case "generateModels":
      case "generateSupportingFiles":
        return !Boolean.parseBoolean(value);
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
                  + ": apply it here too, so that tests generate as the build does");
        }
    }
    return false;
  }

  private static String setting(Element settings, String name, Path root) {
    return text(settings, name).replace("${project.basedir}", root.toString());
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }
}
