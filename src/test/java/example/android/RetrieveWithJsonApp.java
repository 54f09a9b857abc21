package example.android;

import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.DeploymentsJson;
import dev.managedagents.deployments.model.Deployment;

/**
 * The retrieve-only app plus one JSON round trip of the deployment it read, for AndroidToolsIT: the
 * body methods of DeploymentsJson must keep only what the Deployment holds.
 */
public final class RetrieveWithJsonApp {
  private RetrieveWithJsonApp() {}

  public static void main(String[] args) {
    try (DeploymentsClient client =
        DeploymentsClient.builder().apiKey(args[1]).baseUrl(args[0]).build()) {
      Deployment deployment = client.deployments().retrieve(args[2]);
      String json = DeploymentsJson.bodyToJson(deployment);
      Deployment copy = DeploymentsJson.bodyFromJson(json, Deployment.class);
      System.out.println(copy.getName() + " " + copy.getStatus() + " " + copy.equals(deployment));
    }
  }
}
