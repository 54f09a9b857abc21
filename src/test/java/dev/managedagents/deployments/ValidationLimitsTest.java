package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static dev.managedagents.deployments.ReliabilitySupport.userMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per documented limit: a value at the limit is sent, one past it is refused with a
 * {@link ValidationException} naming the field, and nothing reaches the server.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ValidationLimitsTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private DeploymentsClient client;

  @BeforeEach
  void setUp() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("deployment-minimal.json"))));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("deployment-page.json"))));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployment_runs"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("deployment-run-page.json"))));
    client =
        builder("http://127.0.0.1:" + server.getPort(), new RecordingSleeper())
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  /** Arguments of a list call, which name no place in a JSON body. */
  private static final Set<String> QUERY_PARAMETERS = Set.of("limit", "status");

  /** {@code atLimit} is sent; {@code pastLimit} is refused naming {@code field}, unsent. */
  private static void atLimitSentPastLimitRefused(
      Executable atLimit, Executable pastLimit, String field, String message) throws Throwable {
    atLimit.execute();
    assertEquals(1, requests(), "the call at the limit was sent");

    ValidationException e = assertThrows(ValidationException.class, pastLimit);

    if (QUERY_PARAMETERS.contains(field)) {
      assertEquals(field, e.getArgument());
      assertNull(e.getJsonPath(), "a query parameter is not in a body");
      assertEquals(field + ": " + message, e.getMessage());
    } else {
      assertEquals("$." + field, e.getJsonPath());
      assertEquals("$." + field + ": " + message, e.getMessage());
    }
    assertEquals(1, requests(), "nothing more reached the server");
  }

  /** Both create and update, for limits the two share. */
  private void createAndUpdate(
      Consumer<CreateDeploymentParams.Builder> atLimit,
      Consumer<CreateDeploymentParams.Builder> pastLimit,
      Consumer<UpdateDeploymentParams.Builder> updateAtLimit,
      Consumer<UpdateDeploymentParams.Builder> updatePastLimit,
      String field,
      String message)
      throws Throwable {
    atLimitSentPastLimitRefused(
        () -> client.deployments().create(create(atLimit)),
        () -> client.deployments().create(create(pastLimit)),
        field,
        message);
    server.resetRequests();
    atLimitSentPastLimitRefused(
        () -> client.deployments().update("depl_01", update(updateAtLimit)),
        () -> client.deployments().update("depl_01", update(updatePastLimit)),
        field,
        message);
  }

  private static CreateDeploymentParams create(Consumer<CreateDeploymentParams.Builder> change) {
    CreateDeploymentParams.Builder builder = minimalCreate().toBuilder();
    change.accept(builder);
    return builder.build();
  }

  private static UpdateDeploymentParams update(Consumer<UpdateDeploymentParams.Builder> change) {
    UpdateDeploymentParams.Builder builder = UpdateDeploymentParams.builder();
    change.accept(builder);
    return builder.build();
  }

  private static <T> List<T> times(int count, Function<Integer, T> item) {
    List<T> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(item.apply(i));
    }
    return list;
  }

  private static String chars(int count) {
    char[] chars = new char[count];
    Arrays.fill(chars, 'a');
    return new String(chars);
  }

  private static List<InitialEventParam> events(int count) {
    return times(count, i -> userMessage("event " + i));
  }

  private static Map<String, String> metadata(int keys) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keys; i++) {
      map.put("key" + i, "value");
    }
    return map;
  }

  private static List<ResourceParam> files(int count) {
    return times(count, i -> FileResourceParam.builder().fileId("file_" + i).build());
  }

  private static InitialEventParam outcome(String rubric, Integer maxIterations) {
    return UserDefineOutcomeEventParam.builder()
        .description("A report")
        .rubric(TextRubric.builder().content(rubric).build())
        .maxIterations(maxIterations)
        .build();
  }

  @Test
  void initialEvents_atMost50() throws Throwable {
    createAndUpdate(
        c -> c.initialEvents(events(50)),
        c -> c.initialEvents(events(51)),
        u -> u.initialEvents(events(50)),
        u -> u.initialEvents(events(51)),
        "initial_events",
        "has 51 items; it must have from 1 to 50");
  }

  @Test
  void initialEvents_atLeast1() throws Throwable {
    createAndUpdate(
        c -> c.initialEvents(events(1)),
        c -> c.initialEvents(events(0)),
        u -> u.initialEvents(events(1)),
        u -> u.initialEvents(events(0)),
        "initial_events",
        "has 0 items; it must have from 1 to 50");
  }

  @Test
  void metadata_atMost16Keys_onCreate() throws Throwable {
    atLimitSentPastLimitRefused(
        () -> client.deployments().create(create(c -> c.metadata(metadata(16)))),
        () -> client.deployments().create(create(c -> c.metadata(metadata(17)))),
        "metadata",
        "has 17 keys; it must have at most 16");
  }

  @Test
  void metadataPatch_deletesAnyNumber_setsAtMost16() throws Throwable {
    // The 16-key limit is the stored bag's: 16 deletions and one upsert is a valid patch.
    Map<String, @Nullable String> sixteenDeletesOneSet = new LinkedHashMap<>();
    for (int i = 0; i < 16; i++) {
      sixteenDeletesOneSet.put("k" + i, null);
    }
    sixteenDeletesOneSet.put("k16", "v");
    client.deployments().update("depl_01", update(u -> u.metadata(sixteenDeletesOneSet)));
    assertEquals(1, requests(), "the patch was sent");
    server.resetRequests();
    atLimitSentPastLimitRefused(
        () -> client.deployments().update("depl_01", update(u -> u.metadata(new LinkedHashMap<>(metadata(16))))),
        () -> client.deployments().update("depl_01", update(u -> u.metadata(new LinkedHashMap<>(metadata(17))))),
        "metadata",
        "sets 17 keys; at most 16 can be stored");
  }

  @Test
  void metadataKeys_atMost64Characters() throws Throwable {
    // Characters, not UTF-16 units: 64 emoji are 128 chars in Java and still within the limit.
    String emoji = new String(Character.toChars(0x1F680));
    StringBuilder sixtyFourEmoji = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      sixtyFourEmoji.append(emoji);
    }
    createAndUpdate(
        c -> c.putMetadata(sixtyFourEmoji.toString(), "v").putMetadata(chars(64), "v"),
        c -> c.putMetadata(chars(65), "v"),
        u -> u.putMetadata(chars(64), "v"),
        u -> u.putMetadata(chars(65), null),
        "metadata." + chars(65),
        "the key has 65 characters; the maximum is 64");
  }

  @Test
  void metadataValues_atMost512Characters() throws Throwable {
    createAndUpdate(
        c -> c.putMetadata("team", chars(512)),
        c -> c.putMetadata("team", chars(513)),
        u -> u.putMetadata("team", chars(512)).putMetadata("gone", null),
        u -> u.putMetadata("team", chars(513)),
        "metadata.team",
        "has 513 characters; the maximum is 512");
  }

  @Test
  void resources_atMost500() throws Throwable {
    createAndUpdate(
        c -> c.resources(files(500)),
        c -> c.resources(files(501)),
        u -> u.resources(files(500)),
        u -> u.resources(files(501)),
        "resources",
        "has 501 items; it must have at most 500");
  }

  @Test
  void vaultIds_atMost50() throws Throwable {
    createAndUpdate(
        c -> c.vaultIds(times(50, i -> "vlt_" + i)),
        c -> c.vaultIds(times(51, i -> "vlt_" + i)),
        u -> u.vaultIds(times(50, i -> "vlt_" + i)),
        u -> u.vaultIds(times(51, i -> "vlt_" + i)),
        "vault_ids",
        "has 51 items; it must have at most 50");
  }

  @Test
  void rubricText_atMost262144Characters() throws Throwable {
    createAndUpdate(
        c -> c.initialEvents(Collections.singletonList(outcome(chars(262_144), null))),
        c -> c.initialEvents(Collections.singletonList(outcome(chars(262_145), null))),
        u -> u.initialEvents(Collections.singletonList(outcome(chars(262_144), null))),
        u -> u.initialEvents(Collections.singletonList(outcome(chars(262_145), null))),
        "initial_events[0].rubric.content",
        "has 262145 characters; the maximum is 262144");
  }

  @Test
  void maxIterations_atMost20() throws Throwable {
    createAndUpdate(
        c -> c.initialEvents(Collections.singletonList(outcome("r", 20))),
        c -> c.initialEvents(Collections.singletonList(outcome("r", 21))),
        u -> u.initialEvents(Collections.singletonList(outcome("r", 20))),
        u -> u.initialEvents(Collections.singletonList(outcome("r", 21))),
        "initial_events[0].max_iterations",
        "is 21; it must be from 1 to 20");
  }

  @Test
  void maxIterations_atLeast1() throws Throwable {
    createAndUpdate(
        c -> c.initialEvents(Arrays.asList(userMessage("go"), outcome("r", 1))),
        c -> c.initialEvents(Arrays.asList(userMessage("go"), outcome("r", 0))),
        u -> u.initialEvents(Arrays.asList(userMessage("go"), outcome("r", 1))),
        u -> u.initialEvents(Arrays.asList(userMessage("go"), outcome("r", 0))),
        "initial_events[1].max_iterations",
        "is 0; it must be from 1 to 20");
  }

  @Test
  void memoryStoreInstructions_atMost4096Characters() throws Throwable {
    Function<String, List<ResourceParam>> store =
        text ->
            Arrays.asList(
                files(1).get(0),
                MemoryStoreResourceParam.builder()
                    .memoryStoreId("memstore_01")
                    .instructions(text)
                    .build());
    createAndUpdate(
        c -> c.resources(store.apply(chars(4096))),
        c -> c.resources(store.apply(chars(4097))),
        u -> u.resources(store.apply(chars(4096))),
        u -> u.resources(store.apply(chars(4097))),
        "resources[1].instructions",
        "has 4097 characters; the maximum is 4096");
  }

  @Test
  void name_mustNotBeEmpty() throws Throwable {
    createAndUpdate(
        c -> c.name("x"),
        c -> c.name(""),
        u -> u.name("x"),
        u -> u.name(""),
        "name",
        "must not be empty");
  }

  @Test
  void environmentId_mustNotBeEmpty() throws Throwable {
    createAndUpdate(
        c -> c.environmentId("e"),
        c -> c.environmentId(""),
        u -> u.environmentId("e"),
        u -> u.environmentId(""),
        "environment_id",
        "must not be empty");
  }

  @Test
  void agentIdAsAString_mustNotBeEmpty() throws Throwable {
    createAndUpdate(
        c -> c.agent(AgentParam.id("a")),
        c -> c.agent(AgentParam.id("")),
        u -> u.agent(AgentParam.id("a")),
        u -> u.agent(AgentParam.id("")),
        "agent",
        "must not be empty");
  }

  @Test
  void agentVersion_atLeast1() throws Throwable {
    createAndUpdate(
        c -> c.agent(AgentReferenceParam.builder().id("agent_01").version(1).build()),
        c -> c.agent(AgentReferenceParam.builder().id("agent_01").version(0).build()),
        u -> u.agent(AgentReferenceParam.builder().id("agent_01").version(1).build()),
        u -> u.agent(AgentReferenceParam.builder().id("agent_01").version(0).build()),
        "agent.version",
        "is 0; it must be at least 1");
  }

  @Test
  void listDeploymentsLimit_from1To100() throws Throwable {
    atLimitSentPastLimitRefused(
        () -> client.deployments().list(ListDeploymentsParams.builder().limit(100).build()),
        () -> client.deployments().list(ListDeploymentsParams.builder().limit(101).build()),
        "limit",
        "is 101; it must be from 1 to 100");
    assertThrows(
        ValidationException.class, () -> ListDeploymentsParams.builder().limit(0).build());
  }

  @Test
  void listDeploymentRunsLimit_from1To1000() throws Throwable {
    atLimitSentPastLimitRefused(
        () -> client.deploymentRuns().list(ListDeploymentRunsParams.builder().limit(1000).build()),
        () -> client.deploymentRuns().list(ListDeploymentRunsParams.builder().limit(1001).build()),
        "limit",
        "is 1001; it must be from 1 to 1000");
    assertThrows(
        ValidationException.class, () -> ListDeploymentRunsParams.builder().limit(0).build());
  }

  @Test
  void statusAndIncludeArchived_cannotBeCombined() throws Throwable {
    atLimitSentPastLimitRefused(
        () ->
            client
                .deployments()
                .list(ListDeploymentsParams.builder().status(DeploymentStatus.ACTIVE).build()),
        () ->
            client
                .deployments()
                .list(
                    ListDeploymentsParams.builder()
                        .status(DeploymentStatus.ACTIVE)
                        .includeArchived(false)
                        .build()),
        "status",
        "cannot be combined with include_archived; set only one of them");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0 9 * *",
        "0 0 9 * * 1",
        "@daily",
        "60 * * * *",
        "* 24 * * *",
        "* * 0 * *",
        "* * * 13 *",
        "* * * * 8",
        "0 9 L * *",
        "0 9 * * 1#2",
        "0 9 ? * 1",
        "5-1 * * * *",
        "a * * * *",
        "",
      })
  void aMalformedCronExpression_isRefusedOnCreateAndUpdate(String expression) {
    CronScheduleParam schedule =
        CronScheduleParam.builder().expression(expression).timezone("UTC").build();

    ValidationException onCreate =
        assertThrows(
            ValidationException.class,
            () -> client.deployments().create(create(c -> c.schedule(schedule))));
    ValidationException onUpdate =
        assertThrows(
            ValidationException.class,
            () -> client.deployments().update("depl_01", update(u -> u.schedule(schedule))));

    assertEquals("$.schedule.expression", onCreate.getJsonPath());
    assertEquals("$.schedule.expression", onUpdate.getJsonPath());
    assertEquals(0, requests());
  }

  @Test
  void aWellFormedCronExpressionInAKnownTimezone_isSent() {
    CronScheduleParam schedule =
        CronScheduleParam.builder().expression("*/15 9-17 * * 1-5").timezone("Europe/Berlin").build();

    client.deployments().create(create(c -> c.schedule(schedule)));
    client.deployments().update("depl_01", update(u -> u.schedule(schedule)));

    assertEquals(2, requests());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus_Mons", "utc ", "Europe/Berlin/", "CEST", "+02:00"})
  void anUnknownTimezone_isRefused(String timezone) {
    CronScheduleParam schedule =
        CronScheduleParam.builder().expression("0 9 * * 1").timezone(timezone).build();

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> client.deployments().create(create(c -> c.schedule(schedule))));

    assertEquals("$.schedule.timezone", e.getJsonPath());
    assertEquals(
        "$.schedule.timezone: \""
            + timezone
            + "\" is not an IANA timezone name such as UTC or Europe/Berlin",
        e.getMessage());
    assertEquals(0, requests());
  }

  @Test
  void everyBrokenLimitIsCounted_theFirstIsNamed() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                client
                    .deployments()
                    .create(create(c -> c.name("").initialEvents(events(51)).vaultIds(times(51, i -> "v")))));

    assertEquals("$.initial_events", e.getJsonPath());
    assertEquals("params", e.getArgument());
    assertEquals(
        "$.initial_events: has 51 items; it must have from 1 to 50 (and 2 more: [$.name: must not"
            + " be empty, $.vault_ids: has 51 items; it must have at most 50])",
        e.getMessage());
    assertEquals(0, requests());
  }
}
