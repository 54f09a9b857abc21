// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.RequestBuilder;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code listDeployments}: List deployments, newest first, one page at a
 * time. Immutable; every parameter is optional, and one left unset is not sent.
 */
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

  /** Returns a builder with no parameters set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these parameters. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The same parameters for the page that {@code cursor} points to. */
  ListDeploymentsParams withPage(String cursor) {
    return toBuilder().page(cursor).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ListDeploymentsParams)) {
      return false;
    }
    ListDeploymentsParams that = (ListDeploymentsParams) other;
    return Objects.equals(agentId, that.agentId)
        && Objects.equals(createdAtGte, that.createdAtGte)
        && Objects.equals(createdAtLte, that.createdAtLte)
        && Objects.equals(includeArchived, that.includeArchived)
        && Objects.equals(status, that.status)
        && Objects.equals(limit, that.limit)
        && Objects.equals(page, that.page);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agentId, createdAtGte, createdAtLte, includeArchived, status, limit, page);
  }

  @Override
  public String toString() {
    return "ListDeploymentsParams{"
        + "agentId="
        + agentId
        + ", createdAtGte="
        + createdAtGte
        + ", createdAtLte="
        + createdAtLte
        + ", includeArchived="
        + includeArchived
        + ", status="
        + status
        + ", limit="
        + limit
        + ", page="
        + page
        + "}";
  }

  /** Builds {@link ListDeploymentsParams}. */
  public static final class Builder implements RequestBuilder {
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

    /** Only deployments of this agent. ({@code agent_id}; {@code null} unsets it) */
    public Builder agentId(@Nullable String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Only deployments created at or after this time (inclusive). ({@code created_at[gte]}; {@code
     * null} unsets it)
     */
    public Builder createdAtGte(@Nullable OffsetDateTime createdAtGte) {
      this.createdAtGte = createdAtGte;
      return this;
    }

    /**
     * Only deployments created at or before this time (inclusive). ({@code created_at[lte]}; {@code
     * null} unsets it)
     */
    public Builder createdAtLte(@Nullable OffsetDateTime createdAtLte) {
      this.createdAtLte = createdAtLte;
      return this;
    }

    /**
     * Also list archived deployments. Defaults to false. Cannot be combined with `status`. ({@code
     * include_archived}; {@code null} unsets it)
     */
    public Builder includeArchived(@Nullable Boolean includeArchived) {
      this.includeArchived = includeArchived;
      return this;
    }

    /**
     * Only deployments with this status; omit for both. Cannot be combined with `include_archived`.
     * ({@code status}; {@code null} unsets it)
     */
    public Builder status(@Nullable DeploymentStatus status) {
      this.status = status;
      return this;
    }

    /** Page size. Defaults to 20. From 1 to 100. ({@code limit}; {@code null} unsets it) */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Opaque cursor taken from a previous page's `next_page`. ({@code page}; {@code null} unsets
     * it)
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
    public ListDeploymentsParams build() {
      Validation.wellFormed(agentId, "agent_id");
      if (status != null && includeArchived != null) {
        throw new ValidationException(
            "status", "cannot be combined with include_archived; set only one of them");
      }
      Validation.inRange("limit", limit, 1, 100);
      Validation.wellFormed(page, "page");
      return new ListDeploymentsParams(this);
    }
  }
}
