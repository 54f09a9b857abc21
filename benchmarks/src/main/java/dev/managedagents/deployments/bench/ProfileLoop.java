package dev.managedagents.deployments.bench;

import java.util.concurrent.Callable;

/**
 * Runs one operation in a loop for a while, to be profiled from outside (./run profile NAME starts it
 * under JFR). NAME is one of decode-deployment, decode-page, encode-create, retrieve, list-100;
 * CLIENT is sdk or official, or floor for retrieve and list-100; then the seconds to run, and for
 * the decodes the key order (type-first unless named).
 */
public final class ProfileLoop {
  private ProfileLoop() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    String client = args[1];
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 20;
    String order = args.length > 3 ? args[3] : "type-first";
    boolean sdk = client.equals("sdk");
    Callable<Object> operation;
    switch (name) {
      case "decode-deployment":
        byte[] deployment = Fixtures.deployment(order);
        operation = sdk ? () -> Codecs.sdkDeployment(deployment) : () -> Codecs.officialDeployment(deployment);
        break;
      case "decode-page":
        byte[] page = Fixtures.page(order);
        operation = sdk ? () -> Codecs.sdkPage(page) : () -> Codecs.officialPage(page);
        break;
      case "encode-create":
        Object params = sdk ? Codecs.sdkCreateParams() : Codecs.officialCreateParams();
        operation =
            sdk
                ? () -> Codecs.sdkEncode((dev.managedagents.deployments.model.CreateDeploymentParams) params)
                : () -> Codecs.officialEncode((com.anthropic.models.beta.deployments.DeploymentCreateParams) params);
        break;
      case "retrieve":
      case "list-100":
        LoopbackServer server = LoopbackServer.start();
        Clients clients = new Clients(server.baseUrl());
        boolean one = name.equals("retrieve");
        operation =
            client.equals("floor")
                ? (one ? clients::plainRetrieve : clients::plainList)
                : sdk ? (one ? clients::sdkRetrieve : clients::sdkList) : (one ? clients::officialRetrieve : clients::officialList);
        break;
      default:
        throw new IllegalArgumentException("Unknown operation " + name);
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long count = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      sink += System.identityHashCode(operation.call());
      count++;
    }
    System.out.println(name + " " + client + ": " + count + " operations in " + seconds + " s (" + (sink & 1) + ")");
    // HTTP clients' threads would keep the JVM alive.
    System.exit(0);
  }
}
