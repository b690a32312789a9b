package org.civic.examples.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one published module, read from its compiled classes: its module descriptor
 * (so the listing follows what the descriptor exports), every public or protected type in a
 * package exported to everyone, and every public or protected member of those types with its
 * generic signature. Lines are sorted, so the text is the same on every run and machine.
 *
 * <p>Also hands out every type a signature mentions ({@link #mentionedTypes}), for the
 * reachability check.
 */
final class ApiListing {

  private final String artifact;
  private final ModuleDescriptor descriptor;
  private final Set<String> classNames;
  private final ClassLoader loader;

  private ApiListing(String artifact, ModuleDescriptor descriptor, Set<String> classNames, ClassLoader loader) {
    this.artifact = artifact;
    this.descriptor = descriptor;
    this.classNames = classNames;
    this.loader = loader;
  }

  /**
   * Reads a module from where one of its classes was loaded: {@code target/classes} in the
   * reactor, or the module's jar.
   */
  static ApiListing of(String artifact, Class<?> anchor) {
    return of(artifact, anchor, null);
  }

  /**
   * Reads a module as {@link #of(String, Class)} does; one without a descriptor is read as the
   * automatic module of that name (may be null: the module has a descriptor), which exports every
   * package it holds.
   */
  static ApiListing of(String artifact, Class<?> anchor, String automaticName) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<String> names = new TreeSet<>();
    ModuleDescriptor descriptor;
    try {
      if (Files.isDirectory(location) && automaticName != null) {
        try (Stream<Path> files = Files.walk(location)) {
          files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(classNameOf(names));
        }
        Set<String> packages = new TreeSet<>();
        names.forEach(n -> packages.add(n.substring(0, n.lastIndexOf('.'))));
        descriptor = ModuleDescriptor.newAutomaticModule(automaticName).packages(packages).build();
      } else if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"));
             Stream<Path> files = Files.walk(location)) {
          descriptor = ModuleDescriptor.read(in);
          files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(classNameOf(names));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().map(e -> e.getName()).forEach(classNameOf(names));
          if (jar.getEntry("module-info.class") == null && automaticName != null) {
            Set<String> packages = new TreeSet<>();
            names.forEach(n -> packages.add(n.substring(0, n.lastIndexOf('.'))));
            descriptor = ModuleDescriptor.newAutomaticModule(automaticName).packages(packages).build();
          } else {
            try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
              descriptor = ModuleDescriptor.read(in);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
    return new ApiListing(artifact, descriptor, names, anchor.getClassLoader());
  }

  private static Consumer<String> classNameOf(Set<String> names) {
    return path -> {
      if (path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class")
          && !path.startsWith("META-INF/")) {
        names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
      }
    };
  }

  /** Returns the artifact id, such as {@code civic-core}. */
  String artifact() {
    return artifact;
  }

  /** Returns the module descriptor. */
  ModuleDescriptor descriptor() {
    return descriptor;
  }

  /** Returns every package the module holds a class in. */
  Set<String> packages() {
    return classNames.stream().map(n -> n.substring(0, n.lastIndexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Returns the packages exported to everyone: every package of an automatic module. */
  Set<String> exportedPackages() {
    if (descriptor.isAutomatic()) {
      return packages();
    }
    return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Returns the public and protected types of the exported packages, top-level and nested, by name. */
  List<Class<?>> types() {
    Set<String> exported = exportedPackages();
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames) {
      if (exported.contains(name.substring(0, name.lastIndexOf('.')))) {
        Class<?> type = load(name);
        if (isApi(type)) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(ApiListing::name));
    return types;
  }

  /** Returns the number of public top-level types. */
  long topLevelTypeCount() {
    return types().stream().filter(t -> t.getEnclosingClass() == null).count();
  }

  private Class<?> load(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tells whether a type can be named from outside its package. */
  static boolean isApi(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) && !Modifier.isProtected(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(Member m) {
    return !m.isSynthetic() && (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()));
  }

  /** Returns the listing: a header from the descriptor, then each type with its members. */
  String render(String regenerate) {
    List<Class<?>> types = types();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(artifact).append(", module ").append(descriptor.name())
        .append(": its descriptor, then every public or protected type\n")
        .append("# of a package it exports to everyone, with the type's public and protected members.\n")
        .append("# Generated by examples' PublicApiTest; do not edit. After a deliberate API change:\n")
        .append("#   ").append(regenerate).append('\n')
        .append("# Public top-level types: ").append(topLevelTypeCount()).append('\n');
    out.append('\n');
    descriptorLines().forEach(l -> out.append(l).append('\n'));
    for (Class<?> type : types) {
      out.append('\n').append(header(type)).append('\n');
      members(type).forEach(m -> out.append("  ").append(m).append('\n'));
    }
    return out.toString();
  }

  private List<String> descriptorLines() {
    List<String> lines = new ArrayList<>();
    descriptor.requires().stream().filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
        .map(r -> "requires " + r.modifiers().stream().filter(m -> m != ModuleDescriptor.Requires.Modifier.SYNTHETIC)
            .map(m -> m.name().toLowerCase(java.util.Locale.ROOT) + " ").sorted().collect(Collectors.joining())
            + r.name())
        .sorted().forEach(lines::add);
    descriptor.exports().stream().map(e -> "exports " + e.source()
        + (e.isQualified() ? " to " + String.join(", ", new TreeSet<>(e.targets())) : "")).sorted().forEach(lines::add);
    descriptor.opens().stream().map(o -> "opens " + o.source()
        + (o.isQualified() ? " to " + String.join(", ", new TreeSet<>(o.targets())) : "")).sorted().forEach(lines::add);
    descriptor.uses().stream().map(u -> "uses " + u).sorted().forEach(lines::add);
    descriptor.provides().stream().map(p -> "provides " + p.service() + " with " + String.join(", ", p.providers()))
        .sorted().forEach(lines::add);
    return lines;
  }

  private static String header(Class<?> type) {
    StringBuilder s = new StringBuilder();
    if (type.isAnnotationPresent(Deprecated.class)) {
      s.append("@Deprecated ");
    }
    int mods = type.getModifiers();
    s.append(Modifier.isPublic(mods) ? "public " : "protected ");
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (type.isInterface()) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
      if (Modifier.isStatic(mods)) {
        s.append("static ");
      }
      if (Modifier.isAbstract(mods)) {
        s.append("abstract ");
      }
      if (Modifier.isFinal(mods)) {
        s.append("final ");
      }
    }
    if (type.isSealed()) {
      s.append("sealed ");
    }
    s.append(kind).append(' ').append(name(type)).append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      s.append(" extends ").append(type(superclass));
    }
    List<String> interfaces = Arrays.stream(type.getGenericInterfaces())
        .filter(i -> !(type.isAnnotation() && i == java.lang.annotation.Annotation.class))
        .map(ApiListing::type).toList();
    if (!interfaces.isEmpty()) {
      s.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      s.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(ApiListing::name).sorted()
          .collect(Collectors.joining(", ")));
    }
    return s.toString();
  }

  /**
   * Returns a type's members: record components and enum constants in declaration order, then
   * fields, constructors and methods, each group by name and then by the whole line.
   */
  private static List<String> members(Class<?> type) {
    List<String> lines = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        lines.add("record component " + type(c.getGenericType()) + " " + c.getName());
      }
    }
    Arrays.stream(type.getDeclaredFields()).filter(Field::isEnumConstant)
        .forEach(f -> lines.add("enum constant " + f.getName()));
    List<String[]> sorted = new ArrayList<>();   // {group, name, line}
    for (Field f : type.getDeclaredFields()) {
      if (!f.isEnumConstant() && isApi(f)) {
        sorted.add(new String[] {"1", f.getName(), field(f)});
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isApi(c)) {
        sorted.add(new String[] {"2", "", deprecated(c) + modifiers(c.getModifiers(), false) + name(type)
            + parameters(c) + exceptions(c)});
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isApi(m) && !m.isBridge()) {
        sorted.add(new String[] {"3", m.getName(), method(type, m)});
      }
    }
    sorted.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]).thenComparing(r -> r[2]));
    sorted.forEach(r -> lines.add(r[2]));
    return lines;
  }

  private static String field(Field f) {
    String s = deprecated(f) + modifiers(f.getModifiers(), false) + type(f.getGenericType()) + " " + f.getName();
    int mods = f.getModifiers();
    if (Modifier.isStatic(mods) && Modifier.isFinal(mods) && (f.getType().isPrimitive() || f.getType() == String.class)) {
      try {
        Object value = f.get(null);   // a constant is compiled into its users: its value is API
        s += " = " + (value instanceof String str ? quote(str) : String.valueOf(value));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return s;
  }

  private static String method(Class<?> owner, Method m) {
    StringBuilder s = new StringBuilder(deprecated(m));
    int mods = m.getModifiers();
    if (owner.isInterface()) {
      s.append(Modifier.isPublic(mods) ? "public " : "protected ");
      if (Modifier.isStatic(mods)) {
        s.append("static ");
      } else if (m.isDefault()) {
        s.append("default ");
      }
    } else {
      s.append(modifiers(mods, true));
    }
    String typeParameters = typeParameters(m.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      s.append(typeParameters).append(' ');
    }
    s.append(type(m.getGenericReturnType())).append(' ').append(m.getName()).append(parameters(m)).append(exceptions(m));
    if (m.getDefaultValue() != null) {
      s.append(" default ").append(value(m.getDefaultValue()));
    }
    return s.toString();
  }

  private static String deprecated(AnnotatedElement e) {
    return e.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "";
  }

  private static String modifiers(int mods, boolean method) {
    StringBuilder s = new StringBuilder(Modifier.isPublic(mods) ? "public " : "protected ");
    if (Modifier.isStatic(mods)) {
      s.append("static ");
    }
    if (method && Modifier.isAbstract(mods)) {
      s.append("abstract ");
    }
    if (Modifier.isFinal(mods)) {
      s.append("final ");
    }
    return s.toString();
  }

  private static String parameters(Executable e) {
    Type[] types = e.getGenericParameterTypes();
    if (types.length != e.getParameterCount()) {
      types = e.getParameterTypes();   // an inner or enum constructor's implicit parameters
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String t = type(types[i]);
      if (e.isVarArgs() && i == types.length - 1 && t.endsWith("[]")) {
        t = t.substring(0, t.length() - 2) + "...";
      }
      list.add(t);
    }
    return "(" + String.join(", ", list) + ")";
  }

  private static String exceptions(Executable e) {
    Type[] thrown = e.getGenericExceptionTypes();
    return thrown.length == 0 ? ""
        : " throws " + Arrays.stream(thrown).map(ApiListing::type).sorted().collect(Collectors.joining(", "));
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> list = new ArrayList<>();
    for (TypeVariable<?> v : variables) {
      List<String> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).map(ApiListing::type).toList();
      list.add(bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds));
    }
    return "<" + String.join(", ", list) + ">";
  }

  /** Writes a type as source would, with {@code java.lang.} left out. */
  static String type(Type t) {
    if (t instanceof Class<?> c) {
      return c.isArray() ? type(c.getComponentType()) + "[]" : name(c);
    }
    if (t instanceof ParameterizedType p) {
      String raw = type(p.getRawType());
      String args = Arrays.stream(p.getActualTypeArguments()).map(ApiListing::type).collect(Collectors.joining(", "));
      return raw + "<" + args + ">";
    }
    if (t instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + type(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + type(upper);
    }
    if (t instanceof GenericArrayType a) {
      return type(a.getGenericComponentType()) + "[]";
    }
    if (t instanceof TypeVariable<?> v) {
      return v.getName();
    }
    throw new IllegalArgumentException("unknown type " + t);
  }

  /** Returns a class's source name, nested classes with dots, {@code java.lang.} left out. */
  static String name(Class<?> c) {
    if (c.isPrimitive()) {
      return c.getName();
    }
    String name = c.getName().replace('$', '.');
    return c.getPackageName().equals("java.lang") && c.getEnclosingClass() == null
        ? name.substring("java.lang.".length()) : name;
  }

  private static String value(Object v) {
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Class<?> c) {
      return name(c) + ".class";
    }
    if (v instanceof Enum<?> e) {
      return name(e.getDeclaringClass()) + "." + e.name();
    }
    if (v.getClass().isArray()) {
      int n = java.lang.reflect.Array.getLength(v);
      List<String> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(value(java.lang.reflect.Array.get(v, i)));
      }
      return "{" + String.join(", ", items) + "}";
    }
    return String.valueOf(v);
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        default -> q.append(ch);
      }
    }
    return q.append('"').toString();
  }

  /**
   * Returns every class a public signature of a listed type mentions: supertypes, permitted
   * subtypes, record components, fields, constructors, methods and type-parameter bounds; array
   * and generic types are taken apart. Each entry says where it was mentioned.
   */
  List<Mention> mentionedTypes() {
    List<Mention> mentions = new ArrayList<>();
    for (Class<?> type : types()) {
      String owner = name(type);
      Consumer<Type> add = t -> collect(t, c -> mentions.add(new Mention(owner, c)));
      add.accept(type.getGenericSuperclass() == null ? Object.class : type.getGenericSuperclass());
      Arrays.stream(type.getGenericInterfaces()).forEach(add);
      Arrays.stream(type.getTypeParameters()).flatMap(v -> Arrays.stream(v.getBounds())).forEach(add);
      if (type.isSealed()) {
        Arrays.stream(type.getPermittedSubclasses()).forEach(add);
      }
      if (type.isRecord()) {
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getGenericType).forEach(add);
      }
      Arrays.stream(type.getDeclaredFields()).filter(ApiListing::isApi).map(Field::getGenericType).forEach(add);
      List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
      executables.addAll(Arrays.asList(type.getDeclaredMethods()));
      for (Executable e : executables) {
        if (isApi(e) && !(e instanceof Method m && m.isBridge())) {
          Arrays.stream(e.getGenericParameterTypes()).forEach(add);
          Arrays.stream(e.getGenericExceptionTypes()).forEach(add);
          Arrays.stream(e.getTypeParameters()).flatMap(v -> Arrays.stream(v.getBounds())).forEach(add);
          if (e instanceof Method m) {
            add.accept(m.getGenericReturnType());
          }
        }
      }
    }
    return mentions;
  }

  private static void collect(Type t, Consumer<Class<?>> sink) {
    if (t instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      sink.accept(element);
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), sink);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), sink);
      }
      Arrays.stream(p.getActualTypeArguments()).forEach(a -> collect(a, sink));
    } else if (t instanceof WildcardType w) {
      Arrays.stream(w.getUpperBounds()).forEach(b -> collect(b, sink));
      Arrays.stream(w.getLowerBounds()).forEach(b -> collect(b, sink));
    } else if (t instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), sink);
    }
    // A type variable's bounds are collected where it is declared.
  }

  /** A class mentioned in a public signature of {@code owner}. */
  record Mention(String owner, Class<?> type) {}
}
