package dev.managedagents.deployments.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The RESULTS.md section of {@link Observability}: time and bytes per call of each setup, and each
 * setup's overhead over the baseline (no listener). {@link Report} puts it into a full run's
 * RESULTS.md; {@code main} ({@code ./run --observability}) replaces only this section of an
 * existing RESULTS.md, between its two marker comments.
 *
 * <p>Arguments: DIR (holding jmh-observability.json and observability.txt, the run's conditions)
 * RESULTS_MD.
 */
public final class ObservabilityReport {
  static final String START =
      "<!-- observability: benchmarks/run --observability rewrites this section alone -->";
  static final String END = "<!-- /observability -->";
  private static final String JSON = "jmh-observability.json";
  private static final String[][] CALLS = {
    {"retrieve", "retrieve one deployment"}, {"list100", "list 100 deployments"}
  };

  /** One JMH result: time per call (µs) with JMH's 99.9% error, and bytes per call. */
  private static final class Result {
    double micros;
    double microsError;
    double bytes = Double.NaN;
  }

  private final Map<String, Result> results = new LinkedHashMap<>();
  private final Map<String, String> info = new LinkedHashMap<>();

  private ObservabilityReport(Path dir) throws IOException {
    read(dir.resolve(JSON));
    Path conditions = dir.resolve("observability.txt");
    if (Files.exists(conditions)) {
      for (String line : Files.readAllLines(conditions, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (space > 0) {
          info.put(line.substring(0, space), line.substring(space + 1).trim());
        }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path results = Paths.get(args[1]);
    String section = section(Paths.get(args[0]));
    String text =
        Files.exists(results)
            ? new String(Files.readAllBytes(results), StandardCharsets.UTF_8)
            : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start >= 0 && end > start) {
      text = text.substring(0, start) + section + text.substring(end + END.length() + 1);
    } else {
      // First time: where a full run puts it, after the service load, before the real wire.
      int at = text.indexOf(RealWireReport.START);
      if (at < 0) {
        at = text.indexOf("\n## Cold start") + 1;
      }
      text =
          at <= 0
              ? text + "\n" + section
              : text.substring(0, at) + section + "\n" + text.substring(at);
    }
    Files.write(results, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The whole section, markers included, or nothing when the run has no observability results. */
  static String section(Path dir) throws IOException {
    if (!Files.exists(dir.resolve(JSON))) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    new ObservabilityReport(dir).write(md);
    return md.toString();
  }

  @SuppressWarnings("unchecked")
  private void read(Path file) throws IOException {
    for (Map<String, Object> run : Report.runs(file)) {
      String name = (String) run.get("benchmark");
      String setup = (String) ((Map<String, Object>) run.get("params")).get("setup");
      Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
      Result result = new Result();
      result.micros = Report.number(primary.get("score"));
      result.microsError = Report.number(primary.get("scoreError"));
      Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
      Object norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
      if (norm != null) {
        result.bytes = Report.number(((Map<String, Object>) norm).get("score"));
      }
      results.put(name.substring(name.lastIndexOf('.') + 1) + " " + setup, result);
    }
  }

  private static final String INTRO =
      """
      ## Observing calls: a listener, OpenTelemetry and Micrometer (issue 21)

      `Observability`: the retrieve and the list of 100 of (4) and (5), this SDK only, against the
      same loopback server, with the client built as there (API key, base URL, timeout) plus one
      observer: *none* (the baseline); *no-op listener*, a `CallListener` whose methods do nothing
      (the cost of the events themselves); *OpenTelemetry*, `DeploymentsTelemetry` on the
      OpenTelemetry SDK as a service sets it up (`SdkTracerProvider`, every span sampled, a
      `BatchSpanProcessor` handing batches to an exporter that counts and drops them, the W3C
      trace-context propagator, so each attempt also sends a `traceparent` header; a call span and
      an attempt span per call); *Micrometer*, `DeploymentsMetrics` on a `SimpleMeterRegistry` (a
      timer per call). Each setup is checked to record its calls before it is measured.

      JMH average time per call (± is JMH's 99.9% error) and `-prof gc` bytes per call, one thread.
      Bytes per call include the in-process server's share, the same in every setup, so the
      difference from the baseline is what the observer allocates (the batch processor's export
      thread included). The time overhead is followed by the range both scores' errors allow.

      """;

  private void write(StringBuilder md) {
    md.append(START).append('\n').append(INTRO);
    md.append(
        String.format(
            Locale.ROOT,
            "- Started %s, SDK jar built from `%s`%n",
            value("started"),
            value("sdk")));
    md.append(
        String.format(
            Locale.ROOT,
            "- Load average at start %s, at the end %s (2 cores, shared)%n",
            value("load-start"),
            value("load-end")));
    md.append(String.format(Locale.ROOT, "- JMH 1.37: %s%n%n", value("settings")));
    md.append(
        "| Call | Setup | µs/call | B/call | time over baseline | range | bytes over baseline |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (String[] call : CALLS) {
      Result base = results.get(call[0] + " none");
      for (String setup : Observability.SETUPS) {
        Result r = results.get(call[0] + " " + setup);
        if (r == null) {
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s ± %s | %s | ",
                call[1],
                label(setup),
                micros(r.micros),
                micros(r.microsError),
                Report.bytes(r.bytes)));
        if (setup.equals("none") || base == null) {
          md.append("– | – | – |\n");
          continue;
        }
        double low = Math.max(0, r.micros - r.microsError) / (base.micros + base.microsError);
        double high =
            base.micros - base.microsError <= 0
                ? Double.POSITIVE_INFINITY
                : (r.micros + r.microsError) / (base.micros - base.microsError);
        md.append(
            String.format(
                Locale.ROOT,
                "%s | %s to %s | %+,.0f B (%s) |%n",
                percent(r.micros / base.micros - 1),
                percent(low - 1),
                percent(high - 1),
                r.bytes - base.bytes,
                percent(r.bytes / base.bytes - 1)));
      }
    }
    md.append('\n').append(END).append('\n');
  }

  private String value(String key) {
    return info.getOrDefault(key, "?");
  }

  private static String label(String setup) {
    switch (setup) {
      case "none":
        return "none (baseline)";
      case "listener":
        return "no-op listener";
      case "otel":
        return "OpenTelemetry";
      case "micrometer":
        return "Micrometer";
      default:
        return setup;
    }
  }

  private static String micros(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    return String.format(
        Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static String percent(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    if (Double.isInfinite(value)) {
      return "∞";
    }
    return String.format(Locale.ROOT, "%+.1f%%", 100 * value);
  }
}
