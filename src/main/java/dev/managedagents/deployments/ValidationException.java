package dev.managedagents.deployments;

/**
 * An argument breaks a documented rule of the API. Thrown before anything is sent; the message names
 * the field, what is wrong with its value, and the rule.
 */
public final class ValidationException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final String field;

  ValidationException(String field, String problem) {
    super(field + ": " + problem, null);
    this.field = field;
  }

  /** The field that broke the rule, as a JSON path such as {@code initial_events[2].content}. */
  public String getField() {
    return field;
  }
}
