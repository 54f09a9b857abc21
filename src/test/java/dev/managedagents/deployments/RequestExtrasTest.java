package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.RawJson;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Per-call extras for what the spec does not know yet: headers, query parameters, body properties.
 */
class RequestExtrasTest {
  private final FleetServer server;
  private final DeploymentsClient client;

  RequestExtrasTest() throws Exception {
    server =
        new FleetServer(
            Duration.ZERO,
            0,
            r ->
                Reply.json(
                    200,
                    fixture(
                        r.route().equals("GET /v1/deployments")
                            ? "deployment-page.json"
                            : "deployment-minimal.json")));
    client = builder(server.baseUrl(), new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  @Test
  void extraHeadersAndQueryParameters_areSentWithEveryRequest_andAddUp() {
    Deployments deployments =
        client
            .deployments()
            .withOptions(RequestOptions.defaults().withExtraHeader("x-trace-id", "trace-1"))
            .withOptions(RequestOptions.defaults().withExtraQueryParameter("region", "eu west"));
    deployments.list(ListDeploymentsParams.builder().limit(5).build());
    FleetServer.Received request = server.received().get(0);
    assertEquals("trace-1", request.header("x-trace-id"));
    assertEquals("/v1/deployments?limit=5&region=eu%20west", request.target);
  }

  @Test
  void anExtraBodyProperty_isAppendedToTheBody_keepingEveryByteOfIt() {
    String plain = DeploymentsJson.toJson(minimalCreate());
    client
        .deployments()
        .withOptions(
            RequestOptions.defaults()
                .withExtraBodyProperty("future_flag", RawJson.of("{\"a\":[1,2.50]}"))
                .withExtraBodyProperty("quote\"d", RawJson.of("true")))
        .create(minimalCreate());
    assertEquals(
        plain.substring(0, plain.length() - 1)
            + ",\"future_flag\":{\"a\":[1,2.50]},\"quote\\\"d\":true}",
        server.received().get(0).body());
  }

  @Test
  void clashesAndExtrasThatCannotBeSent_areRefusedBeforeSending() throws Exception {
    ValidationException managed =
        assertThrows(
            ValidationException.class,
            () -> RequestOptions.defaults().withExtraHeader("Anthropic-Beta", "x"));
    assertEquals("extraHeader", managed.getArgument());
    assertThrows(
        ValidationException.class,
        () -> RequestOptions.defaults().withExtraHeader("bad name", "x"));
    assertThrows(
        ValidationException.class, () -> RequestOptions.defaults().withExtraHeader("x-a", "é"));

    Deployments limited =
        client
            .deployments()
            .withOptions(RequestOptions.defaults().withExtraQueryParameter("limit", "7"));
    ValidationException query =
        assertThrows(
            ValidationException.class,
            () -> limited.list(ListDeploymentsParams.builder().limit(5).build()));
    assertEquals("extraQueryParameter limit", query.getArgument());
    // Not only when the call sets it too: a documented parameter goes through its params class,
    // whose checks an extra would skip (limit=7 is allowed, but so would be limit=100000).
    ValidationException unset =
        assertThrows(
            ValidationException.class, () -> limited.list(ListDeploymentsParams.builder().build()));
    assertEquals("extraQueryParameter limit", unset.getArgument());
    assertTrue(
        unset.getMessage().contains("is a parameter of listDeployments"), unset.getMessage());

    Deployments named =
        client
            .deployments()
            .withOptions(
                RequestOptions.defaults().withExtraBodyProperty("name", RawJson.of("\"x\"")));
    ValidationException body =
        assertThrows(ValidationException.class, () -> named.create(minimalCreate()));
    assertEquals("extraBodyProperty name", body.getArgument());
    ValidationException noBody =
        assertThrows(ValidationException.class, () -> named.run("depl_01"));
    assertTrue(noBody.getMessage().contains("runDeployment sends no body"), noBody.getMessage());
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> named.createAsync(minimalCreate()).get(5, TimeUnit.SECONDS));
    assertTrue(async.getCause() instanceof ValidationException);
    assertEquals(0, server.received().size(), "nothing was sent");
  }
}
