package dev.managedagents.deployments.kotlin

/**
 * Marks the builder that each DSL block of this artifact receives, so that inside a nested block
 * only the innermost builder's setters are in scope: `githubRepository(url, token) { name(…) }`
 * does not compile instead of silently setting the enclosing deployment's name.
 */
@DslMarker
@Target(AnnotationTarget.TYPE)
@MustBeDocumented
public annotation class DeploymentsDsl
