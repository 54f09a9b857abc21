package dev.managedagents.deployments.bench;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.beta.deployments.BetaManagedAgentsDeployment;

/**
 * Cold start of the official client: build a client, retrieve one deployment from the base URL in
 * args[0], print its ID. Runs on the official client's runtime classpath alone; {@link Harness}
 * times it.
 */
public final class ColdStartOfficial {
  private ColdStartOfficial() {}

  public static void main(String[] args) {
    AnthropicClient client =
        AnthropicOkHttpClient.builder().apiKey("sk-ant-benchmark-not-a-key").baseUrl(args[0]).build();
    try {
      BetaManagedAgentsDeployment deployment =
          client.beta().deployments().retrieve("depl_011CZkZPx3nH8RvmQw2Ks7Te");
      System.out.println(deployment.id() + " " + deployment.initialEvents().size());
    } finally {
      client.close();
    }
  }
}
