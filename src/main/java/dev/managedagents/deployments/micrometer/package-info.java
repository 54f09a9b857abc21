/**
 * Micrometer metrics of the Deployments SDK's calls: {@link
 * dev.managedagents.deployments.micrometer.DeploymentsMetrics}. In the {@code micrometer} artifact;
 * the app brings {@code io.micrometer:micrometer-core}.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.managedagents.deployments.micrometer;

import org.jspecify.annotations.NullMarked;
