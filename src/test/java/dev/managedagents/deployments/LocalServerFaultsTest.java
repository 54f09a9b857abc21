package dev.managedagents.deployments;

import static dev.managedagents.deployments.LocalServerFixture.minimalParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.testing.Fault;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults injected into the server, as the client's retries see them. */
class LocalServerFaultsTest {
  private final LocalServerFixture f = new LocalServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void rateLimitIsRetriedAfterTheServersRetryAfter() {
    Deployment created = f.deployments().create(minimalParams("d").build());
    f.server.failNext(1, Fault.rateLimited(Duration.ofMillis(1500)));
    int before = f.server.requestCount();

    assertEquals(created, f.deployments().retrieve(created.getId()));

    assertEquals(2, f.server.requestCount() - before);
    assertEquals(Collections.singletonList(Duration.ofMillis(1500)), f.retryWaits);
  }

  @Test
  void rateLimitedCreateIsRetriedBecauseNothingHappened() {
    f.server.failNext(1, Fault.rateLimited(Duration.ofMillis(10)));

    f.deployments().create(minimalParams("d").build());

    assertEquals(1, f.deployments().list().getData().size());
    assertEquals(1, f.retryWaits.size());
  }

  @Test
  void internalServerErrorsAreRetriedWithBackoff() {
    Deployment created = f.deployments().create(minimalParams("d").build());
    f.server.failNext(2, Fault.internalServerError());

    assertEquals(created, f.deployments().retrieve(created.getId()));

    assertEquals(2, f.retryWaits.size());
    assertTrue(f.retryWaits.get(1).compareTo(f.retryWaits.get(0)) > 0, "backoff grows: " + f.retryWaits);
  }

  @Test
  void overloadedBeyondTheRetryBudgetSurfacesAs529() {
    f.server.failNext(3, Fault.overloaded());
    int before = f.server.requestCount();

    InternalServerException failure =
        assertThrows(InternalServerException.class, () -> f.deployments().list());

    assertEquals(529, failure.getStatus());
    assertEquals("overloaded_error", failure.getErrorType());
    assertEquals(3, f.server.requestCount() - before, "the first attempt and two retries");
  }

  @Test
  void fewerRetriesPerCallWithRequestOptions() {
    f.server.failNext(1, Fault.overloaded());
    int before = f.server.requestCount();

    assertThrows(
        InternalServerException.class,
        () -> f.deployments().withOptions(RequestOptions.defaults().withMaxRetries(0)).list());

    assertEquals(1, f.server.requestCount() - before);
  }

  @Test
  void droppedConnectionOnARetrieveIsRetried() {
    Deployment created = f.deployments().create(minimalParams("d").build());
    f.server.failNext(1, Fault.dropConnection());
    int before = f.server.requestCount();

    assertEquals(created, f.deployments().retrieve(created.getId()));
    assertEquals(2, f.server.requestCount() - before, "sent again after the drop");
    // On the connection the create left in the pool, a drop before any answer cannot be told from
    // a connection the server closed while idle: a read is sent again at once, without a wait.
    assertTrue(f.retryWaits.isEmpty(), f.retryWaits.toString());
  }

  @Test
  void droppedConnectionOnACreateIsNotRetriedAndSaysItMayHaveHappened() {
    f.server.failNext(1, Fault.dropConnection());
    int before = f.server.requestCount();

    ConnectionException failure =
        assertThrows(ConnectionException.class, () -> f.deployments().create(minimalParams("d").build()));

    assertTrue(failure.isPossiblySent());
    assertEquals(1, f.server.requestCount() - before, "not resent");
    assertTrue(f.deployments().list().getData().isEmpty(), "this fault drops before acting");
  }

  @Test
  void droppedResponseAfterACreateLeavesTheDeploymentCreated() {
    f.server.failNext(1, Fault.dropResponse());

    assertThrows(ConnectionException.class, () -> f.deployments().create(minimalParams("d").build()));

    assertEquals(1, f.deployments().list().getData().size(), "created, though the client never heard");
  }

  @Test
  void droppedResponseAfterARunIsNotRetried() {
    Deployment created = f.deployments().create(minimalParams("d").build());
    f.server.failNext(1, Fault.dropResponse());

    assertThrows(ConnectionException.class, () -> f.deployments().run(created.getId()));

    assertEquals(1, f.runs().list().getData().size(), "exactly one run, not two");
  }

  @Test
  void anyErrorStatusCanBeInjected() {
    f.server.failNext(1, Fault.error(403, "permission_error", "Not in this workspace."));

    PermissionDeniedException failure =
        assertThrows(PermissionDeniedException.class, () -> f.deployments().list());

    assertTrue(failure.getMessage().contains("Not in this workspace."), failure.getMessage());
    assertTrue(failure.getRequestId().startsWith("req_"));
  }

  @Test
  void faultsQueueInOrder() {
    f.server.failNext(1, Fault.overloaded().withRetryAfter(Duration.ofMillis(20)));
    f.server.failNext(1, Fault.rateLimited(Duration.ofMillis(30)));

    f.deployments().list();

    assertEquals(Arrays.asList(Duration.ofMillis(20), Duration.ofMillis(30)), f.retryWaits);
  }

  @Test
  void conflictOfAnArchivedDeploymentIsFinalSoTheClientDoesNotRetryIt() {
    Deployment created = f.deployments().create(minimalParams("d").build());
    f.deployments().archive(created.getId());
    int before = f.server.requestCount();

    ConflictException refused = assertThrows(ConflictException.class, () -> f.deployments().pause(created.getId()));

    assertEquals(Collections.singletonList("false"), refused.getHeaders().get("x-should-retry"));
    assertEquals(1, f.server.requestCount() - before);
    assertTrue(f.retryWaits.isEmpty());
  }

  @Test
  void injectedConflictIsRetriedLikeAnyOther409() {
    Deployment created = f.deployments().create(minimalParams("d").build());
    f.server.failNext(1, Fault.error(409, "conflict_error", "Try again."));

    assertEquals(created, f.deployments().retrieve(created.getId()));
    assertEquals(1, f.retryWaits.size());
  }

  @Test
  void retryAfterHeadersAreSent() {
    f.server.failNext(1, Fault.rateLimited(Duration.ofMillis(1500)));

    LocalServerFixture.RawResponse response = f.raw("GET", "/v1/deployments", "");

    assertEquals(429, response.status);
    assertEquals("rate_limit_error", response.errorType());
    assertEquals("1500", response.headers.get("retry-after-ms"));
    assertEquals("2", response.headers.get("retry-after"), "whole seconds, rounded up");
  }
}
