package dev.managedagents.deployments.packaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * Proves the rules shipped in the jars with ProGuard, the shrinker of JVM apps (AndroidToolsIT does
 * with R8 what Android apps do): shrinks and obfuscates {@code example.consumer.ShrinkConsumer}
 * together with the SDK jar and its runtime dependencies, using only the rules those jars carry in
 * {@code META-INF/proguard/} plus the consumer's own keep of its main class, then runs the shrunk
 * jar against a loopback WireMock that answers every operation. Unlike the R8 proof it also cuts
 * Retrofit's keep rules, so that the SDK's own rules must carry its Retrofit interface.
 *
 * <p>To see which rules matter, leave some out: {@code -Dshrink.leaveOut=retrofit2.pro} skips every
 * shipped rules file whose name contains that text (comma-separated for several).
 */
class ShrunkConsumerIT {
  private static final Path TARGET = Paths.get(System.getProperty("project.build.directory", "target"));
  private static final String ID = "depl_01ExampleDeployment";

  /**
   * Retrofit's own rules also keep annotated interfaces in general, so they would hide a missing SDK
   * rule. Here they are cut to their -dontwarn lines (like an older Retrofit's) and the app leaves out
   * the JSpecify jar: the SDK's rules alone must carry DeploymentsApi, and deleting any of them that
   * ProGuard acts on fails this test.
   */
  @Test
  void withRetrofitKeepRulesLeftOutTheSdkRulesStillCarryItsInterface() throws Exception {
    Path shrunk = shrink("sdk-rules", true);
    System.out.printf("[footprint] ProGuard-shrunk consumer (SDK + OkHttp + Retrofit + Moshi + Kotlin stdlib): %,d bytes%n", Files.size(shrunk));
    runAgainstLocalServer(shrunk);
  }

  private static void runAgainstLocalServer(Path shrunk) throws Exception {
    WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try {
      stubEveryOperation(server);
      Process process =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp", shrunk.toString(), "example.consumer.ShrinkConsumer", server.baseUrl())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the consumer finished:\n" + output);

      assertEquals(0, process.exitValue(), "the shrunk consumer failed:\n" + output);
      for (String operation :
          new String[] {"create", "list", "retrieve", "update", "archive", "pause", "unpause", "run",
            "list runs", "retrieve run", "retrieve async", "not found"}) {
        assertTrue(output.contains("ok " + operation + "\n"), "no 'ok " + operation + "' in:\n" + output);
      }
      assertTrue(output.contains("all operations decoded"), output);
    } finally {
      server.stop();
    }
  }

  /** Runs ProGuard the way an app build would and returns the output jar. */
  private static Path shrink(String name, boolean retrofitDontwarnOnly) throws Exception {
    Path work = TARGET.resolve("shrink").resolve(name);
    deleteRecursively(work);
    Files.createDirectories(work.resolve("rules"));
    List<Path> inputs = new ArrayList<>();
    inputs.add(consumerJar(work));
    inputs.add(Paths.get(System.getProperty("sdk.jar")));
    for (String entry : Files.readString(Paths.get(System.getProperty("runtime.classpath.file"))).trim().split(java.io.File.pathSeparator)) {
      // The lean app also drops the annotation-only JSpecify jar, as apps often do.
      if (!(retrofitDontwarnOnly && entry.contains("jspecify"))) {
        inputs.add(Paths.get(entry));
      }
    }
    Path out = work.resolve("consumer-shrunk.jar");
    StringBuilder config = new StringBuilder();
    for (Path input : inputs) {
      // Multi-release, signature and Kotlin module files describe the original jars, not the
      // merged output (both okio jars carry okio.kotlin_module).
      config.append("-injars '").append(input).append("'(!META-INF/versions/**,!META-INF/*.SF,!META-INF/*.RSA,!META-INF/MANIFEST.MF,!META-INF/*.kotlin_module)\n");
    }
    config.append("-outjars '").append(out).append("'\n");
    // Notes say what ProGuard found and kept (reflection in Moshi, Kotlin, OkHttp); warnings,
    // which fail the build, still print.
    config.append("-dontnote\n");
    for (String module : new String[] {"java.base", "java.logging"}) {
      config.append("-libraryjars ").append(library(module, work)).append('\n');
    }
    config.append("-include '").append(Paths.get(System.getProperty("consumer.rules"))).append("'\n");
    for (Path rules : shippedRules(inputs, work, retrofitDontwarnOnly)) {
      config.append("-include '").append(rules).append("'\n");
    }
    config.append("-printconfiguration '").append(work.resolve("full-configuration.pro")).append("'\n");
    config.append("-printmapping '").append(work.resolve("mapping.txt")).append("'\n");
    Path configFile = work.resolve("consumer-build.pro");
    Files.writeString(configFile, config);

    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(configFile.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
    return out;
  }

  /**
   * A JDK module as a ProGuard library: its jmod, or, on a JDK shipped without jmods (JDK 24 and
   * later may leave them out, as Temurin 25 does), a jar of its classes read from the running JDK's
   * jrt: image.
   */
  private static String library(String module, Path work) throws IOException {
    Path jmod = Paths.get(System.getProperty("java.home"), "jmods", module + ".jmod");
    if (Files.exists(jmod)) {
      return "'" + jmod + "'(!**.jar;!module-info.class)";
    }
    Path jar = work.resolve(module + ".jar");
    Path root = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", module);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = root.relativize(file).toString();
        if (name.endsWith(".class") && !name.equals("module-info.class")) {
          out.putNextEntry(new JarEntry(name));
          out.write(Files.readAllBytes(file));
          out.closeEntry();
        }
      }
    }
    return "'" + jar + "'";
  }

  /** The consumer's classes, as the app's own jar. */
  private static Path consumerJar(Path work) throws IOException {
    Path classes = TARGET.resolve("test-classes");
    Path jar = work.resolve("consumer.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes.resolve("example/consumer"))) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Copies out every META-INF/proguard/*.pro that the input jars ship, as an app build picks them up. */
  private static List<Path> shippedRules(List<Path> jars, Path work, boolean retrofitDontwarnOnly) throws IOException {
    List<Path> rules = new ArrayList<>();
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
          JarEntry entry = entries.nextElement();
          if (entry.getName().startsWith("META-INF/proguard/") && entry.getName().endsWith(".pro")) {
            Path copy = work.resolve("rules").resolve(jar.getFileName() + "-" + Paths.get(entry.getName()).getFileName());
            if (leftOut(copy.getFileName().toString())) {
              System.out.println("[shrink] LEAVING OUT rules from " + jar.getFileName() + ": " + entry.getName());
              continue;
            }
            String text;
            try (InputStream in = file.getInputStream(entry)) {
              text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (retrofitDontwarnOnly && entry.getName().equals("META-INF/proguard/retrofit2.pro")) {
              text = text.lines().filter(line -> line.startsWith("-dontwarn")).collect(Collectors.joining("\n", "", "\n"));
              System.out.println("[shrink] only the -dontwarn lines of " + entry.getName());
            }
            Files.writeString(copy, text);
            System.out.println("[shrink] rules from " + jar.getFileName() + ": " + entry.getName());
            rules.add(copy);
          }
        }
      }
    }
    return rules;
  }

  private static boolean leftOut(String rulesFile) {
    for (String part : System.getProperty("shrink.leaveOut", "").split(",")) {
      if (!part.isEmpty() && rulesFile.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static void stubEveryOperation(WireMockServer server) {
    server.stubFor(
        post(urlPathEqualTo("/v1/deployments"))
            .withRequestBody(
                equalToJson(
                    """
                    {"agent":"agent_01Example9AgentId","environment_id":"env_01Example9EnvId","name":"weekly-report",
                     "initial_events":[{"type":"user.message","content":[{"type":"text","text":"Write the weekly report."}]}],
                     "resources":[{"type":"github_repository","url":"https://github.com/example/reports",
                       "authorization_token":"ghp_example","checkout":{"type":"branch","name":"main"}}]}
                    """))
            .willReturn(okJson(deployment(ID, "active", "null", "null"))));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments"))
            .withQueryParam("limit", equalTo("1"))
            .willReturn(okJson("{\"data\":[" + deployment("depl_1", "active", "null", "null") + "],\"next_page\":\"page_2\"}")));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments"))
            .withQueryParam("page", equalTo("page_2"))
            .willReturn(okJson("{\"data\":[" + deployment("depl_2", "active", "null", "null") + "]}")));
    server.stubFor(get(urlPathEqualTo("/v1/deployments/" + ID)).willReturn(okJson(PAUSED)));
    server.stubFor(
        post(urlPathEqualTo("/v1/deployments/" + ID))
            .withRequestBody(equalToJson("{\"description\":null,\"metadata\":{\"team\":null}}"))
            .willReturn(okJson(deployment(ID, "active", "null", "null"))));
    server.stubFor(
        post(urlPathEqualTo("/v1/deployments/" + ID + "/archive"))
            .willReturn(okJson(deployment(ID, "active", "null", "\"2026-11-25T10:00:00Z\""))));
    server.stubFor(
        post(urlPathEqualTo("/v1/deployments/" + ID + "/pause"))
            .willReturn(okJson(deployment(ID, "paused", "{\"type\":\"manual\"}", "null"))));
    server.stubFor(
        post(urlPathEqualTo("/v1/deployments/" + ID + "/unpause"))
            .willReturn(okJson(deployment(ID, "active", "null", "null"))));
    server.stubFor(post(urlPathEqualTo("/v1/deployments/" + ID + "/run")).willReturn(okJson(SUCCESSFUL_RUN)));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployment_runs"))
            .withQueryParam("deployment_id", equalTo(ID))
            .withQueryParam("has_error", equalTo("true"))
            .willReturn(okJson("{\"data\":[" + FAILED_RUN + "," + FUTURE_RUN + "],\"next_page\":null}")));
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs/drun_01ExampleRunFail")).willReturn(okJson(FAILED_RUN)));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments/depl_missing"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"No such deployment.\"},"
                            + "\"request_id\":\"req_01\"}")));
  }

  private static String deployment(String id, String status, String pausedReason, String archivedAt) {
    return """
        {"id":"%s","type":"deployment","name":"weekly-report","description":"Writes the report",
         "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"environment_id":"env_01Example9EnvId",
         "initial_events":[{"type":"user.message","content":[{"type":"text","text":"Write the weekly report."}]}],
         "resources":[{"type":"github_repository","url":"https://github.com/example/reports",
           "checkout":{"type":"branch","name":"main"},"mount_path":"/workspace/reports"}],
         "vault_ids":[],"metadata":{},"schedule":null,
         "budget":{"type":"limit","max_list_cost":{"amount":"2500","currency":"USD"}},
         "status":"%s","paused_reason":%s,
         "created_at":"2026-11-02T10:00:00Z","updated_at":"2026-11-20T07:59:58.412Z","archived_at":%s}
        """
        .formatted(id, status, pausedReason, archivedAt);
  }

  private static final String PAUSED =
      """
      {"id":"depl_01ExampleDeployment","type":"deployment","name":"weekly-report","description":null,
       "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},
       "environment_id":"env_01Example9EnvId",
       "initial_events":[{"type":"user.message","content":[{"type":"text","text":"Write the weekly report."}]}],
       "resources":[],"vault_ids":[],"metadata":{"team":"finance"},
       "schedule":{"type":"cron","expression":"0 9 * * 1","timezone":"Europe/Berlin",
         "last_run_at":null,"upcoming_runs_at":["2026-12-07T08:00:00Z"]},
       "status":"paused","paused_reason":{"type":"error","error":{"type":"vault_archived_error"}},
       "created_at":"2026-11-02T10:00:00Z","updated_at":"2026-11-20T07:59:58.412Z","archived_at":null,
       "future_field":{"nested":[1,2,3]}}
      """;

  private static final String FAILED_RUN =
      """
      {"id":"drun_01ExampleRunFail","type":"deployment_run","deployment_id":"depl_01ExampleDeployment",
       "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"created_at":"2026-11-23T08:00:03Z",
       "session_id":null,"error":{"type":"vault_archived_error","message":"Vault vlt_01Example is archived."},
       "trigger_context":{"type":"schedule","scheduled_at":"2026-11-23T08:00:00Z"}}
      """;

  private static final String SUCCESSFUL_RUN =
      """
      {"id":"drun_01ExampleRunOk","type":"deployment_run","deployment_id":"depl_01ExampleDeployment",
       "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"created_at":"2026-11-24T12:31:40Z",
       "session_id":"sesn_01ExampleSession","error":null,"trigger_context":{"type":"manual"}}
      """;

  private static final String FUTURE_RUN =
      """
      {"id":"drun_01ExampleRunNew","type":"deployment_run","deployment_id":"depl_01ExampleDeployment",
       "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"created_at":"2026-11-25T12:00:00Z",
       "session_id":null,"error":{"type":"quota_exhausted_error","message":"Out of quota."},
       "trigger_context":{"type":"manual"}}
      """;

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
