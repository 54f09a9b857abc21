package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A path ID is one path segment whatever it holds: it can never reach another path, add a query or
 * a fragment. IDs that could never be IDs are refused before anything is sent.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathIdTest {
  private static HttpServer server;
  private static final List<String> rawTargets = new CopyOnWriteArrayList<>();

  private DeploymentsClient client;

  @BeforeAll
  static void startServer() throws IOException {
    // Read once per JVM by the first JDK server: answers are not held back by Nagle's algorithm.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] deployment = fixture("deployment-minimal.json").getBytes(StandardCharsets.UTF_8);
    byte[] run = fixture("deployment-run-ok.json").getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          // The request target exactly as it came over the wire, before any decoding.
          rawTargets.add(exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
          byte[] body =
              exchange.getRequestURI().getRawPath().startsWith("/v1/deployment_runs/")
                      || exchange.getRequestURI().getRawPath().endsWith("/run")
                  ? run
                  : deployment;
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  @BeforeEach
  void setUp() {
    rawTargets.clear();
    client =
        builder("http://127.0.0.1:" + server.getAddress().getPort(), new RecordingSleeper())
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** Each operation with a path ID, and the path it must reach, {@code %s} for the segment. */
  static Stream<Arguments> operations() {
    UpdateDeploymentParams patch = UpdateDeploymentParams.builder().build();
    return Stream.of(
        op("retrieve", (c, id) -> c.deployments().retrieve(id), "/v1/deployments/%s"),
        op("update", (c, id) -> c.deployments().update(id, patch), "/v1/deployments/%s"),
        op("archive", (c, id) -> c.deployments().archive(id), "/v1/deployments/%s/archive"),
        op("pause", (c, id) -> c.deployments().pause(id), "/v1/deployments/%s/pause"),
        op("unpause", (c, id) -> c.deployments().unpause(id), "/v1/deployments/%s/unpause"),
        op("run", (c, id) -> c.deployments().run(id), "/v1/deployments/%s/run"),
        op("retrieveAsync", (c, id) -> FaultInjectionTest.join(c.deployments().retrieveAsync(id)), "/v1/deployments/%s"),
        op("runAsync", (c, id) -> FaultInjectionTest.join(c.deployments().runAsync(id)), "/v1/deployments/%s/run"),
        op(
            "retrieveRun",
            (c, id) -> c.deploymentRuns().retrieve(id),
            "/v1/deployment_runs/%s"));
  }

  private static Arguments op(
      String name, BiConsumer<DeploymentsClient, String> call, String template) {
    return Arguments.of(Named.of(name, call), template);
  }

  private static final List<String> INJECTIONS =
      Arrays.asList(
          "../../v1/deployment_runs",
          "depl_01/archive",
          "depl_01/../../admin",
          "depl_01?include_archived=true",
          "depl_01#fragment",
          "depl_01%2F..%2F",
          "%2e%2e",
          "..%2F",
          "...",
          "./",
          "depl 01",
          "dépl_01✓",
          "depl_01\uD83D\uDE00", // a surrogate pair: one character, four UTF-8 bytes
          "depl_01;x=1",
          "depl_01\\..\\x",
          "?",
          "#",
          "/");

  static Stream<Arguments> operationsAndInjections() {
    return operations()
        .flatMap(
            op -> INJECTIONS.stream().map(id -> Arguments.of(op.get()[0], op.get()[1], id)));
  }

  @ParameterizedTest(name = "{0} with \"{2}\"")
  @MethodSource("operationsAndInjections")
  void anIdWithPathOrQueryCharacters_staysOneSegment(
      BiConsumer<DeploymentsClient, String> call, String template, String id) throws Exception {
    call.accept(client, id);

    assertEquals(1, rawTargets.size());
    String raw = rawTargets.get(0);
    String[] templateParts = template.split("%s", -1);
    String segment =
        raw.substring(templateParts[0].length(), raw.length() - templateParts[1].length());
    assertEquals(String.format(template, segment), raw, "no query, no other path");
    assertEquals(-1, segment.indexOf('/'), "one segment: " + raw);
    assertEquals(id, URLDecoder.decode(segment.replace("+", "%2B"), "UTF-8"), "the ID as given");
  }

  static Stream<Arguments> operationsAndNonIds() {
    List<String> nonIds = Arrays.asList("", " ", "\t", ".", "..", "depl_01\n", "depl\u000001", "\r\nHost: evil");
    return operations()
        .flatMap(op -> nonIds.stream().map(id -> Arguments.of(op.get()[0], op.get()[1], id)));
  }

  @ParameterizedTest(name = "{0} with {2}")
  @MethodSource("operationsAndNonIds")
  void anIdThatCouldNeverBeAnId_isRefusedBeforeSending(
      BiConsumer<DeploymentsClient, String> call, String template, String id) {
    ValidationException e = assertThrows(ValidationException.class, () -> call.accept(client, id));

    assertEquals(
        template.startsWith("/v1/deployment_runs") ? "deployment_run_id" : "deployment_id",
        e.getArgument());
    assertEquals(0, rawTargets.size());
  }

  /** IDs holding a lone surrogate, each with the index of the first one. */
  static Stream<Arguments> operationsAndLoneSurrogates() {
    List<Arguments> ids =
        Arrays.asList(
            Arguments.of("depl_01\uD800", 7), // a high surrogate at the end
            Arguments.of("\uDC00depl_01", 0), // a low surrogate first
            Arguments.of("depl_\uDBFFx01", 5), // a high surrogate before a letter
            Arguments.of("depl_01\uDE00\uD83D", 7)); // a pair in the wrong order
    return operations()
        .flatMap(op -> ids.stream().map(id -> Arguments.of(op.get()[0], op.get()[1], id.get()[0], id.get()[1])));
  }

  @ParameterizedTest(name = "{0} with {2}")
  @MethodSource("operationsAndLoneSurrogates")
  void anIdWithALoneSurrogate_isRefusedBeforeSending_notSentAsAQuestionMark(
      BiConsumer<DeploymentsClient, String> call, String template, String id, int index) {
    ValidationException e = assertThrows(ValidationException.class, () -> call.accept(client, id));

    String argument = template.startsWith("/v1/deployment_runs") ? "deployment_run_id" : "deployment_id";
    assertEquals(argument, e.getArgument());
    assertEquals(
        String.format(
            "%s: must not contain a lone UTF-16 surrogate; found U+%04X at index %d, which UTF-8 cannot encode",
            argument, (int) id.charAt(index), index),
        e.getMessage());
    assertEquals(0, rawTargets.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aNullId_isRefusedBeforeSending(BiConsumer<DeploymentsClient, String> call, String template) {
    ValidationException e = assertThrows(ValidationException.class, () -> call.accept(client, null));

    assertEquals(e.getArgument() + ": must not be null", e.getMessage());
    assertEquals(0, rawTargets.size());
  }
}
