package dev.managedagents.deployments;

import dev.managedagents.deployments.model.ModelJsonAdapters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Masks secrets in text the client shows (log lines, error messages, body excerpts): the values of
 * the spec's secret properties ({@link ModelJsonAdapters#secretPropertyNames()}) in JSON, even
 * cut-off or malformed JSON, credential headers, and known secret strings wherever they appear: the
 * API key, and the secret values a request's body sent.
 */
final class Redactor {
  /** The one mask, as {@code RawJson}'s in the model package (SecretsTest holds them equal). */
  static final String MASK = "[redacted]";

  /**
   * Secrets shorter than this are not searched for as plain text: they would mask ordinary words.
   */
  private static final int MIN_LITERAL_LENGTH = 8;

  private final List<String> literals;

  Redactor(Collection<String> literals) {
    List<String> kept = new ArrayList<>();
    for (String literal : literals) {
      if (literal.length() >= MIN_LITERAL_LENGTH) {
        kept.add(literal);
      }
    }
    this.literals = Collections.unmodifiableList(kept);
  }

  /** A redactor that also masks {@code more} secrets, such as those a request carried. */
  Redactor with(Collection<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(literals);
    all.addAll(more);
    return new Redactor(all);
  }

  /** Whether a header's value is a credential and is never shown. */
  static boolean isSecretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("authorization")
        || lower.equals("proxy-authorization")
        || lower.equals("x-api-key")
        || lower.equals("cookie")
        || lower.equals("set-cookie");
  }

  /** {@code text} with every secret masked. */
  String redact(String text) {
    String out = maskSecretProperties(text);
    for (String literal : literals) {
      if (out.contains(literal)) {
        out = out.replace(literal, MASK);
      }
    }
    return out;
  }

  private static String maskSecretProperties(String text) {
    String out = text;
    for (String name : ModelJsonAdapters.secretPropertyNames()) {
      String quoted = '"' + name + '"';
      int at = out.indexOf(quoted);
      while (at >= 0) {
        int start = valueStart(out, at + quoted.length());
        if (start >= 0) {
          int end = stringEnd(out, start);
          out = out.substring(0, start) + MASK + out.substring(end);
          at = out.indexOf(quoted, start + MASK.length());
        } else {
          at = out.indexOf(quoted, at + 1);
        }
      }
    }
    return out;
  }

  /** Where the string value after a property name starts (after its quote), or -1 if none does. */
  private static int valueStart(String text, int afterName) {
    int i = skipSpace(text, afterName);
    if (i >= text.length() || text.charAt(i) != ':') {
      return -1;
    }
    i = skipSpace(text, i + 1);
    return i < text.length() && text.charAt(i) == '"' ? i + 1 : -1;
  }

  /**
   * Where a JSON string's content that starts at {@code start} ends: its closing quote, or the end.
   */
  private static int stringEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * {@code cause} itself when neither it nor its causes show a secret in their messages; otherwise
   * a copy of the chain whose messages are masked (each keeping its class name and stack trace),
   * since a cause's message can quote response bytes, such as a malformed status line or a JSON
   * value.
   */
  IOException safeCause(IOException cause) {
    return showsSecret(cause) ? new MaskedException(cause, this) : cause;
  }

  /** Like {@link #safeCause(IOException)}, for any throwable. */
  @Nullable Throwable safeCause(@Nullable Throwable cause) {
    return cause != null && showsSecret(cause) ? new MaskedException(cause, this) : cause;
  }

  private boolean showsSecret(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !redact(message).equals(message)) {
        return true;
      }
    }
    return false;
  }

  /** A throwable whose message, and whose causes' messages, are masked. */
  private static final class MaskedException extends IOException {
    private static final long serialVersionUID = 1L;

    MaskedException(Throwable original, Redactor redactor) {
      super(
          original.getClass().getName()
              + ": "
              + redactor.redact(String.valueOf(original.getMessage())),
          original.getCause() == null ? null : new MaskedException(original.getCause(), redactor));
      setStackTrace(original.getStackTrace());
    }

    /** Its message already names the original class. */
    @Override
    public String toString() {
      return String.valueOf(getMessage());
    }
  }

  /** Never shows the secrets. */
  @Override
  public String toString() {
    return "Redactor{" + literals.size() + " secrets}";
  }
}
