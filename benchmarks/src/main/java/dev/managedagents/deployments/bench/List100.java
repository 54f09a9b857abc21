package dev.managedagents.deployments.bench;

import com.anthropic.models.beta.deployments.DeploymentListPage;
import dev.managedagents.deployments.Page;
import dev.managedagents.deployments.model.Deployment;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** (5) List a page of 100 deployments from the loopback server; the floor is plain OkHttp and a skipValue() of the body. */
@State(Scope.Benchmark)
public class List100 {
  private LoopbackServer server;
  private Clients clients;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start();
    clients = new Clients(server.baseUrl());
    clients.check();
  }

  @TearDown(Level.Trial)
  public void stop() {
    clients.close();
    server.close();
  }

  @Benchmark
  public Page<Deployment> sdk() {
    return clients.sdkList();
  }

  @Benchmark
  public DeploymentListPage official() {
    return clients.officialList();
  }

  @Benchmark
  public long floor() throws IOException {
    return clients.plainList();
  }
}
