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
 * Writes RESULTS.md from the files of one ./run: JMH's JSON results at 1 and 4 threads, the loopback
 * check, the cold starts and the footprint, plus the hand-written analysis.
 *
 * <p>Arguments: DIR (holding jmh-t1.json, jmh-t4.json, loopback-*.txt, cold-start.txt,
 * footprint.txt, run.txt), ANALYSIS (markdown appended as is), OUT.
 */
public final class Report {
  private static final String[] BENCHMARKS = {"DecodeDeployment", "DecodePage", "EncodeCreate", "Retrieve", "List100"};
  private static final String[] TITLES = {
    "(1) Decode one deployment (" + kb(Fixtures.DEPLOYMENT.length) + " of JSON)",
    "(2) Decode a page of 100 deployments (" + kb(Fixtures.PAGE.length) + ")",
    "(3) Encode a create request with every field (" + kb(Fixtures.CREATE_REQUEST.length) + ")",
    "(4) Retrieve one deployment over loopback HTTP",
    "(5) List 100 deployments over loopback HTTP",
  };
  private static final String[] FLOORS = {
    "Moshi `JsonReader.skipValue()` over the same bytes",
    "Moshi `JsonReader.skipValue()` over the same bytes",
    null,
    "plain OkHttp GET, body read to bytes",
    "plain OkHttp GET, body read to bytes",
  };

  private final Map<String, Result> results = new LinkedHashMap<>();
  private final List<String[]> summary = new ArrayList<>();

  /** One JMH result: throughput (ops/s), its error, and bytes allocated per operation. */
  static final class Result {
    double score;
    double error;
    double bytesPerOp = Double.NaN;
  }

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    String analysis = new String(Files.readAllBytes(Paths.get(args[1])), StandardCharsets.UTF_8);
    Report report = new Report();
    report.read(dir.resolve("jmh-t1.json"));
    report.read(dir.resolve("jmh-t4.json"));
    String text = report.write(dir, analysis);
    Files.write(Paths.get(args[2]), text.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private void read(Path file) throws IOException {
    Object json;
    try (JsonReader reader = JsonReader.of(new Buffer().write(Files.readAllBytes(file)))) {
      json = reader.readJsonValue();
    }
    for (Object item : (List<Object>) json) {
      Map<String, Object> run = (Map<String, Object>) item;
      String name = (String) run.get("benchmark");
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      int threads = ((Number) run.get("threads")).intValue();
      Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
      Result result = new Result();
      result.score = number(primary.get("score"));
      result.error = number(primary.get("scoreError"));
      Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
      Object norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
      if (norm != null) {
        result.bytesPerOp = number(((Map<String, Object>) norm).get("score"));
      }
      results.put(name + "@" + threads, result);
    }
  }

  private static double number(Object value) {
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
        .append(" numbers of that run. Regenerate with `benchmarks/run` (about 10 minutes on 2 cores).\n\n");
    md.append("## Machine\n\n");
    for (String line : run) {
      md.append("- ").append(line).append('\n');
    }
    md.append('\n');

    md.append("## Summary: ratios against the targets\n\n");
    int summaryAt = md.length();
    md.append("\n");

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

    md.append("## Throughput and allocation\n\n");
    md.append("JMH 1.37, throughput mode (operations per second, summed over threads; ± is JMH's 99.9% error),\n")
        .append("`-prof gc` for bytes allocated per operation. Loopback benchmarks run the server in the same JVM,\n")
        .append("so their bytes per operation include the server's share, the same for every client.\n\n");
    for (int b = 0; b < BENCHMARKS.length; b++) {
      table(md, b);
    }

    coldStart(md, dir);
    footprint(md, dir);

    md.append(analysis.trim()).append('\n');

    StringBuilder table = new StringBuilder();
    table.append("| Target | Threads | Measured | Goal | Met |\n|---|---:|---:|---:|:---:|\n");
    for (String[] row : summary) {
      table.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.insert(summaryAt, table);
    return md.toString();
  }

  private void table(StringBuilder md, int b) {
    String name = BENCHMARKS[b];
    md.append("### ").append(TITLES[b]).append("\n\n");
    md.append("| Client | ops/s, 1 thread | B/op, 1 thread | ops/s, 4 threads | B/op, 4 threads |\n|---|---:|---:|---:|---:|\n");
    String[] clients = FLOORS[b] == null ? new String[] {"sdk", "official"} : new String[] {"sdk", "official", "floor"};
    for (String client : clients) {
      String label = client.equals("sdk") ? "this SDK" : client.equals("official") ? "official client 3.14.0" : "floor: " + FLOORS[b];
      md.append("| ").append(label);
      for (int threads : new int[] {1, 4}) {
        Result r = results.get(name + "." + client + "@" + threads);
        if (r == null) {
          md.append(" | – | –");
        } else {
          md.append(String.format(Locale.ROOT, " | %s ± %s | %s", ops(r.score), ops(r.error), bytes(r.bytesPerOp)));
        }
      }
      md.append(" |\n");
    }
    md.append("\n");
    for (int threads : new int[] {1, 4}) {
      Result sdk = results.get(name + ".sdk@" + threads);
      Result official = results.get(name + ".official@" + threads);
      Result floor = results.get(name + ".floor@" + threads);
      if (sdk == null || official == null) {
        continue;
      }
      String t = String.valueOf(threads);
      double speed = sdk.score / official.score;
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "- %s thread%s: this SDK does **%.1f×** the official client's operations", t, threads == 1 ? "" : "s", speed));
      String short_ = new String[] {"decode 1", "decode 100", "encode", "retrieve", "list-100"}[b];
      double speedGoal = b < 2 ? 5 : b == 2 ? 3 : b == 3 ? 1.5 : 2;
      summary.add(new String[] {short_ + ": throughput vs official", t, fmt(speed) + "×", "≥ " + fmt(speedGoal) + "×", mark(speed >= speedGoal)});
      if (b < 2) {
        double alloc = official.bytesPerOp / sdk.bytesPerOp;
        line.append(String.format(Locale.ROOT, " and allocates **1/%.1f** of its bytes", alloc));
        summary.add(new String[] {short_ + ": official B/op ÷ SDK B/op", t, fmt(alloc) + "×", "≥ 10×", mark(alloc >= 10)});
      }
      if (floor != null) {
        double gap = floor.score / sdk.score;
        line.append(String.format(Locale.ROOT, "; the floor is **%.2f×** faster than this SDK", gap));
        if (b < 2) {
          summary.add(new String[] {short_ + ": floor ÷ SDK time per op", t, fmt(gap) + "×", "≤ 2×", mark(gap <= 2)});
        } else {
          double share = sdk.score / floor.score;
          summary.add(new String[] {short_ + ": SDK throughput ÷ floor", t, String.format(Locale.ROOT, "%.0f%%", 100 * share), "≥ 80%", mark(share >= 0.8)});
        }
      }
      md.append(line).append(".\n");
    }
    md.append("\n");
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
    summary.add(new String[] {"cold start: SDK ÷ official (median)", "–", String.format(Locale.ROOT, "%.0f%%", 100 * ratio), "≤ 40%", mark(ratio <= 0.4)});
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
    summary.add(new String[] {"runtime classpath: official ÷ SDK", "–", String.format(Locale.ROOT, "%.2f×", ratio), "≥ 15×", mark(ratio >= 15)});
  }

  private static String ops(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String bytes(double value) {
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

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String mark(boolean met) {
    return met ? "yes" : "**no**";
  }
}
