package dev.managedagents.deployments.bench;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.Buffer;

/**
 * Writes RESULTS.md from the files of one ./run: JMH's JSON results and logs at 1 and 2 threads, the
 * loopback check, the service load, the observability overhead, the real wire, the allocation
 * guard, the cold starts and the footprint, plus the hand-written analysis.
 *
 * <p>Every ratio of two JMH scores is printed with the range that both scores' errors (JMH's 99.9%
 * intervals) allow; a target is "met" or "not met" only when that whole range is on one side of it,
 * and "not significant" otherwise. The JMH logs show whether each fork's last warm-up iteration
 * agrees with its measured ones, that is whether the warm-up was long enough.
 *
 * <p>Arguments: DIR (holding jmh-t1.json, jmh-t2.json, jmh-t1.log, jmh-t2.log, loopback-*.txt,
 * service.txt, jmh-observability.json, observability.txt, realwire.txt, allocation.txt,
 * cold-start.txt, footprint.txt, run.txt), ANALYSIS
 * (markdown appended as is), OUT.
 */
public final class Report {
  private static final int[] THREADS = {1, 2};
  private static final String[] ORDERS = Fixtures.KeyOrder.NAMES;
  /** A fork's last warm-up iteration agrees with its measured mean within this share (or their range). */
  private static final double WARM_UP_AGREEMENT = 0.10;

  private final Map<String, Result> results = new LinkedHashMap<>();
  private final List<String[]> summary = new ArrayList<>();
  private final List<String> warmUps = new ArrayList<>();
  private int forks;
  private int forksAgreeing;

  /** One JMH result: throughput (ops/s) and bytes allocated per operation, each with its error. */
  static final class Result {
    double score;
    double error;
    double bytesPerOp = Double.NaN;
    double bytesError = Double.NaN;
  }

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    String analysis = new String(Files.readAllBytes(Paths.get(args[1])), StandardCharsets.UTF_8);
    Report report = new Report();
    for (int threads : THREADS) {
      report.read(dir.resolve("jmh-t" + threads + ".json"));
      report.warmUp(dir.resolve("jmh-t" + threads + ".log"), threads);
    }
    String text = report.write(dir, analysis);
    Files.write(Paths.get(args[2]), text.getBytes(StandardCharsets.UTF_8));
  }

  /** The runs of a JMH JSON result file, each as JMH writes it. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> runs(Path file) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().write(Files.readAllBytes(file)))) {
      return (List<Map<String, Object>>) reader.readJsonValue();
    }
  }

  @SuppressWarnings("unchecked")
  private void read(Path file) throws IOException {
    for (Map<String, Object> run : runs(file)) {
      String name = (String) run.get("benchmark");
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      Map<String, Object> params = (Map<String, Object>) run.get("params");
      if (params != null && params.get("keyOrder") != null) {
        name += "/" + params.get("keyOrder");
      }
      int threads = ((Number) run.get("threads")).intValue();
      Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
      Result result = new Result();
      result.score = number(primary.get("score"));
      result.error = number(primary.get("scoreError"));
      Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
      Object norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
      if (norm != null) {
        result.bytesPerOp = number(((Map<String, Object>) norm).get("score"));
        result.bytesError = number(((Map<String, Object>) norm).get("scoreError"));
      }
      results.put(name + "@" + threads, result);
    }
  }

  /** Compares each fork's last warm-up iteration with the mean of its measured iterations. */
  private void warmUp(Path log, int threads) throws IOException {
    if (!Files.exists(log)) {
      return;
    }
    String benchmark = "?";
    String params = "";
    double lastWarmUp = Double.NaN;
    List<Double> measured = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith("# Benchmark: ")) {
        benchmark = line.substring(line.lastIndexOf('.', line.lastIndexOf('.') - 1) + 1).trim();
        params = "";
      } else if (line.startsWith("# Parameters: (keyOrder = ")) {
        params = "/" + line.substring(line.indexOf('=') + 1, line.lastIndexOf(')')).trim();
      } else if (line.startsWith("# Fork: ")) {
        lastWarmUp = Double.NaN;
        measured.clear();
      } else if (line.startsWith("# Warmup Iteration")) {
        lastWarmUp = iterationScore(line);
      } else if (line.startsWith("Iteration ")) {
        measured.add(iterationScore(line));
        if (measured.size() == iterationsPerFork(log)) {
          agreement(benchmark + params + " (" + threads + " thread" + (threads == 1 ? "" : "s") + ")", lastWarmUp, measured);
          measured.clear();
        }
      }
    }
  }

  private final Map<Path, Integer> iterations = new LinkedHashMap<>();

  /** Measured iterations per fork, from the log's own "# Measurement:" line. */
  private int iterationsPerFork(Path log) throws IOException {
    Integer known = iterations.get(log);
    if (known == null) {
      known = 1;
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("# Measurement: ")) {
          known = Integer.parseInt(line.substring(15, line.indexOf(' ', 15)));
          break;
        }
      }
      iterations.put(log, known);
    }
    return known;
  }

  private void agreement(String what, double lastWarmUp, List<Double> measured) {
    if (Double.isNaN(lastWarmUp)) {
      return; // no warm-up (a smoke run)
    }
    double sum = 0;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (double value : measured) {
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    double mean = sum / measured.size();
    double off = (lastWarmUp - mean) / mean;
    forks++;
    if (Math.abs(off) <= WARM_UP_AGREEMENT || (lastWarmUp >= min && lastWarmUp <= max)) {
      forksAgreeing++;
    } else {
      warmUps.add(String.format(Locale.ROOT, "%s: last warm-up %s ops/s, measured %s ops/s (%s to %s), %+.0f%%",
          what, ops(lastWarmUp), ops(mean), ops(min), ops(max), 100 * off));
    }
  }

  private static double iterationScore(String line) {
    String value = line.substring(line.indexOf(':') + 1).trim();
    return Double.parseDouble(value.substring(0, value.indexOf(' ')).replace(",", ""));
  }

  static double number(Object value) {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    return Double.NaN; // JMH writes "NaN" as a string when there is one iteration.
  }

  private String write(Path dir, String analysis) throws IOException {
    StringBuilder md = new StringBuilder();
    List<String> run = Files.readAllLines(dir.resolve("run.txt"));
    md.append("# Benchmarks: this SDK, the official Anthropic Java client, and the floor\n\n");
    md.append("Written by `benchmarks/run`. Every number in the tables comes from one run; ratios compare")
        .append(" numbers of that run. Regenerate with `benchmarks/run` on a quiet machine.\n\n");
    md.append("## Machine\n\n");
    for (String line : run) {
      md.append("- ").append(line).append('\n');
    }
    md.append('\n');

    md.append("## Summary: ratios against the targets\n\n");
    md.append("Each ratio is followed by the range that the errors of both its scores allow (JMH's 99.9%\n")
        .append("intervals, or the spread of the allocation counts). **met** and **not met** need that whole\n")
        .append("range on one side of the goal; a range that spans the goal is *not significant*.\n")
        .append("The real wire's goals (TLS, h2 and http/1.1, round trips) are in their own section below.\n\n");
    int summaryAt = md.length();
    md.append("\n");

    md.append("## Warm-up\n\n");
    if (forks == 0) {
      md.append("No warm-up iterations in this run (a smoke run).\n\n");
    } else {
      md.append(String.format(Locale.ROOT,
          "In %d of %d forks the last warm-up iteration is within %.0f%% of the mean of the measured ones, or\n"
              + "inside their range: the warm-up was long enough for those.%s%n%n",
          forksAgreeing, forks, 100 * WARM_UP_AGREEMENT, forksAgreeing == forks ? "" : " The others:"));
      for (String line : warmUps) {
        md.append("- ").append(line).append('\n');
      }
      if (!warmUps.isEmpty()) {
        md.append('\n');
      }
    }

    allocationGuard(md, dir);
    loopback(md, dir);

    md.append("## Throughput and allocation\n\n");
    md.append("JMH 1.37, throughput mode (operations per second, summed over threads; ± is JMH's 99.9% error),\n")
        .append("`-prof gc` for bytes allocated per operation. Loopback benchmarks run the server in the same JVM,\n")
        .append("so their bytes per operation include the server's share, the same for every client.\n\n");
    decodeTable(md, "DecodeDeployment", "decode 1", "(1) Decode one deployment (" + kb(Fixtures.DEPLOYMENT.length) + " of JSON)");
    decodeTable(md, "DecodePage", "decode 100", "(2) Decode a page of 100 deployments (" + kb(Fixtures.PAGE.length) + ")");
    callTable(md, "EncodeCreate", "encode", "(3) Encode a create request with every field (" + kb(Fixtures.CREATE_REQUEST.length) + ")", Double.NaN);
    callTable(md, "Retrieve", "retrieve", "(4) Retrieve one deployment over loopback HTTP", 0.85);
    callTable(md, "List100", "list-100", "(5) List 100 deployments over loopback HTTP", 0.60);
    service(md, dir);
    String observability = ObservabilityReport.section(dir);
    if (!observability.isEmpty()) {
      md.append(observability).append('\n');
    }
    String realWire = RealWireReport.section(dir.resolve("realwire.txt"));
    if (!realWire.isEmpty()) {
      md.append(realWire).append('\n');
    }

    coldStart(md, dir);
    footprint(md, dir);

    md.append(analysis.trim()).append('\n');
    profiles(md, dir);

    StringBuilder table = new StringBuilder();
    table.append("| Target | Threads | Key order | Measured | Range | Goal | Met |\n|---|---:|---|---:|---:|---:|:---:|\n");
    for (String[] row : summary) {
      table.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.insert(summaryAt, table);
    return md.toString();
  }

  private static final String CLIENTS_NOTE = "this SDK, official client 3.14.0, and the floor";

  private void decodeTable(StringBuilder md, String name, String short_, String title) {
    md.append("### ").append(title).append("\n\n");
    md.append("Floor: Moshi `JsonReader.skipValue()` over the same bytes. Rows: ").append(CLIENTS_NOTE).append(", per key order.\n\n");
    md.append("| Key order | Client | ops/s, 1 thread | B/op, 1 thread | ops/s, 2 threads | B/op, 2 threads |\n|---|---|---:|---:|---:|---:|\n");
    for (String order : ORDERS) {
      for (String client : new String[] {"sdk", "official", "floor"}) {
        md.append("| ").append(order).append(" | ").append(label(client));
        for (int threads : THREADS) {
          Result r = results.get(name + "." + client + "/" + order + "@" + threads);
          md.append(r == null ? " | – | –" : String.format(Locale.ROOT, " | %s ± %s | %s", ops(r.score), ops(r.error), bytes(r.bytesPerOp)));
        }
        md.append(" |\n");
      }
    }
    md.append('\n');
    for (int threads : THREADS) {
      for (String order : ORDERS) {
        Result sdk = results.get(name + ".sdk/" + order + "@" + threads);
        Result official = results.get(name + ".official/" + order + "@" + threads);
        Result floor = results.get(name + ".floor/" + order + "@" + threads);
        if (sdk == null || official == null || floor == null) {
          continue;
        }
        String t = String.valueOf(threads);
        atLeast(short_ + ": throughput ÷ official", t, order, sdk.score, sdk.error, official.score, official.error, 8, "×");
        atLeast(short_ + ": official B/op ÷ SDK B/op", t, order, official.bytesPerOp, official.bytesError, sdk.bytesPerOp, sdk.bytesError, 10, "×");
        atLeast(short_ + ": throughput ÷ skipValue floor", t, order, sdk.score, sdk.error, floor.score, floor.error, 0.5, "%");
      }
    }
  }

  private void callTable(StringBuilder md, String name, String short_, String title, double floorGoal) {
    md.append("### ").append(title).append("\n\n");
    boolean hasFloor = !Double.isNaN(floorGoal);
    if (hasFloor) {
      md.append("Floor: plain OkHttp with the API's headers, and Moshi's `skipValue()` over the streamed body.\n\n");
    }
    md.append("| Client | ops/s, 1 thread | B/op, 1 thread | ops/s, 2 threads | B/op, 2 threads |\n|---|---:|---:|---:|---:|\n");
    for (String client : hasFloor ? new String[] {"sdk", "official", "floor"} : new String[] {"sdk", "official"}) {
      md.append("| ").append(label(client));
      for (int threads : THREADS) {
        Result r = results.get(name + "." + client + "@" + threads);
        md.append(r == null ? " | – | –" : String.format(Locale.ROOT, " | %s ± %s | %s", ops(r.score), ops(r.error), bytes(r.bytesPerOp)));
      }
      md.append(" |\n");
    }
    md.append('\n');
    for (int threads : THREADS) {
      Result sdk = results.get(name + ".sdk@" + threads);
      Result official = results.get(name + ".official@" + threads);
      Result floor = results.get(name + ".floor@" + threads);
      if (sdk == null || official == null) {
        continue;
      }
      String t = String.valueOf(threads);
      if (hasFloor) {
        atLeast(short_ + ": throughput ÷ floor", t, "–", sdk.score, sdk.error, floor.score, floor.error, floorGoal, "%");
        atLeast(short_ + ": throughput ÷ official", t, "–", sdk.score, sdk.error, official.score, official.error, Double.NaN, "×");
      } else {
        atLeast(short_ + ": throughput ÷ official", t, "–", sdk.score, sdk.error, official.score, official.error, 1, "×");
        atLeast(short_ + ": official B/op ÷ SDK B/op", t, "–", official.bytesPerOp, official.bytesError, sdk.bytesPerOp, sdk.bytesError, 1, "×");
      }
    }
  }

  /**
   * Adds a summary row for the ratio a ÷ b against the goal "at least {@code goal}" (none if NaN),
   * with the range that a ± aError and b ± bError allow.
   */
  private void atLeast(String target, String threads, String order, double a, double aError, double b, double bError, double goal, String unit) {
    double ratio = a / b;
    double low = Math.max(0, a - aError) / (b + bError);
    double high = b - bError <= 0 ? Double.POSITIVE_INFINITY : (a + aError) / (b - bError);
    String verdict;
    if (Double.isNaN(goal)) {
      verdict = "–";
    } else if (Double.isNaN(ratio) || Double.isNaN(low) || Double.isNaN(high)) {
      verdict = "? (no error estimate)";
    } else if (low >= goal) {
      verdict = "met";
    } else if (high < goal) {
      verdict = "**not met**";
    } else {
      verdict = "*not significant*";
    }
    summary.add(new String[] {
      target, threads, order, ratio(ratio, unit), ratio(low, unit) + " – " + ratio(high, unit),
      Double.isNaN(goal) ? "–" : "≥ " + ratio(goal, unit), verdict
    });
  }

  private static String ratio(double value, String unit) {
    if (Double.isInfinite(value)) {
      return "∞";
    }
    if (Double.isNaN(value)) {
      return "?";
    }
    return unit.equals("%") ? String.format(Locale.ROOT, "%.0f%%", 100 * value) : String.format(Locale.ROOT, value >= 10 ? "%.0f×" : "%.1f×", value);
  }

  private static String label(String client) {
    return client.equals("sdk") ? "this SDK" : client.equals("official") ? "official client 3.14.0" : "floor";
  }

  private void allocationGuard(StringBuilder md, Path dir) throws IOException {
    Path file = dir.resolve("allocation.txt");
    if (!Files.exists(file)) {
      return;
    }
    md.append("## Allocation guard (CI)\n\n");
    md.append("Bytes this SDK allocates per decode, and per retrieve call (loopback server) of a client without\n")
        .append("call listeners, on the calling thread (thread allocation counter, after warm-up), checked against\n")
        .append("`benchmarks/allocation-budget.txt` by every run, the smoke run in CI included:\n\n");
    md.append("| Operation | Key order or setup | B/op | budget |\n|---|---|---:|---:|\n");
    Map<String, String> budget = new LinkedHashMap<>();
    Path budgetFile = dir.getParent().getParent().resolve("allocation-budget.txt");
    if (Files.exists(budgetFile)) {
      for (String line : Files.readAllLines(budgetFile)) {
        if (!line.startsWith("#") && !line.isBlank()) {
          budget.put(line.substring(0, line.lastIndexOf(' ')), line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    }
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split(" ");
      String allowed = budget.get(f[0] + " " + f[1]);
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", f[0], f[1], bytes(Double.parseDouble(f[2])),
          allowed == null ? "–" : bytes(Double.parseDouble(allowed))));
    }
    md.append('\n');
  }

  private void loopback(StringBuilder md, Path dir) throws IOException {
    md.append("## The loopback server adds no latency\n\n");
    md.append("Plain OkHttp GETs against the benchmark's JDK `HttpServer` (same fixtures), median and p99:\n\n");
    md.append("| `sun.net.httpserver.nodelay` | call | GETs | median | p99 |\n|---|---|---:|---:|---:|\n");
    for (String name : new String[] {"loopback-nodelay.txt", "loopback-delayed.txt"}) {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file)) {
        String[] f = line.trim().split(" ");
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s ms | %s ms |%n", f[0], f[1], f[2], f[3], f[4]));
      }
    }
    md.append("\nWith the flag (as every benchmark runs) a GET costs about a millisecond or less; without it, the\n")
        .append("server sends a small response's headers and body in two writes and waits for the client's delayed\n")
        .append("ACK in between (about 40 ms per retrieve), and the retrieve benchmark would measure nothing else.\n\n");
  }

  private void service(StringBuilder md, Path dir) throws IOException {
    Path file = dir.resolve("service.txt");
    if (!Files.exists(file)) {
      return;
    }
    md.append("### (6) Service load: calls in flight against a loopback server\n\n");
    md.append("`ServiceLoad`: 64 async calls kept in flight (a new one started as each completes), or 16 threads\n")
        .append("making sync calls, against a loopback server that answers at once or after 20 ms (the API's\n")
        .append("latency stood in for), both clients in one JVM, one after the other, each built with its\n")
        .append("builder and nothing else. Throughput and latency of the calls completed in the measured window.\n\n");
    md.append("| Server delay | Call | Load | Client | ops/s | p50 | p99 | calls | failed |\n|---:|---|---|---|---:|---:|---:|---:|---:|\n");
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split(" ");
      rows.put(f[0] + " " + f[1] + " " + f[2] + " " + f[3], f);
      md.append(String.format(Locale.ROOT, "| %s ms | %s | %s | %s | %s | %s ms | %s ms | %s | %s |%n",
          f[0], f[1], f[2], label(f[3]), ops(Double.parseDouble(f[4])), f[5], f[6], f[7], f[8]));
    }
    md.append('\n');
    for (Map.Entry<String, String[]> entry : rows.entrySet()) {
      String[] sdk = entry.getValue();
      if (!sdk[3].equals("sdk")) {
        continue;
      }
      String key = entry.getKey();
      String[] official = rows.get(key.substring(0, key.lastIndexOf(' ')) + " official");
      if (official == null) {
        continue;
      }
      String what = "service " + sdk[1] + ", " + sdk[2] + ", " + sdk[0] + " ms";
      if (Integer.parseInt(sdk[7]) == 0 || Integer.parseInt(official[7]) == 0) {
        summary.add(new String[] {what, "–", "–", "no calls completed", "–", "–", "?"});
        continue;
      }
      double throughput = Double.parseDouble(sdk[4]) / Double.parseDouble(official[4]);
      double p99 = Double.parseDouble(sdk[6]) / Double.parseDouble(official[6]);
      summary.add(new String[] {what + ": throughput ÷ official", "–", "–", ratio(throughput, "×"), "one run", "≥ 1.0×", throughput >= 1 ? "met" : "**not met**"});
      summary.add(new String[] {what + ": p99 ÷ official p99", "–", "–", ratio(p99, "×"), "one run", "≤ 1.0×", p99 <= 1 ? "met" : "**not met**"});
    }
  }

  private void coldStart(StringBuilder md, Path dir) throws IOException {
    Map<String, double[]> runs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("cold-start.txt"))) {
      String[] f = line.trim().split(" ");
      double[] values = new double[f.length - 1];
      for (int i = 1; i < f.length; i++) {
        values[i - 1] = Double.parseDouble(f[i]);
      }
      runs.put(f[0], values);
    }
    md.append("## Cold start: JVM start to the first decoded retrieve\n\n");
    md.append("A small program per client (`ColdStartSdk`, `ColdStartOfficial`) on that client's runtime classpath\n")
        .append("alone builds a client, retrieves one deployment from the loopback server (already running in the\n")
        .append("harness) and prints it. Measured from just before the process starts to that line, the two\n")
        .append("programs alternating.\n\n");
    md.append("| Client | runs | median | min | max | every run (ms) |\n|---|---:|---:|---:|---:|---|\n");
    double sdkMedian = Double.NaN;
    double officialMedian = Double.NaN;
    for (Map.Entry<String, double[]> entry : runs.entrySet()) {
      double[] values = entry.getValue().clone();
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      if (entry.getKey().equals("sdk")) {
        sdkMedian = median;
      } else {
        officialMedian = median;
      }
      StringBuilder all = new StringBuilder();
      for (double v : values) {
        all.append(String.format(Locale.ROOT, "%.0f ", v));
      }
      md.append(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms | %s |%n",
          entry.getKey().equals("sdk") ? "this SDK" : "official client 3.14.0", values.length, median, sorted[0], sorted[sorted.length - 1], all.toString().trim()));
    }
    double ratio = sdkMedian / officialMedian;
    md.append(String.format(Locale.ROOT, "%nThis SDK's cold start takes **%.0f%%** of the official client's.%n%n", 100 * ratio));
    summary.add(new String[] {"cold start: SDK ÷ official (median)", "–", "–", String.format(Locale.ROOT, "%.0f%%", 100 * ratio), "–", "≤ 40%", mark(ratio <= 0.4)});
  }

  private void footprint(StringBuilder md, Path dir) throws IOException {
    md.append("## Footprint\n\n");
    md.append("Each client's runtime classpath resolved on its own by Maven (`benchmarks/classpath/*/pom.xml`),\n")
        .append("as an application depending on only that client gets it.\n\n");
    md.append("| Client | own jars | own size | runtime classpath jars | runtime classpath size |\n|---|---:|---:|---:|---:|\n");
    long sdkTotal = 0;
    long officialTotal = 0;
    for (String line : Files.readAllLines(dir.resolve("footprint.txt"))) {
      String[] f = line.trim().split(" ");
      long own = Long.parseLong(f[2]);
      long total = Long.parseLong(f[4]);
      if (f[0].equals("sdk")) {
        sdkTotal = total;
      } else {
        officialTotal = total;
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n",
          f[0].equals("sdk") ? "this SDK" : "official client 3.14.0", f[1], mb(own), f[3], mb(total)));
    }
    double ratio = (double) officialTotal / sdkTotal;
    md.append(String.format(Locale.ROOT, "%nThis SDK's runtime classpath is **1/%.2f** of the official client's.%n%n", ratio));
    summary.add(new String[] {"runtime classpath: official ÷ SDK", "–", "–", String.format(Locale.ROOT, "%.2f×", ratio), "–", "≥ 15×", mark(ratio >= 15)});
  }

  /** The CPU profiles the full run took of this SDK and the floors, as JfrTop printed them. */
  private static void profiles(StringBuilder md, Path dir) throws IOException {
    Path file = dir.resolve("profiles.txt");
    if (!Files.exists(file)) {
      return;
    }
    md.append("\n## CPU profiles of this run\n\n")
        .append("JFR execution samples (every 10 ms, JFR's `profile` settings) of `ProfileLoop`, 10 s per\n")
        .append("operation, one thread, taken by this run after JMH: first by the library whose code was on\n")
        .append("top of the stack, then the top two frames. The loopback ones include the in-process\n")
        .append("server's share (JDK).\n\n")
        .append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim())
        .append('\n');
  }

  private static String ops(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }

  /** Bytes as B, KB or MB, as every table of the report writes them. */
  static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    if (value >= 1_000_000) {
      return String.format(Locale.ROOT, "%.2f MB", value / 1_000_000);
    }
    if (value >= 1_000) {
      return String.format(Locale.ROOT, "%.1f KB", value / 1_000);
    }
    return String.format(Locale.ROOT, "%.0f B", value);
  }

  private static String mb(long value) {
    return String.format(Locale.ROOT, "%.2f MB", value / 1_000_000.0);
  }

  private static String kb(int value) {
    return String.format(Locale.ROOT, "%.1f KB", value / 1000.0);
  }

  private static String mark(boolean met) {
    return met ? "met" : "**not met**";
  }
}
