// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi adapters of every model, explicit and streaming; no reflection is involved.
 *
 * <p>Most code never needs this: the client and {@code DeploymentsJson} install it. Add it to your
 * own {@code Moshi.Builder} to read or write the models elsewhere.
 */
public final class ModelJsonAdapters {
  /** Answers an adapter for each model class, and {@code null} for every other type. */
  public static final JsonAdapter.Factory FACTORY = ModelJsonAdapters::create;

  private ModelJsonAdapters() {}

  /**
   * Reads a value from a {@link JsonReader}, as {@link #decode} asks.
   *
   * @param <T> what it reads
   */
  public interface Read<T> {
    /**
     * Reads the value, typically with {@code adapter.fromJson(reader)} and any checks around it.
     */
    T read(JsonReader reader) throws IOException;
  }

  /**
   * Runs {@code read} on a reader of {@code json}, faster than on a plain one: every union reads
   * its {@code type} in place when it is the object's first property, and finds it by scanning the
   * bytes of its own object when it comes later, instead of opening a look-ahead reader; the cost
   * is the same in any key order. Only for an unknown variant (to keep its exact text) or an object
   * without a plain string tag (an error, or an escaped name) does {@code read} run once more on a
   * plain reader, so the result, or the error, is always the one a plain reader gives.
   *
   * @throws IOException what {@code read} throws
   */
  public static <T> T decode(ByteString json, Read<T> read) throws IOException {
    // Each pass reads its own buffer to the end, so its pooled segments go back to the pool.
    Buffer buffer = new Buffer().write(json);
    JsonReader inPlace = JsonReader.of(buffer);
    inPlace.setTag(JsonSupport.InPlaceTags.class, new JsonSupport.InPlaceTags(buffer));
    try {
      return read.read(inPlace);
    } catch (JsonSupport.LookAheadNeeded e) {
      return read.read(JsonReader.of(new Buffer().write(json)));
    }
  }

  private static @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == AgentArchivedPausedReasonError.class) {
      return new AgentArchivedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == AgentArchivedRunError.class) {
      return new AgentArchivedRunErrorJsonAdapter(moshi);
    }
    if (type == AgentParam.class) {
      return new AgentParamJsonAdapter(moshi);
    }
    if (type == AgentParams.class) {
      return new AgentParamsJsonAdapter(moshi);
    }
    if (type == AgentReference.class) {
      return new AgentReferenceJsonAdapter(moshi);
    }
    if (type == ApiError.class) {
      return new ApiErrorJsonAdapter(moshi);
    }
    if (type == AuthenticationError.class) {
      return new AuthenticationErrorJsonAdapter(moshi);
    }
    if (type == Base64DocumentSource.class) {
      return new Base64DocumentSourceJsonAdapter(moshi);
    }
    if (type == Base64ImageSource.class) {
      return new Base64ImageSourceJsonAdapter(moshi);
    }
    if (type == BillingError.class) {
      return new BillingErrorJsonAdapter(moshi);
    }
    if (type == BranchCheckout.class) {
      return new BranchCheckoutJsonAdapter(moshi);
    }
    if (type == BudgetLimit.class) {
      return new BudgetLimitJsonAdapter(moshi);
    }
    if (type == Checkout.class) {
      return new CheckoutJsonAdapter(moshi);
    }
    if (type == CommitCheckout.class) {
      return new CommitCheckoutJsonAdapter(moshi);
    }
    if (type == ConflictError.class) {
      return new ConflictErrorJsonAdapter(moshi);
    }
    if (type == ContentBlock.class) {
      return new ContentBlockJsonAdapter(moshi);
    }
    if (type == ContentBlockParam.class) {
      return new ContentBlockParamJsonAdapter(moshi);
    }
    if (type == CreateDeploymentParams.class) {
      return new CreateDeploymentParamsJsonAdapter(moshi);
    }
    if (type == CronSchedule.class) {
      return new CronScheduleJsonAdapter(moshi);
    }
    if (type == CronScheduleParam.class) {
      return new CronScheduleParamJsonAdapter(moshi);
    }
    if (type == Deployment.class) {
      return new DeploymentJsonAdapter(moshi);
    }
    if (type == DeploymentPage.class) {
      return new DeploymentPageJsonAdapter(moshi);
    }
    if (type == DeploymentRun.class) {
      return new DeploymentRunJsonAdapter(moshi);
    }
    if (type == DeploymentRunPage.class) {
      return new DeploymentRunPageJsonAdapter(moshi);
    }
    if (type == DeploymentStatus.class) {
      return new DeploymentStatusJsonAdapter();
    }
    if (type == DocumentBlock.class) {
      return new DocumentBlockJsonAdapter(moshi);
    }
    if (type == DocumentSource.class) {
      return new DocumentSourceJsonAdapter(moshi);
    }
    if (type == EnvironmentArchivedPausedReasonError.class) {
      return new EnvironmentArchivedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == EnvironmentArchivedRunError.class) {
      return new EnvironmentArchivedRunErrorJsonAdapter(moshi);
    }
    if (type == EnvironmentNotFoundPausedReasonError.class) {
      return new EnvironmentNotFoundPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == EnvironmentNotFoundRunError.class) {
      return new EnvironmentNotFoundRunErrorJsonAdapter(moshi);
    }
    if (type == ErrorEnvelope.class) {
      return new ErrorEnvelopeJsonAdapter(moshi);
    }
    if (type == ErrorObject.class) {
      return new ErrorObjectJsonAdapter(moshi);
    }
    if (type == ErrorPausedReason.class) {
      return new ErrorPausedReasonJsonAdapter(moshi);
    }
    if (type == FileDocumentSource.class) {
      return new FileDocumentSourceJsonAdapter(moshi);
    }
    if (type == FileImageSource.class) {
      return new FileImageSourceJsonAdapter(moshi);
    }
    if (type == FileNotFoundPausedReasonError.class) {
      return new FileNotFoundPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == FileNotFoundRunError.class) {
      return new FileNotFoundRunErrorJsonAdapter(moshi);
    }
    if (type == FileResourceConfig.class) {
      return new FileResourceConfigJsonAdapter(moshi);
    }
    if (type == FileResourceParam.class) {
      return new FileResourceParamJsonAdapter(moshi);
    }
    if (type == FileRubric.class) {
      return new FileRubricJsonAdapter(moshi);
    }
    if (type == GitHubRepositoryResourceConfig.class) {
      return new GitHubRepositoryResourceConfigJsonAdapter(moshi);
    }
    if (type == GitHubRepositoryResourceParam.class) {
      return new GitHubRepositoryResourceParamJsonAdapter(moshi);
    }
    if (type == ImageBlock.class) {
      return new ImageBlockJsonAdapter(moshi);
    }
    if (type == ImageSource.class) {
      return new ImageSourceJsonAdapter(moshi);
    }
    if (type == InitialEvent.class) {
      return new InitialEventJsonAdapter(moshi);
    }
    if (type == InitialEventParam.class) {
      return new InitialEventParamJsonAdapter(moshi);
    }
    if (type == InvalidRequestError.class) {
      return new InvalidRequestErrorJsonAdapter(moshi);
    }
    if (type == ManualPausedReason.class) {
      return new ManualPausedReasonJsonAdapter(moshi);
    }
    if (type == ManualTriggerContext.class) {
      return new ManualTriggerContextJsonAdapter(moshi);
    }
    if (type == McpEgressBlockedPausedReasonError.class) {
      return new McpEgressBlockedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == McpEgressBlockedRunError.class) {
      return new McpEgressBlockedRunErrorJsonAdapter(moshi);
    }
    if (type == MemoryStoreAccess.class) {
      return new MemoryStoreAccessJsonAdapter();
    }
    if (type == MemoryStoreArchivedPausedReasonError.class) {
      return new MemoryStoreArchivedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == MemoryStoreArchivedRunError.class) {
      return new MemoryStoreArchivedRunErrorJsonAdapter(moshi);
    }
    if (type == MemoryStoreResourceConfig.class) {
      return new MemoryStoreResourceConfigJsonAdapter(moshi);
    }
    if (type == MemoryStoreResourceParam.class) {
      return new MemoryStoreResourceParamJsonAdapter(moshi);
    }
    if (type == Money.class) {
      return new MoneyJsonAdapter(moshi);
    }
    if (type == NotFoundError.class) {
      return new NotFoundErrorJsonAdapter(moshi);
    }
    if (type == OrganizationDisabledPausedReasonError.class) {
      return new OrganizationDisabledPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == OrganizationDisabledRunError.class) {
      return new OrganizationDisabledRunErrorJsonAdapter(moshi);
    }
    if (type == OverloadedError.class) {
      return new OverloadedErrorJsonAdapter(moshi);
    }
    if (type == PausedReason.class) {
      return new PausedReasonJsonAdapter(moshi);
    }
    if (type == PausedReasonError.class) {
      return new PausedReasonErrorJsonAdapter(moshi);
    }
    if (type == PermissionError.class) {
      return new PermissionErrorJsonAdapter(moshi);
    }
    if (type == PlainTextDocumentSource.class) {
      return new PlainTextDocumentSourceJsonAdapter(moshi);
    }
    if (type == RateLimitError.class) {
      return new RateLimitErrorJsonAdapter(moshi);
    }
    if (type == RedactedBlock.class) {
      return new RedactedBlockJsonAdapter(moshi);
    }
    if (type == RequestTooLargeError.class) {
      return new RequestTooLargeErrorJsonAdapter(moshi);
    }
    if (type == ResourceConfig.class) {
      return new ResourceConfigJsonAdapter(moshi);
    }
    if (type == ResourceParam.class) {
      return new ResourceParamJsonAdapter(moshi);
    }
    if (type == Rubric.class) {
      return new RubricJsonAdapter(moshi);
    }
    if (type == RunError.class) {
      return new RunErrorJsonAdapter(moshi);
    }
    if (type == Schedule.class) {
      return new ScheduleJsonAdapter(moshi);
    }
    if (type == ScheduleParam.class) {
      return new ScheduleParamJsonAdapter(moshi);
    }
    if (type == ScheduleTriggerContext.class) {
      return new ScheduleTriggerContextJsonAdapter(moshi);
    }
    if (type == SelfHostedResourcesUnsupportedPausedReasonError.class) {
      return new SelfHostedResourcesUnsupportedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == SelfHostedResourcesUnsupportedRunError.class) {
      return new SelfHostedResourcesUnsupportedRunErrorJsonAdapter(moshi);
    }
    if (type == SessionCreationRejectedRunError.class) {
      return new SessionCreationRejectedRunErrorJsonAdapter(moshi);
    }
    if (type == SessionRateLimitedRunError.class) {
      return new SessionRateLimitedRunErrorJsonAdapter(moshi);
    }
    if (type == SessionResourceNotFoundPausedReasonError.class) {
      return new SessionResourceNotFoundPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == SessionResourceNotFoundRunError.class) {
      return new SessionResourceNotFoundRunErrorJsonAdapter(moshi);
    }
    if (type == SkillNotFoundPausedReasonError.class) {
      return new SkillNotFoundPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == SkillNotFoundRunError.class) {
      return new SkillNotFoundRunErrorJsonAdapter(moshi);
    }
    if (type == SystemMessageEvent.class) {
      return new SystemMessageEventJsonAdapter(moshi);
    }
    if (type == SystemMessageEventParam.class) {
      return new SystemMessageEventParamJsonAdapter(moshi);
    }
    if (type == TextBlock.class) {
      return new TextBlockJsonAdapter(moshi);
    }
    if (type == TextRubric.class) {
      return new TextRubricJsonAdapter(moshi);
    }
    if (type == TimeoutError.class) {
      return new TimeoutErrorJsonAdapter(moshi);
    }
    if (type == TriggerContext.class) {
      return new TriggerContextJsonAdapter(moshi);
    }
    if (type == TriggerType.class) {
      return new TriggerTypeJsonAdapter();
    }
    if (type == UnknownErrorPausedReasonError.class) {
      return new UnknownErrorPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == UnknownErrorRunError.class) {
      return new UnknownErrorRunErrorJsonAdapter(moshi);
    }
    if (type == UpdateDeploymentParams.class) {
      return new UpdateDeploymentParamsJsonAdapter(moshi);
    }
    if (type == UrlDocumentSource.class) {
      return new UrlDocumentSourceJsonAdapter(moshi);
    }
    if (type == UrlImageSource.class) {
      return new UrlImageSourceJsonAdapter(moshi);
    }
    if (type == UserDefineOutcomeEvent.class) {
      return new UserDefineOutcomeEventJsonAdapter(moshi);
    }
    if (type == UserDefineOutcomeEventParam.class) {
      return new UserDefineOutcomeEventParamJsonAdapter(moshi);
    }
    if (type == UserMessageEvent.class) {
      return new UserMessageEventJsonAdapter(moshi);
    }
    if (type == UserMessageEventParam.class) {
      return new UserMessageEventParamJsonAdapter(moshi);
    }
    if (type == VaultArchivedPausedReasonError.class) {
      return new VaultArchivedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == VaultArchivedRunError.class) {
      return new VaultArchivedRunErrorJsonAdapter(moshi);
    }
    if (type == VaultNotFoundPausedReasonError.class) {
      return new VaultNotFoundPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == VaultNotFoundRunError.class) {
      return new VaultNotFoundRunErrorJsonAdapter(moshi);
    }
    if (type == WorkspaceArchivedPausedReasonError.class) {
      return new WorkspaceArchivedPausedReasonErrorJsonAdapter(moshi);
    }
    if (type == WorkspaceArchivedRunError.class) {
      return new WorkspaceArchivedRunErrorJsonAdapter(moshi);
    }
    return null;
  }
}
