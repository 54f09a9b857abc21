package example.android;

import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.model.Deployment;

/**
 * An app that only retrieves a deployment, for AndroidToolsIT: after R8 it must keep few of the
 * SDK's classes, none of those only creating, updating or running needs.
 */
public final class RetrieveOnlyApp {
  private RetrieveOnlyApp() {}

  public static void main(String[] args) {
    try (DeploymentsClient client =
        DeploymentsClient.builder().apiKey(args[1]).baseUrl(args[0]).build()) {
      Deployment deployment = client.deployments().retrieve(args[2]);
      System.out.println(deployment.getName() + " " + deployment.getStatus());
    }
  }
}
