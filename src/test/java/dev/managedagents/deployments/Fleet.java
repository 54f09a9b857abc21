package dev.managedagents.deployments;

import dev.managedagents.deployments.FleetServer.Received;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A misbehaving test server, whatever its wire: {@link FleetServer} (HTTP/1.1, cleartext or TLS)
 * or {@link H2FleetServer} (HTTP/2 over TLS). Both answer through the same {@link
 * FleetServer.Handler} and {@link FleetServer.Reply}, so one test body runs against either; see
 * {@link Wire} to start one.
 */
interface Fleet extends Closeable {
  /** Where clients connect, such as {@code https://127.0.0.1:4711}. */
  String baseUrl();

  int port();

  /** Every request that arrived whole, in order of arrival, processed or not. */
  List<Received> received();

  /**
   * The requests the server acted on: all that arrived whole except those it told the client it
   * never processed ({@code RST_STREAM REFUSED_STREAM}, or a {@code GOAWAY} below their stream).
   * A write that appears here twice was performed twice.
   */
  default List<Received> processed() {
    return received().stream().filter(Received::processed).collect(Collectors.toList());
  }

  /** How many requests arrived whole for {@code route}, such as {@code POST /v1/deployments}. */
  default long count(String route) {
    return received().stream().filter(r -> r.route().equals(route)).count();
  }

  /** How many requests for {@code route} the server acted on. */
  default long processedCount(String route) {
    return processed().stream().filter(r -> r.route().equals(route)).count();
  }

  int connectionsAccepted();

  /** Connections the server still holds open: a client that let go of all has none left here. */
  int openConnections();

  /** How a server ends a connection that stayed idle past its idle timeout. */
  enum IdleClose {
    /** HTTP/2: a {@code GOAWAY} naming the last stream processed, then close. HTTP/1.1: as CLOSE. */
    GOAWAY,
    /** Close without a word (over TLS with {@code close_notify}), as a load balancer does. */
    CLOSE,
    /** Reset the TCP connection (RST), with no TLS {@code close_notify} either. */
    RESET
  }

  /**
   * How a fleet server treats its connections. Immutable; each setter returns a copy. Settings a
   * wire has no use for are ignored there ({@code maxConcurrentStreams} over HTTP/1.1).
   */
  final class Options {
    final Duration idleTimeout;
    final IdleClose idleClose;
    final int maxRequestsPerConnection;
    final int maxConcurrentStreams;
    final Duration roundTrip;
    final boolean chargeTcpHandshake;

    private Options(
        Duration idleTimeout,
        IdleClose idleClose,
        int maxRequestsPerConnection,
        int maxConcurrentStreams,
        Duration roundTrip,
        boolean chargeTcpHandshake) {
      this.idleTimeout = idleTimeout;
      this.idleClose = idleClose;
      this.maxRequestsPerConnection = maxRequestsPerConnection;
      this.maxConcurrentStreams = maxConcurrentStreams;
      this.roundTrip = roundTrip;
      this.chargeTcpHandshake = chargeTcpHandshake;
    }

    /** Connections kept open for as long as the client likes, any number of requests, no delay. */
    static Options defaults() {
      return new Options(Duration.ZERO, IdleClose.CLOSE, 0, 0, Duration.ZERO, false);
    }

    /**
     * How long a connection may stay without a request in flight, once it has carried one, before
     * the server ends it (0: never). A new connection is not idle: servers give the first request a
     * timeout of its own, and a TLS handshake on a busy machine can outlast a short idle timeout.
     */
    Options idleTimeout(Duration idleTimeout) {
      return new Options(idleTimeout, idleClose, maxRequestsPerConnection, maxConcurrentStreams, roundTrip, chargeTcpHandshake);
    }

    /** How the idle timeout ends a connection. Default {@link IdleClose#CLOSE}. */
    Options idleClose(IdleClose idleClose) {
      return new Options(idleTimeout, idleClose, maxRequestsPerConnection, maxConcurrentStreams, roundTrip, chargeTcpHandshake);
    }

    /**
     * After this many requests a connection ends (0: never). HTTP/1.1: closed after the last
     * answer, unannounced. HTTP/2: a {@code GOAWAY} naming the last stream as soon as it arrives,
     * then close once its streams are answered.
     */
    Options maxRequestsPerConnection(int max) {
      return new Options(idleTimeout, idleClose, max, maxConcurrentStreams, roundTrip, chargeTcpHandshake);
    }

    /** HTTP/2's {@code SETTINGS_MAX_CONCURRENT_STREAMS} (0: no limit); streams over it are refused. */
    Options maxConcurrentStreams(int max) {
      return new Options(idleTimeout, idleClose, maxRequestsPerConnection, max, roundTrip, chargeTcpHandshake);
    }

    /**
     * Puts a {@link LatencyProxy} in front of the server that adds this round trip to every
     * exchange of bytes (0: none). Used by {@link Wire}; the servers themselves ignore it.
     */
    Options roundTrip(Duration roundTrip) {
      return new Options(idleTimeout, idleClose, maxRequestsPerConnection, maxConcurrentStreams, roundTrip, chargeTcpHandshake);
    }

    /**
     * With a round trip: whether opening a TCP connection costs one too, as on a real network (on
     * loopback the connect itself is instant, so the proxy delays the client's first bytes).
     */
    Options chargeTcpHandshake(boolean charge) {
      return new Options(idleTimeout, idleClose, maxRequestsPerConnection, maxConcurrentStreams, roundTrip, charge);
    }

    @Override
    public String toString() {
      return "idle " + idleTimeout.toMillis() + " ms (" + idleClose + "), max requests " + maxRequestsPerConnection
          + ", max streams " + maxConcurrentStreams + ", round trip " + roundTrip.toMillis() + " ms"
          + (chargeTcpHandshake ? " (connect too)" : "");
    }
  }

  /** Waits until {@code condition} holds or {@code timeout} passes; returns whether it held. */
  static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
    return FleetServer.await(condition, timeout);
  }
}
