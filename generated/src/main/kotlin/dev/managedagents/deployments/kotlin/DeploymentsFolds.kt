// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

@file:JvmName("DeploymentsFolds")

package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.model.*

/**
 * Calls the lambda for this [AgentParam]'s form and returns what it returns.
 *
 * One parameter per form, so a call stops compiling when the API adds one.
 */
public fun <R> AgentParam.fold(
    id: (AgentParam.Id) -> R,
    agentReferenceParam: (AgentReferenceParam) -> R,
): R =
    accept(
        object : AgentParam.Visitor<R> {
            override fun visit(value: AgentParam.Id): R =
                id(value)

            override fun visit(value: AgentReferenceParam): R =
                agentReferenceParam(value)
        },
    )

/**
 * Calls the lambda for this [Checkout]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> Checkout.fold(
    branch: (BranchCheckout) -> R,
    commit: (CommitCheckout) -> R,
    unknown: (Checkout.Unknown) -> R,
): R =
    accept(
        object : Checkout.Visitor<R> {
            override fun visit(value: BranchCheckout): R =
                branch(value)

            override fun visit(value: CommitCheckout): R =
                commit(value)

            override fun visitUnknown(value: Checkout.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ContentBlock]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ContentBlock.fold(
    document: (DocumentBlock) -> R,
    image: (ImageBlock) -> R,
    redacted: (RedactedBlock) -> R,
    text: (TextBlock) -> R,
    unknown: (ContentBlock.Unknown) -> R,
): R =
    accept(
        object : ContentBlock.Visitor<R> {
            override fun visit(value: DocumentBlock): R =
                document(value)

            override fun visit(value: ImageBlock): R =
                image(value)

            override fun visit(value: RedactedBlock): R =
                redacted(value)

            override fun visit(value: TextBlock): R =
                text(value)

            override fun visitUnknown(value: ContentBlock.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ContentBlockParam]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ContentBlockParam.fold(
    document: (DocumentBlock) -> R,
    image: (ImageBlock) -> R,
    text: (TextBlock) -> R,
    unknown: (ContentBlockParam.Unknown) -> R,
): R =
    accept(
        object : ContentBlockParam.Visitor<R> {
            override fun visit(value: DocumentBlock): R =
                document(value)

            override fun visit(value: ImageBlock): R =
                image(value)

            override fun visit(value: TextBlock): R =
                text(value)

            override fun visitUnknown(value: ContentBlockParam.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [DocumentSource]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> DocumentSource.fold(
    base64: (Base64DocumentSource) -> R,
    file: (FileDocumentSource) -> R,
    text: (PlainTextDocumentSource) -> R,
    url: (UrlDocumentSource) -> R,
    unknown: (DocumentSource.Unknown) -> R,
): R =
    accept(
        object : DocumentSource.Visitor<R> {
            override fun visit(value: Base64DocumentSource): R =
                base64(value)

            override fun visit(value: FileDocumentSource): R =
                file(value)

            override fun visit(value: PlainTextDocumentSource): R =
                text(value)

            override fun visit(value: UrlDocumentSource): R =
                url(value)

            override fun visitUnknown(value: DocumentSource.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ErrorObject]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ErrorObject.fold(
    apiError: (ApiError) -> R,
    authenticationError: (AuthenticationError) -> R,
    billingError: (BillingError) -> R,
    conflictError: (ConflictError) -> R,
    invalidRequestError: (InvalidRequestError) -> R,
    notFoundError: (NotFoundError) -> R,
    overloadedError: (OverloadedError) -> R,
    permissionError: (PermissionError) -> R,
    rateLimitError: (RateLimitError) -> R,
    requestTooLarge: (RequestTooLargeError) -> R,
    timeoutError: (TimeoutError) -> R,
    unknown: (ErrorObject.Unknown) -> R,
): R =
    accept(
        object : ErrorObject.Visitor<R> {
            override fun visit(value: ApiError): R =
                apiError(value)

            override fun visit(value: AuthenticationError): R =
                authenticationError(value)

            override fun visit(value: BillingError): R =
                billingError(value)

            override fun visit(value: ConflictError): R =
                conflictError(value)

            override fun visit(value: InvalidRequestError): R =
                invalidRequestError(value)

            override fun visit(value: NotFoundError): R =
                notFoundError(value)

            override fun visit(value: OverloadedError): R =
                overloadedError(value)

            override fun visit(value: PermissionError): R =
                permissionError(value)

            override fun visit(value: RateLimitError): R =
                rateLimitError(value)

            override fun visit(value: RequestTooLargeError): R =
                requestTooLarge(value)

            override fun visit(value: TimeoutError): R =
                timeoutError(value)

            override fun visitUnknown(value: ErrorObject.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ImageSource]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ImageSource.fold(
    base64: (Base64ImageSource) -> R,
    file: (FileImageSource) -> R,
    url: (UrlImageSource) -> R,
    unknown: (ImageSource.Unknown) -> R,
): R =
    accept(
        object : ImageSource.Visitor<R> {
            override fun visit(value: Base64ImageSource): R =
                base64(value)

            override fun visit(value: FileImageSource): R =
                file(value)

            override fun visit(value: UrlImageSource): R =
                url(value)

            override fun visitUnknown(value: ImageSource.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [InitialEvent]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> InitialEvent.fold(
    systemMessage: (SystemMessageEvent) -> R,
    userDefineOutcome: (UserDefineOutcomeEvent) -> R,
    userMessage: (UserMessageEvent) -> R,
    unknown: (InitialEvent.Unknown) -> R,
): R =
    accept(
        object : InitialEvent.Visitor<R> {
            override fun visit(value: SystemMessageEvent): R =
                systemMessage(value)

            override fun visit(value: UserDefineOutcomeEvent): R =
                userDefineOutcome(value)

            override fun visit(value: UserMessageEvent): R =
                userMessage(value)

            override fun visitUnknown(value: InitialEvent.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [InitialEventParam]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> InitialEventParam.fold(
    systemMessage: (SystemMessageEventParam) -> R,
    userDefineOutcome: (UserDefineOutcomeEventParam) -> R,
    userMessage: (UserMessageEventParam) -> R,
    unknown: (InitialEventParam.Unknown) -> R,
): R =
    accept(
        object : InitialEventParam.Visitor<R> {
            override fun visit(value: SystemMessageEventParam): R =
                systemMessage(value)

            override fun visit(value: UserDefineOutcomeEventParam): R =
                userDefineOutcome(value)

            override fun visit(value: UserMessageEventParam): R =
                userMessage(value)

            override fun visitUnknown(value: InitialEventParam.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [PausedReason]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> PausedReason.fold(
    error: (ErrorPausedReason) -> R,
    manual: (ManualPausedReason) -> R,
    unknown: (PausedReason.Unknown) -> R,
): R =
    accept(
        object : PausedReason.Visitor<R> {
            override fun visit(value: ErrorPausedReason): R =
                error(value)

            override fun visit(value: ManualPausedReason): R =
                manual(value)

            override fun visitUnknown(value: PausedReason.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [PausedReasonError]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> PausedReasonError.fold(
    agentArchivedError: (AgentArchivedPausedReasonError) -> R,
    environmentArchivedError: (EnvironmentArchivedPausedReasonError) -> R,
    environmentNotFoundError: (EnvironmentNotFoundPausedReasonError) -> R,
    fileNotFoundError: (FileNotFoundPausedReasonError) -> R,
    mcpEgressBlockedError: (McpEgressBlockedPausedReasonError) -> R,
    memoryStoreArchivedError: (MemoryStoreArchivedPausedReasonError) -> R,
    organizationDisabledError: (OrganizationDisabledPausedReasonError) -> R,
    selfHostedResourcesUnsupportedError: (SelfHostedResourcesUnsupportedPausedReasonError) -> R,
    sessionResourceNotFoundError: (SessionResourceNotFoundPausedReasonError) -> R,
    skillNotFoundError: (SkillNotFoundPausedReasonError) -> R,
    unknownError: (UnknownErrorPausedReasonError) -> R,
    vaultArchivedError: (VaultArchivedPausedReasonError) -> R,
    vaultNotFoundError: (VaultNotFoundPausedReasonError) -> R,
    workspaceArchivedError: (WorkspaceArchivedPausedReasonError) -> R,
    unknown: (PausedReasonError.Unknown) -> R,
): R =
    accept(
        object : PausedReasonError.Visitor<R> {
            override fun visit(value: AgentArchivedPausedReasonError): R =
                agentArchivedError(value)

            override fun visit(value: EnvironmentArchivedPausedReasonError): R =
                environmentArchivedError(value)

            override fun visit(value: EnvironmentNotFoundPausedReasonError): R =
                environmentNotFoundError(value)

            override fun visit(value: FileNotFoundPausedReasonError): R =
                fileNotFoundError(value)

            override fun visit(value: McpEgressBlockedPausedReasonError): R =
                mcpEgressBlockedError(value)

            override fun visit(value: MemoryStoreArchivedPausedReasonError): R =
                memoryStoreArchivedError(value)

            override fun visit(value: OrganizationDisabledPausedReasonError): R =
                organizationDisabledError(value)

            override fun visit(value: SelfHostedResourcesUnsupportedPausedReasonError): R =
                selfHostedResourcesUnsupportedError(value)

            override fun visit(value: SessionResourceNotFoundPausedReasonError): R =
                sessionResourceNotFoundError(value)

            override fun visit(value: SkillNotFoundPausedReasonError): R =
                skillNotFoundError(value)

            override fun visit(value: UnknownErrorPausedReasonError): R =
                unknownError(value)

            override fun visit(value: VaultArchivedPausedReasonError): R =
                vaultArchivedError(value)

            override fun visit(value: VaultNotFoundPausedReasonError): R =
                vaultNotFoundError(value)

            override fun visit(value: WorkspaceArchivedPausedReasonError): R =
                workspaceArchivedError(value)

            override fun visitUnknown(value: PausedReasonError.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ResourceConfig]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ResourceConfig.fold(
    file: (FileResourceConfig) -> R,
    githubRepository: (GitHubRepositoryResourceConfig) -> R,
    memoryStore: (MemoryStoreResourceConfig) -> R,
    unknown: (ResourceConfig.Unknown) -> R,
): R =
    accept(
        object : ResourceConfig.Visitor<R> {
            override fun visit(value: FileResourceConfig): R =
                file(value)

            override fun visit(value: GitHubRepositoryResourceConfig): R =
                githubRepository(value)

            override fun visit(value: MemoryStoreResourceConfig): R =
                memoryStore(value)

            override fun visitUnknown(value: ResourceConfig.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ResourceParam]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ResourceParam.fold(
    file: (FileResourceParam) -> R,
    githubRepository: (GitHubRepositoryResourceParam) -> R,
    memoryStore: (MemoryStoreResourceParam) -> R,
    unknown: (ResourceParam.Unknown) -> R,
): R =
    accept(
        object : ResourceParam.Visitor<R> {
            override fun visit(value: FileResourceParam): R =
                file(value)

            override fun visit(value: GitHubRepositoryResourceParam): R =
                githubRepository(value)

            override fun visit(value: MemoryStoreResourceParam): R =
                memoryStore(value)

            override fun visitUnknown(value: ResourceParam.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [Rubric]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> Rubric.fold(
    file: (FileRubric) -> R,
    text: (TextRubric) -> R,
    unknown: (Rubric.Unknown) -> R,
): R =
    accept(
        object : Rubric.Visitor<R> {
            override fun visit(value: FileRubric): R =
                file(value)

            override fun visit(value: TextRubric): R =
                text(value)

            override fun visitUnknown(value: Rubric.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [RunError]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> RunError.fold(
    agentArchivedError: (AgentArchivedRunError) -> R,
    environmentArchivedError: (EnvironmentArchivedRunError) -> R,
    environmentNotFoundError: (EnvironmentNotFoundRunError) -> R,
    fileNotFoundError: (FileNotFoundRunError) -> R,
    mcpEgressBlockedError: (McpEgressBlockedRunError) -> R,
    memoryStoreArchivedError: (MemoryStoreArchivedRunError) -> R,
    organizationDisabledError: (OrganizationDisabledRunError) -> R,
    selfHostedResourcesUnsupportedError: (SelfHostedResourcesUnsupportedRunError) -> R,
    sessionCreationRejectedError: (SessionCreationRejectedRunError) -> R,
    sessionRateLimitedError: (SessionRateLimitedRunError) -> R,
    sessionResourceNotFoundError: (SessionResourceNotFoundRunError) -> R,
    skillNotFoundError: (SkillNotFoundRunError) -> R,
    unknownError: (UnknownErrorRunError) -> R,
    vaultArchivedError: (VaultArchivedRunError) -> R,
    vaultNotFoundError: (VaultNotFoundRunError) -> R,
    workspaceArchivedError: (WorkspaceArchivedRunError) -> R,
    unknown: (RunError.Unknown) -> R,
): R =
    accept(
        object : RunError.Visitor<R> {
            override fun visit(value: AgentArchivedRunError): R =
                agentArchivedError(value)

            override fun visit(value: EnvironmentArchivedRunError): R =
                environmentArchivedError(value)

            override fun visit(value: EnvironmentNotFoundRunError): R =
                environmentNotFoundError(value)

            override fun visit(value: FileNotFoundRunError): R =
                fileNotFoundError(value)

            override fun visit(value: McpEgressBlockedRunError): R =
                mcpEgressBlockedError(value)

            override fun visit(value: MemoryStoreArchivedRunError): R =
                memoryStoreArchivedError(value)

            override fun visit(value: OrganizationDisabledRunError): R =
                organizationDisabledError(value)

            override fun visit(value: SelfHostedResourcesUnsupportedRunError): R =
                selfHostedResourcesUnsupportedError(value)

            override fun visit(value: SessionCreationRejectedRunError): R =
                sessionCreationRejectedError(value)

            override fun visit(value: SessionRateLimitedRunError): R =
                sessionRateLimitedError(value)

            override fun visit(value: SessionResourceNotFoundRunError): R =
                sessionResourceNotFoundError(value)

            override fun visit(value: SkillNotFoundRunError): R =
                skillNotFoundError(value)

            override fun visit(value: UnknownErrorRunError): R =
                unknownError(value)

            override fun visit(value: VaultArchivedRunError): R =
                vaultArchivedError(value)

            override fun visit(value: VaultNotFoundRunError): R =
                vaultNotFoundError(value)

            override fun visit(value: WorkspaceArchivedRunError): R =
                workspaceArchivedError(value)

            override fun visitUnknown(value: RunError.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [Schedule]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> Schedule.fold(
    cron: (CronSchedule) -> R,
    unknown: (Schedule.Unknown) -> R,
): R =
    accept(
        object : Schedule.Visitor<R> {
            override fun visit(value: CronSchedule): R =
                cron(value)

            override fun visitUnknown(value: Schedule.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [ScheduleParam]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> ScheduleParam.fold(
    cron: (CronScheduleParam) -> R,
    unknown: (ScheduleParam.Unknown) -> R,
): R =
    accept(
        object : ScheduleParam.Visitor<R> {
            override fun visit(value: CronScheduleParam): R =
                cron(value)

            override fun visitUnknown(value: ScheduleParam.Unknown): R =
                unknown(value)
        },
    )

/**
 * Calls the lambda for this [TriggerContext]'s variant and returns what it returns.
 *
 * One parameter per variant, and [unknown] for a `type` this SDK does not
 * know, so a call stops compiling when the API adds a variant.
 */
public fun <R> TriggerContext.fold(
    manual: (ManualTriggerContext) -> R,
    schedule: (ScheduleTriggerContext) -> R,
    unknown: (TriggerContext.Unknown) -> R,
): R =
    accept(
        object : TriggerContext.Visitor<R> {
            override fun visit(value: ManualTriggerContext): R =
                manual(value)

            override fun visit(value: ScheduleTriggerContext): R =
                schedule(value)

            override fun visitUnknown(value: TriggerContext.Unknown): R =
                unknown(value)
        },
    )
