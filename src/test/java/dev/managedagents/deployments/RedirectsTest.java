package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.API_KEY;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Redirects, on every {@link Wire}: a read follows one on the same origin, with its key; a write
 * answered with one fails naming where it pointed, and nothing goes to another origin.
 */
class RedirectsTest {
  private final AtomicReference<FleetServer.Handler> handler = new AtomicReference<>();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private WireServer server;

  private DeploymentsClient start(Wire wire) throws Exception {
    server = wire.start(request -> handler.get().handle(request));
    return server.builder(sleeper).build();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void writesAnsweredWithARedirect_failNamingWhereItPointed_andAreNeverResentAsGet(Wire wire)
      throws Exception {
    try (DeploymentsClient client = start(wire);
        WireServer elsewhere = wire.start(r -> Reply.json(200, fixture("deployment-minimal.json")))) {
      handler.set(r -> Reply.redirect(302, "/v1/deployments/depl_moved"));
      ApiException update =
          assertThrows(
              ApiException.class,
              () -> client.deployments().update("depl_01", UpdateDeploymentParams.builder().name("n").build()));
      assertEquals(302, update.getStatus());
      assertTrue(update.getMessage().contains("/v1/deployments/depl_moved"), update.getMessage());

      handler.set(r -> Reply.redirect(303, "/v1/deployments/depl_moved"));
      assertThrows(ApiException.class, () -> client.deployments().archive("depl_01"));

      handler.set(r -> Reply.redirect(308, elsewhere.baseUrl() + "/v1/deployments/depl_01"));
      assertThrows(
          ApiException.class,
          () -> client.deployments().update("depl_01", UpdateDeploymentParams.builder().name("n").build()));
      assertThrows(ApiException.class, () -> client.deployments().retrieve("depl_01"));
      assertEquals(0, elsewhere.received().size(), "nothing, and no key, went to another origin");
    }
    for (FleetServer.Received r : server.received()) {
      assertFalse(r.method.equals("GET") && r.target.contains("depl_moved"), "a write was turned into a GET");
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aGetRedirectedOnTheSameOrigin_isFollowed(Wire wire) throws Exception {
    handler.set(
        r -> r.target.contains("depl_old")
            ? Reply.redirect(301, "/v1/deployments/depl_01ExampleMin")
            : Reply.json(200, fixture("deployment-minimal.json")));
    try (DeploymentsClient client = start(wire)) {
      assertEquals("depl_01ExampleMin", client.deployments().retrieve("depl_old").getId());
    }
    assertEquals(API_KEY, server.received().get(1).header("authorization").substring("Bearer ".length()));
  }
}
