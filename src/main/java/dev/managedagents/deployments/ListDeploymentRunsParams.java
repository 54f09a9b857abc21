package dev.managedagents.deployments;

import dev.managedagents.deployments.model.TriggerType;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Filters and page size for listing deployment runs. Immutable; every filter is optional. */
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

  /** Returns a builder with no filters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these filters. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  ListDeploymentRunsParams withPage(String cursor) {
    return toBuilder().page(cursor).build();
  }

  @Override
  public String toString() {
    return "ListDeploymentRunsParams{deploymentId=" + deploymentId + ", createdAtGt=" + createdAtGt
        + ", createdAtGte=" + createdAtGte + ", createdAtLt=" + createdAtLt
        + ", createdAtLte=" + createdAtLte + ", hasError=" + hasError
        + ", triggerType=" + triggerType + ", limit=" + limit + ", page=" + page + "}";
  }

  /** Builds {@link ListDeploymentRunsParams}. */
  public static final class Builder {
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

    /** Only runs of this deployment ({@code deployment_id}); an unknown ID gives an empty page. */
    public Builder deploymentId(@Nullable String deploymentId) {
      this.deploymentId = deploymentId;
      return this;
    }

    /** Only runs created after this time ({@code created_at[gt]}). */
    public Builder createdAtGt(@Nullable OffsetDateTime createdAtGt) {
      this.createdAtGt = createdAtGt;
      return this;
    }

    /** Only runs created at or after this time ({@code created_at[gte]}). */
    public Builder createdAtGte(@Nullable OffsetDateTime createdAtGte) {
      this.createdAtGte = createdAtGte;
      return this;
    }

    /** Only runs created before this time ({@code created_at[lt]}). */
    public Builder createdAtLt(@Nullable OffsetDateTime createdAtLt) {
      this.createdAtLt = createdAtLt;
      return this;
    }

    /** Only runs created at or before this time ({@code created_at[lte]}). */
    public Builder createdAtLte(@Nullable OffsetDateTime createdAtLte) {
      this.createdAtLte = createdAtLte;
      return this;
    }

    /** True for runs that failed, false for runs that started a session ({@code has_error}). */
    public Builder hasError(@Nullable Boolean hasError) {
      this.hasError = hasError;
      return this;
    }

    /** Only runs started this way ({@code trigger_type}). */
    public Builder triggerType(@Nullable TriggerType triggerType) {
      this.triggerType = triggerType;
      return this;
    }

    /** Page size, 1 to 1000; the server's default is 20. */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /** The cursor of the page to fetch, from {@link Page#getNextPageCursor()}. */
    public Builder page(@Nullable String page) {
      this.page = page;
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws ValidationException if {@code limit} is out of range
     */
    public ListDeploymentRunsParams build() {
      Validation.limit(limit, DeploymentsApi.LIST_DEPLOYMENT_RUNS_LIMIT_MIN, DeploymentsApi.LIST_DEPLOYMENT_RUNS_LIMIT_MAX);
      return new ListDeploymentRunsParams(this);
    }
  }
}
