package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.DeploymentsJson
import dev.managedagents.deployments.model.AgentArchivedPausedReasonError
import dev.managedagents.deployments.model.AgentParam
import dev.managedagents.deployments.model.AgentReferenceParam
import dev.managedagents.deployments.model.Base64DocumentSource
import dev.managedagents.deployments.model.Base64ImageSource
import dev.managedagents.deployments.model.BranchCheckout
import dev.managedagents.deployments.model.Checkout
import dev.managedagents.deployments.model.CommitCheckout
import dev.managedagents.deployments.model.ConflictError
import dev.managedagents.deployments.model.ContentBlock
import dev.managedagents.deployments.model.ContentBlockParam
import dev.managedagents.deployments.model.CronSchedule
import dev.managedagents.deployments.model.CronScheduleParam
import dev.managedagents.deployments.model.Deployment
import dev.managedagents.deployments.model.DeploymentStatus
import dev.managedagents.deployments.model.DocumentBlock
import dev.managedagents.deployments.model.DocumentSource
import dev.managedagents.deployments.model.ErrorEnvelope
import dev.managedagents.deployments.model.ErrorObject
import dev.managedagents.deployments.model.ErrorPausedReason
import dev.managedagents.deployments.model.FileDocumentSource
import dev.managedagents.deployments.model.FileImageSource
import dev.managedagents.deployments.model.FileResourceConfig
import dev.managedagents.deployments.model.FileResourceParam
import dev.managedagents.deployments.model.FileRubric
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam
import dev.managedagents.deployments.model.ImageBlock
import dev.managedagents.deployments.model.ImageSource
import dev.managedagents.deployments.model.InitialEvent
import dev.managedagents.deployments.model.InitialEventParam
import dev.managedagents.deployments.model.ManualPausedReason
import dev.managedagents.deployments.model.MemoryStoreResourceConfig
import dev.managedagents.deployments.model.MemoryStoreResourceParam
import dev.managedagents.deployments.model.NotFoundError
import dev.managedagents.deployments.model.PausedReason
import dev.managedagents.deployments.model.PausedReasonError
import dev.managedagents.deployments.model.PlainTextDocumentSource
import dev.managedagents.deployments.model.RateLimitError
import dev.managedagents.deployments.model.RawJson
import dev.managedagents.deployments.model.RedactedBlock
import dev.managedagents.deployments.model.ResourceConfig
import dev.managedagents.deployments.model.ResourceParam
import dev.managedagents.deployments.model.Rubric
import dev.managedagents.deployments.model.Schedule
import dev.managedagents.deployments.model.ScheduleParam
import dev.managedagents.deployments.model.SessionRateLimitedRunError
import dev.managedagents.deployments.model.SystemMessageEvent
import dev.managedagents.deployments.model.SystemMessageEventParam
import dev.managedagents.deployments.model.TextBlock
import dev.managedagents.deployments.model.TextRubric
import dev.managedagents.deployments.model.RunError
import dev.managedagents.deployments.model.UrlDocumentSource
import dev.managedagents.deployments.model.UrlImageSource
import dev.managedagents.deployments.model.UserDefineOutcomeEvent
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam
import dev.managedagents.deployments.model.UserMessageEvent
import dev.managedagents.deployments.model.UserMessageEventParam
import dev.managedagents.deployments.model.VaultArchivedPausedReasonError
import dev.managedagents.deployments.model.VaultArchivedRunError
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * A `when` over every union, with an `is` branch per variant this test cares about, the Unknown variant
 * that keeps tomorrow's JSON, and the `else` a Java interface needs.
 */
class KotlinUnionTest {
  private inline fun <reified T : Any> decode(json: String): T = DeploymentsJson.fromJson(json, T::class.java)

  @Test
  fun deploymentUnionsReadWithWhen() {
    val deployment = decode<Deployment>(Fixtures.deployment())

    assertEquals(
      listOf("user text, image url, document file, redacted", "system Be brief.", "outcome A report (text rubric)"),
      deployment.initialEvents.map(::describe),
    )
    assertEquals(
      listOf("repo commit 0123456789abcdef0123456789abcdef01234567", "file file_01Data", "memory read_only"),
      deployment.resources.map(::describe),
    )
    assertEquals("cron 0 9 * * 1 UTC", describe(deployment.schedule))
    assertEquals("active", describe(deployment.status))
  }

  @Test
  fun pausedReasonsReadWithWhenIncludingUnknownTypes() {
    val reasons =
      listOf(
          """{"type":"manual"}""",
          """{"type":"error","error":{"type":"vault_archived_error"}}""",
          """{"type":"error","error":{"type":"agent_archived_error"}}""",
          """{"type":"error","error":{"type":"quota_error"}}""",
          """{"type":"maintenance","until":"2027-01-01T00:00:00Z"}""",
        )
        .map { describe(decode<PausedReason>(it)) }

    assertEquals(listOf("manual", "error vault archived", "error agent archived", "error unknown quota_error", "unknown maintenance"), reasons)
  }

  @Test
  fun runErrorsReadWithWhenIncludingUnknownTypes() {
    val errors =
      listOf(
          """{"type":"vault_archived_error","message":"Vault archived."}""",
          """{"type":"session_rate_limited_error","message":"Slow down."}""",
          """{"type":"agent_archived_error","message":"Agent archived."}""",
          """{"type":"quota_error","message":"No quota."}""",
        )
        .map {
          when (val error = decode<RunError>(it)) {
            is VaultArchivedRunError -> "vault: ${error.message}"
            is SessionRateLimitedRunError -> "retry later: ${error.message}"
            is RunError.Unknown -> "unknown ${error.type}: ${error.json.json}"
            else -> "other ${error.type}"
          }
        }

    assertEquals(
      listOf("vault: Vault archived.", "retry later: Slow down.", "other agent_archived_error", """unknown quota_error: {"type":"quota_error","message":"No quota."}"""),
      errors,
    )
  }

  @Test
  fun anyRunErrorShowsItsMessageWithoutAWhen() {
    val errors =
      listOf(
          """{"type":"vault_archived_error","message":"Vault archived."}""",
          """{"type":"quota_error","message":"No quota."}""",
          """{"type":"silent_error"}""",
        )
        .map { decode<RunError>(it) }

    assertEquals(listOf("Vault archived.", "No quota.", null), errors.map { it.message })
    // The union's message is String? (an unknown variant may lack it); a known variant's is String.
    assertEquals(Nullness.NULLABLE, nullnessOf(errors[0].message))
    assertEquals(Nullness.NON_NULL, nullnessOf((errors[0] as VaultArchivedRunError).message))
  }

  @Test
  fun anyApiErrorShowsItsMessageWithoutAWhen() {
    val messages =
      listOf(Fixtures.error("conflict_error", "Archived."), Fixtures.error("teapot_error", "I am a teapot."))
        .map { decode<ErrorEnvelope>(it).error.message }

    assertEquals(listOf("Archived.", "I am a teapot."), messages)
  }

  @Test
  fun errorObjectsReadWithWhen() {
    val errors =
      listOf(
          Fixtures.error("not_found_error", "No such deployment."),
          Fixtures.error("conflict_error", "Archived."),
          Fixtures.error("rate_limit_error", "Slow down."),
          Fixtures.error("teapot_error", "I am a teapot."),
        )
        .map {
          when (val error = decode<ErrorEnvelope>(it).error) {
            is NotFoundError -> "not found: ${error.message}"
            is ConflictError -> "conflict: ${error.message}"
            is RateLimitError -> "rate limited: ${error.message}"
            is ErrorObject.Unknown -> "unknown ${error.type}"
            else -> "other ${error.type}"
          }
        }

    assertEquals(listOf("not found: No such deployment.", "conflict: Archived.", "rate limited: Slow down.", "unknown teapot_error"), errors)
  }

  @Test
  fun sourcesAndRubricsReadWithWhen() {
    val images =
      listOf(
          """{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}""",
          """{"type":"url","url":"https://example.com/a.png"}""",
          """{"type":"file","file_id":"file_01"}""",
          """{"type":"s3","bucket":"b"}""",
        )
        .map { describe(decode<ImageSource>(it)) }
    val documents =
      listOf(
          """{"type":"base64","media_type":"application/pdf","data":"JVBERi0="}""",
          """{"type":"text","media_type":"text/plain","data":"hello"}""",
          """{"type":"url","url":"https://example.com/a.pdf"}""",
          """{"type":"file","file_id":"file_02"}""",
          """{"type":"s3","bucket":"b"}""",
        )
        .map { describe(decode<DocumentSource>(it)) }
    val rubrics =
      listOf("""{"type":"text","content":"Has totals"}""", """{"type":"file","file_id":"file_03"}""", """{"type":"url","url":"u"}""")
        .map { describe(decode<Rubric>(it)) }

    assertEquals(listOf("base64 image/png", "url", "file file_01", "unknown s3"), images)
    assertEquals(listOf("base64 application/pdf", "text hello", "url", "file file_02", "unknown s3"), documents)
    assertEquals(listOf("text rubric", "file rubric", "unknown rubric url"), rubrics)
  }

  @Test
  fun checkoutsAndSchedulesReadWithWhenIncludingUnknownTypes() {
    val checkouts =
      listOf("""{"type":"branch","name":"main"}""", """{"type":"commit","sha":"abc"}""", """{"type":"tag","name":"v1"}""")
        .map { describe(decode<Checkout>(it)) }
    val schedule = describe(decode<Schedule>("""{"type":"interval","every":"1h"}"""))

    assertEquals(listOf("branch main", "commit abc", "unknown tag"), checkouts)
    assertEquals("unknown schedule interval", schedule)
  }

  @Test
  fun requestUnionsAreBuiltAndReadWithWhen() {
    val agents: List<AgentParam> = listOf(AgentParam.id("agent_1"), AgentReferenceParam.builder().id("agent_2").version(3).build())
    val events: List<InitialEventParam> =
      listOf(
        UserMessageEventParam.builder().content(listOf(TextBlock.builder().text("Hi").build())).build(),
        SystemMessageEventParam.builder().content(listOf(TextBlock.builder().text("Be brief.").build())).build(),
        UserDefineOutcomeEventParam.builder().description("A report").rubric(FileRubric.builder().fileId("file_1").build()).maxIterations(null).build(),
        InitialEventParam.Unknown.of(RawJson.of("""{"type":"user.tool_result","id":"t1"}""")),
      )
    val resources: List<ResourceParam> =
      listOf(
        GitHubRepositoryResourceParam.builder().url("https://github.com/example/a").authorizationToken("ghp_x").build(),
        FileResourceParam.builder().fileId("file_1").build(),
        MemoryStoreResourceParam.builder().memoryStoreId("memstore_1").build(),
      )
    val content: List<ContentBlockParam> =
      listOf(
        TextBlock.builder().text("Hi").build(),
        ImageBlock.builder().source(UrlImageSource.builder().url("https://example.com/a.png").build()).build(),
        DocumentBlock.builder().source(FileDocumentSource.builder().fileId("file_2").build()).title("Notes").build(),
      )
    val schedule: ScheduleParam = CronScheduleParam.builder().expression("0 9 * * 1").timezone("UTC").build()

    val agentLabels =
      agents.map {
        when (it) {
          is AgentParam.Id -> "latest ${it.value}"
          is AgentReferenceParam -> "pinned ${it.id} v${it.version}"
          else -> "other"
        }
      }
    val eventLabels =
      events.map {
        when (it) {
          is UserMessageEventParam -> "user ${it.content.size}"
          is SystemMessageEventParam -> "system ${it.content.single().text}"
          is UserDefineOutcomeEventParam -> "outcome ${it.description} max ${it.maxIterations}"
          is InitialEventParam.Unknown -> "unknown ${it.type}"
          else -> "other"
        }
      }
    val resourceLabels =
      resources.map {
        when (it) {
          is GitHubRepositoryResourceParam -> "repo ${it.url} checkout ${it.checkout}"
          is FileResourceParam -> "file ${it.fileId}"
          is MemoryStoreResourceParam -> "memory ${it.memoryStoreId} ${it.access}"
          is ResourceParam.Unknown -> "unknown ${it.type}"
          else -> "other"
        }
      }
    val contentLabels =
      content.map {
        when (it) {
          is TextBlock -> "text ${it.text}"
          is ImageBlock -> "image ${describe(it.source)}"
          is DocumentBlock -> "document ${it.title}"
          is ContentBlockParam.Unknown -> "unknown ${it.type}"
          else -> "other"
        }
      }
    val scheduleLabel =
      when (schedule) {
        is CronScheduleParam -> "cron ${schedule.expression}"
        is ScheduleParam.Unknown -> "unknown ${schedule.type}"
        else -> "other"
      }

    assertEquals(listOf("latest agent_1", "pinned agent_2 v3"), agentLabels)
    assertEquals(listOf("user 1", "system Be brief.", "outcome A report max null", "unknown user.tool_result"), eventLabels)
    assertEquals(listOf("repo https://github.com/example/a checkout null", "file file_1", "memory memstore_1 null"), resourceLabels)
    assertEquals(listOf("text Hi", "image url", "document Notes"), contentLabels)
    assertEquals("cron 0 9 * * 1", scheduleLabel)
  }

  private fun describe(event: InitialEvent): String =
    when (event) {
      is UserMessageEvent -> "user " + event.content.joinToString(", ", transform = ::describe)
      is SystemMessageEvent -> "system " + event.content.joinToString { it.text }
      is UserDefineOutcomeEvent -> "outcome ${event.description} (${describe(event.rubric)})"
      is InitialEvent.Unknown -> "unknown ${event.type}"
      else -> "other ${event.type}"
    }

  private fun describe(block: ContentBlock): String =
    when (block) {
      is TextBlock -> "text"
      is ImageBlock -> "image " + describe(block.source)
      is DocumentBlock -> "document " + describe(block.source).substringBefore(' ')
      is RedactedBlock -> "redacted"
      is ContentBlock.Unknown -> "unknown ${block.type}"
      else -> "other ${block.type}"
    }

  private fun describe(source: ImageSource): String =
    when (source) {
      is Base64ImageSource -> "base64 ${source.mediaType}"
      is UrlImageSource -> "url"
      is FileImageSource -> "file ${source.fileId}"
      is ImageSource.Unknown -> "unknown ${source.type}"
      else -> "other ${source.type}"
    }

  private fun describe(source: DocumentSource): String =
    when (source) {
      is Base64DocumentSource -> "base64 ${source.mediaType}"
      is PlainTextDocumentSource -> "text ${source.data}"
      is UrlDocumentSource -> "url"
      is FileDocumentSource -> "file ${source.fileId}"
      is DocumentSource.Unknown -> "unknown ${source.type}"
      else -> "other ${source.type}"
    }

  private fun describe(rubric: Rubric): String =
    when (rubric) {
      is TextRubric -> "text rubric"
      is FileRubric -> "file rubric"
      is Rubric.Unknown -> "unknown rubric ${rubric.type}"
      else -> "other rubric"
    }

  private fun describe(resource: ResourceConfig): String =
    when (resource) {
      is GitHubRepositoryResourceConfig -> "repo " + (resource.checkout?.let(::describe) ?: "default")
      is FileResourceConfig -> "file ${resource.fileId}"
      is MemoryStoreResourceConfig -> "memory ${resource.access?.value ?: "default"}"
      is ResourceConfig.Unknown -> "unknown ${resource.type}"
      else -> "other ${resource.type}"
    }

  private fun describe(checkout: Checkout): String =
    when (checkout) {
      is BranchCheckout -> "branch ${checkout.name}"
      is CommitCheckout -> "commit ${checkout.sha}"
      is Checkout.Unknown -> "unknown ${checkout.type}"
      else -> "other ${checkout.type}"
    }

  private fun describe(schedule: Schedule?): String =
    when (schedule) {
      null -> "manual only"
      is CronSchedule -> "cron ${schedule.expression} ${schedule.timezone}"
      is Schedule.Unknown -> "unknown schedule ${schedule.type}"
      else -> "other schedule"
    }

  private fun describe(reason: PausedReason): String =
    when (reason) {
      is ManualPausedReason -> "manual"
      is ErrorPausedReason ->
        "error " +
          when (val error: PausedReasonError = reason.error) {
            is VaultArchivedPausedReasonError -> "vault archived"
            is AgentArchivedPausedReasonError -> "agent archived"
            is PausedReasonError.Unknown -> "unknown ${error.type}"
            else -> "other ${error.type}"
          }
      is PausedReason.Unknown -> "unknown ${reason.type}"
      else -> "other ${reason.type}"
    }

  // Open enums are compared like constants; a value from the future falls to else.
  private fun describe(status: DeploymentStatus): String =
    when (status) {
      DeploymentStatus.ACTIVE -> "active"
      DeploymentStatus.PAUSED -> "paused"
      else -> "unknown ${status.value}"
    }
}
