package dev.managedagents.deployments.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * (6) A service's load: many calls in flight against a loopback server that answers at once or
 * after 20 ms, the API's latency stood in for. Async: 64 calls kept in flight, a new one started as
 * each completes; sync: 16 threads calling in a loop. Retrieve and list-100, both clients in the
 * same run, each client built with its builder and nothing else (the SDK's defaults are what a
 * service gets). Measures throughput and the latency of every call completed in the measured window.
 *
 * <p>Arguments: OUT WARMUP_MS MEASURE_MS. Writes one line per case: delay, call, mode, client,
 * ops/s, p50 ms, p99 ms, calls, failed calls.
 */
public final class ServiceLoad {
  private static final int ASYNC_IN_FLIGHT = 64;
  private static final int SYNC_THREADS = 16;

  private ServiceLoad() {}

  public static void main(String[] args) throws Exception {
    long warmUpMillis = Long.parseLong(args[1]);
    long measureMillis = Long.parseLong(args[2]);
    StringBuilder out = new StringBuilder();
    for (int delay : new int[] {0, 20}) {
      try (LoopbackServer server = LoopbackServer.startDelayed(delay);
          Clients clients = new Clients(server.baseUrl())) {
        clients.check();
        for (String call : new String[] {"retrieve", "list-100"}) {
          for (String mode : new String[] {"async-64", "sync-16"}) {
            for (String client : new String[] {"sdk", "official"}) {
              Load load = load(clients, call, client);
              boolean async = mode.startsWith("async");
              run(load, async, warmUpMillis); // discarded: JIT, connections, pools
              Stats stats = run(load, async, measureMillis);
              String line =
                  String.format(
                      Locale.ROOT,
                      "%d %s %s %s %.1f %.3f %.3f %d %d",
                      delay, call, mode, client, stats.perSecond(), stats.percentile(0.50),
                      stats.percentile(0.99), stats.count, stats.failures);
              System.out.println(line);
              out.append(line).append('\n');
            }
          }
        }
      }
    }
    Files.write(Paths.get(args[0]), out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One call of one client, as a future (async) and as a blocking call (sync). */
  private static final class Load {
    final Supplier<CompletableFuture<?>> async;
    final Runnable sync;

    Load(Supplier<CompletableFuture<?>> async, Runnable sync) {
      this.async = async;
      this.sync = sync;
    }
  }

  private static Load load(Clients clients, String call, String client) {
    boolean retrieve = call.equals("retrieve");
    if (client.equals("sdk")) {
      return retrieve
          ? new Load(() -> clients.sdk.deployments().retrieveAsync(Fixtures.DEPLOYMENT_ID), clients::sdkRetrieve)
          : new Load(() -> clients.sdk.deployments().listAsync(clients.sdkList), clients::sdkList);
    }
    return retrieve
        ? new Load(() -> clients.official.async().beta().deployments().retrieve(Fixtures.DEPLOYMENT_ID), clients::officialRetrieve)
        : new Load(() -> clients.official.async().beta().deployments().list(clients.officialList), clients::officialList);
  }

  private static Stats run(Load load, boolean async, long millis) throws InterruptedException {
    Stats stats = new Stats();
    AtomicBoolean running = new AtomicBoolean(true);
    int workers = async ? ASYNC_IN_FLIGHT : SYNC_THREADS;
    CountDownLatch stopped = new CountDownLatch(workers);
    stats.start = System.nanoTime();
    for (int i = 0; i < workers; i++) {
      if (async) {
        launch(load, stats, running, stopped);
      } else {
        Thread thread = new Thread(() -> loop(load, stats, running, stopped), "service-load-" + i);
        thread.setDaemon(true);
        thread.start();
      }
    }
    Thread.sleep(millis);
    running.set(false);
    stats.end = System.nanoTime();
    if (!stopped.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Calls still in flight 60 s after the end");
    }
    return stats;
  }

  private static void launch(Load load, Stats stats, AtomicBoolean running, CountDownLatch stopped) {
    long started = System.nanoTime();
    load.async.get().whenComplete((result, failure) -> {
      stats.record(started, System.nanoTime(), failure != null);
      if (running.get()) {
        launch(load, stats, running, stopped);
      } else {
        stopped.countDown();
      }
    });
  }

  private static void loop(Load load, Stats stats, AtomicBoolean running, CountDownLatch stopped) {
    while (running.get()) {
      long started = System.nanoTime();
      boolean failed = false;
      try {
        load.sync.run();
      } catch (RuntimeException e) {
        failed = true;
      }
      stats.record(started, System.nanoTime(), failed);
    }
    stopped.countDown();
  }

  /** The calls that completed inside the measured window, and their latencies. */
  private static final class Stats {
    volatile long start;
    volatile long end = Long.MAX_VALUE;
    private long[] latencies = new long[1 << 14];
    int count;
    int failures;

    synchronized void record(long started, long completed, boolean failed) {
      if (completed > end) {
        return;
      }
      if (failed) {
        failures++;
        return;
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = completed - started;
    }

    synchronized double perSecond() {
      return count / ((end - start) / 1e9);
    }

    /** In milliseconds. */
    synchronized double percentile(double p) {
      if (count == 0) {
        return Double.NaN;
      }
      long[] sorted = Arrays.copyOf(latencies, count);
      Arrays.sort(sorted);
      return sorted[Math.min(count - 1, (int) Math.ceil(p * count) - 1)] / 1e6;
    }
  }
}
