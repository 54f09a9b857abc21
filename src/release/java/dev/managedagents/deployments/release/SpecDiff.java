package dev.managedagents.deployments.release;

import static dev.managedagents.deployments.release.Spec.list;
import static dev.managedagents.deployments.release.Spec.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares two versions of openapi/deployments.yaml and says what each difference does to this
 * SDK's users, by the conventions the templates follow (generator-templates/README.md): an object
 * schema is an immutable class with getters and a builder, a named enum is open, a {@code oneOf}
 * with a discriminator is a union with an exhaustive Visitor and Kotlin {@code fold}, the limits of
 * what a request carries are checked before sending, and each operation with an {@code x-sdk-name}
 * is a method of its tag's service, in Java ({@code client.deployments().create}) and in Kotlin
 * ({@code client.deployments.create}); its operationId names it to call listeners, spans and metrics
 * (0.1.0's deprecated Kotlin functions keep the operationIds of then).
 *
 * <p>A difference it has no rule for is reported as breaking, to be looked at by hand: the gate
 * would rather ask than wave a change through.
 */
public final class SpecDiff {
  /** Limits whose higher value accepts more. */
  private static final List<String> UPPER_LIMITS =
      List.of(
          "maxLength",
          "maxItems",
          "maxProperties",
          "maximum",
          "x-max-key-length",
          "x-max-set-keys");

  /** Limits whose lower value accepts more. */
  private static final List<String> LOWER_LIMITS = List.of("minLength", "minItems", "minimum");

  /** Keys that change no code and no behaviour. */
  private static final Set<String> DOCUMENTATION =
      Set.of("description", "summary", "example", "examples", "title", "tags", "externalDocs");

  private final Spec old;
  private final Spec now;
  private final Set<String> requests = new TreeSet<>();
  private final Set<String> responses = new TreeSet<>();
  private final List<Change> changes = new ArrayList<>();

  private SpecDiff(Spec old, Spec now) {
    this.old = old;
    this.now = now;
    requests.addAll(old.requestSchemas());
    requests.addAll(now.requestSchemas());
    responses.addAll(old.responseSchemas());
    responses.addAll(now.responseSchemas());
  }

  /** Every difference between {@code old} and {@code now} that users can notice. */
  public static List<Change> compare(Spec old, Spec now) {
    SpecDiff diff = new SpecDiff(old, now);
    diff.operations();
    diff.schemas();
    diff.changes.sort(Change.ORDER);
    return diff.changes;
  }

  // ---- Operations

  private void operations() {
    Map<String, Spec.Operation> before = byKey(old.operations());
    Map<String, Spec.Operation> after = byKey(now.operations());
    before.forEach(
        (key, was) -> {
          Spec.Operation is = after.get(key);
          if (is == null) {
            Spec.Operation moved = now.operations().get(was.id());
            if (moved != null) {
              changes.add(
                  Change.spec(
                      Impact.COMPATIBLE,
                      "operation " + was.id(),
                      "moved from `"
                          + key
                          + "` to `"
                          + moved.key()
                          + "`; its SDK methods keep their names.",
                      null));
              operation(was, moved);
            } else {
              changes.add(
                  Change.spec(
                      Impact.BREAKING,
                      "operation " + was.id(),
                      "removed (`" + key + "`): " + callers(was) + " are gone.",
                      "Stop calling " + callers(was) + "; the API no longer serves it."));
            }
          } else {
            operation(was, is);
          }
        });
    after.forEach(
        (key, is) -> {
          if (!before.containsKey(key) && !old.operations().containsKey(is.id())) {
            changes.add(
                Change.spec(
                    Impact.ADDITION,
                    "operation " + is.id(),
                    "new (`" + key + "`): " + added(is),
                    null));
          }
        });
  }

  private static Map<String, Spec.Operation> byKey(Map<String, Spec.Operation> operations) {
    Map<String, Spec.Operation> byKey = new LinkedHashMap<>();
    operations.values().forEach(operation -> byKey.put(operation.key(), operation));
    return byKey;
  }

  private static String added(Spec.Operation operation) {
    String facade = facade(operation);
    return facade == null
        ? "the SDK has its Retrofit method and local-server route; it is callable once it is named"
            + " in `x-sdk-name` (generator-templates/README.md, Adding an operation)."
        : "Java `client." + facade + "(...)`, Kotlin `client." + kotlin(operation) + "(...)`.";
  }

  /**
   * The Java facade method of an operation, as {@code deployments().create}: the service of its
   * first tag and its {@code x-sdk-name}; a spec from before the facade was generated named it in
   * {@code x-sdk-method}. {@code null} for an operation the facade does not offer.
   */
  static @Nullable String facade(Spec.Operation operation) {
    Object named = operation.definition().get("x-sdk-method");
    if (named != null) {
      return named.toString();
    }
    Object name = operation.definition().get("x-sdk-name");
    Object tags = operation.definition().get("tags");
    if (name == null || !(tags instanceof List) || ((List<?>) tags).isEmpty()) {
      return null;
    }
    String[] words = String.valueOf(((List<?>) tags).get(0)).trim().split("\\s+");
    StringBuilder service = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      service.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return service + "()." + name;
  }

  /**
   * The Kotlin call of an operation, as {@code deployments.create}: its Java facade method's
   * service and name, the service an extension property. {@code null} for an operation the SDK does
   * not offer.
   */
  static @Nullable String kotlin(Spec.Operation operation) {
    String facade = facade(operation);
    return facade == null ? null : facade.replace("().", ".");
  }

  /** A list's parameters class, named after its operationId by the second generator pass. */
  private static String paramsClass(Spec.Operation operation) {
    return Character.toUpperCase(operation.id().charAt(0)) + operation.id().substring(1) + "Params";
  }

  private static String callers(Spec.Operation operation) {
    String facade = facade(operation);
    return facade == null
        ? "Kotlin `client." + operation.id() + "(...)`"
        : "Java `client." + facade + "(...)` and Kotlin `client." + kotlin(operation) + "(...)`";
  }

  private void operation(Spec.Operation was, Spec.Operation is) {
    String subject = "operation " + is.id();
    if (!was.id().equals(is.id())) {
      // No method is named by it (0.1.0's deprecated Kotlin functions keep their names), but what
      // watches calls sees it: CallEvent.operationId(), span and metric names.
      String facade = facade(is);
      changes.add(
          Change.spec(
              Impact.BREAKING,
              "operation " + was.id(),
              "operationId renamed to `"
                  + is.id()
                  + "`: call listeners, spans and metrics name the operation `"
                  + is.id()
                  + "`, not `"
                  + was.id()
                  + "`; "
                  + (facade == null
                      ? "no method is named by it."
                      : "Java `client."
                          + facade
                          + "(...)` and Kotlin `client."
                          + kotlin(is)
                          + "(...)` keep their names.")
                  + (is.definition().containsKey("x-sdk-pages-of")
                      ? " Its parameters class is now `" + paramsClass(is) + "`."
                      : ""),
              "Change the dashboards, alerts and listeners that match the operation ID `"
                  + was.id()
                  + "` to `"
                  + is.id()
                  + "`."));
    }
    String facadeWas = facade(was);
    String facadeIs = facade(is);
    if (!Objects.equals(facadeWas, facadeIs)) {
      if (facadeWas == null) {
        changes.add(Change.spec(Impact.ADDITION, subject, "now in the SDK: " + added(is), null));
      } else {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                subject,
                "Java method `client."
                    + facadeWas
                    + "(...)` (Kotlin `client."
                    + kotlin(was)
                    + "(...)`) is now "
                    + (facadeIs == null
                        ? "gone"
                        : "`client."
                            + facadeIs
                            + "(...)` (Kotlin `client."
                            + kotlin(is)
                            + "(...)`)")
                    + ".",
                facadeIs == null
                    ? "Stop calling `client." + facadeWas + "(...)`."
                    : "Call `client."
                        + facadeIs
                        + "(...)` (Kotlin `client."
                        + kotlin(is)
                        + "(...)`) instead."));
      }
    }
    boolean idempotentWas = !Boolean.TRUE.equals(was.definition().get("x-non-idempotent"));
    boolean idempotentIs = !Boolean.TRUE.equals(is.definition().get("x-non-idempotent"));
    if (idempotentWas != idempotentIs) {
      changes.add(
          Change.spec(
              Impact.COMPATIBLE,
              subject,
              idempotentIs
                  ? "now idempotent: the client retries it after any failure it may resend."
                  : "no longer idempotent: the client retries it only when the server certainly did"
                      + " not act on it.",
              null));
    }
    parameters(subject, old.parameters(was), now.parameters(is));
    schemaReference(subject + " request body", old.requestSchema(was), now.requestSchema(is));
    Map<String, Object> responsesWas = old.responseSchemas(was);
    Map<String, Object> responsesIs = now.responseSchemas(is);
    for (String status : union(responsesWas.keySet(), responsesIs.keySet())) {
      if (status.startsWith("2")) {
        schemaReference(
            subject + " response " + status, responsesWas.get(status), responsesIs.get(status));
      }
    }
  }

  /** A body that changes to another model changes the method's types. */
  private void schemaReference(String subject, @Nullable Object was, @Nullable Object is) {
    String before = typeOf(old, was);
    String after = typeOf(now, is);
    if (!before.equals(after)) {
      changes.add(
          Change.spec(
              Impact.BREAKING,
              subject,
              "changes from `" + before + "` to `" + after + "`: the SDK methods' types change.",
              "Pass or read `" + after + "` where the code used `" + before + "`."));
    }
  }

  private void parameters(
      String subject, Map<String, Map<String, Object>> was, Map<String, Map<String, Object>> is) {
    for (String key : union(was.keySet(), is.keySet())) {
      Map<String, Object> before = was.get(key);
      Map<String, Object> after = is.get(key);
      String name = key.substring(key.indexOf(':') + 1);
      String where = key.substring(0, key.indexOf(':'));
      String parameter = subject + " " + where + " parameter " + name;
      if (where.equals("header")) {
        continue; // The client sets every header itself.
      }
      if (where.equals("path") && (before == null || after == null)) {
        continue; // Path IDs are positional arguments: a renamed one changes no call.
      }
      if (after == null) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                parameter,
                "removed: its setter on the list parameters class is gone.",
                "Stop setting `" + camel(name) + "(...)`."));
      } else if (before == null) {
        boolean required = Boolean.TRUE.equals(after.get("required"));
        changes.add(
            required
                ? Change.spec(
                    Impact.BREAKING,
                    parameter,
                    "new and required.",
                    "Pass `" + name + "` on every call.")
                : Change.spec(
                    Impact.ADDITION,
                    parameter,
                    "new and optional: `" + camel(name) + "(...)`.",
                    null));
      } else {
        if (!Boolean.TRUE.equals(before.get("required"))
            && Boolean.TRUE.equals(after.get("required"))) {
          changes.add(
              Change.spec(
                  Impact.BREAKING,
                  parameter,
                  "is now required.",
                  "Pass `" + name + "` on every call."));
        }
        value(parameter, map(before.get("schema")), map(after.get("schema")), true, false);
      }
    }
  }

  // ---- Schemas

  private void schemas() {
    Map<String, Object> before = old.schemas();
    Map<String, Object> after = now.schemas();
    for (String name : union(before.keySet(), after.keySet())) {
      if (!after.containsKey(name)) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                name,
                "model removed: the class `" + name + "` is gone.",
                "Stop using `" + name + "`."));
      } else if (!before.containsKey(name)) {
        changes.add(
            Change.spec(Impact.ADDITION, name, "new model: the class `" + name + "`.", null));
      } else {
        schema(name, map(before.get(name)), map(after.get(name)));
      }
    }
  }

  private void schema(String name, Map<String, Object> was, Map<String, Object> is) {
    boolean request = requests.contains(name);
    boolean response = responses.contains(name);
    if (was.containsKey("oneOf") || is.containsKey("oneOf")) {
      union(name, was, is, request);
    } else if (was.containsKey("enum") || is.containsKey("enum")) {
      openEnum(name, was, is, request, response);
    } else {
      object(name, was, is, request, response);
    }
  }

  private void union(
      String name, Map<String, Object> was, Map<String, Object> is, boolean request) {
    Map<String, String> before = variants(was);
    Map<String, String> after = variants(is);
    for (String tag : union(before.keySet(), after.keySet())) {
      String variant = after.getOrDefault(tag, before.get(tag));
      String subject = name + " variant " + tag;
      if (!after.containsKey(tag)) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                subject,
                "removed from the union `"
                    + name
                    + "`: `"
                    + variant
                    + "` no longer is one of its forms, and its `Visitor` method and `fold` lambda"
                    + " are gone.",
                "Remove the `"
                    + name
                    + ".Visitor` method and the `fold` lambda for `"
                    + variant
                    + "`."));
      } else if (!before.containsKey(tag)) {
        changes.add(
            Change.spec(
                Impact.SOURCE_BREAKING,
                subject,
                "new variant `"
                    + variant
                    + "` of the union `"
                    + name
                    + "`. Apps already built"
                    + " read it as `"
                    + name
                    + ".Unknown` and keep working"
                    + (request ? "; requests may now send it." : "."),
                "Java: implementations of `"
                    + name
                    + ".Visitor` add `visit("
                    + variant
                    + ")`"
                    + " (a `"
                    + name
                    + ".DefaultVisitor` passes it to `visitDefault`). Kotlin: every"
                    + " `"
                    + name
                    + ".fold(...)` call adds a `"
                    + camel(tag)
                    + " = { ... }` lambda."));
      } else if (!before.get(tag).equals(after.get(tag))) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                subject,
                "now reads as `" + after.get(tag) + "` instead of `" + before.get(tag) + "`.",
                "Handle `"
                    + after.get(tag)
                    + "` where the code handled `"
                    + before.get(tag)
                    + "`."));
      }
    }
    remaining(name, was, is, Set.of("oneOf", "discriminator", "x-string-variant"));
  }

  /** A union's forms: discriminator tag to schema name (a plain-string form by its own name). */
  private static Map<String, String> variants(Map<String, Object> union) {
    Map<String, String> variants = new TreeMap<>();
    Map<String, Object> mapping = map(map(union.get("discriminator")).get("mapping"));
    if (!mapping.isEmpty()) {
      mapping.forEach((tag, ref) -> variants.put(tag, refName(String.valueOf(ref))));
      return variants;
    }
    for (Object form : list(union.get("oneOf"))) {
      Object ref = map(form).get("$ref");
      if (ref != null) {
        variants.put(refName((String) ref), refName((String) ref));
      } else {
        String stringVariant = String.valueOf(union.getOrDefault("x-string-variant", "string"));
        variants.put(stringVariant, "plain " + map(form).get("type"));
      }
    }
    return variants;
  }

  private void openEnum(
      String name,
      Map<String, Object> was,
      Map<String, Object> is,
      boolean request,
      boolean response) {
    List<Object> before = list(was.get("enum"));
    List<Object> after = list(is.get("enum"));
    for (Object value : after) {
      if (!before.contains(value)) {
        changes.add(
            Change.spec(
                Impact.ADDITION,
                name + " value " + value,
                "new value of the open enum `"
                    + name
                    + "`: `"
                    + name
                    + "."
                    + constant(value)
                    + "`"
                    + (response ? "; apps already built keep it as an unknown value." : "."),
                null));
      }
    }
    for (Object value : before) {
      if (!after.contains(value)) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                name + " value " + value,
                "removed from `"
                    + name
                    + "`: the constant `"
                    + name
                    + "."
                    + constant(value)
                    + "` is gone"
                    + (request ? " and the API refuses it in requests." : "."),
                "Stop using `" + name + "." + constant(value) + "`."));
      }
    }
    remaining(name, was, is, Set.of("enum"));
  }

  private void object(
      String name,
      Map<String, Object> was,
      Map<String, Object> is,
      boolean request,
      boolean response) {
    Map<String, Object> before = map(was.get("properties"));
    Map<String, Object> after = map(is.get("properties"));
    Set<Object> requiredBefore =
        new TreeSet<>(list(was.get("required")).stream().map(String::valueOf).toList());
    Set<Object> requiredAfter =
        new TreeSet<>(list(is.get("required")).stream().map(String::valueOf).toList());
    for (String property : union(before.keySet(), after.keySet())) {
      String subject = name + "." + property;
      String getter = "`" + name + ".get" + pascal(property) + "()`";
      String setter = "`" + name + ".Builder." + camel(property) + "(...)`";
      if (!after.containsKey(property)) {
        if (response) {
          changes.add(
              Change.spec(
                  Impact.BREAKING,
                  subject,
                  "response property removed: "
                      + getter
                      + " is gone"
                      + (request ? ", and so is " + setter + "." : "."),
                  "Stop reading "
                      + getter
                      + "; while a server still sends it, it is in"
                      + " `getAdditionalProperties()`."));
        } else {
          changes.add(
              Change.spec(
                  Impact.BREAKING,
                  subject,
                  "request property removed: " + setter + " is gone.",
                  "Stop setting " + setter + "."));
        }
      } else if (!before.containsKey(property)) {
        boolean required = requiredAfter.contains(property);
        if (request && required) {
          changes.add(
              Change.spec(
                  Impact.BREAKING,
                  subject,
                  "new required request property: `build()` fails without " + setter + ".",
                  "Set "
                      + setter
                      + " on every `"
                      + name
                      + "` you build (in Kotlin it is a parameter of `"
                      + camel(name)
                      + "(...)`)."));
        } else {
          changes.add(
              Change.spec(
                  Impact.ADDITION,
                  subject,
                  (response
                          ? "new response property: " + getter
                          : "new optional request property: " + setter)
                      + (response && request ? " and " + setter : "")
                      + ".",
                  null));
        }
      } else {
        property(
            subject,
            map(before.get(property)),
            map(after.get(property)),
            requiredBefore.contains(property),
            requiredAfter.contains(property),
            request,
            response,
            setter,
            getter,
            name);
      }
    }
    remaining(name, was, is, Set.of("properties", "required", "type"));
  }

  private void property(
      String subject,
      Map<String, Object> was,
      Map<String, Object> is,
      boolean requiredBefore,
      boolean requiredAfter,
      boolean request,
      boolean response,
      String setter,
      String getter,
      String model) {
    if (request && !requiredBefore && requiredAfter) {
      changes.add(
          Change.spec(
              Impact.BREAKING,
              subject,
              "request property now required: `build()` fails without "
                  + setter
                  + ", and the Kotlin"
                  + " builder `"
                  + camel(model)
                  + "(...)` takes it as a parameter.",
              "Set "
                  + setter
                  + " on every `"
                  + model
                  + "` you build (Kotlin: pass it to `"
                  + camel(model)
                  + "(...)`)."));
    } else if (request && requiredBefore && !requiredAfter) {
      changes.add(Change.spec(Impact.COMPATIBLE, subject, "request property now optional.", null));
    }
    if (response && requiredBefore && !requiredAfter) {
      changes.add(
          Change.spec(
              Impact.BREAKING,
              subject,
              "response property now optional: " + getter + " may return null.",
              "Handle null from " + getter + " (Kotlin: the type becomes nullable)."));
    } else if (response && !requiredBefore && requiredAfter && !request) {
      changes.add(
          Change.spec(Impact.COMPATIBLE, subject, "response property now always present.", null));
    }
    value(subject, was, is, request, response);
  }

  /** Compares two schemas of one value: its type, nullness, limits and inline enum. */
  private void value(
      String subject,
      Map<String, Object> was,
      Map<String, Object> is,
      boolean request,
      boolean response) {
    String before = typeOf(old, was);
    String after = typeOf(now, is);
    if (!before.equals(after)) {
      changes.add(
          Change.spec(
              Impact.BREAKING,
              subject,
              "type changes from `" + before + "` to `" + after + "`.",
              "Read and write it as `" + after + "`."));
      return;
    }
    boolean nullableBefore = Boolean.TRUE.equals(was.get("nullable"));
    boolean nullableAfter = Boolean.TRUE.equals(is.get("nullable"));
    if (nullableBefore != nullableAfter) {
      if (nullableAfter && response) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                subject,
                "may now be null in responses.",
                "Handle null where the code reads it (Kotlin: the type becomes nullable)."));
      } else if (!nullableAfter && request) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                subject,
                "can no longer be null (or cleared) in requests.",
                "Stop passing null for it."));
      } else {
        changes.add(
            Change.spec(
                Impact.COMPATIBLE,
                subject,
                nullableAfter
                    ? "may now be null (cleared) in requests."
                    : "is never null in responses now.",
                null));
      }
    }
    limits(subject, was, is, request);
    List<Object> enumBefore = list(was.get("enum"));
    List<Object> enumAfter = list(is.get("enum"));
    if (!enumBefore.equals(enumAfter)) {
      changes.add(
          Change.spec(
              Impact.BREAKING,
              subject,
              "fixed value changes from " + enumBefore + " to " + enumAfter + ".",
              "Send and expect " + enumAfter + "."));
    }
    // Inline containers: the limits of their items and values.
    for (String inner : List.of("items", "additionalProperties")) {
      Map<String, Object> innerBefore = map(was.get(inner));
      Map<String, Object> innerAfter = map(is.get(inner));
      if (!innerBefore.containsKey("$ref")
          && !innerAfter.containsKey("$ref")
          && !(innerBefore.isEmpty() && innerAfter.isEmpty())) {
        value(
            subject + (inner.equals("items") ? "[]" : "{}"),
            innerBefore,
            innerAfter,
            request,
            response);
      }
    }
    Set<String> compared =
        Set.of(
            "type",
            "format",
            "$ref",
            "allOf",
            "nullable",
            "enum",
            "items",
            "additionalProperties",
            "pattern",
            "readOnly",
            "writeOnly",
            "default",
            "x-secret",
            "x-not-with");
    Set<String> limitKeys = new TreeSet<>(UPPER_LIMITS);
    limitKeys.addAll(LOWER_LIMITS);
    for (String key : union(was.keySet(), is.keySet())) {
      if (compared.contains(key) || limitKeys.contains(key) || DOCUMENTATION.contains(key)) {
        continue;
      }
      unknown(subject, key, was.get(key), is.get(key));
    }
    if (!Objects.equals(was.get("x-secret"), is.get("x-secret"))) {
      changes.add(
          Change.spec(
              Impact.COMPATIBLE,
              subject,
              Boolean.TRUE.equals(is.get("x-secret"))
                  ? "now a secret: masked in `toString`, logs and messages."
                  : "no longer masked as a secret.",
              null));
    }
    if (!Objects.equals(was.get("default"), is.get("default"))) {
      changes.add(
          Change.spec(
              Impact.BREAKING,
              subject,
              "default changes from `" + was.get("default") + "` to `" + is.get("default") + "`.",
              "Set it explicitly where the old default mattered."));
    }
  }

  private void limits(
      String subject, Map<String, Object> was, Map<String, Object> is, boolean request) {
    for (String key : union(new TreeSet<>(UPPER_LIMITS), new TreeSet<>(LOWER_LIMITS))) {
      Object before = was.get(key);
      Object after = is.get(key);
      if (Objects.equals(before, after)) {
        continue;
      }
      boolean upper = UPPER_LIMITS.contains(key);
      boolean tighter =
          before == null
              || (after != null
                  && (upper ? number(after) < number(before) : number(after) > number(before)));
      String change =
          "`"
              + key
              + "` "
              + (before == null
                  ? "set to " + after
                  : after == null ? before + " removed" : before + " → " + after);
      if (!request) {
        changes.add(
            Change.spec(
                Impact.COMPATIBLE,
                subject,
                change + " (a response's documented limit; the SDK does not check responses).",
                null));
      } else if (tighter) {
        changes.add(
            Change.spec(
                Impact.BREAKING,
                subject,
                change
                    + ": requests that keep the old limit but break the new one are now refused"
                    + " before sending (`ValidationException`).",
                "Keep `" + subject + "` within " + describe(key, after) + "."));
      } else {
        changes.add(
            Change.spec(
                Impact.COMPATIBLE,
                subject,
                change + ": requests may carry more than before.",
                null));
      }
    }
    Object patternBefore = was.get("pattern");
    Object patternAfter = is.get("pattern");
    if (!Objects.equals(patternBefore, patternAfter)) {
      changes.add(
          patternAfter == null || !request
              ? Change.spec(
                  Impact.COMPATIBLE,
                  subject,
                  "pattern "
                      + (patternAfter == null ? "removed." : "changed to `" + patternAfter + "`."),
                  null)
              : Change.spec(
                  Impact.BREAKING,
                  subject,
                  "must now match `" + patternAfter + "`; other values are refused.",
                  "Send only values matching `" + patternAfter + "`."));
    }
  }

  private static String describe(String key, @Nullable Object value) {
    return switch (key) {
      case "maxLength" -> "at most " + value + " characters";
      case "minLength" -> "at least " + value + " characters";
      case "maxItems" -> "at most " + value + " items";
      case "minItems" -> "at least " + value + " items";
      case "maxProperties", "x-max-set-keys" -> "at most " + value + " keys";
      case "x-max-key-length" -> "keys of at most " + value + " characters";
      case "maximum" -> "at most " + value;
      case "minimum" -> "at least " + value;
      default -> key + " " + value;
    };
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  /** Keys of a schema that no rule above reads: a change there is flagged for a person to judge. */
  private void remaining(
      String name, Map<String, Object> was, Map<String, Object> is, Set<String> handled) {
    for (String key : union(was.keySet(), is.keySet())) {
      if (!handled.contains(key) && !DOCUMENTATION.contains(key)) {
        unknown(name, key, was.get(key), is.get(key));
      }
    }
  }

  private void unknown(
      String subject, String key, @Nullable Object before, @Nullable Object after) {
    if (Objects.equals(before, after)
        || key.startsWith("x-request")
        || key.equals("x-json-root")
        || key.equals("x-patch")) {
      return; // x-request*, x-json-root and x-patch steer code generation, not the API.
    }
    changes.add(
        Change.spec(
            Impact.BREAKING,
            subject,
            "`"
                + key
                + "` changes from `"
                + before
                + "` to `"
                + after
                + "`, which the gate has no"
                + " rule for.",
            "Review by hand; if it breaks nothing, teach SpecDiff the rule."));
  }

  // ---- Names

  /** A value's type as the SDK maps it: a model's name, or the JSON type and format. */
  private static String typeOf(Spec spec, @Nullable Object node) {
    Map<String, Object> schema = map(node);
    if (schema.containsKey("$ref")) {
      return refName((String) schema.get("$ref"));
    }
    List<Object> allOf = list(schema.get("allOf"));
    if (allOf.size() == 1) {
      return typeOf(spec, allOf.get(0));
    }
    Object type = schema.get("type");
    if ("array".equals(type)) {
      return "array of " + typeOf(spec, schema.get("items"));
    }
    if ("object".equals(type) && schema.containsKey("additionalProperties")) {
      return "map of " + typeOf(spec, schema.get("additionalProperties"));
    }
    Object format = schema.get("format");
    return String.valueOf(type) + (format == null ? "" : " (" + format + ")");
  }

  private static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  static String camel(String name) {
    String pascal = pascal(name);
    return pascal.isEmpty()
        ? pascal
        : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static String constant(Object value) {
    return String.valueOf(value).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
