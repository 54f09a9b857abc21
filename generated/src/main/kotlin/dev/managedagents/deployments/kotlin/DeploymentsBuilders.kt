// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

@file:JvmName("DeploymentsBuilders")

package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.model.*
import java.time.OffsetDateTime

/**
 * Builds a [AgentReferenceParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun agentReferenceParam(
    id: String,
    block: (@DeploymentsDsl AgentReferenceParam.Builder).() -> Unit = {},
): AgentReferenceParam =
    AgentReferenceParam.builder()
        .id(id)
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
    block: (@DeploymentsDsl Base64DocumentSource.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl Base64ImageSource.Builder).() -> Unit = {},
): Base64ImageSource =
    Base64ImageSource.builder()
        .mediaType(mediaType)
        .data(data)
        .apply(block)
        .build()

/**
 * Builds a [BranchCheckout].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun branchCheckout(
    name: String,
    block: (@DeploymentsDsl BranchCheckout.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl BudgetLimit.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl CommitCheckout.Builder).() -> Unit = {},
): CommitCheckout =
    CommitCheckout.builder()
        .sha(sha)
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
    block: (@DeploymentsDsl CreateDeploymentParams.Builder).() -> Unit = {},
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
 * Builds a [CronScheduleParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun cronScheduleParam(
    expression: String,
    timezone: String,
    block: (@DeploymentsDsl CronScheduleParam.Builder).() -> Unit = {},
): CronScheduleParam =
    CronScheduleParam.builder()
        .expression(expression)
        .timezone(timezone)
        .apply(block)
        .build()

/**
 * Builds a [DocumentBlock].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun documentBlock(
    source: DocumentSource,
    block: (@DeploymentsDsl DocumentBlock.Builder).() -> Unit = {},
): DocumentBlock =
    DocumentBlock.builder()
        .source(source)
        .apply(block)
        .build()

/**
 * Builds a [FileDocumentSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun fileDocumentSource(
    fileId: String,
    block: (@DeploymentsDsl FileDocumentSource.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl FileImageSource.Builder).() -> Unit = {},
): FileImageSource =
    FileImageSource.builder()
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
    block: (@DeploymentsDsl FileResourceParam.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl FileRubric.Builder).() -> Unit = {},
): FileRubric =
    FileRubric.builder()
        .fileId(fileId)
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
    block: (@DeploymentsDsl GitHubRepositoryResourceParam.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl ImageBlock.Builder).() -> Unit = {},
): ImageBlock =
    ImageBlock.builder()
        .source(source)
        .apply(block)
        .build()

/**
 * Builds a [MemoryStoreResourceParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun memoryStoreResourceParam(
    memoryStoreId: String,
    block: (@DeploymentsDsl MemoryStoreResourceParam.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl Money.Builder).() -> Unit = {},
): Money =
    Money.builder()
        .amount(amount)
        .currency(currency)
        .apply(block)
        .build()

/**
 * Builds a [PlainTextDocumentSource].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun plainTextDocumentSource(
    data: String,
    block: (@DeploymentsDsl PlainTextDocumentSource.Builder).() -> Unit = {},
): PlainTextDocumentSource =
    PlainTextDocumentSource.builder()
        .data(data)
        .apply(block)
        .build()

/**
 * Builds a [SystemMessageEventParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun systemMessageEventParam(
    content: List<TextBlock>,
    block: (@DeploymentsDsl SystemMessageEventParam.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl TextBlock.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl TextRubric.Builder).() -> Unit = {},
): TextRubric =
    TextRubric.builder()
        .content(content)
        .apply(block)
        .build()

/**
 * Builds a [UpdateDeploymentParams].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun updateDeploymentParams(
    block: (@DeploymentsDsl UpdateDeploymentParams.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl UrlDocumentSource.Builder).() -> Unit = {},
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
    block: (@DeploymentsDsl UrlImageSource.Builder).() -> Unit = {},
): UrlImageSource =
    UrlImageSource.builder()
        .url(url)
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
    block: (@DeploymentsDsl UserDefineOutcomeEventParam.Builder).() -> Unit = {},
): UserDefineOutcomeEventParam =
    UserDefineOutcomeEventParam.builder()
        .description(description)
        .rubric(rubric)
        .apply(block)
        .build()

/**
 * Builds a [UserMessageEventParam].
 *
 * The required properties are parameters; set the optional ones in [block].
 */
public inline fun userMessageEventParam(
    content: List<ContentBlockParam>,
    block: (@DeploymentsDsl UserMessageEventParam.Builder).() -> Unit = {},
): UserMessageEventParam =
    UserMessageEventParam.builder()
        .content(content)
        .apply(block)
        .build()

/** Sets `content` to [items]. */
public fun UserMessageEventParam.Builder.content(
    vararg items: ContentBlockParam,
): UserMessageEventParam.Builder = content(items.asList())
