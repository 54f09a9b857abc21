package dev.managedagents.deployments.bench;

import java.io.IOException;
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
 * The RESULTS.md section of {@link RealWire}'s file: the run's conditions, the goals of issue 18
 * with met / not met, a table per protocol and round trip, and the SDK's failed calls. {@link
 * Report} puts it into a full run's RESULTS.md; {@code main} (./run --real-wire) replaces only this
 * section of an existing RESULTS.md, between its two marker comments.
 *
 * <p>Arguments: REALWIRE_TXT RESULTS_MD.
 */
public final class RealWireReport {
  static final String START = "<!-- real-wire: benchmarks/run --real-wire rewrites this section alone -->";
  static final String END = "<!-- /real-wire -->";
  private static final String[] CLIENTS = {"sdk", "official", "floor"};
  private static final String[] OPS = {"create", "run", "retrieve"};

  private final Map<String, String> info = new LinkedHashMap<>();
  /** "h2 20" to "create sdk" (or "retrieve-64 sdk") to the line's fields after those. */
  private final Map<String, Map<String, String[]>> seq = new LinkedHashMap<>();
  private final Map<String, Map<String, String[]>> async = new LinkedHashMap<>();
  private final List<String[]> failures = new ArrayList<>();
  private final Map<String, String> loads = new LinkedHashMap<>();

  private RealWireReport(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split(" ");
      switch (f[0]) {
        case "info":
          info.put(f[1], line.substring(line.indexOf(f[1]) + f[1].length()).trim());
          break;
        case "seq":
          seq.computeIfAbsent(f[1] + " " + f[2], k -> new LinkedHashMap<>()).put(f[3] + " " + f[4], f);
          break;
        case "async":
          async.computeIfAbsent(f[1] + " " + f[2], k -> new LinkedHashMap<>()).put(f[4], f);
          break;
        case "load":
          loads.put(f[1] + " " + f[2], line.split(" ", 4)[3]);
          break;
        case "failure":
          failures.add(line.split(" ", 8));
          break;
        default:
          // Anything else the harness printed is not for the report.
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path results = Paths.get(args[1]);
    String section = section(Paths.get(args[0]));
    String text = Files.exists(results) ? new String(Files.readAllBytes(results), StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start >= 0 && end > start) {
      text = text.substring(0, start) + section + text.substring(end + END.length() + 1);
    } else {
      // First time: where a full run puts it, before the cold starts.
      int at = text.indexOf("\n## Cold start");
      text = at < 0 ? text + "\n" + section : text.substring(0, at + 1) + section + "\n" + text.substring(at + 1);
    }
    Files.write(results, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The whole section, markers included, or nothing when the run has no real-wire file. */
  static String section(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    new RealWireReport(file).write(md);
    return md.toString();
  }

  private void write(StringBuilder md) {
    md.append(START).append('\n');
    md.append("## The real wire: TLS, HTTP/2 and HTTP/1.1, with a round trip (issue 18)\n\n");
    md.append("`RealWire`: a Netty server on loopback with a self-signed certificate (okhttp-tls' `HeldCertificate`)\n")
        .append("offering `h2` and `http/1.1` by ALPN, or `http/1.1` alone for the HTTP/1.1 rows (the official client\n")
        .append("has no setting to refuse h2), behind a TCP proxy on loopback (`DelayProxy`) that delivers every\n")
        .append("byte half the round trip after it was read, in each direction, in order. Loopback completes a TCP\n")
        .append("handshake at once, so the proxy holds the first bytes of each new connection one round trip longer:\n")
        .append("a new connection costs its TCP and TLS round trips, as on the wire. The server answers a create\n")
        .append("with the deployment fixture, a run with a run record and a retrieve with the deployment, whoever\n")
        .append("calls, and counts the connections it accepts and the requests it answers.\n\n")
        .append("Both clients are built with their builders only (API key, base URL, timeout), as users build them:\n")
        .append("the JVM's default trust store holds the JDK's roots plus the server's certificate. The floor is plain\n")
        .append("OkHttp with the dispatcher and pool the SDK's builder sets up (64 calls at once per host, idle\n")
        .append("connections kept 30 s), sending the SDK's requests and headers and skipping each body with Moshi's\n")
        .append("`skipValue()`.\n\n")
        .append("Sequential: after a warm-up (and a longer one at 0 ms, once per protocol), each client's calls of\n")
        .append("one operation in rounds that alternate the clients; median and p90 of the calls that succeeded.\n")
        .append("Async: 64 retrieves kept in flight, a new one as each completes, throughput and p99 of the calls\n")
        .append("completed in the window. *New connections*: TCP connections the server accepted during the\n")
        .append("measured calls. A failed call of the official client or the floor fails the run; the SDK's are\n")
        .append("counted (*failed calls*) and listed below. *Answered*: requests the server answered 200 during the\n")
        .append("phase, so a failed call that the server answered shows as answered > calls − failed.\n\n")
        .append("A round runs one client's 10 calls, so each client waits out the other two's 20 between its\n")
        .append("rounds: 0.5 s at 20 ms, 2 s at 100 ms. The SDK sends a create or a run on a pooled connection only\n")
        .append("if it answered in the last 500 ms (`ConnectionRules`: a server's silent idle close can be on its way\n")
        .append("otherwise, and a write lost to it could be neither retried nor reported as unsent), so at 100 ms\n")
        .append("each of its rounds opens one connection: 3 per 30 writes, by design. Back to back, 30 writes\n")
        .append("take one connection (`RealWireTest.thirtyWritesInARow…`, at 20 ms).\n\n");
    md.append("- Started ").append(value("started")).append(", SDK jar built from `").append(value("sdk"))
        .append("`, ").append(value("seconds")).append(" s in all\n");
    md.append("- Load average at start ").append(value("load-start")).append(", at the end ").append(value("load-end"))
        .append(" (2 cores, shared)\n");
    md.append("- ").append(value("settings")).append("\n\n");

    goals(md);
    for (String wire : seq.keySet()) {
      table(md, wire);
    }
    failureList(md);
    md.append(END).append('\n');
  }

  private String value(String key) {
    return info.getOrDefault(key, "?");
  }

  private void goals(StringBuilder md) {
    md.append("### Goals\n\n");
    md.append("One run, no error estimate: each verdict compares the measured values as they are.\n\n");
    md.append("| Goal | Wire | Measured | Goal | Met |\n|---|---|---:|---:|:---:|\n");
    for (String wire : seq.keySet()) {
      if (roundTrip(wire) < 20) {
        continue; // the latency goals are for 20 and 100 ms
      }
      for (String op : OPS) {
        double sdk = median(wire, op, "sdk");
        double official = median(wire, op, "official");
        double floor = median(wire, op, "floor");
        row(md, op + " median − floor's", wireName(wire),
            String.format(Locale.ROOT, "%+.1f ms", sdk - floor), "≤ +2 ms", sdk - floor <= 2);
        row(md, op + " median ÷ official's", wireName(wire),
            String.format(Locale.ROOT, "%.2f×", sdk / official), "≤ 1.10×", sdk / official <= 1.1);
      }
    }
    for (String wire : seq.keySet()) {
      if (!wire.startsWith("h2 ")) {
        continue;
      }
      int connections = 0;
      int writes = 0;
      for (String op : new String[] {"create", "run"}) {
        String[] f = seq.get(wire).get(op + " sdk");
        writes += Integer.parseInt(f[7]);
        connections += Integer.parseInt(f[10]);
      }
      row(md, "new connections per 30 sequential writes", wireName(wire),
          String.format(Locale.ROOT, "%.1f (%d in %d)", 30.0 * connections / writes, connections, writes),
          "≤ 1", connections * 30 <= writes);
    }
    for (Map.Entry<String, Map<String, String[]>> wire : async.entrySet()) {
      double sdk = Double.parseDouble(wire.getValue().get("sdk")[5]);
      double official = Double.parseDouble(wire.getValue().get("official")[5]);
      row(md, "async-64 throughput ÷ official's", wireName(wire.getKey()),
          String.format(Locale.ROOT, "%.2f×", sdk / official), "≥ 1.0×", sdk >= official);
    }
    for (String protocol : new String[] {"h2", "http/1.1"}) {
      int failed = 0;
      int calls = 0;
      for (Map.Entry<String, Map<String, String[]>> wire : seq.entrySet()) {
        if (wire.getKey().startsWith(protocol + " ")) {
          for (String op : OPS) {
            String[] f = wire.getValue().get(op + " sdk");
            calls += Integer.parseInt(f[7]);
            failed += Integer.parseInt(f[8]);
          }
        }
      }
      for (Map.Entry<String, Map<String, String[]>> wire : async.entrySet()) {
        if (wire.getKey().startsWith(protocol + " ")) {
          String[] f = wire.getValue().get("sdk");
          calls += Integer.parseInt(f[8]) + Integer.parseInt(f[9]);
          failed += Integer.parseInt(f[9]);
        }
      }
      if (calls > 0) {
        row(md, "SDK calls failed (measured)", "TLS " + protocol + ", every round trip",
            failed + " of " + calls, "0", failed == 0);
      }
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, String goal, String wire, String measured, String target, boolean met) {
    md.append("| ").append(goal).append(" | ").append(wire).append(" | ").append(measured).append(" | ")
        .append(target).append(" | ").append(met ? "met" : "**not met**").append(" |\n");
  }

  private void table(StringBuilder md, String wire) {
    md.append("### ").append(wireName(wire)).append(" round trip\n\n");
    md.append("Load average as it started: ").append(loads.getOrDefault(wire, "?")).append(".\n\n");
    md.append("| Phase | Client | median | p90 | p99 | calls/s | calls | failed calls | answered | new connections |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String op : OPS) {
      for (String client : CLIENTS) {
        String[] f = seq.get(wire).get(op + " " + client);
        if (f == null) {
          continue;
        }
        md.append(String.format(Locale.ROOT, "| %s, sequential | %s | %s ms | %s ms | – | – | %s | %s | %s | %s |%n",
            op, label(client), ms(f[5]), ms(f[6]), f[7], f[8], f[9], f[10]));
      }
    }
    Map<String, String[]> rows = async.get(wire);
    for (String client : CLIENTS) {
      String[] f = rows == null ? null : rows.get(client);
      if (f == null) {
        continue;
      }
      md.append(String.format(Locale.ROOT, "| retrieve, 64 async | %s | %s ms | – | %s ms | %,.0f | %s | %s | – | %s |%n",
          label(client), ms(f[6]), ms(f[7]), Double.parseDouble(f[5]), f[8], f[9], f[10]));
    }
    md.append('\n');
  }

  private void failureList(StringBuilder md) {
    md.append("### The SDK's failed calls\n\n");
    if (failures.isEmpty()) {
      md.append("None, in the measured calls, the warm-ups and the checks.\n\n");
      return;
    }
    md.append("In the measured calls and, apart, in the warm-ups and the first-call checks (not in the tables),\n")
        .append("by message up to its first `;`:\n\n");
    md.append("| Wire | Operation | Calls | Count | Message |\n|---|---|---|---:|---|\n");
    for (String[] f : failures) {
      // failure PROTOCOL RTT OP CLIENT measured|warm-up COUNT MESSAGE
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n",
          wireName(f[1] + " " + f[2]), f[3], f[5], f[6], f[7].replace("|", "\\|")));
    }
    md.append('\n');
  }

  private double median(String wire, String op, String client) {
    return Double.parseDouble(seq.get(wire).get(op + " " + client)[5]);
  }

  private static int roundTrip(String wire) {
    return Integer.parseInt(wire.substring(wire.indexOf(' ') + 1));
  }

  private static String wireName(String wire) {
    return "TLS " + wire.substring(0, wire.indexOf(' ')) + ", " + roundTrip(wire) + " ms";
  }

  private static String label(String client) {
    return client.equals("sdk") ? "this SDK" : client.equals("official") ? "official client 3.14.0" : "floor";
  }

  private static String ms(String value) {
    double ms = Double.parseDouble(value);
    return Double.isNaN(ms) ? "?" : String.format(Locale.ROOT, ms >= 10 ? "%.1f" : "%.2f", ms);
  }
}
