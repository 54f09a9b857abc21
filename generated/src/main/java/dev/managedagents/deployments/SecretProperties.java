// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON property names the spec marks {@code x-secret} (write-only credentials), and which of
 * them a body of each model can hold at any depth: their values are masked wherever the client
 * shows a body, such as in logs and error excerpts.
 */
final class SecretProperties {
  /** Every name, as it appears on the wire. */
  static final Set<String> NAMES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  new String[] {
                    "authorization_token",
                  })));

  /** Each model's own secret properties. */
  private static final Map<String, List<String>> OWN = new HashMap<>();

  /** The models each model holds: those of its properties, and a union's variants. */
  private static final Map<String, List<String>> PARTS = new HashMap<>();

  static {
    model("AgentArchivedPausedReasonError", new String[] {}, new String[] {});
    model("AgentArchivedRunError", new String[] {}, new String[] {});
    model(
        "AgentParam",
        new String[] {},
        new String[] {
          "AgentReferenceParam", "String",
        });
    model("AgentReference", new String[] {}, new String[] {});
    model("AgentReferenceParam", new String[] {}, new String[] {});
    model("ApiError", new String[] {}, new String[] {});
    model("AuthenticationError", new String[] {}, new String[] {});
    model("Base64DocumentSource", new String[] {}, new String[] {});
    model("Base64ImageSource", new String[] {}, new String[] {});
    model("BillingError", new String[] {}, new String[] {});
    model("BranchCheckout", new String[] {}, new String[] {});
    model(
        "BudgetLimit",
        new String[] {},
        new String[] {
          "Money",
        });
    model(
        "Checkout",
        new String[] {},
        new String[] {
          "BranchCheckout", "CommitCheckout",
        });
    model("CommitCheckout", new String[] {}, new String[] {});
    model("ConflictError", new String[] {}, new String[] {});
    model(
        "ContentBlock",
        new String[] {},
        new String[] {
          "DocumentSource", "DocumentBlock", "ImageBlock", "RedactedBlock", "TextBlock",
        });
    model(
        "ContentBlockParam",
        new String[] {},
        new String[] {
          "DocumentSource", "DocumentBlock", "ImageBlock", "TextBlock",
        });
    model(
        "CreateDeploymentParams",
        new String[] {},
        new String[] {
          "AgentParam", "InitialEventParam", "ResourceParam", "ScheduleParam", "BudgetLimit",
        });
    model("CronSchedule", new String[] {}, new String[] {});
    model("CronScheduleParam", new String[] {}, new String[] {});
    model(
        "Deployment",
        new String[] {},
        new String[] {
          "AgentReference",
          "InitialEvent",
          "ResourceConfig",
          "Schedule",
          "BudgetLimit",
          "DeploymentStatus",
          "PausedReason",
        });
    model(
        "DeploymentPage",
        new String[] {},
        new String[] {
          "Deployment",
        });
    model(
        "DeploymentRun",
        new String[] {},
        new String[] {
          "AgentReference", "RunError", "TriggerContext",
        });
    model(
        "DeploymentRunPage",
        new String[] {},
        new String[] {
          "DeploymentRun",
        });
    model("DeploymentStatus", new String[] {}, new String[] {});
    model(
        "DocumentBlock",
        new String[] {},
        new String[] {
          "DocumentSource",
        });
    model(
        "DocumentSource",
        new String[] {},
        new String[] {
          "Base64DocumentSource",
          "FileDocumentSource",
          "PlainTextDocumentSource",
          "UrlDocumentSource",
        });
    model("EnvironmentArchivedPausedReasonError", new String[] {}, new String[] {});
    model("EnvironmentArchivedRunError", new String[] {}, new String[] {});
    model("EnvironmentNotFoundPausedReasonError", new String[] {}, new String[] {});
    model("EnvironmentNotFoundRunError", new String[] {}, new String[] {});
    model(
        "ErrorEnvelope",
        new String[] {},
        new String[] {
          "ErrorObject",
        });
    model(
        "ErrorObject",
        new String[] {},
        new String[] {
          "ApiError",
          "AuthenticationError",
          "BillingError",
          "ConflictError",
          "InvalidRequestError",
          "NotFoundError",
          "OverloadedError",
          "PermissionError",
          "RateLimitError",
          "RequestTooLargeError",
          "TimeoutError",
        });
    model(
        "ErrorPausedReason",
        new String[] {},
        new String[] {
          "PausedReasonError",
        });
    model("FileDocumentSource", new String[] {}, new String[] {});
    model("FileImageSource", new String[] {}, new String[] {});
    model("FileNotFoundPausedReasonError", new String[] {}, new String[] {});
    model("FileNotFoundRunError", new String[] {}, new String[] {});
    model("FileResourceConfig", new String[] {}, new String[] {});
    model("FileResourceParam", new String[] {}, new String[] {});
    model("FileRubric", new String[] {}, new String[] {});
    model(
        "GitHubRepositoryResourceConfig",
        new String[] {},
        new String[] {
          "Checkout",
        });
    model(
        "GitHubRepositoryResourceParam",
        new String[] {
          "authorization_token",
        },
        new String[] {
          "Checkout",
        });
    model(
        "ImageBlock",
        new String[] {},
        new String[] {
          "ImageSource",
        });
    model(
        "ImageSource",
        new String[] {},
        new String[] {
          "Base64ImageSource", "FileImageSource", "UrlImageSource",
        });
    model(
        "InitialEvent",
        new String[] {},
        new String[] {
          "TextBlock", "Rubric", "SystemMessageEvent", "UserDefineOutcomeEvent", "UserMessageEvent",
        });
    model(
        "InitialEventParam",
        new String[] {},
        new String[] {
          "TextBlock",
          "Rubric",
          "SystemMessageEventParam",
          "UserDefineOutcomeEventParam",
          "UserMessageEventParam",
        });
    model("InvalidRequestError", new String[] {}, new String[] {});
    model("ManualPausedReason", new String[] {}, new String[] {});
    model("ManualTriggerContext", new String[] {}, new String[] {});
    model("McpEgressBlockedPausedReasonError", new String[] {}, new String[] {});
    model("McpEgressBlockedRunError", new String[] {}, new String[] {});
    model("MemoryStoreAccess", new String[] {}, new String[] {});
    model("MemoryStoreArchivedPausedReasonError", new String[] {}, new String[] {});
    model("MemoryStoreArchivedRunError", new String[] {}, new String[] {});
    model(
        "MemoryStoreResourceConfig",
        new String[] {},
        new String[] {
          "MemoryStoreAccess",
        });
    model(
        "MemoryStoreResourceParam",
        new String[] {},
        new String[] {
          "MemoryStoreAccess",
        });
    model("Money", new String[] {}, new String[] {});
    model("NotFoundError", new String[] {}, new String[] {});
    model("OrganizationDisabledPausedReasonError", new String[] {}, new String[] {});
    model("OrganizationDisabledRunError", new String[] {}, new String[] {});
    model("OverloadedError", new String[] {}, new String[] {});
    model(
        "PausedReason",
        new String[] {},
        new String[] {
          "PausedReasonError", "ErrorPausedReason", "ManualPausedReason",
        });
    model(
        "PausedReasonError",
        new String[] {},
        new String[] {
          "AgentArchivedPausedReasonError",
          "EnvironmentArchivedPausedReasonError",
          "EnvironmentNotFoundPausedReasonError",
          "FileNotFoundPausedReasonError",
          "McpEgressBlockedPausedReasonError",
          "MemoryStoreArchivedPausedReasonError",
          "OrganizationDisabledPausedReasonError",
          "SelfHostedResourcesUnsupportedPausedReasonError",
          "SessionResourceNotFoundPausedReasonError",
          "SkillNotFoundPausedReasonError",
          "UnknownErrorPausedReasonError",
          "VaultArchivedPausedReasonError",
          "VaultNotFoundPausedReasonError",
          "WorkspaceArchivedPausedReasonError",
        });
    model("PermissionError", new String[] {}, new String[] {});
    model("PlainTextDocumentSource", new String[] {}, new String[] {});
    model("RateLimitError", new String[] {}, new String[] {});
    model("RedactedBlock", new String[] {}, new String[] {});
    model("RequestTooLargeError", new String[] {}, new String[] {});
    model(
        "ResourceConfig",
        new String[] {},
        new String[] {
          "Checkout",
          "MemoryStoreAccess",
          "FileResourceConfig",
          "GitHubRepositoryResourceConfig",
          "MemoryStoreResourceConfig",
        });
    model(
        "ResourceParam",
        new String[] {
          "authorization_token",
        },
        new String[] {
          "Checkout",
          "MemoryStoreAccess",
          "FileResourceParam",
          "GitHubRepositoryResourceParam",
          "MemoryStoreResourceParam",
        });
    model(
        "Rubric",
        new String[] {},
        new String[] {
          "FileRubric", "TextRubric",
        });
    model(
        "RunError",
        new String[] {},
        new String[] {
          "AgentArchivedRunError",
          "EnvironmentArchivedRunError",
          "EnvironmentNotFoundRunError",
          "FileNotFoundRunError",
          "McpEgressBlockedRunError",
          "MemoryStoreArchivedRunError",
          "OrganizationDisabledRunError",
          "SelfHostedResourcesUnsupportedRunError",
          "SessionCreationRejectedRunError",
          "SessionRateLimitedRunError",
          "SessionResourceNotFoundRunError",
          "SkillNotFoundRunError",
          "UnknownErrorRunError",
          "VaultArchivedRunError",
          "VaultNotFoundRunError",
          "WorkspaceArchivedRunError",
        });
    model(
        "Schedule",
        new String[] {},
        new String[] {
          "CronSchedule",
        });
    model(
        "ScheduleParam",
        new String[] {},
        new String[] {
          "CronScheduleParam",
        });
    model("ScheduleTriggerContext", new String[] {}, new String[] {});
    model("SelfHostedResourcesUnsupportedPausedReasonError", new String[] {}, new String[] {});
    model("SelfHostedResourcesUnsupportedRunError", new String[] {}, new String[] {});
    model("SessionCreationRejectedRunError", new String[] {}, new String[] {});
    model("SessionRateLimitedRunError", new String[] {}, new String[] {});
    model("SessionResourceNotFoundPausedReasonError", new String[] {}, new String[] {});
    model("SessionResourceNotFoundRunError", new String[] {}, new String[] {});
    model("SkillNotFoundPausedReasonError", new String[] {}, new String[] {});
    model("SkillNotFoundRunError", new String[] {}, new String[] {});
    model(
        "SystemMessageEvent",
        new String[] {},
        new String[] {
          "TextBlock",
        });
    model(
        "SystemMessageEventParam",
        new String[] {},
        new String[] {
          "TextBlock",
        });
    model("TextBlock", new String[] {}, new String[] {});
    model("TextRubric", new String[] {}, new String[] {});
    model("TimeoutError", new String[] {}, new String[] {});
    model(
        "TriggerContext",
        new String[] {},
        new String[] {
          "ManualTriggerContext", "ScheduleTriggerContext",
        });
    model("TriggerType", new String[] {}, new String[] {});
    model("UnknownErrorPausedReasonError", new String[] {}, new String[] {});
    model("UnknownErrorRunError", new String[] {}, new String[] {});
    model(
        "UpdateDeploymentParams",
        new String[] {},
        new String[] {
          "AgentParam", "InitialEventParam", "ResourceParam", "ScheduleParam", "BudgetLimit",
        });
    model("UrlDocumentSource", new String[] {}, new String[] {});
    model("UrlImageSource", new String[] {}, new String[] {});
    model(
        "UserDefineOutcomeEvent",
        new String[] {},
        new String[] {
          "Rubric",
        });
    model(
        "UserDefineOutcomeEventParam",
        new String[] {},
        new String[] {
          "Rubric",
        });
    model(
        "UserMessageEvent",
        new String[] {},
        new String[] {
          "ContentBlock",
        });
    model(
        "UserMessageEventParam",
        new String[] {},
        new String[] {
          "ContentBlockParam",
        });
    model("VaultArchivedPausedReasonError", new String[] {}, new String[] {});
    model("VaultArchivedRunError", new String[] {}, new String[] {});
    model("VaultNotFoundPausedReasonError", new String[] {}, new String[] {});
    model("VaultNotFoundRunError", new String[] {}, new String[] {});
    model("WorkspaceArchivedPausedReasonError", new String[] {}, new String[] {});
    model("WorkspaceArchivedRunError", new String[] {}, new String[] {});
  }

  private SecretProperties() {}

  private static void model(String name, String[] own, String[] parts) {
    OWN.put(name, Arrays.asList(own));
    PARTS.put(name, Arrays.asList(parts));
  }

  /** The secret property names a body of {@code model} can hold, at any depth, sorted. */
  static Set<String> reachableFrom(String model) {
    Set<String> names = new TreeSet<>();
    collect(model, new LinkedHashSet<>(), names);
    return Collections.unmodifiableSet(names);
  }

  private static void collect(String model, Set<String> seen, Set<String> names) {
    if (!seen.add(model) || !OWN.containsKey(model)) {
      return;
    }
    names.addAll(OWN.get(model));
    for (String part : PARTS.get(model)) {
      collect(part, seen, names);
    }
  }
}
