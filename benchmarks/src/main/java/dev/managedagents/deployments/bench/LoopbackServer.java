package dev.managedagents.deployments.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 that answers with the fixtures: GET /v1/deployments/{id} with
 * {@link Fixtures#DEPLOYMENT} and GET /v1/deployments with {@link Fixtures#PAGE}.
 *
 * <p>Without {@code sun.net.httpserver.nodelay=true} the server writes headers and body in two
 * packets with Nagle's algorithm on, and every call waits about 40 ms for the client's delayed ACK.
 * The property is read once, when the server classes load, so it is set here before they do; the
 * JVM flag in ./run sets it too.
 */
final class LoopbackServer implements AutoCloseable {
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static LoopbackServer start() throws IOException {
    return start(0);
  }

  static LoopbackServer start(int port) throws IOException {
    ExecutorService executor = Executors.newFixedThreadPool(8, LoopbackServer::daemon);
    return start(port, executor, 0);
  }

  /**
   * A server for many calls in flight that answers each after {@code delayMillis} (standing in for
   * the API's own latency), with a thread per call so that no call waits for another.
   */
  static LoopbackServer startDelayed(int delayMillis) throws IOException {
    return start(0, Executors.newCachedThreadPool(LoopbackServer::daemon), delayMillis);
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "loopback-server");
    thread.setDaemon(true);
    return thread;
  }

  private static LoopbackServer start(int port, ExecutorService executor, int delayMillis)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
    server.setExecutor(executor);
    server.createContext("/v1/deployments", exchange -> handle(exchange, delayMillis));
    server.start();
    return new LoopbackServer(server, executor);
  }

  private static void handle(HttpExchange exchange, int delayMillis) throws IOException {
    try {
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      answer(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (RuntimeException | Error e) {
      // Answer at once so that the client fails now, not at its timeout.
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
      throw e;
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (InputStream request = exchange.getRequestBody()) {
      request.readAllBytes();
    }
    String path = exchange.getRequestURI().getRawPath();
    byte[] body;
    if (!"GET".equals(exchange.getRequestMethod())) {
      body = null;
    } else if (path.equals("/v1/deployments")) {
      body = Fixtures.PAGE;
    } else if (path.startsWith("/v1/deployments/") && path.indexOf('/', 16) < 0) {
      body = Fixtures.DEPLOYMENT;
    } else {
      body = null;
    }
    exchange.getResponseHeaders().set("content-type", "application/json");
    exchange.getResponseHeaders().set("request-id", "req_011CZkZBenchmark");
    if (body == null) {
      byte[] error =
          "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"Not found\"}}"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, error.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(error);
      }
      return;
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
