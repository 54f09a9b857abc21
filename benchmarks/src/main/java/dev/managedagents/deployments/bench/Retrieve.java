package dev.managedagents.deployments.bench;

import com.anthropic.models.beta.deployments.BetaManagedAgentsDeployment;
import dev.managedagents.deployments.model.Deployment;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** (4) Retrieve one deployment from the loopback server; the floor is plain OkHttp and a skipValue() of the body. */
@State(Scope.Benchmark)
public class Retrieve {
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
  public Deployment sdk() {
    return clients.sdkRetrieve();
  }

  @Benchmark
  public BetaManagedAgentsDeployment official() {
    return clients.officialRetrieve();
  }

  @Benchmark
  public long floor() throws IOException {
    return clients.plainRetrieve();
  }
}
