package dev.managedagents.deployments.bench;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Prints where a JFR recording allocated (sampled bytes) and spent CPU (execution samples), by
 * the top frames of each stack: what ./run --profile shows. With {@code --cpu-only} it prints the
 * CPU samples alone, first by the library whose code was running, for the profiles a full run
 * writes into RESULTS.md.
 */
public final class JfrTop {
  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    int depth = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean cpuOnly = args.length > 2 && args[2].equals("--cpu-only");
    Map<String, Long> bytes = new HashMap<>();
    Map<String, Long> samples = new HashMap<>();
    Map<String, Long> owners = new HashMap<>();
    long totalBytes = 0;
    long totalSamples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Paths.get(args[0]))) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = event.getLong("weight");
        bytes.merge(event.getClass("objectClass").getName() + " @ " + stack(event.getStackTrace(), depth), weight, Long::sum);
        totalBytes += weight;
      } else if (type.equals("jdk.ExecutionSample")) {
        samples.merge(stack(event.getStackTrace(), depth), 1L, Long::sum);
        owners.merge(owner(event.getStackTrace()), 1L, Long::sum);
        totalSamples++;
      }
    }
    if (cpuOnly) {
      print("CPU by the library running (top frame), " + totalSamples + " samples", owners, totalSamples, 10);
      print("CPU, top frames", samples, totalSamples, 12);
      return;
    }
    print("Allocation (share of sampled bytes), object @ top frames", bytes, totalBytes, 20);
    print("CPU (share of execution samples), top frames", samples, totalSamples, 20);
  }

  /** Whose code the top frame is: this SDK's (models or the rest), Moshi's, Okio's, and so on. */
  private static String owner(RecordedStackTrace trace) {
    if (trace == null || trace.getFrames().isEmpty()) {
      return "?";
    }
    String type = trace.getFrames().get(0).getMethod().getType().getName();
    String[][] owners = {
      {"dev.managedagents.deployments.bench.", "benchmark harness"},
      {"dev.managedagents.deployments.model.", "this SDK: models and their JSON code"},
      {"dev.managedagents.deployments.", "this SDK: client, calls, retries"},
      {"com.squareup.moshi.", "Moshi (JsonReader, JsonWriter)"},
      {"okio.", "Okio (buffers, UTF-8, option matching)"},
      {"okhttp3.", "OkHttp"},
      {"retrofit2.", "Retrofit"},
      {"com.fasterxml.", "Jackson"},
      {"com.anthropic.", "official client"},
      {"kotlin.", "Kotlin standard library"},
      {"java.", "JDK (the in-process loopback server included)"},
      {"jdk.", "JDK (the in-process loopback server included)"},
      {"sun.", "JDK (the in-process loopback server included)"},
    };
    for (String[] owner : owners) {
      if (type.startsWith(owner[0])) {
        return owner[1];
      }
    }
    return "other";
  }

  private static String stack(RecordedStackTrace trace, int depth) {
    if (trace == null) {
      return "?";
    }
    StringBuilder text = new StringBuilder();
    List<RecordedFrame> frames = trace.getFrames();
    for (int i = 0; i < Math.min(depth, frames.size()); i++) {
      RecordedFrame frame = frames.get(i);
      String owner = frame.getMethod().getType().getName();
      text.append(i == 0 ? "" : " < ")
          .append(owner.substring(owner.lastIndexOf('.') + 1))
          .append('.')
          .append(frame.getMethod().getName())
          .append(':')
          .append(frame.getLineNumber());
    }
    return text.toString();
  }

  private static void print(String title, Map<String, Long> counts, long total, int limit) {
    System.out.println("== " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
  }
}
