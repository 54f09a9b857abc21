// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

@file:JvmName("DeploymentsBuilders")

package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.model.*
import java.time.OffsetDateTime

/**
 * Builds a [AgentArchivedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun agentArchivedPausedReasonError(
    block: AgentArchivedPausedReasonError.Builder.() -> Unit = {},
): AgentArchivedPausedReasonError =
    AgentArchivedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [AgentArchivedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun agentArchivedRunError(
    message: String,
    block: AgentArchivedRunError.Builder.() -> Unit = {},
): AgentArchivedRunError =
    AgentArchivedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [AgentParams].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun agentParams(
    id: String,
    block: AgentParams.Builder.() -> Unit = {},
): AgentParams =
    AgentParams.builder()
        .id(id)
        .apply(block)
        .build()

/**
 * Builds a [AgentReference].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun agentReference(
    id: String,
    version: Int,
    block: AgentReference.Builder.() -> Unit = {},
): AgentReference =
    AgentReference.builder()
        .id(id)
        .version(version)
        .apply(block)
        .build()

/**
 * Builds a [ApiError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun apiError(
    message: String,
    block: ApiError.Builder.() -> Unit = {},
): ApiError =
    ApiError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [AuthenticationError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun authenticationError(
    message: String,
    block: AuthenticationError.Builder.() -> Unit = {},
): AuthenticationError =
    AuthenticationError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [Base64DocumentSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun base64DocumentSource(
    mediaType: String,
    data: String,
    block: Base64DocumentSource.Builder.() -> Unit = {},
): Base64DocumentSource =
    Base64DocumentSource.builder()
        .mediaType(mediaType)
        .data(data)
        .apply(block)
        .build()

/**
 * Builds a [Base64ImageSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun base64ImageSource(
    mediaType: String,
    data: String,
    block: Base64ImageSource.Builder.() -> Unit = {},
): Base64ImageSource =
    Base64ImageSource.builder()
        .mediaType(mediaType)
        .data(data)
        .apply(block)
        .build()

/**
 * Builds a [BillingError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun billingError(
    message: String,
    block: BillingError.Builder.() -> Unit = {},
): BillingError =
    BillingError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [BranchCheckout].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun branchCheckout(
    name: String,
    block: BranchCheckout.Builder.() -> Unit = {},
): BranchCheckout =
    BranchCheckout.builder()
        .name(name)
        .apply(block)
        .build()

/**
 * Builds a [BudgetLimit].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun budgetLimit(
    maxListCost: Money,
    block: BudgetLimit.Builder.() -> Unit = {},
): BudgetLimit =
    BudgetLimit.builder()
        .maxListCost(maxListCost)
        .apply(block)
        .build()

/**
 * Builds a [CommitCheckout].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun commitCheckout(
    sha: String,
    block: CommitCheckout.Builder.() -> Unit = {},
): CommitCheckout =
    CommitCheckout.builder()
        .sha(sha)
        .apply(block)
        .build()

/**
 * Builds a [ConflictError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun conflictError(
    message: String,
    block: ConflictError.Builder.() -> Unit = {},
): ConflictError =
    ConflictError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [CreateDeploymentParams].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun createDeploymentParams(
    agent: AgentParam,
    environmentId: String,
    initialEvents: List<InitialEventParam>,
    name: String,
    block: CreateDeploymentParams.Builder.() -> Unit = {},
): CreateDeploymentParams =
    CreateDeploymentParams.builder()
        .agent(agent)
        .environmentId(environmentId)
        .initialEvents(initialEvents)
        .name(name)
        .apply(block)
        .build()

/** Sets `initial_events` to [items]. */
public fun CreateDeploymentParams.Builder.initialEvents(
    vararg items: InitialEventParam,
): CreateDeploymentParams.Builder = initialEvents(items.asList())

/** Sets `resources` to [items]. */
public fun CreateDeploymentParams.Builder.resources(
    vararg items: ResourceParam,
): CreateDeploymentParams.Builder = resources(items.asList())

/** Sets `vault_ids` to [items]. */
public fun CreateDeploymentParams.Builder.vaultIds(
    vararg items: String,
): CreateDeploymentParams.Builder = vaultIds(items.asList())

/**
 * Builds a [CronSchedule].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun cronSchedule(
    expression: String,
    timezone: String,
    block: CronSchedule.Builder.() -> Unit = {},
): CronSchedule =
    CronSchedule.builder()
        .expression(expression)
        .timezone(timezone)
        .apply(block)
        .build()

/** Sets `upcoming_runs_at` to [items]. */
public fun CronSchedule.Builder.upcomingRunsAt(
    vararg items: OffsetDateTime,
): CronSchedule.Builder = upcomingRunsAt(items.asList())

/**
 * Builds a [CronScheduleParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun cronScheduleParam(
    expression: String,
    timezone: String,
    block: CronScheduleParam.Builder.() -> Unit = {},
): CronScheduleParam =
    CronScheduleParam.builder()
        .expression(expression)
        .timezone(timezone)
        .apply(block)
        .build()

/**
 * Builds a [Deployment].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun deployment(
    id: String,
    name: String,
    description: String?,
    agent: AgentReference,
    environmentId: String,
    initialEvents: List<InitialEvent>,
    resources: List<ResourceConfig>,
    vaultIds: List<String>,
    metadata: Map<String, String>,
    schedule: Schedule?,
    status: DeploymentStatus,
    pausedReason: PausedReason?,
    createdAt: OffsetDateTime,
    updatedAt: OffsetDateTime,
    archivedAt: OffsetDateTime?,
    block: Deployment.Builder.() -> Unit = {},
): Deployment =
    Deployment.builder()
        .id(id)
        .name(name)
        .description(description)
        .agent(agent)
        .environmentId(environmentId)
        .initialEvents(initialEvents)
        .resources(resources)
        .vaultIds(vaultIds)
        .metadata(metadata)
        .schedule(schedule)
        .status(status)
        .pausedReason(pausedReason)
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .archivedAt(archivedAt)
        .apply(block)
        .build()

/** Sets `initial_events` to [items]. */
public fun Deployment.Builder.initialEvents(
    vararg items: InitialEvent,
): Deployment.Builder = initialEvents(items.asList())

/** Sets `resources` to [items]. */
public fun Deployment.Builder.resources(
    vararg items: ResourceConfig,
): Deployment.Builder = resources(items.asList())

/** Sets `vault_ids` to [items]. */
public fun Deployment.Builder.vaultIds(
    vararg items: String,
): Deployment.Builder = vaultIds(items.asList())

/**
 * Builds a [DeploymentPage].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun deploymentPage(
    data: List<Deployment>,
    block: DeploymentPage.Builder.() -> Unit = {},
): DeploymentPage =
    DeploymentPage.builder()
        .data(data)
        .apply(block)
        .build()

/** Sets `data` to [items]. */
public fun DeploymentPage.Builder.data(
    vararg items: Deployment,
): DeploymentPage.Builder = data(items.asList())

/**
 * Builds a [DeploymentRun].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun deploymentRun(
    id: String,
    deploymentId: String,
    agent: AgentReference,
    createdAt: OffsetDateTime,
    sessionId: String?,
    error: RunError?,
    triggerContext: TriggerContext,
    block: DeploymentRun.Builder.() -> Unit = {},
): DeploymentRun =
    DeploymentRun.builder()
        .id(id)
        .deploymentId(deploymentId)
        .agent(agent)
        .createdAt(createdAt)
        .sessionId(sessionId)
        .error(error)
        .triggerContext(triggerContext)
        .apply(block)
        .build()

/**
 * Builds a [DeploymentRunPage].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun deploymentRunPage(
    data: List<DeploymentRun>,
    block: DeploymentRunPage.Builder.() -> Unit = {},
): DeploymentRunPage =
    DeploymentRunPage.builder()
        .data(data)
        .apply(block)
        .build()

/** Sets `data` to [items]. */
public fun DeploymentRunPage.Builder.data(
    vararg items: DeploymentRun,
): DeploymentRunPage.Builder = data(items.asList())

/**
 * Builds a [DocumentBlock].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun documentBlock(
    source: DocumentSource,
    block: DocumentBlock.Builder.() -> Unit = {},
): DocumentBlock =
    DocumentBlock.builder()
        .source(source)
        .apply(block)
        .build()

/**
 * Builds a [EnvironmentArchivedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun environmentArchivedPausedReasonError(
    block: EnvironmentArchivedPausedReasonError.Builder.() -> Unit = {},
): EnvironmentArchivedPausedReasonError =
    EnvironmentArchivedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [EnvironmentArchivedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun environmentArchivedRunError(
    message: String,
    block: EnvironmentArchivedRunError.Builder.() -> Unit = {},
): EnvironmentArchivedRunError =
    EnvironmentArchivedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [EnvironmentNotFoundPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun environmentNotFoundPausedReasonError(
    block: EnvironmentNotFoundPausedReasonError.Builder.() -> Unit = {},
): EnvironmentNotFoundPausedReasonError =
    EnvironmentNotFoundPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [EnvironmentNotFoundRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun environmentNotFoundRunError(
    message: String,
    block: EnvironmentNotFoundRunError.Builder.() -> Unit = {},
): EnvironmentNotFoundRunError =
    EnvironmentNotFoundRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [ErrorEnvelope].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun errorEnvelope(
    error: ErrorObject,
    block: ErrorEnvelope.Builder.() -> Unit = {},
): ErrorEnvelope =
    ErrorEnvelope.builder()
        .error(error)
        .apply(block)
        .build()

/**
 * Builds a [ErrorPausedReason].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun errorPausedReason(
    error: PausedReasonError,
    block: ErrorPausedReason.Builder.() -> Unit = {},
): ErrorPausedReason =
    ErrorPausedReason.builder()
        .error(error)
        .apply(block)
        .build()

/**
 * Builds a [FileDocumentSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileDocumentSource(
    fileId: String,
    block: FileDocumentSource.Builder.() -> Unit = {},
): FileDocumentSource =
    FileDocumentSource.builder()
        .fileId(fileId)
        .apply(block)
        .build()

/**
 * Builds a [FileImageSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileImageSource(
    fileId: String,
    block: FileImageSource.Builder.() -> Unit = {},
): FileImageSource =
    FileImageSource.builder()
        .fileId(fileId)
        .apply(block)
        .build()

/**
 * Builds a [FileNotFoundPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileNotFoundPausedReasonError(
    block: FileNotFoundPausedReasonError.Builder.() -> Unit = {},
): FileNotFoundPausedReasonError =
    FileNotFoundPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [FileNotFoundRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileNotFoundRunError(
    message: String,
    block: FileNotFoundRunError.Builder.() -> Unit = {},
): FileNotFoundRunError =
    FileNotFoundRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [FileResourceConfig].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileResourceConfig(
    fileId: String,
    block: FileResourceConfig.Builder.() -> Unit = {},
): FileResourceConfig =
    FileResourceConfig.builder()
        .fileId(fileId)
        .apply(block)
        .build()

/**
 * Builds a [FileResourceParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileResourceParam(
    fileId: String,
    block: FileResourceParam.Builder.() -> Unit = {},
): FileResourceParam =
    FileResourceParam.builder()
        .fileId(fileId)
        .apply(block)
        .build()

/**
 * Builds a [FileRubric].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileRubric(
    fileId: String,
    block: FileRubric.Builder.() -> Unit = {},
): FileRubric =
    FileRubric.builder()
        .fileId(fileId)
        .apply(block)
        .build()

/**
 * Builds a [GitHubRepositoryResourceConfig].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun gitHubRepositoryResourceConfig(
    url: String,
    block: GitHubRepositoryResourceConfig.Builder.() -> Unit = {},
): GitHubRepositoryResourceConfig =
    GitHubRepositoryResourceConfig.builder()
        .url(url)
        .apply(block)
        .build()

/**
 * Builds a [GitHubRepositoryResourceParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun gitHubRepositoryResourceParam(
    url: String,
    authorizationToken: String,
    block: GitHubRepositoryResourceParam.Builder.() -> Unit = {},
): GitHubRepositoryResourceParam =
    GitHubRepositoryResourceParam.builder()
        .url(url)
        .authorizationToken(authorizationToken)
        .apply(block)
        .build()

/**
 * Builds a [ImageBlock].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun imageBlock(
    source: ImageSource,
    block: ImageBlock.Builder.() -> Unit = {},
): ImageBlock =
    ImageBlock.builder()
        .source(source)
        .apply(block)
        .build()

/**
 * Builds a [InvalidRequestError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun invalidRequestError(
    message: String,
    block: InvalidRequestError.Builder.() -> Unit = {},
): InvalidRequestError =
    InvalidRequestError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [ManualPausedReason].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun manualPausedReason(
    block: ManualPausedReason.Builder.() -> Unit = {},
): ManualPausedReason =
    ManualPausedReason.builder()
        .apply(block)
        .build()

/**
 * Builds a [ManualTriggerContext].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun manualTriggerContext(
    block: ManualTriggerContext.Builder.() -> Unit = {},
): ManualTriggerContext =
    ManualTriggerContext.builder()
        .apply(block)
        .build()

/**
 * Builds a [McpEgressBlockedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun mcpEgressBlockedPausedReasonError(
    block: McpEgressBlockedPausedReasonError.Builder.() -> Unit = {},
): McpEgressBlockedPausedReasonError =
    McpEgressBlockedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [McpEgressBlockedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun mcpEgressBlockedRunError(
    message: String,
    block: McpEgressBlockedRunError.Builder.() -> Unit = {},
): McpEgressBlockedRunError =
    McpEgressBlockedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [MemoryStoreArchivedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun memoryStoreArchivedPausedReasonError(
    block: MemoryStoreArchivedPausedReasonError.Builder.() -> Unit = {},
): MemoryStoreArchivedPausedReasonError =
    MemoryStoreArchivedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [MemoryStoreArchivedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun memoryStoreArchivedRunError(
    message: String,
    block: MemoryStoreArchivedRunError.Builder.() -> Unit = {},
): MemoryStoreArchivedRunError =
    MemoryStoreArchivedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [MemoryStoreResourceConfig].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun memoryStoreResourceConfig(
    memoryStoreId: String,
    block: MemoryStoreResourceConfig.Builder.() -> Unit = {},
): MemoryStoreResourceConfig =
    MemoryStoreResourceConfig.builder()
        .memoryStoreId(memoryStoreId)
        .apply(block)
        .build()

/**
 * Builds a [MemoryStoreResourceParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun memoryStoreResourceParam(
    memoryStoreId: String,
    block: MemoryStoreResourceParam.Builder.() -> Unit = {},
): MemoryStoreResourceParam =
    MemoryStoreResourceParam.builder()
        .memoryStoreId(memoryStoreId)
        .apply(block)
        .build()

/**
 * Builds a [Money].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun money(
    amount: String,
    currency: String,
    block: Money.Builder.() -> Unit = {},
): Money =
    Money.builder()
        .amount(amount)
        .currency(currency)
        .apply(block)
        .build()

/**
 * Builds a [NotFoundError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun notFoundError(
    message: String,
    block: NotFoundError.Builder.() -> Unit = {},
): NotFoundError =
    NotFoundError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [OrganizationDisabledPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun organizationDisabledPausedReasonError(
    block: OrganizationDisabledPausedReasonError.Builder.() -> Unit = {},
): OrganizationDisabledPausedReasonError =
    OrganizationDisabledPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [OrganizationDisabledRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun organizationDisabledRunError(
    message: String,
    block: OrganizationDisabledRunError.Builder.() -> Unit = {},
): OrganizationDisabledRunError =
    OrganizationDisabledRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [OverloadedError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun overloadedError(
    message: String,
    block: OverloadedError.Builder.() -> Unit = {},
): OverloadedError =
    OverloadedError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [PermissionError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun permissionError(
    message: String,
    block: PermissionError.Builder.() -> Unit = {},
): PermissionError =
    PermissionError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [PlainTextDocumentSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun plainTextDocumentSource(
    data: String,
    block: PlainTextDocumentSource.Builder.() -> Unit = {},
): PlainTextDocumentSource =
    PlainTextDocumentSource.builder()
        .data(data)
        .apply(block)
        .build()

/**
 * Builds a [RateLimitError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun rateLimitError(
    message: String,
    block: RateLimitError.Builder.() -> Unit = {},
): RateLimitError =
    RateLimitError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [RedactedBlock].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun redactedBlock(
    block: RedactedBlock.Builder.() -> Unit = {},
): RedactedBlock =
    RedactedBlock.builder()
        .apply(block)
        .build()

/**
 * Builds a [RequestTooLargeError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun requestTooLargeError(
    message: String,
    block: RequestTooLargeError.Builder.() -> Unit = {},
): RequestTooLargeError =
    RequestTooLargeError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [ScheduleTriggerContext].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun scheduleTriggerContext(
    scheduledAt: OffsetDateTime,
    block: ScheduleTriggerContext.Builder.() -> Unit = {},
): ScheduleTriggerContext =
    ScheduleTriggerContext.builder()
        .scheduledAt(scheduledAt)
        .apply(block)
        .build()

/**
 * Builds a [SelfHostedResourcesUnsupportedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun selfHostedResourcesUnsupportedPausedReasonError(
    block: SelfHostedResourcesUnsupportedPausedReasonError.Builder.() -> Unit = {},
): SelfHostedResourcesUnsupportedPausedReasonError =
    SelfHostedResourcesUnsupportedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [SelfHostedResourcesUnsupportedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun selfHostedResourcesUnsupportedRunError(
    message: String,
    block: SelfHostedResourcesUnsupportedRunError.Builder.() -> Unit = {},
): SelfHostedResourcesUnsupportedRunError =
    SelfHostedResourcesUnsupportedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [SessionCreationRejectedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun sessionCreationRejectedRunError(
    message: String,
    block: SessionCreationRejectedRunError.Builder.() -> Unit = {},
): SessionCreationRejectedRunError =
    SessionCreationRejectedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [SessionRateLimitedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun sessionRateLimitedRunError(
    message: String,
    block: SessionRateLimitedRunError.Builder.() -> Unit = {},
): SessionRateLimitedRunError =
    SessionRateLimitedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [SessionResourceNotFoundPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun sessionResourceNotFoundPausedReasonError(
    block: SessionResourceNotFoundPausedReasonError.Builder.() -> Unit = {},
): SessionResourceNotFoundPausedReasonError =
    SessionResourceNotFoundPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [SessionResourceNotFoundRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun sessionResourceNotFoundRunError(
    message: String,
    block: SessionResourceNotFoundRunError.Builder.() -> Unit = {},
): SessionResourceNotFoundRunError =
    SessionResourceNotFoundRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [SkillNotFoundPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun skillNotFoundPausedReasonError(
    block: SkillNotFoundPausedReasonError.Builder.() -> Unit = {},
): SkillNotFoundPausedReasonError =
    SkillNotFoundPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [SkillNotFoundRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun skillNotFoundRunError(
    message: String,
    block: SkillNotFoundRunError.Builder.() -> Unit = {},
): SkillNotFoundRunError =
    SkillNotFoundRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [SystemMessageEvent].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun systemMessageEvent(
    content: List<TextBlock>,
    block: SystemMessageEvent.Builder.() -> Unit = {},
): SystemMessageEvent =
    SystemMessageEvent.builder()
        .content(content)
        .apply(block)
        .build()

/** Sets `content` to [items]. */
public fun SystemMessageEvent.Builder.content(
    vararg items: TextBlock,
): SystemMessageEvent.Builder = content(items.asList())

/**
 * Builds a [SystemMessageEventParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun systemMessageEventParam(
    content: List<TextBlock>,
    block: SystemMessageEventParam.Builder.() -> Unit = {},
): SystemMessageEventParam =
    SystemMessageEventParam.builder()
        .content(content)
        .apply(block)
        .build()

/** Sets `content` to [items]. */
public fun SystemMessageEventParam.Builder.content(
    vararg items: TextBlock,
): SystemMessageEventParam.Builder = content(items.asList())

/**
 * Builds a [TextBlock].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun textBlock(
    text: String,
    block: TextBlock.Builder.() -> Unit = {},
): TextBlock =
    TextBlock.builder()
        .text(text)
        .apply(block)
        .build()

/**
 * Builds a [TextRubric].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun textRubric(
    content: String,
    block: TextRubric.Builder.() -> Unit = {},
): TextRubric =
    TextRubric.builder()
        .content(content)
        .apply(block)
        .build()

/**
 * Builds a [TimeoutError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun timeoutError(
    message: String,
    block: TimeoutError.Builder.() -> Unit = {},
): TimeoutError =
    TimeoutError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [UnknownErrorPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun unknownErrorPausedReasonError(
    block: UnknownErrorPausedReasonError.Builder.() -> Unit = {},
): UnknownErrorPausedReasonError =
    UnknownErrorPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [UnknownErrorRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun unknownErrorRunError(
    message: String,
    block: UnknownErrorRunError.Builder.() -> Unit = {},
): UnknownErrorRunError =
    UnknownErrorRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [UpdateDeploymentParams].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun updateDeploymentParams(
    block: UpdateDeploymentParams.Builder.() -> Unit = {},
): UpdateDeploymentParams =
    UpdateDeploymentParams.builder()
        .apply(block)
        .build()

/** Sets `initial_events` to [items]. */
public fun UpdateDeploymentParams.Builder.initialEvents(
    vararg items: InitialEventParam,
): UpdateDeploymentParams.Builder = initialEvents(items.asList())

/** Sets `resources` to [items]. */
public fun UpdateDeploymentParams.Builder.resources(
    vararg items: ResourceParam,
): UpdateDeploymentParams.Builder = resources(items.asList())

/** Sets `vault_ids` to [items]. */
public fun UpdateDeploymentParams.Builder.vaultIds(
    vararg items: String,
): UpdateDeploymentParams.Builder = vaultIds(items.asList())

/**
 * Builds a [UrlDocumentSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun urlDocumentSource(
    url: String,
    block: UrlDocumentSource.Builder.() -> Unit = {},
): UrlDocumentSource =
    UrlDocumentSource.builder()
        .url(url)
        .apply(block)
        .build()

/**
 * Builds a [UrlImageSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun urlImageSource(
    url: String,
    block: UrlImageSource.Builder.() -> Unit = {},
): UrlImageSource =
    UrlImageSource.builder()
        .url(url)
        .apply(block)
        .build()

/**
 * Builds a [UserDefineOutcomeEvent].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun userDefineOutcomeEvent(
    description: String,
    rubric: Rubric,
    block: UserDefineOutcomeEvent.Builder.() -> Unit = {},
): UserDefineOutcomeEvent =
    UserDefineOutcomeEvent.builder()
        .description(description)
        .rubric(rubric)
        .apply(block)
        .build()

/**
 * Builds a [UserDefineOutcomeEventParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun userDefineOutcomeEventParam(
    description: String,
    rubric: Rubric,
    block: UserDefineOutcomeEventParam.Builder.() -> Unit = {},
): UserDefineOutcomeEventParam =
    UserDefineOutcomeEventParam.builder()
        .description(description)
        .rubric(rubric)
        .apply(block)
        .build()

/**
 * Builds a [UserMessageEvent].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun userMessageEvent(
    content: List<ContentBlock>,
    block: UserMessageEvent.Builder.() -> Unit = {},
): UserMessageEvent =
    UserMessageEvent.builder()
        .content(content)
        .apply(block)
        .build()

/** Sets `content` to [items]. */
public fun UserMessageEvent.Builder.content(
    vararg items: ContentBlock,
): UserMessageEvent.Builder = content(items.asList())

/**
 * Builds a [UserMessageEventParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun userMessageEventParam(
    content: List<ContentBlockParam>,
    block: UserMessageEventParam.Builder.() -> Unit = {},
): UserMessageEventParam =
    UserMessageEventParam.builder()
        .content(content)
        .apply(block)
        .build()

/** Sets `content` to [items]. */
public fun UserMessageEventParam.Builder.content(
    vararg items: ContentBlockParam,
): UserMessageEventParam.Builder = content(items.asList())

/**
 * Builds a [VaultArchivedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun vaultArchivedPausedReasonError(
    block: VaultArchivedPausedReasonError.Builder.() -> Unit = {},
): VaultArchivedPausedReasonError =
    VaultArchivedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [VaultArchivedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun vaultArchivedRunError(
    message: String,
    block: VaultArchivedRunError.Builder.() -> Unit = {},
): VaultArchivedRunError =
    VaultArchivedRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [VaultNotFoundPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun vaultNotFoundPausedReasonError(
    block: VaultNotFoundPausedReasonError.Builder.() -> Unit = {},
): VaultNotFoundPausedReasonError =
    VaultNotFoundPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [VaultNotFoundRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun vaultNotFoundRunError(
    message: String,
    block: VaultNotFoundRunError.Builder.() -> Unit = {},
): VaultNotFoundRunError =
    VaultNotFoundRunError.builder()
        .message(message)
        .apply(block)
        .build()

/**
 * Builds a [WorkspaceArchivedPausedReasonError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun workspaceArchivedPausedReasonError(
    block: WorkspaceArchivedPausedReasonError.Builder.() -> Unit = {},
): WorkspaceArchivedPausedReasonError =
    WorkspaceArchivedPausedReasonError.builder()
        .apply(block)
        .build()

/**
 * Builds a [WorkspaceArchivedRunError].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun workspaceArchivedRunError(
    message: String,
    block: WorkspaceArchivedRunError.Builder.() -> Unit = {},
): WorkspaceArchivedRunError =
    WorkspaceArchivedRunError.builder()
        .message(message)
        .apply(block)
        .build()
