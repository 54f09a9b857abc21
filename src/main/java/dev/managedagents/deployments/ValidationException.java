package dev.managedagents.deployments;

import org.jspecify.annotations.Nullable;

/**
 * An argument breaks a documented rule of the API. Thrown before anything is sent; the message
 * names where the value is, what is wrong with it, and the rule.
 *
 * <p>A value inside a request body is located by {@link #getJsonPath()}, in the same form as {@link
 * DecodeException#getJsonPath()} ({@code $.initial_events[2].content}); an argument that is not
 * part of a body (a path ID such as {@code deployment_id}, a query parameter such as {@code limit},
 * a client setting such as {@code maxRetries}) has no JSON path and is named by {@link
 * #getArgument()}.
 */
public final class ValidationException extends DeploymentsException {
  private static final long serialVersionUID = 1L;

  private final String argument;
  private final @Nullable String jsonPath;

  /** For {@code argument}, which is not part of a request body. */
  ValidationException(String argument, String problem) {
    this(argument, null, problem);
  }

  private ValidationException(String argument, @Nullable String jsonPath, String problem) {
    super((jsonPath == null ? argument : jsonPath) + ": " + problem, null);
    this.argument = argument;
    this.jsonPath = jsonPath;
  }

  /**
   * For a value inside the body {@code argument}, at {@code path} from the body's root, such as
   * {@code initial_events[2].content}.
   */
  static ValidationException inBody(String argument, String path, String problem) {
    return new ValidationException(argument, "$." + path, problem);
  }

  /**
   * Where in the request body the value is, such as {@code $.initial_events[2].content} (Moshi's
   * form, as in {@link DecodeException#getJsonPath()}); {@code null} when the argument is not part
   * of a body.
   */
  public @Nullable String getJsonPath() {
    return jsonPath;
  }

  /**
   * The argument or setting that broke the rule: the body ({@code params}) for a value inside it,
   * or a path ID ({@code deployment_id}), query parameter ({@code limit}) or client setting ({@code
   * maxRetries}) by its name.
   */
  public String getArgument() {
    return argument;
  }
}
