package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.API_KEY;
import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.RawJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets outside the masked messages: response headers, exception causes whose messages quote
 * response bytes, and unknown properties that echo a token.
 */
class SecretsBeyondMessagesTest {
  private static final String TOKEN = "ghp_canaryToken0123456789";

  @Test
  void responseHeaders_areMaskedInTheExceptionAndItsMessage() throws Exception {
    try (FleetServer server =
            new FleetServer(
                Duration.ZERO,
                0,
                r -> Reply.json(404, fixture("error-envelope.json"))
                    .header("Set-Cookie", "session=cookie-secret-value")
                    .header("x-echo", "Bearer " + API_KEY));
        DeploymentsClient client = builder(server.baseUrl(), new RecordingSleeper()).build()) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> client.deployments().retrieve("depl_01"));
      for (Map.Entry<String, List<String>> header : e.getHeaders().entrySet()) {
        assertNoSecret(header.getKey() + ": " + header.getValue(), "cookie-secret-value");
      }
      assertTrue(e.getHeaders().containsKey("set-cookie"), "the header is there, masked");
      assertNoSecret(e);
    }
  }

  @Test
  void aMalformedStatusLineQuotingTheKey_isMaskedInTheCause() throws Exception {
    try (FleetServer server = new FleetServer(Duration.ZERO, 0, r -> Reply.raw("HTTP/1.1 2x0 " + API_KEY + "\r\n\r\n"));
        DeploymentsClient client = builder(server.baseUrl(), new RecordingSleeper()).maxRetries(0).build()) {
      ConnectionException e = assertThrows(ConnectionException.class, () -> client.deployments().retrieve("depl_01"));
      assertNoSecret(e);
    }
  }

  @Test
  void aDecodeFailureQuotingAValue_isMaskedInTheCause() throws Exception {
    String body = fixture("deployment-minimal.json").replace("\"version\":2", "\"version\":\"" + API_KEY + "\"");
    try (FleetServer server = new FleetServer(Duration.ZERO, 0, r -> Reply.json(200, body));
        DeploymentsClient client = builder(server.baseUrl(), new RecordingSleeper()).build()) {
      DecodeException e = assertThrows(DecodeException.class, () -> client.deployments().retrieve("depl_01"));
      assertNoSecret(e);
    }
  }

  @Test
  void unknownPropertiesEchoingAToken_areMaskedInToString() {
    String json =
        fixture("deployment-minimal.json")
            .replaceFirst(
                "\\{",
                "{\"authorization_token\":\"" + TOKEN + "\",\"echo\":{\"nested\":[{\"authorization_token\":\"" + TOKEN + "\"}]},");
    Deployment deployment = DeploymentsJson.fromJson(json, Deployment.class);
    assertFalse(deployment.getAdditionalProperties().toString().contains(TOKEN), deployment.getAdditionalProperties().toString());
    assertFalse(deployment.toString().contains(TOKEN));
    RawJson echo = deployment.getAdditionalProperties().get("echo");
    assertFalse(echo.toString().contains(TOKEN), echo.toString());
    assertTrue(echo.getJson().contains(TOKEN), "the value itself is kept, and written back");
    assertTrue(DeploymentsJson.toJson(deployment).contains(TOKEN), "written back unchanged");
    assertFalse(RawJson.of("{\"authorization_token\":\"" + TOKEN + "\"}").toString().contains(TOKEN));
  }

  /** Neither the key nor {@code more} anywhere in the throwable, its causes or suppressed ones. */
  private static void assertNoSecret(Throwable e, String... more) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertNoSecret(t.toString(), more);
      for (Throwable suppressed : t.getSuppressed()) {
        assertNoSecret(suppressed, more);
      }
    }
  }

  private static void assertNoSecret(String text, String... more) {
    assertFalse(text.contains(API_KEY), text);
    assertFalse(text.contains(TOKEN), text);
    for (String secret : more) {
      assertFalse(text.contains(secret), text);
    }
  }
}
