package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.AgentArchivedPausedReasonError;
import dev.managedagents.deployments.model.AgentArchivedRunError;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.ApiError;
import dev.managedagents.deployments.model.AuthenticationError;
import dev.managedagents.deployments.model.Base64DocumentSource;
import dev.managedagents.deployments.model.Base64ImageSource;
import dev.managedagents.deployments.model.BillingError;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.Checkout;
import dev.managedagents.deployments.model.CommitCheckout;
import dev.managedagents.deployments.model.ConflictError;
import dev.managedagents.deployments.model.ContentBlock;
import dev.managedagents.deployments.model.ContentBlockParam;
import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.DocumentBlock;
import dev.managedagents.deployments.model.DocumentSource;
import dev.managedagents.deployments.model.EnvironmentArchivedPausedReasonError;
import dev.managedagents.deployments.model.EnvironmentArchivedRunError;
import dev.managedagents.deployments.model.EnvironmentNotFoundPausedReasonError;
import dev.managedagents.deployments.model.EnvironmentNotFoundRunError;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ErrorObject;
import dev.managedagents.deployments.model.ErrorPausedReason;
import dev.managedagents.deployments.model.FileDocumentSource;
import dev.managedagents.deployments.model.FileImageSource;
import dev.managedagents.deployments.model.FileNotFoundPausedReasonError;
import dev.managedagents.deployments.model.FileNotFoundRunError;
import dev.managedagents.deployments.model.FileResourceConfig;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.FileRubric;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.ImageBlock;
import dev.managedagents.deployments.model.ImageSource;
import dev.managedagents.deployments.model.InitialEvent;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.InvalidRequestError;
import dev.managedagents.deployments.model.ManualPausedReason;
import dev.managedagents.deployments.model.ManualTriggerContext;
import dev.managedagents.deployments.model.McpEgressBlockedPausedReasonError;
import dev.managedagents.deployments.model.McpEgressBlockedRunError;
import dev.managedagents.deployments.model.MemoryStoreArchivedPausedReasonError;
import dev.managedagents.deployments.model.MemoryStoreArchivedRunError;
import dev.managedagents.deployments.model.MemoryStoreResourceConfig;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.NotFoundError;
import dev.managedagents.deployments.model.OrganizationDisabledPausedReasonError;
import dev.managedagents.deployments.model.OrganizationDisabledRunError;
import dev.managedagents.deployments.model.OverloadedError;
import dev.managedagents.deployments.model.PausedReason;
import dev.managedagents.deployments.model.PausedReasonError;
import dev.managedagents.deployments.model.PermissionError;
import dev.managedagents.deployments.model.PlainTextDocumentSource;
import dev.managedagents.deployments.model.RateLimitError;
import dev.managedagents.deployments.model.RedactedBlock;
import dev.managedagents.deployments.model.RequestTooLargeError;
import dev.managedagents.deployments.model.ResourceConfig;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.Rubric;
import dev.managedagents.deployments.model.RunError;
import dev.managedagents.deployments.model.Schedule;
import dev.managedagents.deployments.model.ScheduleParam;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import dev.managedagents.deployments.model.SelfHostedResourcesUnsupportedPausedReasonError;
import dev.managedagents.deployments.model.SelfHostedResourcesUnsupportedRunError;
import dev.managedagents.deployments.model.SessionCreationRejectedRunError;
import dev.managedagents.deployments.model.SessionRateLimitedRunError;
import dev.managedagents.deployments.model.SessionResourceNotFoundPausedReasonError;
import dev.managedagents.deployments.model.SessionResourceNotFoundRunError;
import dev.managedagents.deployments.model.SkillNotFoundPausedReasonError;
import dev.managedagents.deployments.model.SkillNotFoundRunError;
import dev.managedagents.deployments.model.SystemMessageEvent;
import dev.managedagents.deployments.model.SystemMessageEventParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.TimeoutError;
import dev.managedagents.deployments.model.TriggerContext;
import dev.managedagents.deployments.model.UnknownErrorPausedReasonError;
import dev.managedagents.deployments.model.UnknownErrorRunError;
import dev.managedagents.deployments.model.UrlDocumentSource;
import dev.managedagents.deployments.model.UrlImageSource;
import dev.managedagents.deployments.model.UserDefineOutcomeEvent;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import dev.managedagents.deployments.model.UserMessageEvent;
import dev.managedagents.deployments.model.UserMessageEventParam;
import dev.managedagents.deployments.model.VaultArchivedPausedReasonError;
import dev.managedagents.deployments.model.VaultArchivedRunError;
import dev.managedagents.deployments.model.VaultNotFoundPausedReasonError;
import dev.managedagents.deployments.model.VaultNotFoundRunError;
import dev.managedagents.deployments.model.WorkspaceArchivedPausedReasonError;
import dev.managedagents.deployments.model.WorkspaceArchivedRunError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every known variant of every union decodes to its own class through {@link DeploymentsJson} and
 * encodes back to equal JSON. JSON here is written with single quotes for readability.
 */
class UnionVariantsTest {

  static Stream<Arguments> variants() {
    List<Arguments> all = new ArrayList<>();
    // Initial events, request shape.
    add(all, InitialEventParam.class, UserMessageEventParam.class,
        "{'type':'user.message','content':[{'type':'text','text':'Hello'},"
            + "{'type':'image','source':{'type':'file','file_id':'file_1'}}]}");
    add(all, InitialEventParam.class, UserDefineOutcomeEventParam.class,
        "{'type':'user.define_outcome','description':'A report',"
            + "'rubric':{'type':'text','content':'Has a summary'},'max_iterations':20}");
    add(all, InitialEventParam.class, UserDefineOutcomeEventParam.class,
        "{'type':'user.define_outcome','description':'A report',"
            + "'rubric':{'type':'file','file_id':'file_rubric'},'max_iterations':null}");
    add(all, InitialEventParam.class, SystemMessageEventParam.class,
        "{'type':'system.message','content':[{'type':'text','text':'Be brief'}]}");
    // Initial events, response shape.
    add(all, InitialEvent.class, UserMessageEvent.class,
        "{'type':'user.message','content':[{'type':'redacted'},{'type':'text','text':'Hi'}]}");
    add(all, InitialEvent.class, UserDefineOutcomeEvent.class,
        "{'type':'user.define_outcome','description':'A report',"
            + "'rubric':{'type':'file','file_id':'file_rubric'},'max_iterations':3}");
    add(all, InitialEvent.class, UserDefineOutcomeEvent.class,
        "{'type':'user.define_outcome','description':'A report','rubric':{'type':'text','content':'x'}}");
    add(all, InitialEvent.class, SystemMessageEvent.class,
        "{'type':'system.message','content':[{'type':'text','text':'Be brief'}]}");
    // Content blocks.
    add(all, ContentBlockParam.class, TextBlock.class, "{'type':'text','text':'Hello'}");
    add(all, ContentBlockParam.class, ImageBlock.class,
        "{'type':'image','source':{'type':'url','url':'https://example.com/a.png'}}");
    add(all, ContentBlockParam.class, DocumentBlock.class,
        "{'type':'document','source':{'type':'text','media_type':'text/plain','data':'plain'},"
            + "'title':'Notes','context':'Meeting'}");
    add(all, ContentBlock.class, TextBlock.class, "{'type':'text','text':'Hello'}");
    add(all, ContentBlock.class, ImageBlock.class,
        "{'type':'image','source':{'type':'base64','media_type':'image/gif','data':'R0lGOD=='}}");
    add(all, ContentBlock.class, DocumentBlock.class,
        "{'type':'document','source':{'type':'url','url':'https://example.com/a.pdf'},"
            + "'title':null,'context':null}");
    add(all, ContentBlock.class, RedactedBlock.class, "{'type':'redacted'}");
    // Image sources.
    add(all, ImageSource.class, Base64ImageSource.class,
        "{'type':'base64','media_type':'image/png','data':'iVBORw0KGgo='}");
    add(all, ImageSource.class, UrlImageSource.class, "{'type':'url','url':'https://example.com/a.png'}");
    add(all, ImageSource.class, FileImageSource.class, "{'type':'file','file_id':'file_img'}");
    // Document sources.
    add(all, DocumentSource.class, Base64DocumentSource.class,
        "{'type':'base64','media_type':'application/pdf','data':'JVBERi0x'}");
    add(all, DocumentSource.class, PlainTextDocumentSource.class,
        "{'type':'text','media_type':'text/plain','data':'Some text'}");
    add(all, DocumentSource.class, UrlDocumentSource.class, "{'type':'url','url':'https://example.com/a.pdf'}");
    add(all, DocumentSource.class, FileDocumentSource.class, "{'type':'file','file_id':'file_doc'}");
    // Rubrics.
    add(all, Rubric.class, TextRubric.class, "{'type':'text','content':'# Rubric\\n- clear'}");
    add(all, Rubric.class, FileRubric.class, "{'type':'file','file_id':'file_rubric'}");
    // Resources, request shape (the token is sent).
    add(all, ResourceParam.class, GitHubRepositoryResourceParam.class,
        "{'type':'github_repository','url':'https://github.com/example/app','authorization_token':'ghp_x',"
            + "'checkout':{'type':'commit','sha':'0123456789abcdef0123456789abcdef01234567'},"
            + "'mount_path':'/workspace/app'}");
    add(all, ResourceParam.class, GitHubRepositoryResourceParam.class,
        "{'type':'github_repository','url':'https://github.com/example/app','authorization_token':'ghp_x'}");
    add(all, ResourceParam.class, FileResourceParam.class,
        "{'type':'file','file_id':'file_data','mount_path':'/mnt/data.csv'}");
    add(all, ResourceParam.class, MemoryStoreResourceParam.class,
        "{'type':'memory_store','memory_store_id':'memstore_1','access':'read_write','instructions':'Notes'}");
    // Resources, response shape (no token; unset optional fields as null or absent).
    add(all, ResourceConfig.class, GitHubRepositoryResourceConfig.class,
        "{'type':'github_repository','url':'https://github.com/example/app','checkout':null,'mount_path':null}");
    add(all, ResourceConfig.class, GitHubRepositoryResourceConfig.class,
        "{'type':'github_repository','url':'https://github.com/example/app',"
            + "'checkout':{'type':'branch','name':'release/1.x'}}");
    add(all, ResourceConfig.class, FileResourceConfig.class, "{'type':'file','file_id':'file_data'}");
    add(all, ResourceConfig.class, MemoryStoreResourceConfig.class,
        "{'type':'memory_store','memory_store_id':'memstore_1','access':null,'instructions':null}");
    // Checkout, schedule, paused reason, trigger context.
    add(all, Checkout.class, BranchCheckout.class, "{'type':'branch','name':'main'}");
    add(all, Checkout.class, CommitCheckout.class,
        "{'type':'commit','sha':'0123456789abcdef0123456789abcdef01234567'}");
    add(all, ScheduleParam.class, CronScheduleParam.class,
        "{'type':'cron','expression':'0 9 * * 1-5','timezone':'Europe/Berlin'}");
    add(all, Schedule.class, CronSchedule.class,
        "{'type':'cron','expression':'0 9 * * 7','timezone':'UTC','last_run_at':'2026-11-22T09:00:01.25Z',"
            + "'upcoming_runs_at':['2026-11-29T09:00:00Z','2026-12-06T09:00:00Z']}");
    add(all, Schedule.class, CronSchedule.class,
        "{'type':'cron','expression':'0 9 * * 7','timezone':'UTC','last_run_at':null,'upcoming_runs_at':[]}");
    add(all, PausedReason.class, ManualPausedReason.class, "{'type':'manual'}");
    add(all, PausedReason.class, ErrorPausedReason.class,
        "{'type':'error','error':{'type':'mcp_egress_blocked_error'}}");
    add(all, TriggerContext.class, ScheduleTriggerContext.class,
        "{'type':'schedule','scheduled_at':'2026-11-23T08:00:00Z'}");
    add(all, TriggerContext.class, ManualTriggerContext.class, "{'type':'manual'}");
    // The 14 paused-reason errors and the 16 run errors.
    for (Map.Entry<String, Class<?>> e : PAUSED_REASON_ERRORS.entrySet()) {
      add(all, PausedReasonError.class, e.getValue(), "{'type':'" + e.getKey() + "'}");
    }
    for (Map.Entry<String, Class<?>> e : RUN_ERRORS.entrySet()) {
      add(all, RunError.class, e.getValue(), "{'type':'" + e.getKey() + "','message':'Details of " + e.getKey() + "'}");
    }
    // The error objects inside the error envelope.
    for (Map.Entry<String, Class<?>> e : ERROR_OBJECTS.entrySet()) {
      add(all, ErrorObject.class, e.getValue(), "{'type':'" + e.getKey() + "','message':'Something failed'}");
    }
    add(all, ErrorObject.class, NotFoundError.class,
        "{'message':'No environment env_1','details':{'error_code':'environment_not_found','ids':['env_1']},"
            + "'type':'not_found_error'}");
    return all.stream();
  }

  static final Map<String, Class<?>> PAUSED_REASON_ERRORS =
      Map.ofEntries(
          Map.entry("environment_archived_error", EnvironmentArchivedPausedReasonError.class),
          Map.entry("agent_archived_error", AgentArchivedPausedReasonError.class),
          Map.entry("environment_not_found_error", EnvironmentNotFoundPausedReasonError.class),
          Map.entry("vault_not_found_error", VaultNotFoundPausedReasonError.class),
          Map.entry("vault_archived_error", VaultArchivedPausedReasonError.class),
          Map.entry("file_not_found_error", FileNotFoundPausedReasonError.class),
          Map.entry("memory_store_archived_error", MemoryStoreArchivedPausedReasonError.class),
          Map.entry("skill_not_found_error", SkillNotFoundPausedReasonError.class),
          Map.entry("session_resource_not_found_error", SessionResourceNotFoundPausedReasonError.class),
          Map.entry("workspace_archived_error", WorkspaceArchivedPausedReasonError.class),
          Map.entry("organization_disabled_error", OrganizationDisabledPausedReasonError.class),
          Map.entry(
              "self_hosted_resources_unsupported_error",
              SelfHostedResourcesUnsupportedPausedReasonError.class),
          Map.entry("mcp_egress_blocked_error", McpEgressBlockedPausedReasonError.class),
          Map.entry("unknown_error", UnknownErrorPausedReasonError.class));

  static final Map<String, Class<?>> RUN_ERRORS =
      Map.ofEntries(
          Map.entry("environment_archived_error", EnvironmentArchivedRunError.class),
          Map.entry("agent_archived_error", AgentArchivedRunError.class),
          Map.entry("environment_not_found_error", EnvironmentNotFoundRunError.class),
          Map.entry("vault_not_found_error", VaultNotFoundRunError.class),
          Map.entry("vault_archived_error", VaultArchivedRunError.class),
          Map.entry("file_not_found_error", FileNotFoundRunError.class),
          Map.entry("memory_store_archived_error", MemoryStoreArchivedRunError.class),
          Map.entry("skill_not_found_error", SkillNotFoundRunError.class),
          Map.entry("session_resource_not_found_error", SessionResourceNotFoundRunError.class),
          Map.entry("workspace_archived_error", WorkspaceArchivedRunError.class),
          Map.entry("organization_disabled_error", OrganizationDisabledRunError.class),
          Map.entry(
              "self_hosted_resources_unsupported_error", SelfHostedResourcesUnsupportedRunError.class),
          Map.entry("mcp_egress_blocked_error", McpEgressBlockedRunError.class),
          Map.entry("unknown_error", UnknownErrorRunError.class),
          Map.entry("session_rate_limited_error", SessionRateLimitedRunError.class),
          Map.entry("session_creation_rejected_error", SessionCreationRejectedRunError.class));

  static final Map<String, Class<?>> ERROR_OBJECTS =
      Map.ofEntries(
          Map.entry("invalid_request_error", InvalidRequestError.class),
          Map.entry("authentication_error", AuthenticationError.class),
          Map.entry("billing_error", BillingError.class),
          Map.entry("permission_error", PermissionError.class),
          Map.entry("not_found_error", NotFoundError.class),
          Map.entry("conflict_error", ConflictError.class),
          Map.entry("request_too_large", RequestTooLargeError.class),
          Map.entry("rate_limit_error", RateLimitError.class),
          Map.entry("api_error", ApiError.class),
          Map.entry("timeout_error", TimeoutError.class),
          Map.entry("overloaded_error", OverloadedError.class));

  private static void add(List<Arguments> all, Class<?> union, Class<?> variant, String singleQuoted) {
    all.add(Arguments.of(union.getSimpleName(), union, variant, singleQuoted.replace('\'', '"')));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("variants")
  void knownVariantDecodesToItsClassAndEncodesToEqualJson(
      String unionName, Class<?> union, Class<?> variant, String json) {
    Object decoded = DeploymentsJson.fromJson(json, union);

    assertInstanceOf(variant, decoded);
    assertJsonEquals(json, DeploymentsJson.toJson(decoded));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("variants")
  void knownVariantReportsTheTypeItWasReadWith(
      String unionName, Class<?> union, Class<?> variant, String json) {
    Object decoded = DeploymentsJson.fromJson(json, union);

    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) TestSupport.parseJson(json);
    assertEquals(object.get("type"), typeOf(decoded));
  }

  static Stream<String> runErrorTypes() {
    return RUN_ERRORS.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("runErrorTypes")
  void knownRunErrorExposesItsMessageThroughTheUnion(String type) {
    RunError error =
        DeploymentsJson.fromJson(
            "{\"type\":\"" + type + "\",\"message\":\"Because " + type + ".\"}", RunError.class);

    assertEquals("Because " + type + ".", error.getMessage());
  }

  @Test
  void unionTablesCoverEveryDocumentedValue() {
    assertEquals(14, PAUSED_REASON_ERRORS.size());
    assertEquals(16, RUN_ERRORS.size());
    assertTrue(RUN_ERRORS.keySet().containsAll(PAUSED_REASON_ERRORS.keySet()));
    assertEquals(11, ERROR_OBJECTS.size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'type':'text','text':'Hi'}                                | text Hi",
        "{'type':'image','source':{'type':'file','file_id':'f'}}    | image file",
        "{'type':'document','source':{'type':'url','url':'u'}}      | document url",
        "{'type':'redacted'}                                        | redacted",
      })
  void knownVariantGoesToItsOwnVisitorMethod(String singleQuoted, String expected) {
    ContentBlock block = DeploymentsJson.fromJson(singleQuoted.replace('\'', '"'), ContentBlock.class);

    String visited =
        block.accept(
            new ContentBlock.Visitor<String>() {
              @Override
              public String visit(TextBlock value) {
                return "text " + value.getText();
              }

              @Override
              public String visit(ImageBlock value) {
                return "image " + value.getSource().getType();
              }

              @Override
              public String visit(DocumentBlock value) {
                return "document " + value.getSource().getType();
              }

              @Override
              public String visit(RedactedBlock value) {
                return "redacted";
              }

              @Override
              public String visitUnknown(ContentBlock.Unknown value) {
                return "unknown";
              }
            });

    assertEquals(expected, visited);
  }

  @Test
  void agentParamStringFormDecodesToIdAndEncodesAsAPlainString() {
    AgentParam agent = DeploymentsJson.fromJson("\"agent_01Example9AgentId\"", AgentParam.class);

    assertEquals("agent_01Example9AgentId", assertInstanceOf(AgentParam.Id.class, agent).getValue());
    assertEquals("\"agent_01Example9AgentId\"", DeploymentsJson.toJson(agent));
  }

  @Test
  void agentParamObjectFormWithVersionDecodesToAgentReferenceParam() {
    String json = "{\"type\":\"agent\",\"id\":\"agent_01Example9AgentId\",\"version\":3}";

    AgentReferenceParam agent = assertInstanceOf(AgentReferenceParam.class, DeploymentsJson.fromJson(json, AgentParam.class));

    assertEquals("agent_01Example9AgentId", agent.getId());
    assertEquals(3, agent.getVersion());
    assertEquals(json, DeploymentsJson.toJson(agent));
  }

  @Test
  void agentParamObjectFormWithoutVersionLeavesVersionOut() {
    String json = "{\"type\":\"agent\",\"id\":\"agent_01Example9AgentId\"}";

    AgentReferenceParam agent = assertInstanceOf(AgentReferenceParam.class, DeploymentsJson.fromJson(json, AgentParam.class));

    assertNull(agent.getVersion());
    assertEquals(json, DeploymentsJson.toJson(agent));
  }

  @Test
  void errorEnvelopeDecodesWhateverTheFieldOrder() {
    String json =
        "{\"request_id\":\"req_01ExampleRequest\",\"error\":{\"message\":\"Archived.\","
            + "\"type\":\"conflict_error\"},\"type\":\"error\"}";

    ErrorEnvelope envelope = DeploymentsJson.fromJson(json, ErrorEnvelope.class);

    assertEquals("req_01ExampleRequest", envelope.getRequestId());
    assertEquals("Archived.", assertInstanceOf(ConflictError.class, envelope.getError()).getMessage());
    assertJsonEquals(json, DeploymentsJson.toJson(envelope));
  }

  @Test
  void errorEnvelopeWithDetailsAndNullRequestIdRoundTrips() {
    String json =
        "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Bad cron.\","
            + "\"details\":{\"error_code\":\"invalid_cron_expression\",\"field\":\"schedule.expression\"}},"
            + "\"request_id\":null}";

    ErrorEnvelope envelope = DeploymentsJson.fromJson(json, ErrorEnvelope.class);

    InvalidRequestError error = assertInstanceOf(InvalidRequestError.class, envelope.getError());
    assertJsonEquals(
        "{\"error_code\":\"invalid_cron_expression\",\"field\":\"schedule.expression\"}",
        error.getDetails().getJson());
    assertNull(envelope.getRequestId());
    assertTrue(envelope.hasRequestId());
    assertEquals(json, DeploymentsJson.toJson(envelope));
  }

  @Test
  void errorEnvelopeWithoutRequestIdLeavesItOut() {
    String json = "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Busy.\"}}";

    ErrorEnvelope envelope = DeploymentsJson.fromJson(json, ErrorEnvelope.class);

    assertInstanceOf(OverloadedError.class, envelope.getError());
    assertEquals(json, DeploymentsJson.toJson(envelope));
  }

  /** The {@code type} a decoded union value reports, through the union's own accessor. */
  private static String typeOf(Object value) {
    if (value instanceof InitialEventParam v) return v.getType();
    if (value instanceof InitialEvent v) return v.getType();
    if (value instanceof ContentBlockParam v) return v.getType();
    if (value instanceof ContentBlock v) return v.getType();
    if (value instanceof ImageSource v) return v.getType();
    if (value instanceof DocumentSource v) return v.getType();
    if (value instanceof Rubric v) return v.getType();
    if (value instanceof ResourceParam v) return v.getType();
    if (value instanceof ResourceConfig v) return v.getType();
    if (value instanceof Checkout v) return v.getType();
    if (value instanceof ScheduleParam v) return v.getType();
    if (value instanceof Schedule v) return v.getType();
    if (value instanceof PausedReason v) return v.getType();
    if (value instanceof PausedReasonError v) return v.getType();
    if (value instanceof RunError v) return v.getType();
    if (value instanceof TriggerContext v) return v.getType();
    if (value instanceof ErrorObject v) return v.getType();
    throw new AssertionError("not a tagged union: " + value.getClass());
  }
}
