package dev.managedagents.deployments.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What japicmp cannot see: a member whose JSpecify nullness changed, read from two API dumps
 * ({@link ApiDump}). Kotlin reads that nullness as part of the type, so a parameter that no longer
 * takes {@code null}, or a return value or field that may now be {@code null}, stops code that
 * compiled from compiling (and Java code that passed {@code null} now fails); the opposite changes
 * accept more and break nothing.
 */
final class NullnessDiff {
  private static final String NULLABLE = "@Nullable ";

  private NullnessDiff() {}

  /** The nullness changes from the dump {@code old} to the dump {@code now}. */
  static List<Change> compare(String old, String now) {
    Map<String, String> before = members(old);
    List<Change> changes = new ArrayList<>();
    members(now)
        .forEach(
            (key, line) -> {
              String was = before.get(key);
              if (was != null && !was.equals(line)) {
                String owner = key.substring(key.indexOf(' ') + 1, key.indexOf('\n'));
                changes.add(change(owner, was, line));
              }
            });
    return changes;
  }

  /**
   * Each member line of a dump, by its package, class and signature without nullness ({@code
   * "package Class.Nested\n signature"}); the value is the line as dumped.
   */
  private static Map<String, String> members(String dump) {
    Map<String, String> members = new LinkedHashMap<>();
    String pkg = "";
    String type = "";
    for (String line : dump.split("\n")) {
      if (line.startsWith("package ")) {
        pkg = line.substring("package ".length()).split(" ")[0];
      } else if (line.startsWith("  ")) {
        members.put(pkg + " " + type + "\n" + line.replace(NULLABLE, ""), line.trim());
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        type = className(line.replace(NULLABLE, ""));
      }
    }
    return members;
  }

  /** {@code UpdateDeploymentParams.Builder} of {@code public static final class ...Builder ...}. */
  private static String className(String header) {
    String[] words = header.split(" ");
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equals("class")
          || words[i].equals("interface")
          || words[i].equals("enum")
          || words[i].equals("record")
          || words[i].equals("@interface")) {
        return words[i + 1].split("<")[0];
      }
    }
    return header;
  }

  /** Breaking if the member's result may now be null or a parameter no longer takes it. */
  private static Change change(String owner, String was, String now) {
    Signature before = Signature.of(was);
    Signature after = Signature.of(now);
    String subject = owner + "." + after.name + after.erasedParameters;
    List<String> breaking = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    if (after.result > before.result) {
      breaking.add("may now return `null`");
      actions.add("handle a `null` result");
    }
    for (int i = 0; i < after.parameters.size() && i < before.parameters.size(); i++) {
      if (after.parameters.get(i) < before.parameters.get(i)) {
        breaking.add("parameter " + (i + 1) + " no longer takes `null`");
        actions.add("pass parameter " + (i + 1) + " a value that is not `null`");
      }
    }
    if (breaking.isEmpty()) {
      return Change.api(
          Impact.COMPATIBLE, subject, "nullness loosened: `" + was + "` → `" + now + "`.", null);
    }
    return Change.api(
        Impact.BREAKING,
        subject,
        String.join("; ", breaking) + " (`" + was + "` → `" + now + "`).",
        "Kotlin: "
            + String.join(", ", actions)
            + " (it no longer compiles otherwise). Java: the same,"
            + " or the call fails at run time.");
  }

  /** How many {@code @Nullable}s a member's result and each of its parameters carry. */
  private record Signature(
      String name, String erasedParameters, int result, List<Integer> parameters) {
    static Signature of(String line) {
      int open = line.indexOf('(');
      if (open < 0) { // a field: its type is what readers get
        String[] words = line.split(" ");
        return new Signature(words[words.length - 1], "", count(line), List.of());
      }
      String head = withoutTypeParameters(line.substring(0, open));
      String name = head.substring(head.lastIndexOf(' ') + 1);
      List<Integer> parameters = new ArrayList<>();
      for (String parameter : split(line.substring(open + 1, line.lastIndexOf(')')))) {
        parameters.add(count(parameter));
      }
      String erased = line.substring(open, line.lastIndexOf(')') + 1).replace(NULLABLE, "");
      return new Signature(name, erased, count(head), parameters);
    }

    /**
     * The head without its type parameters ({@code <R extends @Nullable Object>}): a looser bound
     * lets callers pass more, it does not make the result nullable.
     */
    private static String withoutTypeParameters(String head) {
      int start = head.indexOf(" <");
      if (start < 0) {
        return head;
      }
      int depth = 0;
      for (int i = start + 1; i < head.length(); i++) {
        char c = head.charAt(i);
        if (c == '<') {
          depth++;
        } else if (c == '>' && --depth == 0) {
          return head.substring(0, start) + head.substring(i + 1);
        }
      }
      return head;
    }

    /** Parameters at the top level: commas inside {@code <...>} separate type arguments. */
    private static List<String> split(String parameters) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      int from = 0;
      for (int i = 0; i < parameters.length(); i++) {
        char c = parameters.charAt(i);
        if (c == '<') {
          depth++;
        } else if (c == '>') {
          depth--;
        } else if (c == ',' && depth == 0) {
          out.add(parameters.substring(from, i));
          from = i + 1;
        }
      }
      if (!parameters.isBlank()) {
        out.add(parameters.substring(from));
      }
      return out;
    }

    private static int count(String text) {
      int n = 0;
      for (int at = text.indexOf(NULLABLE); at >= 0; at = text.indexOf(NULLABLE, at + 1)) {
        n++;
      }
      return n;
    }
  }
}
