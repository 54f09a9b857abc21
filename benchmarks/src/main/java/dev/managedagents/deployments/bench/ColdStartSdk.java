package dev.managedagents.deployments.bench;

import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.model.Deployment;

/**
 * Cold start of this SDK: build a client, retrieve one deployment from the base URL in args[0],
 * print its ID. Runs on this SDK's runtime classpath alone; {@link Harness} times it.
 */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  public static void main(String[] args) {
    try (DeploymentsClient client =
        DeploymentsClient.builder().apiKey("sk-ant-benchmark-not-a-key").baseUrl(args[0]).build()) {
      Deployment deployment = client.deployments().retrieve("depl_011CZkZPx3nH8RvmQw2Ks7Te");
      System.out.println(deployment.getId() + " " + deployment.getInitialEvents().size());
    }
  }
}
