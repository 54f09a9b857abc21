/**
 * The Managed Agents Deployments API client: start with {@link
 * dev.managedagents.deployments.DeploymentsClient#builder()}.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.managedagents.deployments;

import org.jspecify.annotations.NullMarked;
