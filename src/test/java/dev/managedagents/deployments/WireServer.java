package dev.managedagents.deployments;

import dev.managedagents.deployments.FleetServer.Received;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A {@link Fleet} server started by a {@link Wire}, and the clients that reach it: its address
 * goes through the {@link LatencyProxy} when there is one. Everything else (what was received and
 * processed, connections) is the server's own.
 */
final class WireServer implements Fleet {
  private final Wire wire;
  private final Fleet server;
  private final LatencyProxy proxy;
  private OkHttpClient okHttp;

  WireServer(Wire wire, Fleet server, LatencyProxy proxy) {
    this.wire = wire;
    this.server = server;
    this.proxy = proxy;
  }

  Wire wire() {
    return wire;
  }

  /** The server itself, for what only one wire has, such as {@link H2FleetServer#streamsRefusedOverLimit()}. */
  Fleet server() {
    return server;
  }

  /** The proxy in front of the server, or null without a round trip. */
  LatencyProxy proxy() {
    return proxy;
  }

  /**
   * An SDK client of this server built as {@link ReliabilitySupport#builder} builds one (waits
   * recorded, no jitter), so with the OkHttp client the SDK makes for itself: over TLS it trusts
   * the test root through the JVM's trust store.
   */
  DeploymentsClient.Builder builder(RecordingSleeper sleeper) {
    return ReliabilitySupport.builder(baseUrl(), sleeper);
  }

  /**
   * A plain OkHttp client of this server, trusting the test root, that retries nothing itself (so
   * a test sees each signal the server sent as OkHttp reports it) and allows 64 calls at once.
   * Made once; shut down by {@link #close}. Hand it to the SDK with {@code okHttpClient(...)} to
   * test that path.
   */
  synchronized OkHttpClient okHttp() {
    if (okHttp == null) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(64);
      okHttp =
          TestCertificates.trusting(new OkHttpClient.Builder())
              .dispatcher(dispatcher)
              .connectionPool(new ConnectionPool(64, 30, TimeUnit.SECONDS))
              .retryOnConnectionFailure(false)
              .followRedirects(false)
              .build();
    }
    return okHttp;
  }

  @Override
  public String baseUrl() {
    return (wire.tls ? "https" : "http") + "://127.0.0.1:" + port();
  }

  @Override
  public int port() {
    return proxy != null ? proxy.port() : server.port();
  }

  @Override
  public List<Received> received() {
    return server.received();
  }

  @Override
  public int connectionsAccepted() {
    return server.connectionsAccepted();
  }

  @Override
  public int openConnections() {
    return server.openConnections();
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (okHttp != null) {
        okHttp.dispatcher().cancelAll();
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
      }
    }
    try {
      if (proxy != null) {
        proxy.close();
      }
    } finally {
      server.close();
    }
  }

  @Override
  public String toString() {
    return wire + " at " + baseUrl();
  }
}
