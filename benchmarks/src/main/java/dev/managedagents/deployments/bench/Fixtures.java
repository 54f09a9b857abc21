package dev.managedagents.deployments.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fixed bodies every benchmark uses, so both clients and the floor read the same bytes: one
 * deployment with every field and union variant set, a page of 100 deployments made from it, and a
 * create request body with every field set.
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

  private Fixtures() {}

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
