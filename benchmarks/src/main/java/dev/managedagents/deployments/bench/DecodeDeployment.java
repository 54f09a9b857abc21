package dev.managedagents.deployments.bench;

import com.anthropic.models.beta.deployments.BetaManagedAgentsDeployment;
import dev.managedagents.deployments.model.Deployment;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (1) Decode one deployment with every field and union variant set, from its bytes, with the
 * properties of every object in each key order.
 */
@State(Scope.Benchmark)
public class DecodeDeployment {
  @Param({"type-first", "type-last", "sorted"})
  public String keyOrder;

  private byte[] json;

  @Setup
  public void check() throws IOException {
    json = Fixtures.deployment(keyOrder);
    Fixtures.require(Codecs.sdkDeployment(json).getInitialEvents().size() == 4, "SDK decode");
    Fixtures.require(Codecs.officialDeployment(json).initialEvents().size() == 4, "official decode");
  }

  @Benchmark
  public Deployment sdk() {
    return Codecs.sdkDeployment(json);
  }

  @Benchmark
  public BetaManagedAgentsDeployment official() throws IOException {
    return Codecs.officialDeployment(json);
  }

  @Benchmark
  public int floor() throws IOException {
    return Codecs.skip(json);
  }
}
