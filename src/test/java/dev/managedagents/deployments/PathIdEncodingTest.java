package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.onlyRequest;
import static dev.managedagents.deployments.TestSupport.requests;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.UpdateDeploymentParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ID is always one path segment: characters that mean something in a URL are percent-encoded,
 * and IDs that could only name another path are refused before sending.
 */
class PathIdEncodingTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.create();

  @ParameterizedTest(name = "\"{0}\" is sent as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "depl_a/b        | depl_a%2Fb",
        "depl_a?b=c      | depl_a%3Fb=c",
        "depl_a#b        | depl_a%23b",
        "depl_100%       | depl_100%25",
        "depl_%2F        | depl_%252F",
        "'depl_a b'      | depl_a%20b",
        "depl_é          | depl_%C3%A9",
        "depl_日本        | depl_%E6%97%A5%E6%9C%AC",
        "...             | ...",
        "%2e%2e          | %252e%252e",
        "../../v1/admin  | ..%2F..%2Fv1%2Fadmin",
      })
  void idIsSentAsOnePercentEncodedSegment(String id, String segment) {
    respond(server, 200, fixture("deployment-paused.json"));

    server.client().deployments().retrieve(id);

    assertEquals("/v1/deployments/" + segment, onlyRequest(server).getUrl());
  }

  @Test
  void everyReservedCharacterAtOnceStaysInOneSegmentBeforeTheAction() {
    respond(server, 200, fixture("deployment-paused.json"));

    server.client().deployments().archive("a/b?c#d%e f\u00e9");

    assertEquals("/v1/deployments/a%2Fb%3Fc%23d%25e%20f%C3%A9/archive", onlyRequest(server).getUrl());
  }

  @Test
  void updateEncodesTheIdToo() {
    respond(server, 200, fixture("deployment-paused.json"));

    server.client().deployments().update("depl/1", UpdateDeploymentParams.builder().build());

    assertEquals("/v1/deployments/depl%2F1", onlyRequest(server).getUrl());
  }

  @Test
  void runIdIsEncodedAsOneSegment() {
    respond(server, 200, fixture("deployment-run-ok.json"));

    server.client().deploymentRuns().retrieve("drun_1/../../deployments");

    assertEquals("/v1/deployment_runs/drun_1%2F..%2F..%2Fdeployments", onlyRequest(server).getUrl());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"", " ", "\t", ".", "..", "depl_\n1"})
  void idThatCannotBeOneSegmentIsRefusedBeforeSending(String id) {
    ValidationException e = assertThrows(ValidationException.class, () -> server.client().deployments().retrieve(id));

    assertEquals("deployment_id", e.getArgument());
    assertTrue(requests(server).isEmpty(), "nothing is sent");
  }

  @Test
  void dotDotRunIdFailsTheAsyncFutureWithoutSending() {
    java.util.concurrent.ExecutionException failure =
        assertThrows(
            java.util.concurrent.ExecutionException.class,
            () -> server.client().deploymentRuns().retrieveAsync("..").get());

    ValidationException e = assertInstanceOf(ValidationException.class, failure.getCause());
    assertEquals("deployment_run_id", e.getArgument());
    assertTrue(requests(server).isEmpty(), "nothing is sent");
  }

  @Test
  void dotIdIsRefusedForActions() {
    assertThrows(ValidationException.class, () -> server.client().deployments().pause("."));
    assertThrows(ValidationException.class, () -> server.client().deployments().unpause(".."));
    assertThrows(ValidationException.class, () -> server.client().deployments().run(" "));
    assertThrows(
        ValidationException.class, () -> server.client().deployments().update("..", UpdateDeploymentParams.builder().build()));
    assertTrue(requests(server).isEmpty(), "nothing is sent");
  }
}
