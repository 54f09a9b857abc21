package dev.managedagents.deployments.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The parts of ./run that are not JMH: the loopback latency check, the cold-start runs and the
 * footprint. Each writes one small result file that {@link Report} turns into RESULTS.md.
 *
 * <pre>
 * loopback-check OUT            GET latency of plain OkHttp against the loopback server
 * cold-start RUNS SDK_CP OFFICIAL_CP OUT
 *                               JVM start to first decoded retrieve, RUNS process runs per client
 * footprint SDK_CP OFFICIAL_CP OUT
 *                               jar sizes of each client's runtime classpath
 * </pre>
 */
public final class Harness {
  private Harness() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "loopback-check":
        loopbackCheck(Paths.get(args[1]));
        break;
      case "cold-start":
        coldStart(Integer.parseInt(args[1]), args[2], args[3], Paths.get(args[4]));
        break;
      case "footprint":
        footprint(args[1], args[2], Paths.get(args[3]));
        break;
      default:
        throw new IllegalArgumentException("Unknown command " + args[0]);
    }
  }

  /**
   * Times plain OkHttp GETs against the loopback server. With {@code sun.net.httpserver.nodelay} on
   * each takes well under a millisecond; off, each waits about 40 ms for a delayed ACK. Fails when
   * the server is slow, since every loopback benchmark would then measure that wait.
   */
  static void loopbackCheck(Path out) throws IOException {
    String nodelay = System.getProperty("sun.net.httpserver.nodelay", "unset");
    boolean expectFast = !"false".equals(nodelay);
    try (LoopbackServer server = LoopbackServer.start()) {
      OkHttpClient http = new OkHttpClient();
      StringBuilder result = new StringBuilder();
      for (String path : new String[] {"/v1/deployments/" + Fixtures.DEPLOYMENT_ID, "/v1/deployments?limit=100"}) {
        Request request = new Request.Builder().url(server.baseUrl() + path).build();
        int warmup = expectFast ? 200 : 3;
        int runs = expectFast ? 200 : 10;
        double[] millis = new double[runs];
        for (int i = -warmup; i < runs; i++) {
          long start = System.nanoTime();
          try (Response response = http.newCall(request).execute()) {
            response.body().bytes();
          }
          if (i >= 0) {
            millis[i] = (System.nanoTime() - start) / 1e6;
          }
        }
        Arrays.sort(millis);
        double median = millis[runs / 2];
        double p99 = millis[(int) Math.min(runs - 1, Math.ceil(runs * 0.99) - 1)];
        String name = path.contains("limit") ? "list-100" : "retrieve";
        result.append(String.format(Locale.ROOT, "%s %s %d %.3f %.3f%n", nodelay, name, runs, median, p99));
        System.out.printf(Locale.ROOT, "loopback %-8s nodelay=%s: median %.3f ms, p99 %.3f ms over %d GETs%n", name, nodelay, median, p99, runs);
        if (expectFast && median >= 5) {
          throw new IllegalStateException("The loopback server adds latency (" + median + " ms per GET); benchmarks would measure it");
        }
      }
      Files.write(out, result.toString().getBytes(StandardCharsets.UTF_8));
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /**
   * Starts the loopback server once, then each client's cold-start program {@code runs} times,
   * alternating, so that load from elsewhere on the machine hits both alike. Measures from just before
   * the process is started to the line it prints after its first decoded retrieve.
   */
  static void coldStart(int runs, String sdkClasspath, String officialClasspath, Path out) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String classes = Paths.get(Harness.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    List<Double> sdk = new ArrayList<>();
    List<Double> official = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start()) {
      for (int i = 0; i < runs; i++) {
        sdk.add(startToFirstResult(java, classes + File.pathSeparator + sdkClasspath, ColdStartSdk.class.getName(), server.baseUrl()));
        official.add(startToFirstResult(java, classes + File.pathSeparator + officialClasspath, ColdStartOfficial.class.getName(), server.baseUrl()));
      }
    }
    String text = "sdk " + join(sdk) + "\nofficial " + join(official) + "\n";
    Files.write(out, text.getBytes(StandardCharsets.UTF_8));
    System.out.print("cold start (ms):\n" + text);
  }

  private static double startToFirstResult(String java, String classpath, String mainClass, String baseUrl) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, mainClass, baseUrl).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    String line;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = reader.readLine();
      long end = System.nanoTime();
      StringBuilder rest = new StringBuilder();
      String more;
      while ((more = reader.readLine()) != null) {
        rest.append(more).append('\n');
      }
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || line == null || !line.startsWith(Fixtures.DEPLOYMENT_ID + " 4")) {
        throw new IllegalStateException(mainClass + " failed: " + line + "\n" + rest);
      }
      return (end - start) / 1e6;
    }
  }

  /** Sizes of the jars on each client's runtime classpath, and of the client's own jars. */
  static void footprint(String sdkClasspath, String officialClasspath, Path out) throws IOException {
    String text = footprintLine("sdk", sdkClasspath, "deployments-sdk-") + footprintLine("official", officialClasspath, "anthropic-java");
    Files.write(out, text.getBytes(StandardCharsets.UTF_8));
    System.out.print("footprint (client, own jars, own bytes, classpath jars, classpath bytes):\n" + text);
  }

  private static String footprintLine(String client, String classpath, String ownPrefix) throws IOException {
    long total = 0;
    long own = 0;
    int jars = 0;
    int ownJars = 0;
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path jar = Paths.get(entry);
      long size = Files.size(jar);
      total += size;
      jars++;
      if (jar.getFileName().toString().startsWith(ownPrefix)) {
        own += size;
        ownJars++;
      }
    }
    return client + " " + ownJars + " " + own + " " + jars + " " + total + "\n";
  }

  private static String join(List<Double> values) {
    StringBuilder text = new StringBuilder();
    for (double value : values) {
      text.append(String.format(Locale.ROOT, "%.1f ", value));
    }
    return text.toString().trim();
  }
}
