// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.RequestBuilder;
import dev.managedagents.deployments.model.TriggerType;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code listDeploymentRuns}: List deployment runs, newest first, one page
 * at a time. Immutable; every parameter is optional, and one left unset is not sent.
 */
public final class ListDeploymentRunsParams {
  final @Nullable String deploymentId;
  final @Nullable OffsetDateTime createdAtGt;
  final @Nullable OffsetDateTime createdAtGte;
  final @Nullable OffsetDateTime createdAtLt;
  final @Nullable OffsetDateTime createdAtLte;
  final @Nullable Boolean hasError;
  final @Nullable TriggerType triggerType;
  final @Nullable Integer limit;
  final @Nullable String page;

  private ListDeploymentRunsParams(Builder builder) {
    this.deploymentId = builder.deploymentId;
    this.createdAtGt = builder.createdAtGt;
    this.createdAtGte = builder.createdAtGte;
    this.createdAtLt = builder.createdAtLt;
    this.createdAtLte = builder.createdAtLte;
    this.hasError = builder.hasError;
    this.triggerType = builder.triggerType;
    this.limit = builder.limit;
    this.page = builder.page;
  }

  /** Returns a builder with no parameters set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these parameters. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The same parameters for the page that {@code cursor} points to. */
  ListDeploymentRunsParams withPage(String cursor) {
    return toBuilder().page(cursor).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ListDeploymentRunsParams)) {
      return false;
    }
    ListDeploymentRunsParams that = (ListDeploymentRunsParams) other;
    return Objects.equals(deploymentId, that.deploymentId)
        && Objects.equals(createdAtGt, that.createdAtGt)
        && Objects.equals(createdAtGte, that.createdAtGte)
        && Objects.equals(createdAtLt, that.createdAtLt)
        && Objects.equals(createdAtLte, that.createdAtLte)
        && Objects.equals(hasError, that.hasError)
        && Objects.equals(triggerType, that.triggerType)
        && Objects.equals(limit, that.limit)
        && Objects.equals(page, that.page);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        deploymentId,
        createdAtGt,
        createdAtGte,
        createdAtLt,
        createdAtLte,
        hasError,
        triggerType,
        limit,
        page);
  }

  @Override
  public String toString() {
    return "ListDeploymentRunsParams{"
        + "deploymentId="
        + deploymentId
        + ", createdAtGt="
        + createdAtGt
        + ", createdAtGte="
        + createdAtGte
        + ", createdAtLt="
        + createdAtLt
        + ", createdAtLte="
        + createdAtLte
        + ", hasError="
        + hasError
        + ", triggerType="
        + triggerType
        + ", limit="
        + limit
        + ", page="
        + page
        + "}";
  }

  /** Builds {@link ListDeploymentRunsParams}. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String deploymentId;
    private @Nullable OffsetDateTime createdAtGt;
    private @Nullable OffsetDateTime createdAtGte;
    private @Nullable OffsetDateTime createdAtLt;
    private @Nullable OffsetDateTime createdAtLte;
    private @Nullable Boolean hasError;
    private @Nullable TriggerType triggerType;
    private @Nullable Integer limit;
    private @Nullable String page;

    private Builder() {}

    private Builder(ListDeploymentRunsParams params) {
      this.deploymentId = params.deploymentId;
      this.createdAtGt = params.createdAtGt;
      this.createdAtGte = params.createdAtGte;
      this.createdAtLt = params.createdAtLt;
      this.createdAtLte = params.createdAtLte;
      this.hasError = params.hasError;
      this.triggerType = params.triggerType;
      this.limit = params.limit;
      this.page = params.page;
    }

    /**
     * Only runs of this deployment. An unknown ID gives an empty page. ({@code deployment_id};
     * {@code null} unsets it)
     */
    public Builder deploymentId(@Nullable String deploymentId) {
      this.deploymentId = deploymentId;
      return this;
    }

    /**
     * Only runs created after this time (exclusive). ({@code created_at[gt]}; {@code null} unsets
     * it)
     */
    public Builder createdAtGt(@Nullable OffsetDateTime createdAtGt) {
      this.createdAtGt = createdAtGt;
      return this;
    }

    /**
     * Only runs created at or after this time (inclusive). ({@code created_at[gte]}; {@code null}
     * unsets it)
     */
    public Builder createdAtGte(@Nullable OffsetDateTime createdAtGte) {
      this.createdAtGte = createdAtGte;
      return this;
    }

    /**
     * Only runs created before this time (exclusive). ({@code created_at[lt]}; {@code null} unsets
     * it)
     */
    public Builder createdAtLt(@Nullable OffsetDateTime createdAtLt) {
      this.createdAtLt = createdAtLt;
      return this;
    }

    /**
     * Only runs created at or before this time (inclusive). ({@code created_at[lte]}; {@code null}
     * unsets it)
     */
    public Builder createdAtLte(@Nullable OffsetDateTime createdAtLte) {
      this.createdAtLte = createdAtLte;
      return this;
    }

    /**
     * True for runs that failed (`error` set); false for runs that started a session. ({@code
     * has_error}; {@code null} unsets it)
     */
    public Builder hasError(@Nullable Boolean hasError) {
      this.hasError = hasError;
      return this;
    }

    /** Only runs started this way. ({@code trigger_type}; {@code null} unsets it) */
    public Builder triggerType(@Nullable TriggerType triggerType) {
      this.triggerType = triggerType;
      return this;
    }

    /** Page size. Defaults to 20. From 1 to 1000. ({@code limit}; {@code null} unsets it) */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Opaque cursor taken from a previous page's `next_page`; an invalid or expired one gives 400.
     * ({@code page}; {@code null} unsets it)
     */
    public Builder page(@Nullable String page) {
      this.page = page;
      return this;
    }

    /**
     * Returns the parameters.
     *
     * @throws ValidationException if a parameter is out of its range or holds a lone UTF-16
     *     surrogate, or two are set that the API does not allow together
     */
    public ListDeploymentRunsParams build() {
      Validation.wellFormed(deploymentId, "deployment_id");
      Validation.inRange("limit", limit, 1, 1000);
      Validation.wellFormed(page, "page");
      return new ListDeploymentRunsParams(this);
    }
  }
}
