package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Responses with no end: an endless body, a 1 GB body, a gzip bomb. The test JVM runs with a heap of
 * 256 MB (see the surefire configuration), so reading any of them whole would end in an
 * OutOfMemoryError; each must fail the call cleanly, naming the limit, sync and async. On every
 * {@link Wire}: over HTTP/2 the body comes in DATA frames, the client's cancel is a stream reset.
 */
class ResponseBoundsTest {
  private static final String START = "{\"id\":\"depl_01\",\"type\":\"deployment\",\"name\":\"";
  private static final long ONE_GB = 1L << 30;

  private final AtomicReference<Reply> next = new AtomicReference<>();
  private WireServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private DeploymentsClient client(Wire wire, Reply reply) throws Exception {
    next.set(reply);
    server = wire.start(request -> next.get());
    return builder(server.baseUrl(), new RecordingSleeper()).timeout(Duration.ofSeconds(20)).build();
  }

  @Test
  void maxHeapIsSmallEnoughToProveTheBound() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024, "run with -Xmx256m");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anEndlessBody_failsNamingTheLimit(Wire wire) throws Exception {
    try (DeploymentsClient client = client(wire, Reply.endless(200, START, -1))) {
      assertTooLarge(() -> client.deployments().retrieve("depl_01"), 32L << 20);
      assertTooLarge(() -> join(client.deployments().retrieveAsync("depl_01")), 32L << 20);
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aOneGigabyteBody_failsNamingTheLimit(Wire wire) throws Exception {
    try (DeploymentsClient client = client(wire, Reply.endless(200, START, ONE_GB))) {
      assertTooLarge(() -> client.deployments().list(), 32L << 20);
      assertTooLarge(() -> join(client.deployments().listAsync()), 32L << 20);
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aGzipBomb_failsNamingTheLimitCountedAfterDecompression(Wire wire) throws Exception {
    try (DeploymentsClient client = client(wire, Reply.gzipBomb(START, ONE_GB))) {
      assertTooLarge(() -> client.deployments().retrieve("depl_01"), 32L << 20);
      assertTooLarge(() -> join(client.deployments().createAsync(ReliabilitySupport.minimalCreate())), 32L << 20);
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anEndlessErrorBody_isReadOnlyAsFarAsTheMessageNeeds(Wire wire) throws Exception {
    Reply reply =
        Reply.endless(500, "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"x", -1);
    try (DeploymentsClient client = client(wire, reply)) {
      // An error body is read only as far as its excerpt needs, however long it is.
      ApiException e =
          assertThrows(ApiException.class, () -> client.deployments().withOptions(RequestOptions.defaults().withMaxRetries(0)).retrieve("depl_01"));
      assertEquals(500, e.getStatus());
      assertTrue(e.getBodyExcerpt().length() <= 4_000, "bounded excerpt");
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theLimitIsASetting_atTheLimitPassesOneByteMoreFails(Wire wire) throws Exception {
    String body = fixture("deployment-minimal.json");
    int size = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    server = wire.start(request -> Reply.json(200, body));
    try (DeploymentsClient exact = builder(server.baseUrl(), new RecordingSleeper()).maxResponseSize(size).build();
        DeploymentsClient tight = builder(server.baseUrl(), new RecordingSleeper()).maxResponseSize(size - 1).build()) {
      assertEquals("depl_01ExampleMin", exact.deployments().retrieve("depl_01").getId());
      ResponseTooLargeException e =
          assertThrows(ResponseTooLargeException.class, () -> tight.deployments().retrieve("depl_01"));
      assertEquals(size - 1, e.getLimit());
    }
    assertThrows(ValidationException.class, () -> DeploymentsClient.builder().maxResponseSize(0));
  }

  private static void assertTooLarge(Runnable call, long limit) {
    long started = System.nanoTime();
    ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, call::run);
    assertEquals(limit, e.getLimit());
    assertTrue(e.getMessage().contains("33554432 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("maxResponseSize"), e.getMessage());
    assertTrue(
        System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20), "failed within the call timeout");
  }

  /** The future's value, or its failure as thrown; the future must complete. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      assertInstanceOf(DeploymentsException.class, e.getCause());
      throw (DeploymentsException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError("the future did not complete", e);
    }
  }
}
