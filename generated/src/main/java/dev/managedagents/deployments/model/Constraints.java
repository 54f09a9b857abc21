// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documented limits of the API (lengths, counts, ranges), checked on the client so that a
 * request that breaks one is refused before it is sent. The limits come from the spec's
 * constraints.
 *
 * <p>Package-private: a request model's adapter ({@code JsonSupport.ModelAdapter}) runs {@link
 * #check} before it writes, so the SDK and the local server see a broken limit as a failure to
 * encode, and nothing outside this package calls it.
 */
final class Constraints {
  private Constraints() {}

  /** One broken limit: where in the JSON, and what is wrong with reference to the rule. */
  static final class Violation {
    private final String path;
    private final String problem;

    Violation(String path, String problem) {
      this.path = path;
      this.problem = problem;
    }

    /** Where, as a JSON path such as {@code initial_events[2].rubric.content}. */
    String getPath() {
      return path;
    }

    /** What is wrong, naming the value's problem and the rule. */
    String getProblem() {
      return problem;
    }

    @Override
    public String toString() {
      return path + ": " + problem;
    }
  }

  /**
   * Every limit that {@code model} (a model object or union variant) breaks; empty when it keeps
   * them all.
   */
  static List<Violation> check(Object model) {
    List<Violation> out = new ArrayList<>();
    nested(model, "", out);
    return Collections.unmodifiableList(out);
  }

  static void nested(Object model, String path, List<Violation> out) {
    if (model instanceof AgentArchivedPausedReasonError) {
      ((AgentArchivedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof AgentArchivedRunError) {
      ((AgentArchivedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof AgentParam.Id) {
      ((AgentParam.Id) model).collectViolations(path, out);
      return;
    }
    if (model instanceof AgentReference) {
      ((AgentReference) model).collectViolations(path, out);
      return;
    }
    if (model instanceof AgentReferenceParam) {
      ((AgentReferenceParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ApiError) {
      ((ApiError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof AuthenticationError) {
      ((AuthenticationError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof Base64DocumentSource) {
      ((Base64DocumentSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof Base64ImageSource) {
      ((Base64ImageSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof BillingError) {
      ((BillingError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof BranchCheckout) {
      ((BranchCheckout) model).collectViolations(path, out);
      return;
    }
    if (model instanceof BudgetLimit) {
      ((BudgetLimit) model).collectViolations(path, out);
      return;
    }
    if (model instanceof CommitCheckout) {
      ((CommitCheckout) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ConflictError) {
      ((ConflictError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof CreateDeploymentParams) {
      ((CreateDeploymentParams) model).collectViolations(path, out);
      return;
    }
    if (model instanceof CronSchedule) {
      ((CronSchedule) model).collectViolations(path, out);
      return;
    }
    if (model instanceof CronScheduleParam) {
      ((CronScheduleParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof Deployment) {
      ((Deployment) model).collectViolations(path, out);
      return;
    }
    if (model instanceof DeploymentPage) {
      ((DeploymentPage) model).collectViolations(path, out);
      return;
    }
    if (model instanceof DeploymentRun) {
      ((DeploymentRun) model).collectViolations(path, out);
      return;
    }
    if (model instanceof DeploymentRunPage) {
      ((DeploymentRunPage) model).collectViolations(path, out);
      return;
    }
    if (model instanceof DocumentBlock) {
      ((DocumentBlock) model).collectViolations(path, out);
      return;
    }
    if (model instanceof EnvironmentArchivedPausedReasonError) {
      ((EnvironmentArchivedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof EnvironmentArchivedRunError) {
      ((EnvironmentArchivedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof EnvironmentNotFoundPausedReasonError) {
      ((EnvironmentNotFoundPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof EnvironmentNotFoundRunError) {
      ((EnvironmentNotFoundRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ErrorEnvelope) {
      ((ErrorEnvelope) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ErrorPausedReason) {
      ((ErrorPausedReason) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileDocumentSource) {
      ((FileDocumentSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileImageSource) {
      ((FileImageSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileNotFoundPausedReasonError) {
      ((FileNotFoundPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileNotFoundRunError) {
      ((FileNotFoundRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileResourceConfig) {
      ((FileResourceConfig) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileResourceParam) {
      ((FileResourceParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof FileRubric) {
      ((FileRubric) model).collectViolations(path, out);
      return;
    }
    if (model instanceof GitHubRepositoryResourceConfig) {
      ((GitHubRepositoryResourceConfig) model).collectViolations(path, out);
      return;
    }
    if (model instanceof GitHubRepositoryResourceParam) {
      ((GitHubRepositoryResourceParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ImageBlock) {
      ((ImageBlock) model).collectViolations(path, out);
      return;
    }
    if (model instanceof InvalidRequestError) {
      ((InvalidRequestError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ManualPausedReason) {
      ((ManualPausedReason) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ManualTriggerContext) {
      ((ManualTriggerContext) model).collectViolations(path, out);
      return;
    }
    if (model instanceof McpEgressBlockedPausedReasonError) {
      ((McpEgressBlockedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof McpEgressBlockedRunError) {
      ((McpEgressBlockedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof MemoryStoreArchivedPausedReasonError) {
      ((MemoryStoreArchivedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof MemoryStoreArchivedRunError) {
      ((MemoryStoreArchivedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof MemoryStoreResourceConfig) {
      ((MemoryStoreResourceConfig) model).collectViolations(path, out);
      return;
    }
    if (model instanceof MemoryStoreResourceParam) {
      ((MemoryStoreResourceParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof Money) {
      ((Money) model).collectViolations(path, out);
      return;
    }
    if (model instanceof NotFoundError) {
      ((NotFoundError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof OrganizationDisabledPausedReasonError) {
      ((OrganizationDisabledPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof OrganizationDisabledRunError) {
      ((OrganizationDisabledRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof OverloadedError) {
      ((OverloadedError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof PermissionError) {
      ((PermissionError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof PlainTextDocumentSource) {
      ((PlainTextDocumentSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof RateLimitError) {
      ((RateLimitError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof RedactedBlock) {
      ((RedactedBlock) model).collectViolations(path, out);
      return;
    }
    if (model instanceof RequestTooLargeError) {
      ((RequestTooLargeError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof ScheduleTriggerContext) {
      ((ScheduleTriggerContext) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SelfHostedResourcesUnsupportedPausedReasonError) {
      ((SelfHostedResourcesUnsupportedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SelfHostedResourcesUnsupportedRunError) {
      ((SelfHostedResourcesUnsupportedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SessionCreationRejectedRunError) {
      ((SessionCreationRejectedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SessionRateLimitedRunError) {
      ((SessionRateLimitedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SessionResourceNotFoundPausedReasonError) {
      ((SessionResourceNotFoundPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SessionResourceNotFoundRunError) {
      ((SessionResourceNotFoundRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SkillNotFoundPausedReasonError) {
      ((SkillNotFoundPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SkillNotFoundRunError) {
      ((SkillNotFoundRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SystemMessageEvent) {
      ((SystemMessageEvent) model).collectViolations(path, out);
      return;
    }
    if (model instanceof SystemMessageEventParam) {
      ((SystemMessageEventParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof TextBlock) {
      ((TextBlock) model).collectViolations(path, out);
      return;
    }
    if (model instanceof TextRubric) {
      ((TextRubric) model).collectViolations(path, out);
      return;
    }
    if (model instanceof TimeoutError) {
      ((TimeoutError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UnknownErrorPausedReasonError) {
      ((UnknownErrorPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UnknownErrorRunError) {
      ((UnknownErrorRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UpdateDeploymentParams) {
      ((UpdateDeploymentParams) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UrlDocumentSource) {
      ((UrlDocumentSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UrlImageSource) {
      ((UrlImageSource) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UserDefineOutcomeEvent) {
      ((UserDefineOutcomeEvent) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UserDefineOutcomeEventParam) {
      ((UserDefineOutcomeEventParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UserMessageEvent) {
      ((UserMessageEvent) model).collectViolations(path, out);
      return;
    }
    if (model instanceof UserMessageEventParam) {
      ((UserMessageEventParam) model).collectViolations(path, out);
      return;
    }
    if (model instanceof VaultArchivedPausedReasonError) {
      ((VaultArchivedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof VaultArchivedRunError) {
      ((VaultArchivedRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof VaultNotFoundPausedReasonError) {
      ((VaultNotFoundPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof VaultNotFoundRunError) {
      ((VaultNotFoundRunError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof WorkspaceArchivedPausedReasonError) {
      ((WorkspaceArchivedPausedReasonError) model).collectViolations(path, out);
      return;
    }
    if (model instanceof WorkspaceArchivedRunError) {
      ((WorkspaceArchivedRunError) model).collectViolations(path, out);
      return;
    }
  }

  static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static void minLength(String value, int min, String path, List<Violation> out) {
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      out.add(
          new Violation(
              path,
              min == 1
                  ? "must not be empty"
                  : "has " + length + " characters; the minimum is " + min));
    }
  }

  static void maxLength(String value, int max, String path, List<Violation> out) {
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      out.add(new Violation(path, "has " + length + " characters; the maximum is " + max));
    }
  }

  static void range(long value, long min, long max, String path, List<Violation> out) {
    if (value < min || value > max) {
      out.add(new Violation(path, "is " + value + "; it must be " + describeRange(min, max)));
    }
  }

  static void size(int size, int min, int max, String unit, String path, List<Violation> out) {
    if (size < min || size > max) {
      out.add(
          new Violation(
              path, "has " + size + " " + unit + "; it must have " + describeRange(min, max)));
    }
  }

  /**
   * A patch of a bag of at most {@code max} keys: it may delete any number (a {@code null} value),
   * but can set no more than fit.
   */
  static void setKeys(
      Map<String, ? extends @Nullable String> patch, int max, String path, List<Violation> out) {
    int set = 0;
    for (String value : patch.values()) {
      if (value != null) {
        set++;
      }
    }
    if (set > max) {
      out.add(new Violation(path, "sets " + set + " keys; at most " + max + " can be stored"));
    }
  }

  static void stringMap(
      Map<String, ? extends @Nullable String> map,
      int maxKeyLength,
      int maxValueLength,
      String path,
      List<Violation> out) {
    for (Map.Entry<String, ? extends @Nullable String> entry : map.entrySet()) {
      String key = entry.getKey();
      int keyLength = key.codePointCount(0, key.length());
      if (keyLength > maxKeyLength) {
        out.add(
            new Violation(
                path + "." + key,
                "the key has " + keyLength + " characters; the maximum is " + maxKeyLength));
      }
      String value = entry.getValue();
      if (value != null) {
        maxLength(value, maxValueLength, path + "." + key, out);
      }
    }
  }

  private static String describeRange(long min, long max) {
    if (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) {
      return "at least " + min;
    }
    if (min == 0 || min == Long.MIN_VALUE) {
      return "at most " + max;
    }
    return "from " + min + " to " + max;
  }
}
