package dev.managedagents.deployments.bench;

import dev.managedagents.deployments.Deployments;
import dev.managedagents.deployments.DeploymentsClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CI guard on decoding cost: bytes this SDK allocates per decode of the deployment and of the
 * page, in every key order, and per retrieve call of a client without call listeners (issue 21: calls
 * without listeners must not pay for them), against the budget committed in {@code
 * benchmarks/allocation-budget.txt}.
 * Bytes per decode, unlike time, are the same from run to run and on a busy machine, so a change
 * that brings back a slow path (such as re-reading a document when a tag comes late) fails CI
 * without CI measuring any time.
 *
 * <p>A call's bytes are those allocated on the calling thread, which runs the whole synchronous call
 * (OkHttp's interceptors, the exchange, the decode), against the loopback server in this JVM, whose
 * threads are not counted.
 *
 * <p>Arguments: BUDGET OUT. Writes what it measured to OUT and exits 1 if a decode or call
 * allocates more than its budget. {@code -Dbudget.write=true} writes the measured values, plus the margin, to
 * BUDGET instead (after a deliberate change; commit the file with it).
 */
public final class AllocationGuard {
  /** Budget over measured: room for JIT and JDK differences, far below what a slow path costs. */
  private static final double MARGIN = 1.15;

  private AllocationGuard() {}

  public static void main(String[] args) throws IOException {
    Path budgetFile = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    Map<String, Long> measured = new LinkedHashMap<>();
    for (String order : Fixtures.KeyOrder.NAMES) {
      byte[] deployment = Fixtures.deployment(order);
      measured.put("decode-deployment " + order, bytesPerOp(() -> Codecs.sdkDeployment(deployment), 20_000, 2_000));
      byte[] page = Fixtures.page(order);
      measured.put("decode-page " + order, bytesPerOp(() -> Codecs.sdkPage(page), 400, 40));
    }
    try (LoopbackServer server = LoopbackServer.start();
        DeploymentsClient client = Clients.sdkBuilder(server.baseUrl()).build()) {
      Deployments deployments = client.deployments();
      String id = Fixtures.DEPLOYMENT_ID;
      Fixtures.require(deployments.retrieve(id).getId().equals(id), "SDK retrieve");
      measured.put("call-retrieve no-listener", bytesPerOp(() -> deployments.retrieve(id), 5_000, 1_000));
    }
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, Long> entry : measured.entrySet()) {
      report.append(entry.getKey()).append(' ').append(entry.getValue()).append('\n');
    }
    Files.write(out, report.toString().getBytes(StandardCharsets.UTF_8));

    if (Boolean.getBoolean("budget.write")) {
      StringBuilder budget = new StringBuilder();
      budget.append("# Bytes this SDK may allocate per decode, and per retrieve call of a client without call\n")
          .append("# listeners (on the calling thread), checked by AllocationGuard in every benchmarks/run (so in\n")
          .append("# CI): what one run measured, plus ").append(Math.round((MARGIN - 1) * 100)).append("%. A decode that re-reads its document allocates several\n")
          .append("# times more. Rewrite (benchmarks/run --write-budget) only for a change that is meant to cost\n")
          .append("# more, and say why in its commit.\n");
      for (Map.Entry<String, Long> entry : measured.entrySet()) {
        budget.append(entry.getKey()).append(' ').append(Math.round(entry.getValue() * MARGIN)).append('\n');
      }
      Files.write(budgetFile, budget.toString().getBytes(StandardCharsets.UTF_8));
      System.out.print(budget);
      return;
    }

    Map<String, Long> budget = new LinkedHashMap<>();
    for (String line : Files.readAllLines(budgetFile)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      budget.put(line.substring(0, space), Long.parseLong(line.substring(space + 1)));
    }
    List<String> over = new ArrayList<>();
    for (Map.Entry<String, Long> entry : measured.entrySet()) {
      Long allowed = budget.get(entry.getKey());
      String verdict;
      if (allowed == null) {
        verdict = "NO BUDGET";
        over.add(entry.getKey() + ": no budget in " + budgetFile);
      } else if (entry.getValue() > allowed) {
        verdict = "OVER BUDGET";
        over.add(String.format(Locale.ROOT, "%s: %,d B per operation, budget %,d B", entry.getKey(), entry.getValue(), allowed));
      } else {
        verdict = "ok";
      }
      System.out.printf(Locale.ROOT, "%-30s %,12d B/op  budget %,12d B/op  %s%n", entry.getKey(), entry.getValue(), allowed == null ? 0 : allowed, verdict);
    }
    if (!over.isEmpty()) {
      System.err.println("Allocation per decode or call over budget:\n  " + String.join("\n  ", over));
      System.exit(1);
    }
  }

  /** Bytes allocated per run of {@code decode} (a decode or a call) on this thread, after {@code warmUp} runs to let the JIT settle. */
  private static long bytesPerOp(Decode decode, int warmUp, int measured) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    Object keep = null;
    for (int i = 0; i < warmUp; i++) {
      keep = decode.run();
    }
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < measured; i++) {
      keep = decode.run();
    }
    long after = threads.getThreadAllocatedBytes(id);
    Fixtures.require(keep != null, "a result");
    return Math.round((after - before) / (double) measured);
  }

  private interface Decode {
    Object run() throws IOException;
  }
}
