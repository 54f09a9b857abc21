package example.kotlinapp

import dev.managedagents.deployments.testing.LocalDeploymentsServer
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** The README's Kotlin example does what it says against the local server. */
class KotlinReadmeTest {
    @Test
    fun theReadmeExampleRuns() {
        LocalDeploymentsServer.start().use { server ->
            val printed = runBlocking { readmeKotlinExample(server.apiKey(), server.baseUrl(), "ghp_example") }

            assertEquals(listOf("weekly-report is active", "weekly-report", "true"), printed)
        }
    }
}
