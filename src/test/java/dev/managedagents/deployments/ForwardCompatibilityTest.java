package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.Checkout;
import dev.managedagents.deployments.model.ContentBlock;
import dev.managedagents.deployments.model.ContentBlockParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.DocumentBlock;
import dev.managedagents.deployments.model.DocumentSource;
import dev.managedagents.deployments.model.ErrorObject;
import dev.managedagents.deployments.model.ErrorPausedReason;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.ImageBlock;
import dev.managedagents.deployments.model.ImageSource;
import dev.managedagents.deployments.model.InitialEvent;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.MemoryStoreResourceConfig;
import dev.managedagents.deployments.model.PausedReason;
import dev.managedagents.deployments.model.PausedReasonError;
import dev.managedagents.deployments.model.RawJson;
import dev.managedagents.deployments.model.RedactedBlock;
import dev.managedagents.deployments.model.ResourceConfig;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.Rubric;
import dev.managedagents.deployments.model.RunError;
import dev.managedagents.deployments.model.Schedule;
import dev.managedagents.deployments.model.ScheduleParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.TriggerContext;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.UserDefineOutcomeEvent;
import dev.managedagents.deployments.model.UserMessageEvent;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tomorrow's server: unknown union variants, enum values and properties decode without error, stay
 * visible, and are written back byte for byte.
 */
class ForwardCompatibilityTest {
  /** An unknown variant with spacing, a trailing-zero decimal and a huge integer that must survive. */
  static final String HOLOGRAM =
      "{\"type\":\"hologram\", \"depth\" : 2.50,\"nested\":{\"a\":[1,  true,null]},\"big\":123456789012345678901234567890}";

  static Stream<Class<?>> taggedUnions() {
    return Stream.of(
        InitialEventParam.class,
        InitialEvent.class,
        ContentBlockParam.class,
        ContentBlock.class,
        ImageSource.class,
        DocumentSource.class,
        Rubric.class,
        ResourceParam.class,
        ResourceConfig.class,
        Checkout.class,
        ScheduleParam.class,
        Schedule.class,
        PausedReason.class,
        PausedReasonError.class,
        RunError.class,
        TriggerContext.class,
        ErrorObject.class);
  }

  @ParameterizedTest
  @MethodSource("taggedUnions")
  void unknownVariantDecodesToUnknownAndEncodesBackByteForByte(Class<?> union) {
    Object decoded = DeploymentsJson.fromJson(HOLOGRAM, union);

    assertEquals("Unknown", decoded.getClass().getSimpleName());
    assertSame(union, decoded.getClass().getEnclosingClass());
    assertEquals(HOLOGRAM, DeploymentsJson.toJson(decoded));
  }

  @Test
  void unknownVariantKeepsItsTypeAndRawJson() {
    ContentBlock block = DeploymentsJson.fromJson(HOLOGRAM, ContentBlock.class);

    ContentBlock.Unknown unknown = assertInstanceOf(ContentBlock.Unknown.class, block);
    assertEquals("hologram", unknown.getType());
    assertEquals(HOLOGRAM, unknown.getJson().getJson());
  }

  @Test
  void unknownVariantGoesToTheVisitorsUnknownCase() {
    ContentBlock block = DeploymentsJson.fromJson(HOLOGRAM, ContentBlock.class);

    String visited =
        block.accept(
            new ContentBlock.Visitor<String>() {
              @Override
              public String visit(TextBlock value) {
                return "text";
              }

              @Override
              public String visit(ImageBlock value) {
                return "image";
              }

              @Override
              public String visit(DocumentBlock value) {
                return "document";
              }

              @Override
              public String visit(RedactedBlock value) {
                return "redacted";
              }

              @Override
              public String visitUnknown(ContentBlock.Unknown value) {
                return "unknown " + value.getType();
              }
            });

    assertEquals("unknown hologram", visited);
  }
  @Test
  void aDefaultVisitorHandlesWhatItOverridesAndDefaultsTheRestUnknownIncluded() {
    ContentBlock.DefaultVisitor<String> textOrElse =
        new ContentBlock.DefaultVisitor<String>() {
          @Override
          public String visit(TextBlock value) {
            return "text " + value.getText();
          }

          @Override
          protected String visitDefault(ContentBlock value) {
            return "other " + value.getType();
          }
        };

    assertEquals("text hi", TextBlock.builder().text("hi").build().accept(textOrElse));
    assertEquals(
        "other hologram",
        DeploymentsJson.fromJson(HOLOGRAM, ContentBlock.class).accept(textOrElse));
    assertEquals(
        "other redacted",
        DeploymentsJson.fromJson("{\"type\":\"redacted\"}", ContentBlock.class)
            .accept(textOrElse));
  }


  @Test
  void deploymentFromTheFutureRoundTripsByteForByte() {
    String json = fixture("deployment-from-the-future.json").trim();

    Deployment deployment = DeploymentsJson.fromJson(json, Deployment.class);

    assertEquals(json, DeploymentsJson.toJson(deployment));
  }

  @Test
  void deploymentFromTheFutureKeepsUnknownPropertiesAtEveryLevel() {
    Deployment d = DeploymentsJson.fromJson(fixture("deployment-from-the-future.json"), Deployment.class);

    assertEquals("{\"cost_center\":\"42\"}", d.getAdditionalProperties().get("labels").getJson());
    assertEquals("12345678901234567890", d.getAdditionalProperties().get("revision").getJson());
    assertEquals("\"triage-bot\"", d.getAgent().getAdditionalProperties().get("alias").getJson());
    UserMessageEvent message = assertInstanceOf(UserMessageEvent.class, d.getInitialEvents().get(1));
    assertEquals("\"high\"", message.getAdditionalProperties().get("priority").getJson());
    TextBlock text = assertInstanceOf(TextBlock.class, message.getContent().get(1));
    assertEquals(
        "{\"type\":\"ephemeral\"}", text.getAdditionalProperties().get("cache_control").getJson());
    GitHubRepositoryResourceConfig repo =
        assertInstanceOf(GitHubRepositoryResourceConfig.class, d.getResources().get(1));
    assertEquals("1", repo.getAdditionalProperties().get("depth").getJson());
    CronSchedule schedule = assertInstanceOf(CronSchedule.class, d.getSchedule());
    assertEquals("30", schedule.getAdditionalProperties().get("jitter_seconds").getJson());
    assertEquals("\"month\"", d.getBudget().getAdditionalProperties().get("period").getJson());
    assertEquals(
        "\"$25.00\"", d.getBudget().getMaxListCost().getAdditionalProperties().get("display").getJson());
    ErrorPausedReason reason = assertInstanceOf(ErrorPausedReason.class, d.getPausedReason());
    assertEquals("\"2026-11-20T00:00:00Z\"", reason.getAdditionalProperties().get("since").getJson());
  }

  @Test
  void deploymentFromTheFutureExposesUnknownVariantsWhereverTheyAre() {
    Deployment d = DeploymentsJson.fromJson(fixture("deployment-from-the-future.json"), Deployment.class);

    assertEquals("user.voice", assertInstanceOf(InitialEvent.Unknown.class, d.getInitialEvents().get(0)).getType());
    UserMessageEvent message = assertInstanceOf(UserMessageEvent.class, d.getInitialEvents().get(1));
    assertEquals("audio", assertInstanceOf(ContentBlock.Unknown.class, message.getContent().get(0)).getType());
    ImageBlock image = assertInstanceOf(ImageBlock.class, message.getContent().get(2));
    assertEquals("s3", assertInstanceOf(ImageSource.Unknown.class, image.getSource()).getType());
    DocumentBlock document = assertInstanceOf(DocumentBlock.class, message.getContent().get(3));
    assertEquals("gdrive", assertInstanceOf(DocumentSource.Unknown.class, document.getSource()).getType());
    UserDefineOutcomeEvent outcome = assertInstanceOf(UserDefineOutcomeEvent.class, d.getInitialEvents().get(2));
    assertEquals("url", assertInstanceOf(Rubric.Unknown.class, outcome.getRubric()).getType());
    assertEquals("s3_bucket", assertInstanceOf(ResourceConfig.Unknown.class, d.getResources().get(0)).getType());
    GitHubRepositoryResourceConfig repo =
        assertInstanceOf(GitHubRepositoryResourceConfig.class, d.getResources().get(1));
    assertEquals("tag", assertInstanceOf(Checkout.Unknown.class, repo.getCheckout()).getType());
    ErrorPausedReason reason = assertInstanceOf(ErrorPausedReason.class, d.getPausedReason());
    PausedReasonError.Unknown error = assertInstanceOf(PausedReasonError.Unknown.class, reason.getError());
    assertEquals("quota_exhausted_error", error.getType());
    assertEquals("{\"type\":\"quota_exhausted_error\",\"quota\":\"sessions\"}", error.getJson().getJson());
  }

  @Test
  void unknownStatusIsKeptAsAnOpenEnumValue() {
    Deployment d = DeploymentsJson.fromJson(fixture("deployment-from-the-future.json"), Deployment.class);

    assertEquals("suspended", d.getStatus().getValue());
    assertFalse(d.getStatus().isKnown());
    assertEquals(DeploymentStatus.of("suspended"), d.getStatus());
    assertFalse(DeploymentStatus.ACTIVE.equals(d.getStatus()));
  }

  @Test
  void unknownAccessIsKeptAsAnOpenEnumValue() {
    Deployment d = DeploymentsJson.fromJson(fixture("deployment-from-the-future.json"), Deployment.class);

    MemoryStoreResourceConfig memory = assertInstanceOf(MemoryStoreResourceConfig.class, d.getResources().get(2));
    assertEquals("append_only", memory.getAccess().getValue());
    assertFalse(memory.getAccess().isKnown());
    assertTrue(MemoryStoreAccess.of("read_only").isKnown());
  }

  @Test
  void unknownTriggerTypeIsKeptAsAnOpenEnumValue() {
    TriggerType webhook = TriggerType.of("webhook");

    assertFalse(webhook.isKnown());
    assertEquals("webhook", webhook.getValue());
    assertSame(TriggerType.MANUAL, TriggerType.of("manual"));
  }

  @Test
  void runFromTheFutureRoundTripsByteForByte() {
    String json = fixture("deployment-run-from-the-future.json").trim();

    DeploymentRun run = DeploymentsJson.fromJson(json, DeploymentRun.class);

    assertEquals(json, DeploymentsJson.toJson(run));
    assertEquals("gpu_unavailable_error", assertInstanceOf(RunError.Unknown.class, run.getError()).getType());
    assertEquals("webhook", assertInstanceOf(TriggerContext.Unknown.class, run.getTriggerContext()).getType());
    assertEquals("2", run.getAdditionalProperties().get("attempt").getJson());
  }

  @Test
  void unknownRunErrorStillShowsItsMessage() {
    DeploymentRun run =
        DeploymentsJson.fromJson(fixture("deployment-run-from-the-future.json"), DeploymentRun.class);

    assertEquals("No GPU.", run.getError().getMessage());
  }

  @Test
  void unknownRunErrorWithoutAStringMessageHasNone() {
    RunError error = DeploymentsJson.fromJson("{\"type\":\"new_error\",\"message\":{\"text\":\"x\"}}", RunError.class);

    assertEquals(null, error.getMessage());
  }

  @Test
  void pageFromTheFutureRoundTripsByteForByte() {
    String json =
        "{\"data\":[" + fixture("deployment-from-the-future.json").trim()
            + "],\"next_page\":\"page_2\",\"total_estimate\":{\"value\":41,\"exact\":false}}";

    DeploymentPage page = DeploymentsJson.fromJson(json, DeploymentPage.class);

    assertEquals(json, DeploymentsJson.toJson(page));
    assertEquals("{\"value\":41,\"exact\":false}", page.getAdditionalProperties().get("total_estimate").getJson());
  }

  @Test
  void callerBuiltUnknownVariantsAndPropertiesAreWrittenAsGiven() {
    CreateDeploymentParams params =
        CreateDeploymentParams.builder()
            .agent(AgentParam.id("agent_1"))
            .environmentId("env_1")
            .name("n")
            .initialEvents(
                Collections.singletonList(
                    InitialEventParam.Unknown.of(RawJson.of("{\"type\":\"user.voice\",\"seconds\":1.50}"))))
            .putAdditionalProperty("priority", RawJson.of("{\"level\": 2}"))
            .build();

    assertEquals(
        "{\"agent\":\"agent_1\",\"environment_id\":\"env_1\",\"initial_events\":[{\"type\":\"user.voice\","
            + "\"seconds\":1.50}],\"name\":\"n\",\"priority\":{\"level\": 2}}",
        DeploymentsJson.toJson(params));
  }

  @Test
  void unknownVariantWithoutAStringTypeIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> InitialEventParam.Unknown.of(RawJson.of("{\"kind\":\"x\"}")));
    assertThrows(
        IllegalArgumentException.class, () -> InitialEventParam.Unknown.of(RawJson.of("{\"type\":7}")));
  }

  @Test
  void rawJsonKeepsTheTextExactly() {
    assertEquals("[1.50, \"x\" ,{}]", RawJson.of("[1.50, \"x\" ,{}]").getJson());
  }

  @Test
  void rawJsonRefusesMoreThanOneValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RawJson.of("{} {}"));

    assertTrue(e.getMessage().contains("found more after it"), e.getMessage());
  }

  @Test
  void rawJsonRefusesMalformedJson() {
    assertThrows(IllegalArgumentException.class, () -> RawJson.of("{\"a\":}"));
    assertThrows(IllegalArgumentException.class, () -> RawJson.of(""));
  }

  @Test
  void variantWithoutTypeFailsToDecodeNamingTheUnion() {
    DecodeException e =
        assertThrows(
            DecodeException.class, () -> DeploymentsJson.fromJson("{\"text\":\"hi\"}", ContentBlock.class));

    assertEquals("ContentBlock", e.getModel());
    assertTrue(e.getMessage().contains("'type'"), e.getMessage());
  }
}
