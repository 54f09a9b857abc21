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
 * the top frames of each stack: what ./run --profile shows.
 */
public final class JfrTop {
  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    int depth = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Map<String, Long> bytes = new HashMap<>();
    Map<String, Long> samples = new HashMap<>();
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
        totalSamples++;
      }
    }
    print("Allocation (share of sampled bytes), object @ top frames", bytes, totalBytes);
    print("CPU (share of execution samples), top frames", samples, totalSamples);
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

  private static void print(String title, Map<String, Long> counts, long total) {
    System.out.println("== " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(20)
        .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
  }
}
