/**
 * OpenTelemetry traces of the Deployments SDK's calls: {@link
 * dev.managedagents.deployments.opentelemetry.DeploymentsTelemetry}. In the {@code opentelemetry}
 * artifact; the app brings {@code io.opentelemetry:opentelemetry-api}.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.managedagents.deployments.opentelemetry;

import org.jspecify.annotations.NullMarked;
