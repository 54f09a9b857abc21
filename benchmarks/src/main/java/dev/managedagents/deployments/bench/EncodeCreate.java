package dev.managedagents.deployments.bench;

import com.anthropic.models.beta.deployments.DeploymentCreateParams;
import com.fasterxml.jackson.databind.JsonNode;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (3) Encode a create request with every field set, as each client writes the body it sends. Both
 * request objects are built once, from the same JSON; no floor: there is nothing simpler to write.
 */
@State(Scope.Benchmark)
public class EncodeCreate {
  private CreateDeploymentParams sdkParams;
  private DeploymentCreateParams officialParams;

  @Setup
  public void build() throws IOException {
    sdkParams = Codecs.sdkCreateParams();
    officialParams = Codecs.officialCreateParams();
    JsonNode expected = Codecs.OFFICIAL_MAPPER.readTree(Fixtures.CREATE_REQUEST);
    Fixtures.require(Codecs.OFFICIAL_MAPPER.readTree(sdk()).equals(expected), "SDK writes the request it read");
    Fixtures.require(Codecs.OFFICIAL_MAPPER.readTree(official()).equals(expected), "official client writes the request it read");
  }

  @Benchmark
  public String sdk() {
    return Codecs.sdkEncode(sdkParams);
  }

  @Benchmark
  public String official() throws IOException {
    return Codecs.officialEncode(officialParams);
  }
}
