package dev.managedagents.deployments;

/**
 * The SDK's version, written in by the build from pom.xml (templating-maven-plugin filters this
 * file), so the User-Agent always names the version that was built.
 */
final class SdkVersion {
  static final String VALUE = "${project.version}";

  private SdkVersion() {}
}
