// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments;

/** The beta every request of these endpoints must name in {@code anthropic-beta}. */
final class RequiredBeta {
  /**
   * The spec's {@code x-required-beta}; {@code DeploymentsClient.MANAGED_AGENTS_BETA} publishes it.
   */
  static final String VALUE = "managed-agents-2026-04-01";

  private RequiredBeta() {}
}
