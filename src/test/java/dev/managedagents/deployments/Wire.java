package dev.managedagents.deployments;

import java.io.IOException;
import okhttp3.Protocol;

/**
 * The wires a test can run on: each starts the right {@link Fleet} server for a handler, behind a
 * {@link LatencyProxy} when the options ask for a round trip.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(Wire.class)
 * void aCreateIsPerformedOnce(Wire wire) throws Exception {
 *   try (WireServer server = wire.start(Fleet.Options.defaults().roundTrip(Duration.ofMillis(20)), handler);
 *       DeploymentsClient client = server.builder(sleeper).build()) {
 *     client.deployments().create(params);
 *     assertEquals(1, server.processedCount("POST /v1/deployments"));
 *   }
 * }
 * }</pre>
 */
enum Wire {
  /** HTTP/1.1 without TLS: what the suite ran on before issue 18. */
  CLEARTEXT_HTTP_1_1(false, Protocol.HTTP_1_1),
  /** HTTP/1.1 over TLS, the server offering only {@code http/1.1} by ALPN. */
  TLS_HTTP_1_1(true, Protocol.HTTP_1_1),
  /** HTTP/2 over TLS, the server offering only {@code h2} by ALPN. */
  TLS_HTTP_2(true, Protocol.HTTP_2);

  final boolean tls;
  /** What a client that offers both ends up speaking. */
  final Protocol protocol;

  Wire(boolean tls, Protocol protocol) {
    this.tls = tls;
    this.protocol = protocol;
  }

  boolean isHttp2() {
    return protocol == Protocol.HTTP_2;
  }

  WireServer start(FleetServer.Handler handler) throws IOException {
    return start(Fleet.Options.defaults(), handler);
  }

  /**
   * Starts this wire's server with {@code options}. Over TLS, the JVM's clients are made to trust
   * the test root first (see {@link TestCertificates#trustJvmWide()}), so that {@link
   * WireServer#builder} builds the SDK exactly as a user's code would.
   */
  WireServer start(Fleet.Options options, FleetServer.Handler handler) throws IOException {
    Fleet server;
    switch (this) {
      case CLEARTEXT_HTTP_1_1:
        server = new FleetServer(options, null, handler);
        break;
      case TLS_HTTP_1_1:
        TestCertificates.trustJvmWide();
        server = new FleetServer(options, TestCertificates.serverContext(), handler);
        break;
      case TLS_HTTP_2:
        TestCertificates.trustJvmWide();
        server = new H2FleetServer(options, TestCertificates.serverContext(), handler);
        break;
      default:
        throw new AssertionError(this);
    }
    LatencyProxy proxy = null;
    try {
      if (!options.roundTrip.isZero()) {
        proxy = new LatencyProxy(server.port(), options.roundTrip, options.chargeTcpHandshake);
      }
    } catch (IOException e) {
      server.close();
      throw e;
    }
    return new WireServer(this, server, proxy);
  }
}
