package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A WireMock server and a client pointed at it, as one JUnit 5 extension: register it in a static
 * field with {@code @RegisterExtension} and call {@link #client()}. The client of {@link #create}
 * ignores the environment, never retries and serves the whole class; the one of {@link #retrying()}
 * is built for each test, waits on a fresh {@link RecordingSleeper} and has no jitter.
 */
final class StubbedApi extends WireMockExtension {
  private final UnaryOperator<DeploymentsClient.Builder> options;
  private final boolean perTest;
  private RecordingSleeper sleeper = new RecordingSleeper();
  private @Nullable DeploymentsClient client;

  private StubbedApi(UnaryOperator<DeploymentsClient.Builder> options, boolean perTest) {
    super(WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()));
    this.options = options;
    this.perTest = perTest;
  }

  /** One client for the class, built by {@link TestSupport#clientBuilder}. */
  static StubbedApi create() {
    return create(builder -> builder);
  }

  /**
   * One client for the class, built by {@link TestSupport#clientBuilder} and then {@code options}.
   */
  static StubbedApi create(UnaryOperator<DeploymentsClient.Builder> options) {
    return new StubbedApi(options, false);
  }

  /** The workspace and extra beta that {@link TestSupport#assertStandardHeaders} expects. */
  static StubbedApi withStandardHeaders() {
    return create(
        builder -> builder.workspaceId(TestSupport.WORKSPACE_ID).addBeta(TestSupport.EXTRA_BETA));
  }

  /** A client per test that retries as configured, recording its waits instead of sleeping. */
  static StubbedApi retrying() {
    return new StubbedApi(builder -> builder, true);
  }

  /** The client of the running test. */
  DeploymentsClient client() {
    if (client == null) {
      throw new IllegalStateException("register StubbedApi in a static @RegisterExtension field");
    }
    return client;
  }

  /** What the client of {@link #retrying()} waited in this test. */
  RecordingSleeper sleeper() {
    return sleeper;
  }

  /**
   * A builder like the one of {@link #retrying()}'s client, for a test that needs other options.
   */
  DeploymentsClient.Builder builder() {
    return ReliabilitySupport.builder(ipBaseUrl(), sleeper);
  }

  /** A builder like {@link #builder()}'s for an address where nothing listens: connecting fails. */
  DeploymentsClient.Builder builderForClosedPort() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    return ReliabilitySupport.builder("http://127.0.0.1:" + closedPort, sleeper);
  }

  /** The server's address as {@link #retrying()} clients use it: an IP address, no name lookup. */
  String ipBaseUrl() {
    return "http://127.0.0.1:" + getPort();
  }

  @Override
  protected void onBeforeAll(WireMockRuntimeInfo info) {
    if (!perTest) {
      client = options.apply(TestSupport.clientBuilder(this)).build();
    }
  }

  @Override
  protected void onBeforeEach(WireMockRuntimeInfo info) {
    if (perTest) {
      sleeper = new RecordingSleeper();
      client = options.apply(builder()).build();
    }
  }

  @Override
  protected void onAfterEach(WireMockRuntimeInfo info) {
    if (perTest) {
      closeClient();
    }
  }

  @Override
  protected void onAfterAll(WireMockRuntimeInfo info) {
    if (!perTest) {
      closeClient();
    }
  }

  private void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
