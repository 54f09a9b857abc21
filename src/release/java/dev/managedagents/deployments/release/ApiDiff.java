package dev.managedagents.deployments.release;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiField;
import japicmp.model.JApiModifier;
import japicmp.model.JApiParameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binary and source compatibility of the SDK, Kotlin and local-server jars against another build of
 * them, by japicmp, read through this SDK's conventions:
 *
 * <ul>
 *   <li>a method added to a union's {@code Visitor} is source-breaking for the apps that implement
 *       it (japicmp: binary compatible, source incompatible), and the action says to add the {@code
 *       visit} overload or extend the union's {@code DefaultVisitor};
 *   <li>a Kotlin {@code fold} or builder function that gains a parameter is one change, not a
 *       removal and an addition: every call must pass the new argument, and calls compiled against
 *       the old one fail to link;
 *   <li>annotations that only Kotlin's compiler reads ({@code @Metadata}) are not changes.
 * </ul>
 */
public final class ApiDiff {
  private static final Set<JApiCompatibilityChangeType> DEPRECATIONS =
      Set.of(JApiCompatibilityChangeType.ANNOTATION_DEPRECATED_ADDED);

  private ApiDiff() {}

  /** The differences from {@code old} to {@code now}, found with {@code dependencies} in view. */
  public static List<Change> compare(Artifacts old, Artifacts now, List<Path> dependencies) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PROTECTED);
    options.setIncludeSynthetic(false);
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    dependencies.forEach(path -> options.getClassPathEntries().add(path.toString()));
    List<JApiClass> classes =
        new JarArchiveComparator(options).compare(archives(old), archives(now));
    // japicmp compares everything; users see only what they can reach, as the API dump does.
    Map<String, JApiClass> byName = new LinkedHashMap<>();
    classes.forEach(type -> byName.put(type.getFullyQualifiedName(), type));
    List<Change> changes = new ArrayList<>();
    for (JApiClass type : classes) {
      if (reachable(type, byName)) {
        changes.addAll(changes(type));
      }
    }
    changes.sort(Change.ORDER);
    return changes;
  }

  /**
   * Public in either version, all the way out, and not an anonymous or local class (a {@code
   * $}-segment starting with a digit, as Kotlin's object expressions in {@code fold} are).
   */
  private static boolean reachable(JApiClass type, Map<String, JApiClass> byName) {
    String name = type.getFullyQualifiedName();
    int nested = name.lastIndexOf('$');
    if (nested >= 0) {
      String segment = name.substring(nested + 1);
      if (segment.isEmpty() || Character.isDigit(segment.charAt(0))) {
        return false;
      }
      JApiClass outer = byName.get(name.substring(0, nested));
      if (outer == null || !reachable(outer, byName)) {
        return false;
      }
    }
    return visible(type.getAccessModifier());
  }

  /** Public or protected before or after: a change to it is a change users can see. */
  private static boolean visible(JApiModifier<AccessModifier> access) {
    return access.getOldModifier().map(ApiDiff::visible).orElse(false)
        || access.getNewModifier().map(ApiDiff::visible).orElse(false);
  }

  private static boolean visible(AccessModifier access) {
    return access == AccessModifier.PUBLIC || access == AccessModifier.PROTECTED;
  }

  private static List<JApiCmpArchive> archives(Artifacts artifacts) {
    return artifacts.jars().stream()
        .map(jar -> new JApiCmpArchive(jar.path().toFile(), "0"))
        .collect(Collectors.toList());
  }

  private static List<Change> changes(JApiClass type) {
    String name = simple(type.getFullyQualifiedName());
    List<Change> changes = new ArrayList<>();
    switch (type.getChangeStatus()) {
      case NEW -> changes.add(Change.api(Impact.ADDITION, name, "new " + kind(type) + ".", null));
      case REMOVED ->
          changes.add(
              Change.api(
                  Impact.BREAKING, name, kind(type) + " removed.", "Stop using `" + name + "`."));
      case MODIFIED -> {
        for (JApiCompatibilityChange change : type.getCompatibilityChanges()) {
          if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
            changes.add(incompatible(name, change, describe(change.getType())));
          }
        }
        changes.addAll(behaviors(type, name));
        for (JApiField field : type.getFields()) {
          if (visible(field.getAccessModifier()) && !field.getName().contains("$")) {
            changes.addAll(field(name, field));
          }
        }
      }
      case UNCHANGED -> {}
    }
    return changes;
  }

  /**
   * Methods and constructors. A removed method with a namesake added in the same class is one
   * changed signature (a Kotlin function that gained a parameter), reported once.
   */
  private static List<Change> behaviors(JApiClass type, String owner) {
    List<JApiBehavior> behaviors = new ArrayList<>(type.getConstructors());
    behaviors.addAll(type.getMethods());
    // Kotlin's $default bridges and other compiler-made names are not anyone's API.
    behaviors.removeIf(b -> !visible(b.getAccessModifier()) || b.getName().contains("$"));
    Map<String, List<JApiBehavior>> added = new LinkedHashMap<>();
    for (JApiBehavior behavior : behaviors) {
      if (behavior.getChangeStatus() == JApiChangeStatus.NEW) {
        added.computeIfAbsent(behavior.getName(), n -> new ArrayList<>()).add(behavior);
      }
    }
    Set<JApiBehavior> reported = new HashSet<>();
    List<Change> changes = new ArrayList<>();
    for (JApiBehavior behavior : behaviors) {
      if (behavior.getChangeStatus() != JApiChangeStatus.REMOVED) {
        continue;
      }
      List<JApiBehavior> namesakes = added.getOrDefault(behavior.getName(), List.of());
      JApiBehavior replacement = sameReceiver(behavior, namesakes);
      String was = owner + "." + signature(behavior);
      if (replacement != null) {
        reported.add(replacement);
        changes.add(signatureChanged(owner, behavior, replacement));
      } else {
        changes.add(
            Change.api(
                Impact.BREAKING,
                was,
                "removed.",
                "Stop calling `"
                    + behavior.getName()
                    + "`; see the spec changes for what replaces it."));
      }
      reported.add(behavior);
    }
    for (JApiBehavior behavior : behaviors) {
      if (reported.contains(behavior)) {
        continue;
      }
      String subject = owner + "." + signature(behavior);
      if (behavior.getChangeStatus() == JApiChangeStatus.NEW) {
        changes.add(added(type, owner, behavior, subject));
      } else if (behavior.getChangeStatus() == JApiChangeStatus.MODIFIED) {
        for (JApiCompatibilityChange change : behavior.getCompatibilityChanges()) {
          if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
            changes.add(incompatible(subject, change, describe(change.getType())));
          } else if (DEPRECATIONS.contains(change.getType())) {
            changes.add(Change.api(Impact.COMPATIBLE, subject, "now deprecated.", null));
          }
        }
      }
    }
    return changes;
  }

  /** A new method; abstract in an interface, code that implements the interface must add it. */
  private static Change added(JApiClass type, String owner, JApiBehavior behavior, String subject) {
    for (JApiCompatibilityChange change : behavior.getCompatibilityChanges()) {
      if (!change.isSourceCompatible() || !change.isBinaryCompatible()) {
        if (owner.endsWith(".Visitor")) {
          String union = owner.substring(0, owner.length() - ".Visitor".length());
          return new Change(
              Change.Origin.API,
              change.isBinaryCompatible() ? Impact.SOURCE_BREAKING : Impact.BREAKING,
              subject,
              "new abstract method: implementations of `" + owner + "` no longer compile.",
              "Add `"
                  + signature(behavior)
                  + "` to each `"
                  + owner
                  + "` you implement, or extend `"
                  + union
                  + ".DefaultVisitor`, which sends what it does not override to `visitDefault`.");
        }
        return incompatible(subject, change, describe(change.getType()));
      }
    }
    return Change.api(Impact.ADDITION, subject, "new.", null);
  }

  /** The added namesake with the same receiver (first parameter) as a removed static method. */
  private static JApiBehavior sameReceiver(JApiBehavior removed, List<JApiBehavior> namesakes) {
    List<JApiParameter> parameters = removed.getParameters();
    for (JApiBehavior candidate : namesakes) {
      List<JApiParameter> others = candidate.getParameters();
      boolean sameFirst =
          parameters.isEmpty()
              || (!others.isEmpty() && parameters.get(0).getType().equals(others.get(0).getType()));
      if (sameFirst) {
        return candidate;
      }
    }
    return null;
  }

  private static Change signatureChanged(String owner, JApiBehavior was, JApiBehavior is) {
    String subject = owner + "." + was.getName();
    String from = "`" + signature(was) + "`";
    String to = "`" + signature(is) + "`";
    if (was.getName().equals("fold") && owner.endsWith("DeploymentsFolds")) {
      String union =
          was.getParameters().isEmpty() ? "" : simple(was.getParameters().get(0).getType());
      return Change.api(
          Impact.BREAKING,
          owner + ".fold(" + union + ")",
          "`"
              + union
              + ".fold` now takes "
              + is.getParameters().size()
              + " arguments (was "
              + was.getParameters().size()
              + "): a lambda per new variant. Calls compiled against"
              + " the old `fold` fail to link.",
          "Pass the new variant's lambda in every `" + union + ".fold(...)` call, then rebuild.");
    }
    return Change.api(
        Impact.BREAKING,
        subject,
        "signature changes from " + from + " to " + to + ".",
        "Call it as " + to + " and rebuild.");
  }

  private static List<Change> field(String owner, JApiField field) {
    String subject = owner + "." + field.getName();
    return switch (field.getChangeStatus()) {
      case NEW -> List.of(Change.api(Impact.ADDITION, subject, "new field.", null));
      case REMOVED ->
          List.of(
              Change.api(
                  Impact.BREAKING, subject, "field removed.", "Stop using `" + subject + "`."));
      case MODIFIED ->
          field.getCompatibilityChanges().stream()
              .filter(c -> !c.isBinaryCompatible() || !c.isSourceCompatible())
              .map(c -> incompatible(subject, c, describe(c.getType())))
              .collect(Collectors.toList());
      case UNCHANGED -> List.of();
    };
  }

  private static Change incompatible(String subject, JApiCompatibilityChange change, String what) {
    return new Change(
        Change.Origin.API,
        change.isBinaryCompatible() ? Impact.SOURCE_BREAKING : Impact.BREAKING,
        subject,
        what
            + " ("
            + (change.isBinaryCompatible() ? "source" : "binary and source")
            + " incompatible, japicmp "
            + change.getType()
            + ").",
        "Update the code that uses `" + subject + "` and rebuild.");
  }

  private static String describe(JApiCompatibilityChangeType type) {
    String words = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String kind(JApiClass type) {
    return switch (type.getClassType()
        .getNewTypeOptional()
        .or(type.getClassType()::getOldTypeOptional)
        .map(Enum::name)
        .orElse("CLASS")) {
      case "INTERFACE" -> "interface";
      case "ENUM" -> "enum";
      case "ANNOTATION" -> "annotation";
      default -> "class";
    };
  }

  /** {@code name(Type, Type)} with simple type names, as the API dump writes them. */
  static String signature(JApiBehavior behavior) {
    String name = behavior.getName();
    if (behavior instanceof japicmp.model.JApiConstructor) {
      name = simple(behavior.getjApiClass().getFullyQualifiedName());
      name = name.substring(name.lastIndexOf('.') + 1);
    }
    return name
        + behavior.getParameters().stream()
            .map(p -> simple(p.getType()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code Outer.Inner} without its package. */
  static String simple(String qualified) {
    String binary = qualified.replaceAll("^([a-z0-9_]+\\.)+", "");
    return binary.replace('$', '.');
  }
}
