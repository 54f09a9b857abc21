package dev.managedagents.deployments;

import dev.managedagents.deployments.model.DeploymentStatus;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Filters and page size for listing deployments. Immutable; every filter is optional. */
public final class ListDeploymentsParams {
  final @Nullable String agentId;
  final @Nullable OffsetDateTime createdAtGte;
  final @Nullable OffsetDateTime createdAtLte;
  final @Nullable Boolean includeArchived;
  final @Nullable DeploymentStatus status;
  final @Nullable Integer limit;
  final @Nullable String page;

  private ListDeploymentsParams(Builder builder) {
    this.agentId = builder.agentId;
    this.createdAtGte = builder.createdAtGte;
    this.createdAtLte = builder.createdAtLte;
    this.includeArchived = builder.includeArchived;
    this.status = builder.status;
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

  ListDeploymentsParams withPage(String cursor) {
    return toBuilder().page(cursor).build();
  }

  @Override
  public String toString() {
    return "ListDeploymentsParams{agentId=" + agentId + ", createdAtGte=" + createdAtGte
        + ", createdAtLte=" + createdAtLte + ", includeArchived=" + includeArchived
        + ", status=" + status + ", limit=" + limit + ", page=" + page + "}";
  }

  /** Builds {@link ListDeploymentsParams}. */
  public static final class Builder {
    private @Nullable String agentId;
    private @Nullable OffsetDateTime createdAtGte;
    private @Nullable OffsetDateTime createdAtLte;
    private @Nullable Boolean includeArchived;
    private @Nullable DeploymentStatus status;
    private @Nullable Integer limit;
    private @Nullable String page;

    private Builder() {}

    private Builder(ListDeploymentsParams params) {
      this.agentId = params.agentId;
      this.createdAtGte = params.createdAtGte;
      this.createdAtLte = params.createdAtLte;
      this.includeArchived = params.includeArchived;
      this.status = params.status;
      this.limit = params.limit;
      this.page = params.page;
    }

    /** Only deployments of this agent ({@code agent_id}). */
    public Builder agentId(@Nullable String agentId) {
      this.agentId = agentId;
      return this;
    }

    /** Only deployments created at or after this time ({@code created_at[gte]}). */
    public Builder createdAtGte(@Nullable OffsetDateTime createdAtGte) {
      this.createdAtGte = createdAtGte;
      return this;
    }

    /** Only deployments created at or before this time ({@code created_at[lte]}). */
    public Builder createdAtLte(@Nullable OffsetDateTime createdAtLte) {
      this.createdAtLte = createdAtLte;
      return this;
    }

    /** Also list archived deployments ({@code include_archived}); cannot be combined with {@link #status}. */
    public Builder includeArchived(@Nullable Boolean includeArchived) {
      this.includeArchived = includeArchived;
      return this;
    }

    /** Only deployments with this status; cannot be combined with {@link #includeArchived}. */
    public Builder status(@Nullable DeploymentStatus status) {
      this.status = status;
      return this;
    }

    /** Page size, 1 to 100; the server's default is 20. */
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
     * @throws ValidationException if {@code limit} is out of range, or both {@code status} and {@code
     *     include_archived} are set
     */
    public ListDeploymentsParams build() {
      Validation.limit(limit, DeploymentsApi.LIST_DEPLOYMENTS_LIMIT_MIN, DeploymentsApi.LIST_DEPLOYMENTS_LIMIT_MAX);
      if (status != null && includeArchived != null) {
        throw new ValidationException(
            "status", "cannot be combined with include_archived; set only one of them");
      }
      return new ListDeploymentsParams(this);
    }
  }
}
