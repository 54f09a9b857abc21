/**
 * A local, in-process Deployments server for tests and demos: {@link
 * dev.managedagents.deployments.testing.LocalDeploymentsServer}, with {@link
 * dev.managedagents.deployments.testing.Fault} to make it fail on purpose.
 *
 * <p>It ships as its own artifact, beside the SDK and for test scope only; the SDK's jar neither
 * contains nor needs it:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.managedagents</groupId>
 *   <artifactId>deployments-sdk</artifactId>
 *   <version>...</version>
 *   <classifier>local-server</classifier>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>It runs on any JDK from 8 on (it uses the JDK's {@code com.sun.net.httpserver}, so not on
 * Android).
 */
@NullMarked
package dev.managedagents.deployments.testing;

import org.jspecify.annotations.NullMarked;
