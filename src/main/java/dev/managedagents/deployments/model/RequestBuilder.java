package dev.managedagents.deployments.model;

/**
 * Marks the builder of something a request carries: a request body, a model inside one, or a list
 * operation's parameters.
 *
 * <p>The Kotlin artifact's blocks receive one; through this type its shortcuts ({@code agent(id)},
 * {@code cronSchedule(...)}, ...) refuse to compile in a block that has no property for what they
 * make, instead of making a value that the block then drops. It declares no method, so the builders
 * carry no bridge method for it.
 */
public interface RequestBuilder {}
