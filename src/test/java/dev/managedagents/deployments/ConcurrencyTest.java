package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.managedagents.deployments.model.DeploymentRun;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One client shared by many threads: every call answers correctly, and closing the client leaves
 * no thread or connection of its own behind, while a caller's OkHttp client keeps running.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 2_000;

  private static HttpServer server;
  private static ExecutorService serverThreads;
  private static final AtomicInteger served = new AtomicInteger();

  @BeforeAll
  static void startServer() throws IOException {
    // Without it the JDK server waits for Nagle's algorithm on every keep-alive answer.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    String deployment = fixture("deployment-minimal.json");
    byte[] run = fixture("deployment-run-ok.json").getBytes(StandardCharsets.UTF_8);
    byte[] page = fixture("deployment-page.json").getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          served.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          byte[] body;
          if (path.equals("/v1/deployments")) {
            body = page;
          } else if (path.endsWith("/run")) {
            body = run;
          } else {
            // Echo the ID, so that each caller can check it got its own answer.
            String id = path.substring(path.lastIndexOf('/') + 1);
            body = deployment.replace("depl_01ExampleMin", id).getBytes(StandardCharsets.UTF_8);
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    serverThreads = Executors.newFixedThreadPool(THREADS + 4);
    server.setExecutor(serverThreads);
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private static String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static Set<Thread> threads() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  /**
   * Threads named by OkHttp that are not the process-wide ones every OkHttp client shares (the idle
   * task runner and Okio's watchdog, which end on their own after a minute idle).
   */
  private static List<String> okHttpThreadsStartedSince(Set<Thread> before) {
    List<String> names = new ArrayList<>();
    for (Thread thread : threads()) {
      String name = thread.getName();
      if (!before.contains(thread)
          && thread.isAlive()
          && (name.startsWith("OkHttp") || name.contains("okhttp"))
          && !name.equals("OkHttp TaskRunner")
          && !name.equals("Okio Watchdog")) {
        names.add(name);
      }
    }
    return names;
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void sixteenThreadsShareOneClient_withoutFailuresOrLeftovers() throws Exception {
    Set<Thread> before = threads();
    DeploymentsClient client = DeploymentsClient.builder().apiKey("sk-test").baseUrl(baseUrl()).build();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> callers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread caller =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                  String id = "depl_t" + thread + "_" + i;
                  try {
                    switch (i % 4) {
                      case 0:
                        check(id, client.deployments().retrieve(id).getId());
                        break;
                      case 1:
                        check(id, client.deployments().retrieveAsync(id).join().getId());
                        break;
                      case 2:
                        DeploymentRun run = client.deployments().run(id);
                        check("drun_01ExampleRunOk", run.getId());
                        break;
                      default:
                        check("2", String.valueOf(client.deployments().list().getData().size()));
                    }
                    calls.incrementAndGet();
                  } catch (Throwable e) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, e);
                  }
                }
              },
              "caller-" + t);
      caller.start();
      callers.add(caller);
    }
    long started = System.nanoTime();
    start.countDown();
    for (Thread caller : callers) {
      caller.join();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    int pooled = TestSupport.httpClient(client).connectionPool().connectionCount();
    List<String> whileOpen = okHttpThreadsStartedSince(before);

    client.close();
    assertTrue(
        TestSupport.httpClient(client).dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS),
        "the dispatcher's threads end");
    List<String> leftover = waitForOkHttpThreadsToEnd(before);

    System.out.printf(
        "ConcurrencyTest: %d calls (%d threads x %d) through one client in %d ms, %.0f calls/s;"
            + " %d failures; %d pooled connections and %d OkHttp threads before close(), %d"
            + " connections and %s threads after%n",
        calls.get(), THREADS, CALLS_PER_THREAD, millis, calls.get() * 1000.0 / millis,
        failures.get(), pooled, whileOpen.size(),
        TestSupport.httpClient(client).connectionPool().connectionCount(), leftover);
    if (firstFailure.get() != null) {
      throw new AssertionError(failures.get() + " calls failed; the first:", firstFailure.get());
    }
    assertEquals(THREADS * CALLS_PER_THREAD, calls.get());
    assertTrue(served.get() >= THREADS * CALLS_PER_THREAD);
    assertFalse(whileOpen.isEmpty(), "async calls ran on the client's dispatcher threads");
    assertEquals(0, TestSupport.httpClient(client).connectionPool().connectionCount());
    assertEquals(0, TestSupport.httpClient(client).connectionPool().idleConnectionCount());
    assertEquals(Collections.emptyList(), leftover);
    assertThrows(IllegalStateException.class, () -> client.deployments().retrieve("depl_01"));
    assertThrows(
        IllegalStateException.class,
        () -> FaultInjectionTest.join(client.deployments().retrieveAsync("depl_01")));
  }

  private static List<String> waitForOkHttpThreadsToEnd(Set<Thread> before)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<String> left = okHttpThreadsStartedSince(before);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      left = okHttpThreadsStartedSince(before);
    }
    return left;
  }

  private static void check(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError("expected " + expected + " but got " + actual);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void closingAClientBuiltOnTheCallersOkHttpClient_leavesThatClientRunning() throws Exception {
    OkHttpClient callers = new OkHttpClient.Builder().build();
    try {
      DeploymentsClient client =
          DeploymentsClient.builder().apiKey("sk-test").baseUrl(baseUrl()).okHttpClient(callers).build();
      client.deployments().retrieveAsync("depl_before").join();
      client.deployments().retrieve("depl_before");

      client.close();
      client.close();

      assertFalse(callers.dispatcher().executorService().isShutdown());
      assertThrows(IllegalStateException.class, () -> client.deployments().retrieve("depl_after"));
      try (Response response =
          callers.newCall(new Request.Builder().url(baseUrl() + "/v1/deployments/x").build()).execute()) {
        assertEquals(200, response.code());
      }
      // The shared pool still holds the connections the caller's client can reuse.
      assertTrue(callers.connectionPool().connectionCount() > 0);
    } finally {
      callers.dispatcher().executorService().shutdown();
      callers.connectionPool().evictAll();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @SuppressWarnings("try") // Closes the client inside its try on purpose: views fail after close.
  void perCallOptionViews_shareTheClientsConnectionsAndThreads() {
    try (DeploymentsClient client =
        DeploymentsClient.builder().apiKey("sk-test").baseUrl(baseUrl()).build()) {
      Deployments view =
          client.deployments().withOptions(RequestOptions.defaults().withMaxRetries(0));
      view.retrieve("depl_view");
      client.deployments().retrieve("depl_main");

      assertEquals(1, TestSupport.httpClient(client).connectionPool().connectionCount());
      client.close();
      assertThrows(IllegalStateException.class, () -> view.retrieve("depl_view"));
      assertEquals(0, TestSupport.httpClient(client).connectionPool().connectionCount());
    }
  }
}
