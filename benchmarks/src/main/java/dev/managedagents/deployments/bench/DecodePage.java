package dev.managedagents.deployments.bench;

import com.anthropic.models.beta.deployments.DeploymentListPageResponse;
import dev.managedagents.deployments.model.DeploymentPage;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (2) Decode a list page of 100 deployments from its bytes, with the properties of every object in
 * each key order.
 */
@State(Scope.Benchmark)
public class DecodePage {
  @Param({"type-first", "type-last", "sorted"})
  public String keyOrder;

  private byte[] json;

  @Setup
  public void check() throws IOException {
    json = Fixtures.page(keyOrder);
    Fixtures.require(Codecs.sdkPage(json).getData().size() == Fixtures.PAGE_SIZE, "SDK decode");
    Fixtures.require(Codecs.officialPage(json).data().size() == Fixtures.PAGE_SIZE, "official decode");
  }

  @Benchmark
  public DeploymentPage sdk() {
    return Codecs.sdkPage(json);
  }

  @Benchmark
  public DeploymentListPageResponse official() throws IOException {
    return Codecs.officialPage(json);
  }

  @Benchmark
  public int floor() throws IOException {
    return Codecs.skip(json);
  }
}
