package dev.managedagents.deployments.release;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The public API of one artifact as text: every public and protected class, constructor, method and
 * field that code outside the SDK can reach, one signature a line, sorted, with JSpecify nullness.
 * The dump is committed (api/), so a review shows each change to what users compile against; {@code
 * ApiDumpIT} fails the build when the jars no longer match it.
 *
 * <p>Signatures are the JVM's view, as Java sees them: a Kotlin {@code suspend fun} shows its
 * {@code Continuation} parameter, an extension function its receiver as the first parameter.
 */
public final class ApiDump {
  /** The command that rewrites api/ from the jars just built; messages name it. */
  public static final String COMMAND = "mvn -q -B -DskipTests package exec:java@api-dump";

  private static final String NULLABLE = "org.jspecify.annotations.Nullable";

  private final ClassLoader loader;

  /** Reads classes through {@code loader}, which must see the artifact and its dependencies. */
  public ApiDump(ClassLoader loader) {
    this.loader = loader;
  }

  /** The dump of every class in {@code jar}, headed by {@code title}. */
  public String dumpJar(Path jar, String title) throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
          names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return dump(names, title);
  }

  /** The dump of the named classes (binary names); those code outside cannot reach are left out. */
  public String dump(List<String> classNames, String title) {
    // Package, then class, in name order; a nested class follows its outer class.
    TreeMap<String, TreeMap<String, String>> packages = new TreeMap<>();
    for (String name : classNames) {
      if (name.endsWith(".package-info")) {
        continue; // Its annotations head the package instead.
      }
      Class<?> type = load(name);
      if (!reachable(type)) {
        continue;
      }
      packages
          .computeIfAbsent(type.getPackage().getName(), p -> new TreeMap<>())
          .put(name, renderClass(type));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Public API of ").append(title).append(": generated, do not edit.\n");
    out.append("# After a change to the API, rewrite api/ with: ").append(COMMAND).append('\n');
    packages.forEach(
        (pkg, classes) -> {
          out.append('\n').append("package ").append(pkg).append(packageAnnotations(pkg));
          out.append('\n');
          classes.values().forEach(text -> out.append('\n').append(text));
        });
    return out.toString();
  }

  private Class<?> load(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + name + " for the API dump", e);
    }
  }

  /** Public, or protected in an extensible class, all the way out. */
  private static boolean reachable(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> at = type; at != null; at = at.getDeclaringClass()) {
      int modifiers = at.getModifiers();
      Class<?> outer = at.getDeclaringClass();
      boolean visible =
          Modifier.isPublic(modifiers)
              || (Modifier.isProtected(modifiers) && outer != null && extensible(outer));
      if (!visible) {
        return false;
      }
    }
    return true;
  }

  /** Whether code outside can subclass it, and so reach its protected members. */
  private static boolean extensible(Class<?> type) {
    if (type.isInterface() || Modifier.isFinal(type.getModifiers()) || type.isEnum()) {
      return false;
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers(), type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers) || (Modifier.isProtected(modifiers) && extensible(owner));
  }

  private String packageAnnotations(String pkg) {
    try {
      Class<?> info = Class.forName(pkg + ".package-info", false, loader);
      return annotations(info, " ");
    } catch (ClassNotFoundException e) {
      return "";
    }
  }

  private String renderClass(Class<?> type) {
    StringBuilder out = new StringBuilder();
    out.append(annotations(type, "")).append(classHeader(type)).append('\n');
    TreeSet<String> fields = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      if (!field.isSynthetic() && visible(field.getModifiers(), type)) {
        fields.add(
            annotations(field, "")
                + modifiers(field.getModifiers() & Modifier.fieldModifiers())
                + render(field.getAnnotatedType(), type)
                + " "
                + field.getName());
      }
    }
    TreeSet<String> constructors = new TreeSet<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (!constructor.isSynthetic() && visible(constructor.getModifiers(), type)) {
        constructors.add(
            annotations(constructor, "")
                + modifiers(constructor.getModifiers() & Modifier.constructorModifiers())
                + typeParameters(constructor.getTypeParameters(), type)
                + simpleName(type, type)
                + parameters(constructor, type));
      }
    }
    // By name, so that a method's overloads stand together.
    TreeMap<String, String> methods = new TreeMap<>();
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.isBridge() && visible(method.getModifiers(), type)) {
        String rendered = renderMethod(method, type);
        methods.put(method.getName() + " " + rendered, rendered);
      }
    }
    List<String> members = new ArrayList<>(fields);
    members.addAll(constructors);
    members.addAll(methods.values());
    for (String member : members) {
      out.append("  ").append(member).append('\n');
    }
    return out.toString();
  }

  private String classHeader(Class<?> type) {
    StringBuilder out = new StringBuilder();
    int modifiers = type.getModifiers() & Modifier.classModifiers();
    if (type.isInterface()) {
      modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
    }
    if (type.isEnum()) {
      modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT | Modifier.STATIC);
    }
    out.append(modifiers(modifiers));
    out.append(
        type.isAnnotation()
            ? "@interface "
            : type.isInterface() ? "interface " : type.isEnum() ? "enum " : "class ");
    out.append(simpleName(type, type)).append(typeParameters(type.getTypeParameters(), type));
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    if (superclass != null
        && superclass.getType() != Object.class
        && !(type.isEnum() && raw(superclass.getType()) == Enum.class)) {
      out.append(" extends ").append(render(superclass, type));
    }
    List<String> interfaces = new ArrayList<>();
    for (AnnotatedType implemented : type.getAnnotatedInterfaces()) {
      if (!type.isAnnotation()) {
        interfaces.add(render(implemented, type));
      }
    }
    if (!interfaces.isEmpty()) {
      out.append(type.isInterface() ? " extends " : " implements ");
      out.append(String.join(", ", interfaces));
    }
    return out.toString();
  }

  private String renderMethod(Method method, Class<?> owner) {
    int modifiers = method.getModifiers() & Modifier.methodModifiers();
    String kind = "";
    if (owner.isInterface()) {
      // Which interface methods an implementation must write is the point of the dump.
      kind = method.isDefault() ? "default " : Modifier.isAbstract(modifiers) ? "abstract " : "";
      modifiers &= ~Modifier.ABSTRACT;
    }
    modifiers &= ~(Modifier.SYNCHRONIZED | Modifier.NATIVE | Modifier.STRICT);
    StringBuilder out = new StringBuilder();
    out.append(annotations(method, ""));
    out.append(modifiers(modifiers)).append(kind);
    String typeParameters = typeParameters(method.getTypeParameters(), owner);
    if (!typeParameters.isEmpty()) {
      out.append(typeParameters).append(' ');
    }
    out.append(render(method.getAnnotatedReturnType(), owner)).append(' ').append(method.getName());
    out.append(parameters(method, owner));
    return out.toString();
  }

  private String parameters(Executable executable, Class<?> owner) {
    List<String> rendered = new ArrayList<>();
    AnnotatedType[] types = executable.getAnnotatedParameterTypes();
    for (int i = 0; i < types.length; i++) {
      String type = render(types[i], owner);
      if (executable.isVarArgs() && i == types.length - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      rendered.add(type);
    }
    String out = "(" + String.join(", ", rendered) + ")";
    List<String> thrown = new ArrayList<>();
    for (AnnotatedType exception : executable.getAnnotatedExceptionTypes()) {
      thrown.add(render(exception, owner));
    }
    return thrown.isEmpty() ? out : out + " throws " + String.join(", ", thrown);
  }

  private String typeParameters(TypeVariable<?>[] variables, Class<?> owner) {
    if (variables.length == 0) {
      return "";
    }
    List<String> rendered = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds = new ArrayList<>();
      for (AnnotatedType bound : variable.getAnnotatedBounds()) {
        String text = render(bound, owner);
        if (!text.equals("Object")) {
          bounds.add(text);
        }
      }
      rendered.add(
          variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return "<" + String.join(", ", rendered) + ">";
  }

  /** A type as Java source would write it in {@code owner}'s package, nullness included. */
  private String render(AnnotatedType type, Class<?> owner) {
    String nullable = type.isAnnotationPresent(nullableAnnotation()) ? "@Nullable " : "";
    if (type instanceof AnnotatedArrayType) {
      String component =
          render(((AnnotatedArrayType) type).getAnnotatedGenericComponentType(), owner);
      return component + (nullable.isEmpty() ? "[]" : " @Nullable []");
    }
    if (type instanceof AnnotatedWildcardType) {
      AnnotatedWildcardType wildcard = (AnnotatedWildcardType) type;
      if (wildcard.getAnnotatedLowerBounds().length > 0) {
        return nullable + "? super " + render(wildcard.getAnnotatedLowerBounds()[0], owner);
      }
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      String bound = upper.length == 0 ? "Object" : render(upper[0], owner);
      return nullable + (bound.equals("Object") ? "?" : "? extends " + bound);
    }
    if (type instanceof AnnotatedTypeVariable) {
      return nullable + ((TypeVariable<?>) type.getType()).getName();
    }
    Class<?> raw = raw(type.getType());
    String name = nullable + simpleName(raw, owner);
    if (type instanceof AnnotatedParameterizedType) {
      List<String> arguments = new ArrayList<>();
      for (AnnotatedType argument :
          ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        arguments.add(render(argument, owner));
      }
      name += "<" + String.join(", ", arguments) + ">";
    }
    return name;
  }

  private Class<? extends Annotation> nullableAnnotation() {
    try {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> nullable =
          (Class<? extends Annotation>) Class.forName(NULLABLE, false, loader);
      return nullable;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("JSpecify must be on the dump's class path", e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof java.lang.reflect.ParameterizedType) {
      return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
    }
    throw new IllegalArgumentException("not a class type: " + type);
  }

  /**
   * {@code Outer.Inner}, qualified by its package unless that is java.lang or the owner's own:
   * unambiguous, and as short as the source that uses it.
   */
  private static String simpleName(Class<?> type, Class<?> owner) {
    if (type.isArray()) {
      return simpleName(type.getComponentType(), owner) + "[]";
    }
    if (type.isPrimitive()) {
      return type.getName();
    }
    String binary = type.getName();
    String pkg = type.getPackage() == null ? "" : type.getPackage().getName();
    String local = pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1);
    local = local.replace('$', '.');
    boolean implied = pkg.equals("java.lang") || pkg.equals(owner.getPackage().getName());
    return implied ? local : pkg + "." + local;
  }

  /** Runtime annotations that change what callers may do: deprecation and nullness markers. */
  private static String annotations(AnnotatedElement element, String prefix) {
    List<String> names = new ArrayList<>();
    for (Annotation annotation : element.getAnnotations()) {
      String name = annotation.annotationType().getName();
      if (name.equals("java.lang.Deprecated")
          || name.equals("kotlin.Deprecated")
          || name.startsWith("org.jspecify.annotations.")) {
        names.add("@" + annotation.annotationType().getSimpleName());
      }
    }
    Collections.sort(names);
    return names.isEmpty() ? "" : prefix + String.join(" ", names) + (prefix.isEmpty() ? " " : "");
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + " ";
  }

  /** Writes each artifact's dump into {@code directory}; says which files changed. */
  public static void write(Artifacts artifacts, List<Path> dependencies, Path directory)
      throws IOException {
    try (URLClassLoader loader = artifacts.loader(dependencies)) {
      ApiDump dump = new ApiDump(loader);
      Files.createDirectories(directory);
      for (Artifacts.Jar jar : artifacts.jars()) {
        Path file = directory.resolve(jar.dumpName());
        String text = dump.dumpJar(jar.path(), jar.title());
        String old = Files.exists(file) ? Files.readString(file) : "";
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        System.out.println((old.equals(text) ? "unchanged " : "rewrote   ") + file);
      }
    }
  }
}
