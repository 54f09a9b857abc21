package dev.managedagents.deployments.release;

/** What a change does to the SDK's users, from worst to harmless; the version bump follows it. */
public enum Impact {
  /** Code that compiled, or requests that worked, stop doing so. */
  BREAKING("Breaking"),
  /**
   * Apps already built keep working (the wire is compatible), but their code stops compiling on
   * upgrade: a new union variant that every exhaustive Visitor or fold must handle.
   */
  SOURCE_BREAKING("Breaking for code, compatible on the wire"),
  /** New API; nothing that worked stops working. */
  ADDITION("Added"),
  /** Works as before, or accepts more than before; nothing new to call. */
  COMPATIBLE("Changed, compatible");

  private final String heading;

  Impact(String heading) {
    this.heading = heading;
  }

  /** The CHANGELOG section this impact's changes go under. */
  public String heading() {
    return heading;
  }

  public boolean breaking() {
    return this == BREAKING || this == SOURCE_BREAKING;
  }
}
