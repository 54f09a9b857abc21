package dev.managedagents.deployments.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.generation.SdkBuild;
import dev.managedagents.deployments.generation.SpecGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on eight canned spec edits, the kinds a regeneration brings. Each edit alone goes
 * through the spec diff, which must classify it, propose its bump and write its CHANGELOG line;
 * then all eight together are regenerated and built into an SDK jar and a Kotlin jar, and the API
 * diff against this build's jars must show what each does to Java and Kotlin code.
 */
class CannedSpecEditsIT {
  /** While 0.x, breaking raises the minor and the rest the patch; from 1.0 on, one place up. */
  private static final Version ZERO = Version.parse("0.1.0");

  private static final Version ONE = Version.parse("1.4.2");

  private static final Path BASEDIR = BuiltJars.BASEDIR;

  @TempDir static Path work;
  private static String spec;
  private static Report combined;

  record Edit(String name, String anchor, String replacement) {
    String apply(String text) {
      assertTrue(text.contains(anchor), name + ": the spec no longer has " + anchor);
      return text.replace(anchor, replacement);
    }
  }

  static final Edit REMOVE_RESPONSE_PROPERTY =
      new Edit(
          "remove a response property",
          "vault_ids, metadata, schedule, status, paused_reason, created_at, updated_at,"
              + " archived_at]",
          "vault_ids, metadata, schedule, status, paused_reason, created_at, updated_at]");

  static final Edit REMOVE_RESPONSE_PROPERTY_DEFINITION =
      new Edit(
          "remove a response property",
          "          description: When it last changed.\n"
              + "        archived_at:\n"
              + "          type: string\n"
              + "          format: date-time\n"
              + "          nullable: true\n"
              + "          description: When it was archived, or `null`.\n",
          "          description: When it last changed.\n");

  static final Edit ADD_RESPONSE_PROPERTY =
      new Edit(
          "add an optional response property",
          "        trigger_context:\n          $ref: \"#/components/schemas/TriggerContext\"\n",
          "        trigger_context:\n          $ref: \"#/components/schemas/TriggerContext\"\n"
              + "        duration_ms:\n"
              + "          type: integer\n"
              + "          format: int64\n"
              + "          description: How long starting the session took.\n");

  static final Edit ADD_ENUM_VALUE =
      new Edit(
          "add an open-enum value", "enum: [active, paused]", "enum: [active, paused, draining]");

  static final Edit ADD_UNION_VARIANT =
      new Edit(
          "add a union variant",
          "          manual: \"#/components/schemas/ManualPausedReason\"\n"
              + "          error: \"#/components/schemas/ErrorPausedReason\"\n",
          "          manual: \"#/components/schemas/ManualPausedReason\"\n"
              + "          error: \"#/components/schemas/ErrorPausedReason\"\n"
              + "          budget_exhausted: \"#/components/schemas/BudgetExhaustedPausedReason\"\n"
              + "\n"
              + "    BudgetExhaustedPausedReason:\n"
              + "      type: object\n"
              + "      description: The deployment spent its budget.\n"
              + "      required: [type]\n"
              + "      properties:\n"
              + "        type:\n"
              + "          type: string\n"
              + "          enum: [budget_exhausted]\n");

  static final Edit ADD_UNION_VARIANT_FORM =
      new Edit(
          "add a union variant",
          "        - $ref: \"#/components/schemas/ErrorPausedReason\"\n      discriminator:",
          "        - $ref: \"#/components/schemas/ErrorPausedReason\"\n"
              + "        - $ref: \"#/components/schemas/BudgetExhaustedPausedReason\"\n"
              + "      discriminator:");

  static final Edit REQUIRE_REQUEST_PROPERTY =
      new Edit(
          "make an optional request property required",
          "required: [agent, environment_id, initial_events, name]",
          "required: [agent, environment_id, initial_events, name, description]");

  static final Edit RENAME_OPERATION =
      new Edit(
          "rename an operationId",
          "operationId: pauseDeployment",
          "operationId: suspendDeployment");

  static final Edit TIGHTEN_LIMIT =
      new Edit(
          "tighten a maxLength",
          "          maxLength: 4096\n          description: How the agent should use this store",
          "          maxLength: 2048\n          description: How the agent should use this store");

  static final Edit ADD_OPERATION =
      new Edit(
          "add an operation",
          "\npaths:\n",
          "\npaths:\n"
              + "  /v1/deployments/{deployment_id}/duplicate:\n"
              + "    parameters:\n"
              + "      - $ref: \"#/components/parameters/DeploymentId\"\n"
              + "    post:\n"
              + "      tags: [Deployments]\n"
              + "      operationId: duplicateDeployment\n"
              + "      x-non-idempotent: true\n"
              + "      summary: Copy a deployment under a new ID.\n"
              + "      responses:\n"
              + "        \"200\":\n"
              + "          $ref: \"#/components/responses/DeploymentResponse\"\n");

  @BeforeAll
  static void regenerateAndBuildWithEveryEdit() throws Exception {
    spec = Files.readString(BASEDIR.resolve("openapi/deployments.yaml"));
    String edited = spec;
    for (Edit edit :
        List.of(
            REMOVE_RESPONSE_PROPERTY,
            REMOVE_RESPONSE_PROPERTY_DEFINITION,
            ADD_RESPONSE_PROPERTY,
            ADD_ENUM_VALUE,
            ADD_UNION_VARIANT,
            ADD_UNION_VARIANT_FORM,
            REQUIRE_REQUEST_PROPERTY,
            RENAME_OPERATION,
            TIGHTEN_LIMIT,
            ADD_OPERATION)) {
      edited = edit.apply(edited);
    }
    Path editedSpec = Files.writeString(work.resolve("deployments.yaml"), edited);
    Path generated = work.resolve("generated");
    SpecGeneration.generate(BASEDIR, editedSpec, generated);

    // The hand-written part of the SDK as it is: the facade is generated, so that renaming an
    // operationId needs no edit there.
    Path facade = work.resolve("facade");
    SdkBuild.copy(BASEDIR.resolve("src/main/java"), facade);

    Path classes = Files.createDirectories(work.resolve("classes"));
    SdkBuild.javac(
        classes,
        generated.resolve("src/main/java"),
        facade,
        BASEDIR.resolve("target/generated-sources/java-templates"));
    Path kotlinClasses = Files.createDirectories(work.resolve("kotlin-classes"));
    SdkBuild.kotlinc(
        kotlinClasses,
        classes,
        generated.resolve("src/main/kotlin"),
        BASEDIR.resolve("src/main/kotlin"));

    Path sdkJar = SdkBuild.jar(work.resolve("sdk.jar"), classes);
    Path kotlinJar = SdkBuild.jar(work.resolve("kotlin.jar"), kotlinClasses);
    Artifacts before = BuiltJars.artifacts();
    Artifacts after = Artifacts.of(sdkJar, kotlinJar, before.jars().get(2).path());
    List<Change> changes = new ArrayList<>(SpecDiff.compare(Spec.parse(spec), Spec.parse(edited)));
    changes.addAll(ApiDiff.compare(before, after, BuiltJars.dependencies()));
    combined = new Report(ZERO, changes);
    System.out.println("== Gate on all eight canned edits\n" + combined.summary());
  }

  // ---- Each edit alone: classified, bumped and written up as users need to read it.

  @Test
  void aRemovedResponsePropertyIsBreaking() {
    Report report = alone(REMOVE_RESPONSE_PROPERTY, REMOVE_RESPONSE_PROPERTY_DEFINITION);
    assertOnly(report, "Deployment.archived_at", Impact.BREAKING);
    assertBumps(report, "0.2.0", "2.0.0");
    assertLine(
        report,
        "- `Deployment.archived_at`: response property removed: `Deployment.getArchivedAt()` is"
            + " gone. **What to change:** Stop reading `Deployment.getArchivedAt()`");
  }

  @Test
  void anAddedOptionalResponsePropertyIsAnAddition() {
    Report report = alone(ADD_RESPONSE_PROPERTY);
    assertOnly(report, "DeploymentRun.duration_ms", Impact.ADDITION);
    assertBumps(report, "0.1.1", "1.5.0");
    assertLine(
        report,
        "- `DeploymentRun.duration_ms`: new response property: `DeploymentRun.getDurationMs()`.");
  }

  @Test
  void anAddedOpenEnumValueIsAnAddition() {
    Report report = alone(ADD_ENUM_VALUE);
    assertOnly(report, "DeploymentStatus value draining", Impact.ADDITION);
    assertBumps(report, "0.1.1", "1.5.0");
    assertLine(
        report, "`DeploymentStatus.DRAINING`; apps already built keep it as an unknown value.");
  }

  @Test
  void anAddedUnionVariantIsWireCompatibleAndBreaksExhaustiveCode() {
    Report report = alone(ADD_UNION_VARIANT, ADD_UNION_VARIANT_FORM);
    assertOnly(report, "PausedReason variant budget_exhausted", Impact.SOURCE_BREAKING);
    assertBumps(report, "0.2.0", "2.0.0");
    assertLine(report, "Apps already built read it as `PausedReason.Unknown` and keep working.");
    assertLine(
        report,
        "implementations of `PausedReason.Visitor` add `visit(BudgetExhaustedPausedReason)`");
    assertLine(
        report, "every `PausedReason.fold(...)` call adds a `budgetExhausted = { ... }` lambda.");
  }

  @Test
  void anOptionalRequestPropertyMadeRequiredIsBreaking() {
    Report report = alone(REQUIRE_REQUEST_PROPERTY);
    assertOnly(report, "CreateDeploymentParams.description", Impact.BREAKING);
    assertBumps(report, "0.2.0", "2.0.0");
    assertLine(
        report,
        "request property now required: `build()` fails without"
            + " `CreateDeploymentParams.Builder.description(...)`");
  }

  @Test
  void aRenamedOperationIdIsBreakingForWhatWatchesCalls() {
    Report report = alone(RENAME_OPERATION);
    assertOnly(report, "operation pauseDeployment", Impact.BREAKING);
    assertBumps(report, "0.2.0", "2.0.0");
    assertLine(
        report,
        "operationId renamed to `suspendDeployment`: call listeners, spans and metrics name the"
            + " operation `suspendDeployment`, not `pauseDeployment`; Java"
            + " `client.deployments().pause(...)` and Kotlin `client.deployments.pause(...)` keep"
            + " their names. **What to change:** Change the dashboards, alerts and listeners that"
            + " match the operation ID `pauseDeployment` to `suspendDeployment`.");
  }

  @Test
  void aTightenedMaxLengthIsBreaking() {
    Report report = alone(TIGHTEN_LIMIT);
    assertOnly(report, "MemoryStoreResourceParam.instructions", Impact.BREAKING);
    assertBumps(report, "0.2.0", "2.0.0");
    assertLine(
        report,
        "`maxLength` 4096 → 2048: requests that keep the old limit but break the new one are now"
            + " refused before sending (`ValidationException`). **What to change:** Keep"
            + " `MemoryStoreResourceParam.instructions` within at most 2048 characters.");
  }

  @Test
  void anAddedOperationIsAnAddition() {
    Report report = alone(ADD_OPERATION);
    assertOnly(report, "operation duplicateDeployment", Impact.ADDITION);
    assertBumps(report, "0.1.1", "1.5.0");
    assertLine(
        report,
        "new (`POST /v1/deployments/{deployment_id}/duplicate`): the SDK has its Retrofit method"
            + " and local-server route; it is callable once it is named in `x-sdk-name`");
  }

  // ---- All eight, regenerated and built: what the jars show.

  @Test
  void theBuiltJarsShowWhatEachEditDoesToCode() {
    assertApi("Deployment.getArchivedAt()", Impact.BREAKING);
    assertApi("DeploymentRun.getDurationMs()", Impact.ADDITION);
    assertApi("DeploymentStatus.DRAINING", Impact.ADDITION);
    assertApi("BudgetExhaustedPausedReason", Impact.ADDITION);
    assertApi("PausedReason.Visitor.visit(BudgetExhaustedPausedReason)", Impact.SOURCE_BREAKING);
    assertApi("DeploymentsFolds.fold(PausedReason)", Impact.BREAKING);
    assertApi("DeploymentsBuilders.createDeploymentParams", Impact.BREAKING);
    // The tightened limit, the new operation and the renamed operationId change no signature
    // (0.1.0's deprecated Kotlin functions are not generated): only the spec diff sees them.
    assertTrue(
        combined.changes().stream()
            .filter(c -> c.origin() == Change.Origin.API)
            .noneMatch(
                c ->
                    c.subject().contains("MemoryStore")
                        || c.subject().contains("duplicate")
                        || c.subject().contains("suspendDeployment")
                        || c.subject().contains("pauseDeployment")),
        combined::summary);
    assertEquals(Version.parse("0.2.0"), combined.next());
    String entry = combined.changelogEntry(combined.next(), "2026-12-07", "2026-10-21");
    assertTrue(entry.startsWith("## 0.2.0 (2026-12-07)\n"), entry);
    assertTrue(entry.contains("#### Breaking for code, compatible on the wire\n"), entry);
    assertTrue(
        entry.contains(
            "- `PausedReason.Visitor.visit(BudgetExhaustedPausedReason)`: new abstract method:"
                + " implementations of `PausedReason.Visitor` no longer compile. **What to"
                + " change:** Add `visit(BudgetExhaustedPausedReason)` to each"
                + " `PausedReason.Visitor` you implement, or extend `PausedReason.DefaultVisitor`"),
        entry);
  }

  private static Report alone(Edit... edits) {
    String edited = spec;
    for (Edit edit : edits) {
      edited = edit.apply(edited);
    }
    Report report = new Report(ZERO, SpecDiff.compare(Spec.parse(spec), Spec.parse(edited)));
    System.out.println(
        "== Gate on the canned edit \"" + edits[0].name() + "\"\n" + report.summary());
    return report;
  }

  /** The edit's change, and besides it only the new model a new variant brings. */
  private static void assertOnly(Report report, String subject, Impact impact) {
    List<Change> others =
        report.changes().stream()
            .filter(c -> !c.subject().equals(subject))
            .filter(c -> !(c.impact() == Impact.ADDITION && c.what().startsWith("new model")))
            .toList();
    assertTrue(others.isEmpty(), "unexpected changes:\n" + report.summary());
    List<Change> found =
        report.changes().stream().filter(c -> c.subject().equals(subject)).toList();
    assertEquals(1, found.size(), report.summary());
    assertEquals(impact, found.get(0).impact(), report.summary());
  }

  private static void assertBumps(Report report, String fromZero, String fromOne) {
    assertEquals(Version.parse(fromZero), report.next(), report.summary());
    assertEquals(
        Version.parse(fromOne), new Report(ONE, report.changes()).next(), report.summary());
  }

  private static void assertLine(Report report, String text) {
    String entry = report.changelogEntry(report.next(), "2026-12-07", "2026-10-21");
    assertTrue(entry.contains(text), "CHANGELOG entry lacks «" + text + "»:\n" + entry);
  }

  private static void assertApi(String subject, Impact impact) {
    List<Change> found =
        combined.changes().stream()
            .filter(c -> c.origin() == Change.Origin.API && c.subject().startsWith(subject))
            .toList();
    assertTrue(!found.isEmpty(), "no API change " + subject + " in\n" + combined.summary());
    assertEquals(impact, found.get(0).impact(), combined.summary());
  }
}
