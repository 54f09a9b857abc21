package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.TextBlock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link DeploymentsJson#fromJson(byte[], Class)}: UTF-8 bytes decode as their text does. */
class DeploymentsJsonBytesTest {

  @Test
  void bytesDecodeToTheSameDeploymentAsTheirText() {
    String json = fixture("deployment-active.json");

    Deployment fromBytes = DeploymentsJson.fromJson(json.getBytes(StandardCharsets.UTF_8), Deployment.class);

    assertEquals(DeploymentsJson.fromJson(json, Deployment.class), fromBytes);
  }

  @Test
  void bytesAreReadAsUtf8() {
    byte[] json = "{\"type\":\"text\",\"text\":\"Grüße, 世界 🌍\"}".getBytes(StandardCharsets.UTF_8);

    TextBlock block = DeploymentsJson.fromJson(json, TextBlock.class);

    assertEquals("Grüße, 世界 🌍", block.getText());
  }

  @Test
  void malformedBytesFailWithDecodeException() {
    byte[] json = "{\"type\":\"text\",".getBytes(StandardCharsets.UTF_8);

    assertThrows(DecodeException.class, () -> DeploymentsJson.fromJson(json, TextBlock.class));
  }
}
