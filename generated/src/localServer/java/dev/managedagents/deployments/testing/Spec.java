// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.testing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the spec names that the local server checks requests against: the beta every request must
 * name, each union's variant tags, each enum's values and which properties of a patch cannot be
 * cleared. A variant or value added to the spec is accepted at the next build.
 */
final class Spec {
  /** The beta that {@code anthropic-beta} must include: the spec's {@code x-required-beta}. */
  static final String BETA = "managed-agents-2026-04-01";

  private Spec() {}

  /** The tags of the variants of {@code union}, a union of the spec. */
  static List<String> variants(Class<?> union) {
    if (union == dev.managedagents.deployments.model.Checkout.class) {
      return list("branch", "commit");
    }
    if (union == dev.managedagents.deployments.model.ContentBlock.class) {
      return list("document", "image", "redacted", "text");
    }
    if (union == dev.managedagents.deployments.model.ContentBlockParam.class) {
      return list("document", "image", "text");
    }
    if (union == dev.managedagents.deployments.model.DocumentSource.class) {
      return list("base64", "file", "text", "url");
    }
    if (union == dev.managedagents.deployments.model.ErrorObject.class) {
      return list(
          "api_error",
          "authentication_error",
          "billing_error",
          "conflict_error",
          "invalid_request_error",
          "not_found_error",
          "overloaded_error",
          "permission_error",
          "rate_limit_error",
          "request_too_large",
          "timeout_error");
    }
    if (union == dev.managedagents.deployments.model.ImageSource.class) {
      return list("base64", "file", "url");
    }
    if (union == dev.managedagents.deployments.model.InitialEvent.class) {
      return list("system.message", "user.define_outcome", "user.message");
    }
    if (union == dev.managedagents.deployments.model.InitialEventParam.class) {
      return list("system.message", "user.define_outcome", "user.message");
    }
    if (union == dev.managedagents.deployments.model.PausedReason.class) {
      return list("error", "manual");
    }
    if (union == dev.managedagents.deployments.model.PausedReasonError.class) {
      return list(
          "agent_archived_error",
          "environment_archived_error",
          "environment_not_found_error",
          "file_not_found_error",
          "mcp_egress_blocked_error",
          "memory_store_archived_error",
          "organization_disabled_error",
          "self_hosted_resources_unsupported_error",
          "session_resource_not_found_error",
          "skill_not_found_error",
          "unknown_error",
          "vault_archived_error",
          "vault_not_found_error",
          "workspace_archived_error");
    }
    if (union == dev.managedagents.deployments.model.ResourceConfig.class) {
      return list("file", "github_repository", "memory_store");
    }
    if (union == dev.managedagents.deployments.model.ResourceParam.class) {
      return list("file", "github_repository", "memory_store");
    }
    if (union == dev.managedagents.deployments.model.Rubric.class) {
      return list("file", "text");
    }
    if (union == dev.managedagents.deployments.model.RunError.class) {
      return list(
          "agent_archived_error",
          "environment_archived_error",
          "environment_not_found_error",
          "file_not_found_error",
          "mcp_egress_blocked_error",
          "memory_store_archived_error",
          "organization_disabled_error",
          "self_hosted_resources_unsupported_error",
          "session_creation_rejected_error",
          "session_rate_limited_error",
          "session_resource_not_found_error",
          "skill_not_found_error",
          "unknown_error",
          "vault_archived_error",
          "vault_not_found_error",
          "workspace_archived_error");
    }
    if (union == dev.managedagents.deployments.model.Schedule.class) {
      return list("cron");
    }
    if (union == dev.managedagents.deployments.model.ScheduleParam.class) {
      return list("cron");
    }
    if (union == dev.managedagents.deployments.model.TriggerContext.class) {
      return list("manual", "schedule");
    }
    throw new IllegalArgumentException(union.getName() + " is not a union of the spec");
  }

  /** The values of {@code openEnum}, an enum of the spec. */
  static List<String> values(Class<?> openEnum) {
    if (openEnum == dev.managedagents.deployments.model.DeploymentStatus.class) {
      return list("active", "paused");
    }
    if (openEnum == dev.managedagents.deployments.model.MemoryStoreAccess.class) {
      return list("read_write", "read_only");
    }
    if (openEnum == dev.managedagents.deployments.model.TriggerType.class) {
      return list("schedule", "manual");
    }
    throw new IllegalArgumentException(openEnum.getName() + " is not an enum of the spec");
  }

  /**
   * The properties of {@code patch}, a patch of the spec ({@code x-patch}), that are not nullable:
   * an explicit {@code null} for one of them is refused rather than taken as "leave it".
   */
  static List<String> notClearable(Class<?> patch) {
    if (patch == dev.managedagents.deployments.model.UpdateDeploymentParams.class) {
      return list(
          new String[] {
            "agent", "environment_id", "initial_events", "name", "metadata",
          });
    }
    throw new IllegalArgumentException(patch.getName() + " is not a patch of the spec");
  }

  private static List<String> list(String... values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
