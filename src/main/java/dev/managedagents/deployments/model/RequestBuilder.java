package dev.managedagents.deployments.model;

/**
 * The builder of something a request carries: a request body, a model inside one, or a list
 * operation's parameters.
 *
 * <p>The Kotlin artifact's blocks receive one; through this type its shortcuts ({@code agent(id)},
 * {@code cronSchedule(...)}, ...) refuse to compile in a block that has no property for what they
 * make, instead of making a value that the block then drops.
 *
 * @param <T> what {@link #build()} makes
 */
public interface RequestBuilder<T> {
  /** Returns the immutable value of the properties set so far; each builder says what it refuses. */
  T build();
}
