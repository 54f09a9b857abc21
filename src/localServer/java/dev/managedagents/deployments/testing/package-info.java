/**
 * A local, in-process Deployments server for tests: {@link
 * dev.managedagents.deployments.testing.LocalDeploymentsServer}. Shipped as the {@code local-server}
 * artifact of the SDK, for test scope only.
 */
@NullMarked
package dev.managedagents.deployments.testing;

import org.jspecify.annotations.NullMarked;
