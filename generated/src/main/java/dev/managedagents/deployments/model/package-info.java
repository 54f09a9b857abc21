// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

/**
 * The request and response models of the Deployments API, with their JSON adapters.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.managedagents.deployments.model;

import org.jspecify.annotations.NullMarked;
