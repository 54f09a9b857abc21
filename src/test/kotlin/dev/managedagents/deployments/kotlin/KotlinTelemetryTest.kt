package dev.managedagents.deployments.kotlin

import com.github.tomakehurst.wiremock.client.WireMock.get
import com.github.tomakehurst.wiremock.client.WireMock.okJson
import com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig
import com.github.tomakehurst.wiremock.junit5.WireMockExtension
import dev.managedagents.deployments.DeploymentsClient
import dev.managedagents.deployments.opentelemetry.DeploymentsTelemetry
import io.opentelemetry.api.OpenTelemetry
import io.opentelemetry.api.trace.TracerProvider
import io.opentelemetry.context.propagation.ContextPropagators
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter
import io.opentelemetry.sdk.trace.SdkTracerProvider
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor
import kotlinx.coroutines.CoroutineName
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.RegisterExtension
import kotlin.coroutines.coroutineContext

/** Suspend calls keep the caller's span as their parent, and the coroutine keeps its context. */
class KotlinTelemetryTest {
  @JvmField
  @RegisterExtension
  val server: WireMockExtension = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build()

  @Test
  fun aSuspendCall_isAChildOfTheCallersSpan_andResumesInItsCoroutineContext() {
    server.stubFor(get(urlPathEqualTo("/v1/deployments/depl_01")).willReturn(okJson(Fixtures.deployment(id = "depl_01"))))
    val spans = InMemorySpanExporter.create()
    val tracing = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()
    val openTelemetry = object : OpenTelemetry {
      override fun getTracerProvider(): TracerProvider = tracing
      override fun getPropagators(): ContextPropagators = ContextPropagators.noop()
    }
    val parent = tracing.get("test").spanBuilder("caller").startSpan()
    DeploymentsClient.builder().apiKey("sk-test").baseUrl(server.baseUrl())
      .addCallListener(DeploymentsTelemetry.create(openTelemetry)).build().use { client ->
        runBlocking(CoroutineName("caller-coroutine")) {
          parent.makeCurrent().use {
            val (deployment, name) = withContext(CoroutineName("inner")) {
              client.deployments.retrieve("depl_01") to coroutineContext[CoroutineName]?.name
            }
            assertEquals("depl_01", deployment.id)
            assertEquals("inner", name)
            val (raw, stillNamed) = client.deployments().withResponseAsync { it.retrieveAsync("depl_01") }.await() to
              coroutineContext[CoroutineName]?.name
            assertEquals(200, raw.statusCode())
            assertEquals("caller-coroutine", stillNamed)
          }
        }
      }
    parent.end()
    val calls = spans.finishedSpanItems.filter { it.name == "retrieveDeployment" }
    assertEquals(2, calls.size)
    calls.forEach {
      assertEquals(parent.spanContext.spanId, it.parentSpanId)
      assertEquals(parent.spanContext.traceId, it.traceId)
    }
    tracing.close()
  }
}
