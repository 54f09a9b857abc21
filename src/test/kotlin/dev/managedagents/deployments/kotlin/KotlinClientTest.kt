package dev.managedagents.deployments.kotlin

import com.github.tomakehurst.wiremock.client.WireMock.aResponse
import com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor
import com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import com.github.tomakehurst.wiremock.client.WireMock.equalTo
import com.github.tomakehurst.wiremock.client.WireMock.equalToJson
import com.github.tomakehurst.wiremock.client.WireMock.get
import com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor
import com.github.tomakehurst.wiremock.client.WireMock.okJson
import com.github.tomakehurst.wiremock.client.WireMock.post
import com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor
import com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig
import com.github.tomakehurst.wiremock.junit5.WireMockExtension
import dev.managedagents.deployments.ConflictException
import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.ListDeploymentRunsParams
import dev.managedagents.deployments.ListDeploymentsParams
import dev.managedagents.deployments.NotFoundException
import dev.managedagents.deployments.RequestOptions
import dev.managedagents.deployments.model.AgentParam
import dev.managedagents.deployments.model.AgentReferenceParam
import dev.managedagents.deployments.model.BranchCheckout
import dev.managedagents.deployments.model.BudgetLimit
import dev.managedagents.deployments.model.CreateDeploymentParams
import dev.managedagents.deployments.model.CronScheduleParam
import dev.managedagents.deployments.model.DeploymentStatus
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam
import dev.managedagents.deployments.model.ManualTriggerContext
import dev.managedagents.deployments.model.MemoryStoreAccess
import dev.managedagents.deployments.model.MemoryStoreResourceParam
import dev.managedagents.deployments.model.Money
import dev.managedagents.deployments.model.RunError
import dev.managedagents.deployments.model.ScheduleTriggerContext
import dev.managedagents.deployments.model.TextBlock
import dev.managedagents.deployments.model.TextRubric
import dev.managedagents.deployments.model.TriggerContext
import dev.managedagents.deployments.model.TriggerType
import dev.managedagents.deployments.model.UpdateDeploymentParams
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam
import dev.managedagents.deployments.model.UserMessageEventParam
import dev.managedagents.deployments.model.VaultArchivedRunError
import java.time.OffsetDateTime
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.extension.RegisterExtension

/** Every operation, called the way a Kotlin developer would: builders, properties, coroutines, sequences. */
class KotlinClientTest {
  @JvmField
  @RegisterExtension
  val server: WireMockExtension = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build()

  private lateinit var client: DeploymentsClient

  @BeforeEach
  fun connect() {
    client = DeploymentsClient.builder().apiKey("sk-test").baseUrl(server.baseUrl()).maxRetries(0).build()
  }

  @AfterEach
  fun close() {
    client.close()
  }

  @Test
  fun createBuiltWithKotlinCollectionsSendsTheDocumentedBody() {
    server.stubFor(post(urlPathEqualTo("/v1/deployments")).willReturn(okJson(Fixtures.deployment())))
    val params =
      CreateDeploymentParams.builder()
        .agent(AgentReferenceParam.builder().id("agent_01Example9AgentId").version(2).build())
        .environmentId("env_01Example9EnvId")
        .name("weekly-report")
        .initialEvents(
          listOf(
            UserMessageEventParam.builder()
              .content(listOf(TextBlock.builder().text("Write the weekly report.").build()))
              .build(),
            UserDefineOutcomeEventParam.builder()
              .description("A report")
              .rubric(TextRubric.builder().content("Has totals").build())
              .build(),
          )
        )
        .resources(
          listOf(
            GitHubRepositoryResourceParam.builder()
              .url("https://github.com/example/reports")
              .authorizationToken("ghp_secret")
              .checkout(BranchCheckout.builder().name("main").build())
              .build(),
            MemoryStoreResourceParam.builder()
              .memoryStoreId("memstore_01Notes")
              .access(MemoryStoreAccess.READ_ONLY)
              .build(),
          )
        )
        .metadata(mapOf("team" to "finance"))
        .schedule(CronScheduleParam.builder().expression("0 9 * * 1").timezone("Europe/Berlin").build())
        .budget(BudgetLimit.builder().maxListCost(Money.builder().amount("2500").currency("USD").build()).build())
        .build()

    val deployment = client.deployments().create(params)

    assertEquals("depl_01ExampleDeployment", deployment.id)
    server.verify(
      postRequestedFor(urlPathEqualTo("/v1/deployments"))
        .withRequestBody(
          equalToJson(
            """
            {"agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},
             "environment_id":"env_01Example9EnvId","name":"weekly-report",
             "initial_events":[
               {"type":"user.message","content":[{"type":"text","text":"Write the weekly report."}]},
               {"type":"user.define_outcome","description":"A report","rubric":{"type":"text","content":"Has totals"}}],
             "resources":[
               {"type":"github_repository","url":"https://github.com/example/reports","authorization_token":"ghp_secret",
                "checkout":{"type":"branch","name":"main"}},
               {"type":"memory_store","memory_store_id":"memstore_01Notes","access":"read_only"}],
             "metadata":{"team":"finance"},
             "schedule":{"type":"cron","expression":"0 9 * * 1","timezone":"Europe/Berlin"},
             "budget":{"type":"limit","max_list_cost":{"amount":"2500","currency":"USD"}}}
            """
          )
        )
    )
  }

  @Test
  fun retrieveShowsRequiredPropertiesAsStringAndOptionalOnesAsNullableString() {
    server.stubFor(get(urlPathEqualTo("/v1/deployments/depl_01ExampleDeployment")).willReturn(okJson(Fixtures.PAUSED_DEPLOYMENT)))

    val deployment = client.deployments().retrieve("depl_01ExampleDeployment")

    // Both lines compile only with JSpecify nullness: a String? name has no .length, and a safe call on a
    // non-null description is an "unnecessary safe call" warning, which -Werror turns into an error.
    val nameLength: Int = deployment.name.length
    val descriptionLength: Int? = deployment.description?.length
    assertEquals(13, nameLength)
    assertNull(descriptionLength)
    // And Kotlin typed them exactly String and String?, not the platform type String! that an
    // unannotated Java method (such as System.getProperty) gives.
    assertEquals(Nullness.NON_NULL, nullnessOf(deployment.name))
    assertEquals(Nullness.NULLABLE, nullnessOf(deployment.description))
    assertEquals(Nullness.NULLABLE, nullnessOf(deployment.archivedAt))
    assertEquals(Nullness.NON_NULL, nullnessOf(deployment.initialEvents))
    assertEquals(Nullness.PLATFORM, nullnessOf(System.getProperty("java.version")))
    assertEquals(Nullness.PLATFORM, nullnessOf(java.util.Collections.singletonList("x")))
  }

  @Test
  fun listAutoPagerIsALazySequenceAcrossPages() {
    server.stubFor(
      get(urlPathEqualTo("/v1/deployments")).withQueryParam("limit", equalTo("1"))
        .willReturn(okJson(Fixtures.page(Fixtures.deployment(id = "depl_1"), nextPage = "page_2")))
    )
    server.stubFor(
      get(urlPathEqualTo("/v1/deployments")).withQueryParam("page", equalTo("page_2"))
        .willReturn(okJson(Fixtures.page(Fixtures.deployment(id = "depl_2")))),
    )

    val first = client.deployments().list(ListDeploymentsParams.builder().limit(1).build())
    val firstOnly = first.autoPager().asSequence().map { it.id }.take(1).toList()
    val everything = first.autoPager().asSequence().map { it.id }.toList()

    assertEquals(listOf("depl_1"), firstOnly)
    assertEquals(listOf("depl_1", "depl_2"), everything)
    // take(1) never asked for page 2; the full walk asked once.
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/deployments")).withQueryParam("page", equalTo("page_2")))
  }

  @Test
  fun updateWithKotlinNullsClearsFieldsAndDeletesMetadataKeys() {
    server.stubFor(post(urlPathEqualTo("/v1/deployments/depl_01ExampleDeployment")).willReturn(okJson(Fixtures.deployment(description = null))))
    val patch =
      UpdateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .description(null)
        .schedule(null)
        .metadata(mapOf("team" to null, "owner" to "ana"))
        .build()

    val deployment = client.deployments().update("depl_01ExampleDeployment", patch)

    assertNull(deployment.description)
    server.verify(
      postRequestedFor(urlPathEqualTo("/v1/deployments/depl_01ExampleDeployment"))
        .withRequestBody(
          equalToJson(
            """{"agent":"agent_01Example9AgentId","description":null,"schedule":null,"metadata":{"team":null,"owner":"ana"}}"""
          )
        )
    )
  }

  @Test
  fun everyAsyncOperationAwaitsInACoroutine() = runBlocking {
    val id = "depl_01ExampleDeployment"
    server.stubFor(post(urlPathEqualTo("/v1/deployments")).willReturn(okJson(Fixtures.deployment())))
    server.stubFor(get(urlPathEqualTo("/v1/deployments")).willReturn(okJson(Fixtures.page(Fixtures.deployment()))))
    server.stubFor(get(urlPathEqualTo("/v1/deployments/$id")).willReturn(okJson(Fixtures.deployment())))
    server.stubFor(post(urlPathEqualTo("/v1/deployments/$id")).willReturn(okJson(Fixtures.deployment(description = "new"))))
    server.stubFor(post(urlPathEqualTo("/v1/deployments/$id/archive")).willReturn(okJson(Fixtures.deployment(archivedAt = "\"2026-11-25T10:00:00Z\""))))
    server.stubFor(
      post(urlPathEqualTo("/v1/deployments/$id/pause"))
        .willReturn(okJson(Fixtures.deployment(status = "paused", pausedReason = """{"type":"manual"}""")))
    )
    server.stubFor(post(urlPathEqualTo("/v1/deployments/$id/unpause")).willReturn(okJson(Fixtures.deployment())))
    server.stubFor(post(urlPathEqualTo("/v1/deployments/$id/run")).willReturn(okJson(Fixtures.SUCCESSFUL_RUN)))
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs")).willReturn(okJson(Fixtures.page(Fixtures.FAILED_RUN))))
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs/drun_01ExampleRunFail")).willReturn(okJson(Fixtures.FAILED_RUN)))
    val deployments = client.deployments()
    val runs = client.deploymentRuns()
    val create =
      CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .environmentId("env_01Example9EnvId")
        .name("weekly-report")
        .initialEvents(listOf(UserMessageEventParam.builder().content(listOf(TextBlock.builder().text("Go").build())).build()))
        .build()

    val created = deployments.createAsync(create).await()
    val listed = deployments.listAsync().await()
    val retrieved = deployments.retrieveAsync(id).await()
    val updated = deployments.updateAsync(id, UpdateDeploymentParams.builder().description("new").build()).await()
    val archived = deployments.archiveAsync(id).await()
    val paused = deployments.pauseAsync(id).await()
    val unpaused = deployments.unpauseAsync(id).await()
    val run = deployments.runAsync(id).await()
    val runPage = runs.listAsync(ListDeploymentRunsParams.builder().deploymentId(id).build()).await()
    val failed = runs.retrieveAsync("drun_01ExampleRunFail").await()

    assertEquals(id, created.id)
    assertEquals(listOf(id), listed.data.map { it.id })
    assertEquals(id, retrieved.id)
    assertEquals("new", updated.description)
    assertEquals(OffsetDateTime.parse("2026-11-25T10:00:00Z"), archived.archivedAt)
    assertEquals(DeploymentStatus.PAUSED, paused.status)
    assertEquals(DeploymentStatus.ACTIVE, unpaused.status)
    assertEquals("sesn_01ExampleSession", run.sessionId)
    assertEquals(listOf("drun_01ExampleRunFail"), runPage.data.map { it.id })
    assertEquals("vault_archived_error", failed.error?.type)
  }

  @Test
  fun pagesAreWalkedWithAwaitInALoop() = runBlocking {
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs")).willReturn(okJson(Fixtures.page(Fixtures.FAILED_RUN, nextPage = "page_2"))))
    server.stubFor(
      get(urlPathEqualTo("/v1/deployment_runs")).withQueryParam("page", equalTo("page_2"))
        .willReturn(okJson(Fixtures.page(Fixtures.SUCCESSFUL_RUN)))
    )

    val ids = mutableListOf<String>()
    var page = client.deploymentRuns().listAsync().await()
    while (true) {
      page.data.mapTo(ids) { it.id }
      if (!page.hasNextPage()) break
      page = page.fetchNextPageAsync().await()
    }

    assertEquals(listOf("drun_01ExampleRunFail", "drun_01ExampleRunOk"), ids)
  }

  @Test
  fun concurrentAwaitsRunSideBySide() = runBlocking {
    for (n in 1..3) {
      server.stubFor(get(urlPathEqualTo("/v1/deployments/depl_$n")).willReturn(okJson(Fixtures.deployment(id = "depl_$n"))))
    }

    val ids = (1..3).map { n -> async { client.deployments().retrieveAsync("depl_$n").await().id } }.awaitAll()

    assertEquals(listOf("depl_1", "depl_2", "depl_3"), ids)
  }

  @Test
  fun awaitThrowsTheTypedExceptionItself() {
    server.stubFor(
      get(urlPathEqualTo("/v1/deployments/depl_missing"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(Fixtures.error("not_found_error", "No such deployment.")))
    )

    val e = assertThrows<NotFoundException> { runBlocking { client.deployments().retrieveAsync("depl_missing").await() } }

    assertEquals(404, e.status)
    assertEquals("not_found_error", e.errorType)
    assertEquals("req_01ExampleRequest", e.requestId)
  }

  @Test
  fun blockingCallsThrowTheTypedExceptionForACatchBlock() {
    server.stubFor(
      post(urlPathEqualTo("/v1/deployments/depl_archived/pause"))
        .willReturn(aResponse().withStatus(409).withBody(Fixtures.error("conflict_error", "Deployment is archived.")))
    )

    val message =
      try {
        client.deployments().withOptions(RequestOptions.defaults().withMaxRetries(0)).pause("depl_archived")
        "no error"
      } catch (e: ConflictException) {
        e.errorType
      }

    assertEquals("conflict_error", message)
  }

  @Test
  fun runsFilterAndPageAsASequence() {
    server.stubFor(
      get(urlPathEqualTo("/v1/deployment_runs"))
        .withQueryParam("trigger_type", equalTo("schedule"))
        .withQueryParam("has_error", equalTo("true"))
        .withQueryParam("created_at[gte]", equalTo("2026-11-01T00:00:00Z"))
        .willReturn(okJson(Fixtures.page(Fixtures.FAILED_RUN, nextPage = "page_2")))
    )
    server.stubFor(
      get(urlPathEqualTo("/v1/deployment_runs")).withQueryParam("page", equalTo("page_2"))
        .willReturn(okJson(Fixtures.page(Fixtures.FUTURE_RUN)))
    )
    val params =
      ListDeploymentRunsParams.builder()
        .triggerType(TriggerType.SCHEDULE)
        .hasError(true)
        .createdAtGte(OffsetDateTime.parse("2026-11-01T00:00:00Z"))
        .build()

    val messages = client.deploymentRuns().list(params).autoPager().asSequence().map { describe(it.error) }.toList()

    assertEquals(listOf("vault archived: Vault vlt_01Example is archived.", "unknown quota_exhausted_error"), messages)
  }

  @Test
  fun retrieveRunReadsEveryTriggerWithWhen() {
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs/drun_01ExampleRunFail")).willReturn(okJson(Fixtures.FAILED_RUN)))
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs/drun_01ExampleRunOk")).willReturn(okJson(Fixtures.SUCCESSFUL_RUN)))
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs/drun_01ExampleRunNew")).willReturn(okJson(Fixtures.FUTURE_RUN)))

    val triggers =
      listOf("drun_01ExampleRunFail", "drun_01ExampleRunOk", "drun_01ExampleRunNew").map { id ->
        when (val trigger: TriggerContext = client.deploymentRuns().retrieve(id).triggerContext) {
          is ScheduleTriggerContext -> "schedule at ${trigger.scheduledAt}"
          is ManualTriggerContext -> "manual"
          is TriggerContext.Unknown -> "unknown ${trigger.type}"
          else -> "unreachable"
        }
      }

    assertEquals(listOf("schedule at 2026-11-23T08:00Z", "manual", "unknown webhook"), triggers)
  }

  @Test
  fun theSuspendingViewsTakeRequestOptionsAsJavasServicesDo() = runBlocking {
    val id = "depl_01ExampleDeployment"
    server.stubFor(get(urlPathEqualTo("/v1/deployments/$id")).willReturn(okJson(Fixtures.deployment())))
    server.stubFor(get(urlPathEqualTo("/v1/deployment_runs")).willReturn(okJson(Fixtures.page(Fixtures.FAILED_RUN))))
    val traced = RequestOptions.defaults().withExtraHeader("x-trace", "kotlin-view")

    client.deployments.withOptions(traced).retrieve(id)
    client.deploymentRuns.withOptions(traced).list { deploymentId(id) }.collect {}
    client.deployments.retrieve(id)

    server.verify(2, anyRequestedFor(anyUrl()).withHeader("x-trace", equalTo("kotlin-view")))
    server.verify(3, anyRequestedFor(anyUrl()))
  }

  private fun describe(error: RunError?): String =
    when (error) {
      null -> "no error"
      is VaultArchivedRunError -> "vault archived: ${error.message}"
      is RunError.Unknown -> "unknown ${error.type}"
      else -> "other ${error.type}"
    }
}

enum class Nullness { NON_NULL, NULLABLE, PLATFORM }

/**
 * How Kotlin typed the expression [value] at compile time. A platform type (`String!`, from Java
 * without nullness annotations), here or in a type argument, is rendered with a `!`.
 */
inline fun <reified T> nullnessOf(@Suppress("UNUSED_PARAMETER") value: T): Nullness {
  val type = kotlin.reflect.typeOf<T>()
  return when {
    type.toString().contains('!') -> Nullness.PLATFORM
    type.isMarkedNullable -> Nullness.NULLABLE
    else -> Nullness.NON_NULL
  }
}
