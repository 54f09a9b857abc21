package example.kotlinapp

import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.NotFoundException
import dev.managedagents.deployments.kotlin.DeploymentsJson
import dev.managedagents.deployments.kotlin.agent
import dev.managedagents.deployments.kotlin.branch
import dev.managedagents.deployments.kotlin.createDeploymentParams
import dev.managedagents.deployments.kotlin.cronSchedule
import dev.managedagents.deployments.kotlin.deploymentRuns
import dev.managedagents.deployments.kotlin.deployments
import dev.managedagents.deployments.kotlin.fold
import dev.managedagents.deployments.kotlin.githubRepository
import dev.managedagents.deployments.kotlin.resources
import dev.managedagents.deployments.kotlin.userMessage
import dev.managedagents.deployments.model.CreateDeploymentParams
import dev.managedagents.deployments.model.Deployment
import dev.managedagents.deployments.model.DeploymentStatus
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam
import dev.managedagents.deployments.model.InitialEventParam
import dev.managedagents.deployments.model.PausedReason
import dev.managedagents.deployments.model.RunError
import dev.managedagents.deployments.model.VaultArchivedRunError
import dev.managedagents.deployments.testing.LocalDeploymentsServer
import java.io.InputStream
import java.net.ServerSocket
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * The Kotlin artifact (deployments-sdk-kotlin) as an app outside the SDK's packages uses it, against
 * the local server: every operation as a suspend function or Flow, requests built with the DSL and
 * its shortcuts, unions branched with fold, JSON read with reified types.
 */
class KotlinArtifactTest {
    private val server = LocalDeploymentsServer.start()
    private val client =
        DeploymentsClient.builder().apiKey(server.apiKey()).baseUrl(server.baseUrl()).maxRetries(0).build()

    @AfterEach
    fun close() {
        client.close()
        server.close()
    }

    private fun weeklyReport(name: String = "weekly-report", mountPath: String? = null): CreateDeploymentParams =
        createDeploymentParams(
            agent = agent("agent_01Example9AgentId"),
            environmentId = "env_01Example9EnvId",
            initialEvents = listOf<InitialEventParam>(userMessage("Write the weekly report.")),
            name = name,
        ) {
            // A nullable value goes straight into an optional setter: null leaves the property out.
            description(null as String?)
            resources(
                githubRepository("https://github.com/example/reports", "ghp_example") {
                    checkout(branch("main"))
                    mountPath(mountPath)
                },
            )
            schedule(cronSchedule("0 9 * * 1", "Europe/Berlin"))
            putMetadata("team", "finance")
        }

    @Test
    fun everyOperationAsSuspendFunctionsAndFlows() = runBlocking {
        val created = client.deployments.create(weeklyReport())
        assertEquals("weekly-report", created.name)
        assertEquals(mapOf("team" to "finance"), created.metadata)
        assertEquals("agent_01Example9AgentId", created.agent.id)

        val retrieved = client.deployments.retrieve(created.id)
        assertEquals(created.id, retrieved.id)

        val updated = client.deployments.update(created.id) {
            description("Writes the report")
            putMetadata("team", null)
        }
        assertEquals("Writes the report", updated.description)
        assertEquals(emptyMap<String, String>(), updated.metadata)

        val paused = client.deployments.pause(created.id)
        assertEquals(DeploymentStatus.PAUSED, paused.status)
        assertEquals("manual", paused.pausedReason?.let(::describe))

        assertEquals(DeploymentStatus.ACTIVE, client.deployments.unpause(created.id).status)

        val run = client.deployments.run(created.id)
        assertEquals(created.id, run.deploymentId)
        assertEquals("manual", run.triggerContext.fold(manual = { "manual" }, schedule = { "schedule" }, unknown = { it.type }))

        server.failNextRuns(1, VaultArchivedRunError.builder().message("Vault vlt_01Example is archived.").build())
        val failed = client.deployments.run(created.id)
        assertEquals("vault archived: Vault vlt_01Example is archived.", failed.error?.let(::describe))

        val runs = client.deploymentRuns.list { deploymentId(created.id) }.toList()
        assertEquals(listOf(failed.id, run.id), runs.map { it.id })
        assertEquals(failed.id, client.deploymentRuns.retrieve(failed.id).id)

        val archived = client.deployments.archive(created.id)
        assertTrue(archived.archivedAt != null)

        val notFound = assertThrows<NotFoundException> { runBlocking { client.deployments.retrieve("depl_missing") } }
        assertEquals("not_found_error", notFound.errorType)
    }

    @Test
    fun aFlowFetchesPagesOnlyAsTheCollectorReachesThem() = runBlocking {
        val ids = (1..3).map { client.deployments.create(weeklyReport("report-$it")).id }
        val before = server.requestCount()

        val firstTwo = client.deployments.list { limit(1) }.take(2).map { it.id }.toList()
        assertEquals(ids.reversed().take(2), firstTwo)
        assertEquals(before + 2, server.requestCount(), "two pages of one, and not the third")

        assertEquals(ids.reversed(), client.deployments.list { limit(1) }.map { it.id }.toList())
        assertEquals(setOf("report-1", "report-2", "report-3"), client.deployments.list().toList().map { it.name }.toSet())
    }

    @Test
    fun aNullOptionalValueLeavesThePropertyOut() {
        val resource = weeklyReport(mountPath = null).resources!!.single() as GitHubRepositoryResourceParam

        assertNull(resource.mountPath)
        assertFalse(DeploymentsJson.toJson(resource).contains("mount_path"), DeploymentsJson.toJson(resource))
        assertTrue(DeploymentsJson.toJson(weeklyReport(mountPath = "/w")).contains("\"mount_path\":\"/w\""))
    }

    @Test
    fun reifiedJsonReadsModelsAndUnions() = runBlocking {
        val created = client.deployments.create(weeklyReport())

        val json = DeploymentsJson.toJson(created)
        assertEquals(created, DeploymentsJson.fromJson<Deployment>(json))
        assertEquals(created, DeploymentsJson.fromJson<Deployment>(json.toByteArray()))

        val reason = DeploymentsJson.fromJson<PausedReason>("""{"type":"error","error":{"type":"vault_archived_error"}}""")
        assertEquals("error: vault_archived_error", describe(reason))
        val future = DeploymentsJson.fromJson<PausedReason>("""{"type":"budget_exhausted"}""")
        assertEquals("unknown budget_exhausted", describe(future))
    }

    @Test
    fun cancellingTheCoroutineCancelsTheHttpCall() {
        // A server that reads the request and never answers: only the client can end the exchange.
        ServerSocket(0).use { silent ->
            val closed = CompletableFuture<Boolean>()
            Thread {
                silent.accept().use { socket ->
                    val input: InputStream = socket.getInputStream()
                    socket.soTimeout = 10_000
                    // read() returns -1 once the client closes the connection.
                    closed.complete(runCatching { drain(input) }.isSuccess)
                }
            }.apply { isDaemon = true }.start()
            DeploymentsClient.builder().apiKey("sk-test").baseUrl("http://127.0.0.1:${silent.localPort}").maxRetries(0).build().use { slow ->
                assertThrows<TimeoutCancellationException> {
                    runBlocking { withTimeout(300) { slow.deployments.retrieve("depl_01ExampleDeployment") } }
                }
            }
            assertTrue(closed.get(5, TimeUnit.SECONDS), "the client closed the connection when the coroutine was cancelled")
        }
    }

    private fun drain(input: InputStream) {
        while (input.read() != -1) {
            continue
        }
    }

    /** Every variant has its branch; the compiler rejects a fold that misses one. */
    private fun describe(reason: PausedReason): String =
        reason.fold(
            error = { "error: " + it.error.type },
            manual = { "manual" },
            unknown = { "unknown " + it.type },
        )

    private fun describe(error: RunError): String =
        error.fold(
            agentArchivedError = { "agent archived" },
            environmentArchivedError = { "environment archived" },
            environmentNotFoundError = { "environment not found" },
            fileNotFoundError = { "file not found" },
            mcpEgressBlockedError = { "MCP egress blocked" },
            memoryStoreArchivedError = { "memory store archived" },
            organizationDisabledError = { "organization disabled" },
            selfHostedResourcesUnsupportedError = { "self-hosted resources unsupported" },
            sessionCreationRejectedError = { "session creation rejected" },
            sessionRateLimitedError = { "session rate limited" },
            sessionResourceNotFoundError = { "session resource not found" },
            skillNotFoundError = { "skill not found" },
            unknownError = { "unknown error" },
            vaultArchivedError = { "vault archived: " + it.message },
            vaultNotFoundError = { "vault not found" },
            workspaceArchivedError = { "workspace archived" },
            unknown = { "unknown " + it.type },
        )
}
