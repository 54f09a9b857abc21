package dev.managedagents.deployments.bench;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The fixed bodies every benchmark uses, so both clients and the floor read the same bytes: one
 * deployment with every field and union variant set, a page of 100 deployments made from it, a
 * create request body with every field set, and a run record. The decode benchmarks read the
 * deployment and the page in each {@link KeyOrder}: a server may order an object's properties as
 * it likes.
 */
final class Fixtures {
  static final String DEPLOYMENT_ID = "depl_011CZkZPx3nH8RvmQw2Ks7Te";
  static final int PAGE_SIZE = 100;

  // The paused-reason error variants; the page cycles through them, plus manual and not paused.
  private static final String[] PAUSED_ERRORS = {
    "environment_archived_error", "agent_archived_error", "environment_not_found_error",
    "vault_not_found_error", "vault_archived_error", "file_not_found_error",
    "memory_store_archived_error", "skill_not_found_error", "session_resource_not_found_error",
    "workspace_archived_error", "organization_disabled_error",
    "self_hosted_resources_unsupported_error", "mcp_egress_blocked_error", "unknown_error",
  };

  /** One deployment, about 3.5 KB. */
  static final byte[] DEPLOYMENT = resource("deployment.json");

  /** A list page of 100 deployments, about 350 KB. */
  static final byte[] PAGE = page();

  /** A create request body with every field set. */
  static final byte[] CREATE_REQUEST = resource("create-request.json");

  /** The run record the real-wire server answers a run of {@link #DEPLOYMENT_ID} with. */
  static final byte[] DEPLOYMENT_RUN = resource("deployment-run.json");

  private Fixtures() {}

  /** The deployment with the properties of every object in {@code order}. */
  static byte[] deployment(String order) {
    return KeyOrder.of(order).apply(DEPLOYMENT);
  }

  /** The page with the properties of every object in {@code order}. */
  static byte[] page(String order) {
    return KeyOrder.of(order).apply(PAGE);
  }

  /**
   * An order of every object's properties; each rewrites a document with the same values, byte for
   * byte, in the same arrays, only the properties of objects reordered.
   */
  enum KeyOrder {
    /** {@code type} first in every object, the rest as in the fixture. */
    TYPE_FIRST("type-first", Comparator.comparing((String name) -> !name.equals("type"))),
    /** {@code type} last in every object, the rest as in the fixture. */
    TYPE_LAST("type-last", Comparator.comparing((String name) -> name.equals("type"))),
    /** Every object's properties sorted by name, as many serializers write them. */
    SORTED("sorted", Comparator.naturalOrder());

    /** The names the benchmarks' {@code keyOrder} parameter takes. */
    static final String[] NAMES = {"type-first", "type-last", "sorted"};

    final String label;
    private final Comparator<String> names;

    KeyOrder(String label, Comparator<String> names) {
      this.label = label;
      this.names = names;
    }

    static KeyOrder of(String label) {
      for (KeyOrder order : values()) {
        if (order.label.equals(label)) {
          return order;
        }
      }
      throw new IllegalArgumentException("No key order " + label);
    }

    byte[] apply(byte[] json) {
      try {
        JsonReader reader = JsonReader.of(new Buffer().write(json));
        StringBuilder out = new StringBuilder(json.length);
        write(reader, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void write(JsonReader reader, StringBuilder out) throws IOException {
      switch (reader.peek()) {
        case BEGIN_OBJECT:
          List<String[]> properties = new ArrayList<>();
          reader.beginObject();
          while (reader.hasNext()) {
            String name = reader.nextName();
            StringBuilder value = new StringBuilder();
            write(reader, value);
            properties.add(new String[] {name, value.toString()});
          }
          reader.endObject();
          properties.sort((a, b) -> names.compare(a[0], b[0])); // stable
          out.append('{');
          for (int i = 0; i < properties.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(properties.get(i)[0])).append(':');
            out.append(properties.get(i)[1]);
          }
          out.append('}');
          break;
        case BEGIN_ARRAY:
          reader.beginArray();
          out.append('[');
          for (int i = 0; reader.hasNext(); i++) {
            out.append(i == 0 ? "" : ",");
            write(reader, out);
          }
          reader.endArray();
          out.append(']');
          break;
        default:
          try (BufferedSource value = reader.nextSource()) {
            out.append(value.readUtf8());
          }
      }
    }

    private static String quote(String name) throws IOException {
      Buffer buffer = new Buffer();
      JsonWriter.of(buffer).value(name).close();
      return buffer.readUtf8();
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] page() {
    String template = utf8(DEPLOYMENT);
    String pausedTemplate = "\"status\":\"paused\",\"paused_reason\":{\"type\":\"error\",\"error\":{\"type\":\"vault_archived_error\"}}";
    require(template.contains(pausedTemplate), "paused reason in deployment.json");
    StringBuilder page = new StringBuilder(PAGE_SIZE * (template.length() + 16)).append("{\"data\":[");
    for (int i = 0; i < PAGE_SIZE; i++) {
      String n = String.format("%04d", i);
      int variant = i % (PAUSED_ERRORS.length + 2);
      String status =
          variant < PAUSED_ERRORS.length
              ? "\"status\":\"paused\",\"paused_reason\":{\"type\":\"error\",\"error\":{\"type\":\"" + PAUSED_ERRORS[variant] + "\"}}"
              : variant == PAUSED_ERRORS.length
                  ? "\"status\":\"paused\",\"paused_reason\":{\"type\":\"manual\"}"
                  : "\"status\":\"active\",\"paused_reason\":null";
      String item =
          template
              .replace(DEPLOYMENT_ID, DEPLOYMENT_ID.substring(0, DEPLOYMENT_ID.length() - 4) + n)
              .replace("weekly-finance-report", "weekly-finance-report-" + n)
              .replace(pausedTemplate, status)
              .replace(
                  "\"created_at\":\"2026-11-02T10:00:00Z\"",
                  String.format("\"created_at\":\"2026-11-02T10:%02d:%02dZ\"", i % 60, i / 60));
      if (i > 0) {
        page.append(',');
      }
      page.append(item);
    }
    page.append("],\"next_page\":\"page_011CZkZQ8rS9tU0vW1xY2zA3\"}");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      require(in != null, "fixture " + name);
      String text = utf8(in.readAllBytes()).trim();
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("Benchmark fixture check failed: " + what);
    }
  }
}
