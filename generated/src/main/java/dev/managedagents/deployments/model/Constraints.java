// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import dev.managedagents.deployments.CronExpression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documented limits of the API (lengths, counts, ranges, cron expressions), checked on the
 * client so that a request that breaks one is refused before it is sent. The limits come from the
 * spec's constraints.
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
   * Where a value is in the JSON being checked: a property of, or an element in, the value around
   * it. Its text is built only for a broken limit, so checking a valid request allocates one small
   * object per nested value and no strings.
   */
  static final class Where {
    static final Where ROOT = new Where(null, null, 0);

    private final @Nullable Where parent;
    private final @Nullable String name;
    private final int index;

    private Where(@Nullable Where parent, @Nullable String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    /** The property {@code name} of the object here. */
    Where property(String name) {
      return new Where(this, name, 0);
    }

    /** The element at {@code index} of the list here. */
    Where element(int index) {
      return new Where(this, null, index);
    }

    /** This location and then {@code name}, or this location alone when {@code name} is null. */
    String describe(@Nullable String name) {
      StringBuilder text = new StringBuilder();
      (name == null ? this : property(name)).append(text);
      return text.toString();
    }

    private void append(StringBuilder text) {
      if (parent == null) {
        return;
      }
      parent.append(text);
      if (name == null) {
        text.append('[').append(index).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(name);
      }
    }
  }

  /**
   * Every limit that {@code body} (a request body: a model the spec marks {@code x-request-body})
   * breaks; empty when it keeps them all.
   */
  static List<Violation> check(Object body) {
    List<Violation> out = new ArrayList<>();
    if (body instanceof CreateDeploymentParams) {
      ((CreateDeploymentParams) body).collectViolations(Where.ROOT, out);
    }
    if (body instanceof UpdateDeploymentParams) {
      ((UpdateDeploymentParams) body).collectViolations(Where.ROOT, out);
    }
    return Collections.unmodifiableList(out);
  }

  /** Checks either form of {@link AgentParam}. */
  static void checkAgentParam(AgentParam value, Where where, List<Violation> out) {
    if (value instanceof AgentParam.Id) {
      ((AgentParam.Id) value).collectViolations(where, out);
    } else if (value instanceof AgentReferenceParam) {
      ((AgentReferenceParam) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link Checkout} {@code value} is; an unknown one has no limits.
   */
  static void checkCheckout(Checkout value, Where where, List<Violation> out) {
    if (value instanceof BranchCheckout) {
      ((BranchCheckout) value).collectViolations(where, out);
    } else if (value instanceof CommitCheckout) {
      ((CommitCheckout) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ContentBlock} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkContentBlock(ContentBlock value, Where where, List<Violation> out) {
    if (value instanceof DocumentBlock) {
      ((DocumentBlock) value).collectViolations(where, out);
    } else if (value instanceof ImageBlock) {
      ((ImageBlock) value).collectViolations(where, out);
    } else if (value instanceof RedactedBlock) {
      ((RedactedBlock) value).collectViolations(where, out);
    } else if (value instanceof TextBlock) {
      ((TextBlock) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ContentBlockParam} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkContentBlockParam(ContentBlockParam value, Where where, List<Violation> out) {
    if (value instanceof DocumentBlock) {
      ((DocumentBlock) value).collectViolations(where, out);
    } else if (value instanceof ImageBlock) {
      ((ImageBlock) value).collectViolations(where, out);
    } else if (value instanceof TextBlock) {
      ((TextBlock) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link DocumentSource} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkDocumentSource(DocumentSource value, Where where, List<Violation> out) {
    if (value instanceof Base64DocumentSource) {
      ((Base64DocumentSource) value).collectViolations(where, out);
    } else if (value instanceof FileDocumentSource) {
      ((FileDocumentSource) value).collectViolations(where, out);
    } else if (value instanceof PlainTextDocumentSource) {
      ((PlainTextDocumentSource) value).collectViolations(where, out);
    } else if (value instanceof UrlDocumentSource) {
      ((UrlDocumentSource) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ErrorObject} {@code value} is; an unknown one has no limits.
   */
  static void checkErrorObject(ErrorObject value, Where where, List<Violation> out) {
    if (value instanceof ApiError) {
      ((ApiError) value).collectViolations(where, out);
    } else if (value instanceof AuthenticationError) {
      ((AuthenticationError) value).collectViolations(where, out);
    } else if (value instanceof BillingError) {
      ((BillingError) value).collectViolations(where, out);
    } else if (value instanceof ConflictError) {
      ((ConflictError) value).collectViolations(where, out);
    } else if (value instanceof InvalidRequestError) {
      ((InvalidRequestError) value).collectViolations(where, out);
    } else if (value instanceof NotFoundError) {
      ((NotFoundError) value).collectViolations(where, out);
    } else if (value instanceof OverloadedError) {
      ((OverloadedError) value).collectViolations(where, out);
    } else if (value instanceof PermissionError) {
      ((PermissionError) value).collectViolations(where, out);
    } else if (value instanceof RateLimitError) {
      ((RateLimitError) value).collectViolations(where, out);
    } else if (value instanceof RequestTooLargeError) {
      ((RequestTooLargeError) value).collectViolations(where, out);
    } else if (value instanceof TimeoutError) {
      ((TimeoutError) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ImageSource} {@code value} is; an unknown one has no limits.
   */
  static void checkImageSource(ImageSource value, Where where, List<Violation> out) {
    if (value instanceof Base64ImageSource) {
      ((Base64ImageSource) value).collectViolations(where, out);
    } else if (value instanceof FileImageSource) {
      ((FileImageSource) value).collectViolations(where, out);
    } else if (value instanceof UrlImageSource) {
      ((UrlImageSource) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link InitialEvent} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkInitialEvent(InitialEvent value, Where where, List<Violation> out) {
    if (value instanceof SystemMessageEvent) {
      ((SystemMessageEvent) value).collectViolations(where, out);
    } else if (value instanceof UserDefineOutcomeEvent) {
      ((UserDefineOutcomeEvent) value).collectViolations(where, out);
    } else if (value instanceof UserMessageEvent) {
      ((UserMessageEvent) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link InitialEventParam} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkInitialEventParam(InitialEventParam value, Where where, List<Violation> out) {
    if (value instanceof SystemMessageEventParam) {
      ((SystemMessageEventParam) value).collectViolations(where, out);
    } else if (value instanceof UserDefineOutcomeEventParam) {
      ((UserDefineOutcomeEventParam) value).collectViolations(where, out);
    } else if (value instanceof UserMessageEventParam) {
      ((UserMessageEventParam) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link PausedReason} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkPausedReason(PausedReason value, Where where, List<Violation> out) {
    if (value instanceof ErrorPausedReason) {
      ((ErrorPausedReason) value).collectViolations(where, out);
    } else if (value instanceof ManualPausedReason) {
      ((ManualPausedReason) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link PausedReasonError} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkPausedReasonError(PausedReasonError value, Where where, List<Violation> out) {
    if (value instanceof AgentArchivedPausedReasonError) {
      ((AgentArchivedPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof EnvironmentArchivedPausedReasonError) {
      ((EnvironmentArchivedPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof EnvironmentNotFoundPausedReasonError) {
      ((EnvironmentNotFoundPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof FileNotFoundPausedReasonError) {
      ((FileNotFoundPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof McpEgressBlockedPausedReasonError) {
      ((McpEgressBlockedPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof MemoryStoreArchivedPausedReasonError) {
      ((MemoryStoreArchivedPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof OrganizationDisabledPausedReasonError) {
      ((OrganizationDisabledPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof SelfHostedResourcesUnsupportedPausedReasonError) {
      ((SelfHostedResourcesUnsupportedPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof SessionResourceNotFoundPausedReasonError) {
      ((SessionResourceNotFoundPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof SkillNotFoundPausedReasonError) {
      ((SkillNotFoundPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof UnknownErrorPausedReasonError) {
      ((UnknownErrorPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof VaultArchivedPausedReasonError) {
      ((VaultArchivedPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof VaultNotFoundPausedReasonError) {
      ((VaultNotFoundPausedReasonError) value).collectViolations(where, out);
    } else if (value instanceof WorkspaceArchivedPausedReasonError) {
      ((WorkspaceArchivedPausedReasonError) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ResourceConfig} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkResourceConfig(ResourceConfig value, Where where, List<Violation> out) {
    if (value instanceof FileResourceConfig) {
      ((FileResourceConfig) value).collectViolations(where, out);
    } else if (value instanceof GitHubRepositoryResourceConfig) {
      ((GitHubRepositoryResourceConfig) value).collectViolations(where, out);
    } else if (value instanceof MemoryStoreResourceConfig) {
      ((MemoryStoreResourceConfig) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ResourceParam} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkResourceParam(ResourceParam value, Where where, List<Violation> out) {
    if (value instanceof FileResourceParam) {
      ((FileResourceParam) value).collectViolations(where, out);
    } else if (value instanceof GitHubRepositoryResourceParam) {
      ((GitHubRepositoryResourceParam) value).collectViolations(where, out);
    } else if (value instanceof MemoryStoreResourceParam) {
      ((MemoryStoreResourceParam) value).collectViolations(where, out);
    }
  }

  /** Checks whichever variant of {@link Rubric} {@code value} is; an unknown one has no limits. */
  static void checkRubric(Rubric value, Where where, List<Violation> out) {
    if (value instanceof FileRubric) {
      ((FileRubric) value).collectViolations(where, out);
    } else if (value instanceof TextRubric) {
      ((TextRubric) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link RunError} {@code value} is; an unknown one has no limits.
   */
  static void checkRunError(RunError value, Where where, List<Violation> out) {
    if (value instanceof AgentArchivedRunError) {
      ((AgentArchivedRunError) value).collectViolations(where, out);
    } else if (value instanceof EnvironmentArchivedRunError) {
      ((EnvironmentArchivedRunError) value).collectViolations(where, out);
    } else if (value instanceof EnvironmentNotFoundRunError) {
      ((EnvironmentNotFoundRunError) value).collectViolations(where, out);
    } else if (value instanceof FileNotFoundRunError) {
      ((FileNotFoundRunError) value).collectViolations(where, out);
    } else if (value instanceof McpEgressBlockedRunError) {
      ((McpEgressBlockedRunError) value).collectViolations(where, out);
    } else if (value instanceof MemoryStoreArchivedRunError) {
      ((MemoryStoreArchivedRunError) value).collectViolations(where, out);
    } else if (value instanceof OrganizationDisabledRunError) {
      ((OrganizationDisabledRunError) value).collectViolations(where, out);
    } else if (value instanceof SelfHostedResourcesUnsupportedRunError) {
      ((SelfHostedResourcesUnsupportedRunError) value).collectViolations(where, out);
    } else if (value instanceof SessionCreationRejectedRunError) {
      ((SessionCreationRejectedRunError) value).collectViolations(where, out);
    } else if (value instanceof SessionRateLimitedRunError) {
      ((SessionRateLimitedRunError) value).collectViolations(where, out);
    } else if (value instanceof SessionResourceNotFoundRunError) {
      ((SessionResourceNotFoundRunError) value).collectViolations(where, out);
    } else if (value instanceof SkillNotFoundRunError) {
      ((SkillNotFoundRunError) value).collectViolations(where, out);
    } else if (value instanceof UnknownErrorRunError) {
      ((UnknownErrorRunError) value).collectViolations(where, out);
    } else if (value instanceof VaultArchivedRunError) {
      ((VaultArchivedRunError) value).collectViolations(where, out);
    } else if (value instanceof VaultNotFoundRunError) {
      ((VaultNotFoundRunError) value).collectViolations(where, out);
    } else if (value instanceof WorkspaceArchivedRunError) {
      ((WorkspaceArchivedRunError) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link Schedule} {@code value} is; an unknown one has no limits.
   */
  static void checkSchedule(Schedule value, Where where, List<Violation> out) {
    if (value instanceof CronSchedule) {
      ((CronSchedule) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link ScheduleParam} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkScheduleParam(ScheduleParam value, Where where, List<Violation> out) {
    if (value instanceof CronScheduleParam) {
      ((CronScheduleParam) value).collectViolations(where, out);
    }
  }

  /**
   * Checks whichever variant of {@link TriggerContext} {@code value} is; an unknown one has no
   * limits.
   */
  static void checkTriggerContext(TriggerContext value, Where where, List<Violation> out) {
    if (value instanceof ManualTriggerContext) {
      ((ManualTriggerContext) value).collectViolations(where, out);
    } else if (value instanceof ScheduleTriggerContext) {
      ((ScheduleTriggerContext) value).collectViolations(where, out);
    }
  }

  static void minLength(
      String value, int min, Where where, @Nullable String name, List<Violation> out) {
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      out.add(
          new Violation(
              where.describe(name),
              min == 1
                  ? "must not be empty"
                  : "has " + length + " characters; the minimum is " + min));
    }
  }

  static void maxLength(
      String value, int max, Where where, @Nullable String name, List<Violation> out) {
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      out.add(
          new Violation(
              where.describe(name), "has " + length + " characters; the maximum is " + max));
    }
  }

  /**
   * A 5-field cron expression the API accepts ({@code x-cron-expression}); empty is minLength's.
   */
  static void cronExpression(String value, Where where, String name, List<Violation> out) {
    try {
      if (!value.isEmpty()) {
        CronExpression.parse(value);
      }
    } catch (IllegalArgumentException e) {
      out.add(new Violation(where.describe(name), String.valueOf(e.getMessage())));
    }
  }

  /** An IANA timezone name ({@code x-iana-timezone}); empty is minLength's. */
  static void ianaTimezone(String value, Where where, String name, List<Violation> out) {
    try {
      if (!value.isEmpty()) {
        CronExpression.requireKnownTimezone(value);
      }
    } catch (IllegalArgumentException e) {
      out.add(new Violation(where.describe(name), String.valueOf(e.getMessage())));
    }
  }

  static void range(long value, long min, long max, Where where, String name, List<Violation> out) {
    if (value < min || value > max) {
      out.add(
          new Violation(
              where.describe(name), "is " + value + "; it must be " + describeRange(min, max)));
    }
  }

  static void size(
      int size, int min, int max, String unit, Where where, String name, List<Violation> out) {
    if (size < min || size > max) {
      out.add(
          new Violation(
              where.describe(name),
              "has " + size + " " + unit + "; it must have " + describeRange(min, max)));
    }
  }

  /**
   * A patch of a bag of at most {@code max} keys: it may delete any number (a {@code null} value),
   * but can set no more than fit.
   */
  static void setKeys(
      Map<String, ? extends @Nullable String> patch,
      int max,
      Where where,
      String name,
      List<Violation> out) {
    int set = 0;
    for (String value : patch.values()) {
      if (value != null) {
        set++;
      }
    }
    if (set > max) {
      out.add(
          new Violation(
              where.describe(name), "sets " + set + " keys; at most " + max + " can be stored"));
    }
  }

  static void stringMap(
      Map<String, ? extends @Nullable String> map,
      int maxKeyLength,
      int maxValueLength,
      Where where,
      String name,
      List<Violation> out) {
    for (Map.Entry<String, ? extends @Nullable String> entry : map.entrySet()) {
      String key = entry.getKey();
      int keyLength = key.codePointCount(0, key.length());
      if (keyLength > maxKeyLength) {
        out.add(
            new Violation(
                where.property(name).describe(key),
                "the key has " + keyLength + " characters; the maximum is " + maxKeyLength));
      }
      String value = entry.getValue();
      if (value != null) {
        maxLength(value, maxValueLength, where.property(name), key, out);
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
