// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi adapters of every model, explicit and streaming. No reflection is involved, but for one
 * {@code Class.forName} that runs a request or response body's static initializer, where it
 * registers its adapter.
 *
 * <p>Most code never needs this: the client and {@code DeploymentsJson} install it. Add {@link
 * #factory()} to your own {@code Moshi.Builder} to read or write the models elsewhere.
 */
public final class ModelJsonAdapters {
  /**
   * Answers an adapter for each request and response body class ({@code CreateDeploymentParams},
   * {@code Deployment}, {@code ErrorEnvelope}, ...), and {@code null} for every other type: the
   * models they hold are read and written as parts of them. Each body class brings its own adapter,
   * so an app shrunk by R8 or ProGuard keeps only the adapters of the bodies it uses; {@link
   * #factory()} answers for every model.
   */
  public static final JsonAdapter.Factory CLASSES = ModelJsonAdapters::createForClass;

  /**
   * Answers an adapter for each model class and union, and {@code null} for every other type. It
   * names every model, so an app shrunk by R8 or ProGuard keeps them all once it calls this.
   */
  public static JsonAdapter.Factory factory() {
    return Unions.FACTORY;
  }

  /** Apart, so that an app that never calls {@link #factory()} creates no factory of all models. */
  private static final class Unions {
    static final JsonAdapter.Factory FACTORY = ModelJsonAdapters::create;
  }

  private ModelJsonAdapters() {}

  /**
   * The superclass of every object model and of each union's {@code Unknown}. Equality and a
   * union's writing go through its methods, never through a type check that names a model class, so
   * R8 may merge model classes of the same shape (a class an app type-checks itself is not merged).
   */
  abstract static class Model {
    Model() {}

    /** The model's name, unique among models: tells models apart where R8 merged their classes. */
    abstract String modelName();

    /** The values that {@code equals} compares and {@code hashCode} hashes, in order. */
    abstract Object[] values();

    /** Writes this model as JSON. */
    abstract void writeJson(JsonWriter writer) throws IOException;

    /** Whether {@code other} is the same model with equal values. */
    final boolean equalsModel(@Nullable Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Model)) {
        return false;
      }
      Model that = (Model) other;
      return modelName().equals(that.modelName()) && Arrays.equals(values(), that.values());
    }
  }

  /**
   * Marks the request and response bodies and the open enums, whose static initializers register
   * their adapters: the SDK's ProGuard rules keep such a class, and so its static initializer, when
   * the app uses it (open enums are never merged anyway: their equals checks their class). In the
   * class file only, for R8 and ProGuard to match; an interface would not do, as R8 drops an
   * interface nothing uses before it matches the rules.
   */
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface Registered {}

  /**
   * The JSON property names the spec marks {@code x-secret}: write-only credentials such as {@code
   * authorization_token}. The SDK masks their values wherever it shows JSON (a model's or a {@link
   * RawJson}'s {@code toString}, logs, error messages); use them to do the same where you log JSON
   * yourself.
   */
  public static Set<String> secretPropertyNames() {
    return SECRET_NAMES;
  }

  /** The one list of secret names, which every mask reads. */
  private static final Set<String> SECRET_NAMES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  new String[] {
                    "authorization_token",
                  })));

  /** Each body class's adapter, put here by the class's static initializer. */
  private static final ConcurrentMap<Class<?>, JsonAdapter<?>> REGISTERED =
      new ConcurrentHashMap<>();

  /** Called by each request and response body class as it is initialized. */
  static <T> void register(Class<T> model, JsonAdapter<T> adapter) {
    REGISTERED.put(model, adapter);
  }

  private static @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    JsonAdapter<?> adapter = createForClass(type, annotations, moshi);
    if (adapter != null || !annotations.isEmpty()) {
      return adapter;
    }
    // Unions are interfaces, which cannot register themselves; the models bodies hold register
    // nothing.
    if (type == AgentArchivedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "AgentArchivedPausedReasonError",
          AgentArchivedPausedReasonError::read,
          AgentArchivedPausedReasonError::write);
    }
    if (type == AgentArchivedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "AgentArchivedRunError", AgentArchivedRunError::read, AgentArchivedRunError::write);
    }
    if (type == AgentParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "AgentParam", AgentParam.Id::read, AgentParam.Id::write);
    }
    if (type == AgentReference.class) {
      return new JsonSupport.ModelAdapter<>(
          "AgentReference", AgentReference::read, AgentReference::write);
    }
    if (type == AgentReferenceParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "AgentReferenceParam", AgentReferenceParam::read, AgentReferenceParam::write);
    }
    if (type == ApiError.class) {
      return new JsonSupport.ModelAdapter<>("ApiError", ApiError::read, ApiError::write);
    }
    if (type == AuthenticationError.class) {
      return new JsonSupport.ModelAdapter<>(
          "AuthenticationError", AuthenticationError::read, AuthenticationError::write);
    }
    if (type == Base64DocumentSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "Base64DocumentSource", Base64DocumentSource::read, Base64DocumentSource::write);
    }
    if (type == Base64ImageSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "Base64ImageSource", Base64ImageSource::read, Base64ImageSource::write);
    }
    if (type == BillingError.class) {
      return new JsonSupport.ModelAdapter<>(
          "BillingError", BillingError::read, BillingError::write);
    }
    if (type == BranchCheckout.class) {
      return new JsonSupport.ModelAdapter<>(
          "BranchCheckout", BranchCheckout::read, BranchCheckout::write);
    }
    if (type == BudgetLimit.class) {
      return new JsonSupport.ModelAdapter<>("BudgetLimit", BudgetLimit::read, BudgetLimit::write);
    }
    if (type == Checkout.class) {
      return new JsonSupport.ModelAdapter<>(
          "Checkout", Checkout.Unknown::read, Checkout.Unknown::write);
    }
    if (type == CommitCheckout.class) {
      return new JsonSupport.ModelAdapter<>(
          "CommitCheckout", CommitCheckout::read, CommitCheckout::write);
    }
    if (type == ConflictError.class) {
      return new JsonSupport.ModelAdapter<>(
          "ConflictError", ConflictError::read, ConflictError::write);
    }
    if (type == ContentBlock.class) {
      return new JsonSupport.ModelAdapter<>(
          "ContentBlock", ContentBlock.Unknown::read, ContentBlock.Unknown::write);
    }
    if (type == ContentBlockParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "ContentBlockParam", ContentBlockParam.Unknown::read, ContentBlockParam.Unknown::write);
    }
    if (type == CronSchedule.class) {
      return new JsonSupport.ModelAdapter<>(
          "CronSchedule", CronSchedule::read, CronSchedule::write);
    }
    if (type == CronScheduleParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "CronScheduleParam", CronScheduleParam::read, CronScheduleParam::write);
    }
    if (type == DocumentBlock.class) {
      return new JsonSupport.ModelAdapter<>(
          "DocumentBlock", DocumentBlock::read, DocumentBlock::write);
    }
    if (type == DocumentSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "DocumentSource", DocumentSource.Unknown::read, DocumentSource.Unknown::write);
    }
    if (type == EnvironmentArchivedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "EnvironmentArchivedPausedReasonError",
          EnvironmentArchivedPausedReasonError::read,
          EnvironmentArchivedPausedReasonError::write);
    }
    if (type == EnvironmentArchivedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "EnvironmentArchivedRunError",
          EnvironmentArchivedRunError::read,
          EnvironmentArchivedRunError::write);
    }
    if (type == EnvironmentNotFoundPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "EnvironmentNotFoundPausedReasonError",
          EnvironmentNotFoundPausedReasonError::read,
          EnvironmentNotFoundPausedReasonError::write);
    }
    if (type == EnvironmentNotFoundRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "EnvironmentNotFoundRunError",
          EnvironmentNotFoundRunError::read,
          EnvironmentNotFoundRunError::write);
    }
    if (type == ErrorObject.class) {
      return new JsonSupport.ModelAdapter<>(
          "ErrorObject", ErrorObject.Unknown::read, ErrorObject.Unknown::write);
    }
    if (type == ErrorPausedReason.class) {
      return new JsonSupport.ModelAdapter<>(
          "ErrorPausedReason", ErrorPausedReason::read, ErrorPausedReason::write);
    }
    if (type == FileDocumentSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "FileDocumentSource", FileDocumentSource::read, FileDocumentSource::write);
    }
    if (type == FileImageSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "FileImageSource", FileImageSource::read, FileImageSource::write);
    }
    if (type == FileNotFoundPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "FileNotFoundPausedReasonError",
          FileNotFoundPausedReasonError::read,
          FileNotFoundPausedReasonError::write);
    }
    if (type == FileNotFoundRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "FileNotFoundRunError", FileNotFoundRunError::read, FileNotFoundRunError::write);
    }
    if (type == FileResourceConfig.class) {
      return new JsonSupport.ModelAdapter<>(
          "FileResourceConfig", FileResourceConfig::read, FileResourceConfig::write);
    }
    if (type == FileResourceParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "FileResourceParam", FileResourceParam::read, FileResourceParam::write);
    }
    if (type == FileRubric.class) {
      return new JsonSupport.ModelAdapter<>("FileRubric", FileRubric::read, FileRubric::write);
    }
    if (type == GitHubRepositoryResourceConfig.class) {
      return new JsonSupport.ModelAdapter<>(
          "GitHubRepositoryResourceConfig",
          GitHubRepositoryResourceConfig::read,
          GitHubRepositoryResourceConfig::write);
    }
    if (type == GitHubRepositoryResourceParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "GitHubRepositoryResourceParam",
          GitHubRepositoryResourceParam::read,
          GitHubRepositoryResourceParam::write);
    }
    if (type == ImageBlock.class) {
      return new JsonSupport.ModelAdapter<>("ImageBlock", ImageBlock::read, ImageBlock::write);
    }
    if (type == ImageSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "ImageSource", ImageSource.Unknown::read, ImageSource.Unknown::write);
    }
    if (type == InitialEvent.class) {
      return new JsonSupport.ModelAdapter<>(
          "InitialEvent", InitialEvent.Unknown::read, InitialEvent.Unknown::write);
    }
    if (type == InitialEventParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "InitialEventParam", InitialEventParam.Unknown::read, InitialEventParam.Unknown::write);
    }
    if (type == InvalidRequestError.class) {
      return new JsonSupport.ModelAdapter<>(
          "InvalidRequestError", InvalidRequestError::read, InvalidRequestError::write);
    }
    if (type == ManualPausedReason.class) {
      return new JsonSupport.ModelAdapter<>(
          "ManualPausedReason", ManualPausedReason::read, ManualPausedReason::write);
    }
    if (type == ManualTriggerContext.class) {
      return new JsonSupport.ModelAdapter<>(
          "ManualTriggerContext", ManualTriggerContext::read, ManualTriggerContext::write);
    }
    if (type == McpEgressBlockedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "McpEgressBlockedPausedReasonError",
          McpEgressBlockedPausedReasonError::read,
          McpEgressBlockedPausedReasonError::write);
    }
    if (type == McpEgressBlockedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "McpEgressBlockedRunError",
          McpEgressBlockedRunError::read,
          McpEgressBlockedRunError::write);
    }
    if (type == MemoryStoreArchivedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "MemoryStoreArchivedPausedReasonError",
          MemoryStoreArchivedPausedReasonError::read,
          MemoryStoreArchivedPausedReasonError::write);
    }
    if (type == MemoryStoreArchivedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "MemoryStoreArchivedRunError",
          MemoryStoreArchivedRunError::read,
          MemoryStoreArchivedRunError::write);
    }
    if (type == MemoryStoreResourceConfig.class) {
      return new JsonSupport.ModelAdapter<>(
          "MemoryStoreResourceConfig",
          MemoryStoreResourceConfig::read,
          MemoryStoreResourceConfig::write);
    }
    if (type == MemoryStoreResourceParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "MemoryStoreResourceParam",
          MemoryStoreResourceParam::read,
          MemoryStoreResourceParam::write);
    }
    if (type == Money.class) {
      return new JsonSupport.ModelAdapter<>("Money", Money::read, Money::write);
    }
    if (type == NotFoundError.class) {
      return new JsonSupport.ModelAdapter<>(
          "NotFoundError", NotFoundError::read, NotFoundError::write);
    }
    if (type == OrganizationDisabledPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "OrganizationDisabledPausedReasonError",
          OrganizationDisabledPausedReasonError::read,
          OrganizationDisabledPausedReasonError::write);
    }
    if (type == OrganizationDisabledRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "OrganizationDisabledRunError",
          OrganizationDisabledRunError::read,
          OrganizationDisabledRunError::write);
    }
    if (type == OverloadedError.class) {
      return new JsonSupport.ModelAdapter<>(
          "OverloadedError", OverloadedError::read, OverloadedError::write);
    }
    if (type == PausedReason.class) {
      return new JsonSupport.ModelAdapter<>(
          "PausedReason", PausedReason.Unknown::read, PausedReason.Unknown::write);
    }
    if (type == PausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "PausedReasonError", PausedReasonError.Unknown::read, PausedReasonError.Unknown::write);
    }
    if (type == PermissionError.class) {
      return new JsonSupport.ModelAdapter<>(
          "PermissionError", PermissionError::read, PermissionError::write);
    }
    if (type == PlainTextDocumentSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "PlainTextDocumentSource", PlainTextDocumentSource::read, PlainTextDocumentSource::write);
    }
    if (type == RateLimitError.class) {
      return new JsonSupport.ModelAdapter<>(
          "RateLimitError", RateLimitError::read, RateLimitError::write);
    }
    if (type == RedactedBlock.class) {
      return new JsonSupport.ModelAdapter<>(
          "RedactedBlock", RedactedBlock::read, RedactedBlock::write);
    }
    if (type == RequestTooLargeError.class) {
      return new JsonSupport.ModelAdapter<>(
          "RequestTooLargeError", RequestTooLargeError::read, RequestTooLargeError::write);
    }
    if (type == ResourceConfig.class) {
      return new JsonSupport.ModelAdapter<>(
          "ResourceConfig", ResourceConfig.Unknown::read, ResourceConfig.Unknown::write);
    }
    if (type == ResourceParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "ResourceParam", ResourceParam.Unknown::read, ResourceParam.Unknown::write);
    }
    if (type == Rubric.class) {
      return new JsonSupport.ModelAdapter<>("Rubric", Rubric.Unknown::read, Rubric.Unknown::write);
    }
    if (type == RunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "RunError", RunError.Unknown::read, RunError.Unknown::write);
    }
    if (type == Schedule.class) {
      return new JsonSupport.ModelAdapter<>(
          "Schedule", Schedule.Unknown::read, Schedule.Unknown::write);
    }
    if (type == ScheduleParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "ScheduleParam", ScheduleParam.Unknown::read, ScheduleParam.Unknown::write);
    }
    if (type == ScheduleTriggerContext.class) {
      return new JsonSupport.ModelAdapter<>(
          "ScheduleTriggerContext", ScheduleTriggerContext::read, ScheduleTriggerContext::write);
    }
    if (type == SelfHostedResourcesUnsupportedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SelfHostedResourcesUnsupportedPausedReasonError",
          SelfHostedResourcesUnsupportedPausedReasonError::read,
          SelfHostedResourcesUnsupportedPausedReasonError::write);
    }
    if (type == SelfHostedResourcesUnsupportedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SelfHostedResourcesUnsupportedRunError",
          SelfHostedResourcesUnsupportedRunError::read,
          SelfHostedResourcesUnsupportedRunError::write);
    }
    if (type == SessionCreationRejectedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SessionCreationRejectedRunError",
          SessionCreationRejectedRunError::read,
          SessionCreationRejectedRunError::write);
    }
    if (type == SessionRateLimitedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SessionRateLimitedRunError",
          SessionRateLimitedRunError::read,
          SessionRateLimitedRunError::write);
    }
    if (type == SessionResourceNotFoundPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SessionResourceNotFoundPausedReasonError",
          SessionResourceNotFoundPausedReasonError::read,
          SessionResourceNotFoundPausedReasonError::write);
    }
    if (type == SessionResourceNotFoundRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SessionResourceNotFoundRunError",
          SessionResourceNotFoundRunError::read,
          SessionResourceNotFoundRunError::write);
    }
    if (type == SkillNotFoundPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SkillNotFoundPausedReasonError",
          SkillNotFoundPausedReasonError::read,
          SkillNotFoundPausedReasonError::write);
    }
    if (type == SkillNotFoundRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "SkillNotFoundRunError", SkillNotFoundRunError::read, SkillNotFoundRunError::write);
    }
    if (type == SystemMessageEvent.class) {
      return new JsonSupport.ModelAdapter<>(
          "SystemMessageEvent", SystemMessageEvent::read, SystemMessageEvent::write);
    }
    if (type == SystemMessageEventParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "SystemMessageEventParam", SystemMessageEventParam::read, SystemMessageEventParam::write);
    }
    if (type == TextBlock.class) {
      return new JsonSupport.ModelAdapter<>("TextBlock", TextBlock::read, TextBlock::write);
    }
    if (type == TextRubric.class) {
      return new JsonSupport.ModelAdapter<>("TextRubric", TextRubric::read, TextRubric::write);
    }
    if (type == TimeoutError.class) {
      return new JsonSupport.ModelAdapter<>(
          "TimeoutError", TimeoutError::read, TimeoutError::write);
    }
    if (type == TriggerContext.class) {
      return new JsonSupport.ModelAdapter<>(
          "TriggerContext", TriggerContext.Unknown::read, TriggerContext.Unknown::write);
    }
    if (type == UnknownErrorPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "UnknownErrorPausedReasonError",
          UnknownErrorPausedReasonError::read,
          UnknownErrorPausedReasonError::write);
    }
    if (type == UnknownErrorRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "UnknownErrorRunError", UnknownErrorRunError::read, UnknownErrorRunError::write);
    }
    if (type == UrlDocumentSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "UrlDocumentSource", UrlDocumentSource::read, UrlDocumentSource::write);
    }
    if (type == UrlImageSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "UrlImageSource", UrlImageSource::read, UrlImageSource::write);
    }
    if (type == UserDefineOutcomeEvent.class) {
      return new JsonSupport.ModelAdapter<>(
          "UserDefineOutcomeEvent", UserDefineOutcomeEvent::read, UserDefineOutcomeEvent::write);
    }
    if (type == UserDefineOutcomeEventParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "UserDefineOutcomeEventParam",
          UserDefineOutcomeEventParam::read,
          UserDefineOutcomeEventParam::write);
    }
    if (type == UserMessageEvent.class) {
      return new JsonSupport.ModelAdapter<>(
          "UserMessageEvent", UserMessageEvent::read, UserMessageEvent::write);
    }
    if (type == UserMessageEventParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "UserMessageEventParam", UserMessageEventParam::read, UserMessageEventParam::write);
    }
    if (type == VaultArchivedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "VaultArchivedPausedReasonError",
          VaultArchivedPausedReasonError::read,
          VaultArchivedPausedReasonError::write);
    }
    if (type == VaultArchivedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "VaultArchivedRunError", VaultArchivedRunError::read, VaultArchivedRunError::write);
    }
    if (type == VaultNotFoundPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "VaultNotFoundPausedReasonError",
          VaultNotFoundPausedReasonError::read,
          VaultNotFoundPausedReasonError::write);
    }
    if (type == VaultNotFoundRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "VaultNotFoundRunError", VaultNotFoundRunError::read, VaultNotFoundRunError::write);
    }
    if (type == WorkspaceArchivedPausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "WorkspaceArchivedPausedReasonError",
          WorkspaceArchivedPausedReasonError::read,
          WorkspaceArchivedPausedReasonError::write);
    }
    if (type == WorkspaceArchivedRunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "WorkspaceArchivedRunError",
          WorkspaceArchivedRunError::read,
          WorkspaceArchivedRunError::write);
    }
    return null;
  }

  private static @Nullable JsonAdapter<?> createForClass(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Class<?> model = (Class<?>) type;
    if (model.isInterface() || model.getClassLoader() != ModelJsonAdapters.class.getClassLoader()) {
      return null;
    }
    JsonAdapter<?> adapter = REGISTERED.get(model);
    if (adapter == null) {
      // A body class registers its adapter when initialized; nothing may have initialized it yet.
      try {
        Class.forName(model.getName(), true, model.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError("A loaded class is found by its name", e);
      }
      adapter = REGISTERED.get(model);
    }
    return adapter;
  }
}
