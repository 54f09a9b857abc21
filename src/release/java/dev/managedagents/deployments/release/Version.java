package dev.managedagents.deployments.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release version, major.minor.patch (a -SNAPSHOT suffix is read and dropped). */
public record Version(int major, int minor, int patch) implements Comparable<Version> {
  private static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(-SNAPSHOT)?");

  /** How far a release moves the version. */
  public enum Bump {
    MAJOR,
    MINOR,
    PATCH
  }

  public static Version parse(String text) {
    Matcher matcher = FORM.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a version (major.minor.patch): " + text);
    }
    return new Version(
        Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3)));
  }

  /**
   * The bump a set of changes needs, by semantic versioning: breaking raises the major, an addition
   * the minor, anything else the patch. While the major is 0 everything moves one place down
   * (breaking raises the minor, the rest the patch), so {@code ^0.2.0} stays safe to upgrade in.
   */
  public Bump required(Impact worst) {
    Bump bump = worst.breaking() ? Bump.MAJOR : worst == Impact.ADDITION ? Bump.MINOR : Bump.PATCH;
    if (major == 0 && bump != Bump.PATCH) {
      bump = bump == Bump.MAJOR ? Bump.MINOR : Bump.PATCH;
    }
    return bump;
  }

  public Version next(Bump bump) {
    return switch (bump) {
      case MAJOR -> new Version(major + 1, 0, 0);
      case MINOR -> new Version(major, minor + 1, 0);
      case PATCH -> new Version(major, minor, patch + 1);
    };
  }

  @Override
  public int compareTo(Version other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
