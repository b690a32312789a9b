package org.civic.examples.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One job per file (STYLE.md, rule 20): no main source file of the repository is over
 * {@value #MAX_LINES} lines unless the comment at its top — the Javadoc or comments before its
 * top-level type — has a paragraph that starts "One unit:" and says, in at least
 * {@value #MIN_REASON} characters, why the file is one unit. A file that does several jobs is split
 * instead.
 */
class SourceSizeTest {

  static final int MAX_LINES = 600;
  static final int MIN_REASON = 10;

  /** A top-level type declaration, at the start of a line. */
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "^(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
          + "(?:class|interface|enum|record|@interface)\\s");

  /** "One unit:" at the start of a paragraph (after {@code <p>} or a blank line, or first), and its text. */
  private static final Pattern ONE_UNIT = Pattern.compile("(?:\\A|<p>|\\n\\s*\\n)\\s*One unit:(.*?)(?=<p>|\\n\\s*\\n|\\z)",
      Pattern.DOTALL);

  /** Every {@code <module>/src/main/java/**}{@code /*.java} of the repository, build output left out. */
  static List<Path> mainSources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .filter(p -> {
            Path r = root.relativize(p);
            if (r.getNameCount() < 5 || !r.getName(1).toString().equals("src") || !r.getName(2).toString().equals("main")
                || !r.getName(3).toString().equals("java")) {
              return false;
            }
            for (Path part : r) {
              if (part.toString().equals("target") || part.toString().startsWith(".")) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .toList();
    }
  }

  /** The comments before the top-level type, each line without its comment markers; the whole file if none is found. */
  static String top(List<String> lines) {
    StringBuilder top = new StringBuilder();
    for (String line : lines) {
      if (TOP_LEVEL_TYPE.matcher(line).find()) {
        break;
      }
      String t = line.strip();
      if (t.startsWith("/**")) {
        t = t.substring(3);
      } else if (t.startsWith("/*") || t.startsWith("//")) {
        t = t.substring(2);
      } else if (t.startsWith("*/")) {
        t = "";
      } else if (t.startsWith("*")) {
        t = t.substring(1);
      } else if (!t.isEmpty()) {
        continue; // package, imports, annotations: not part of the comment
      }
      if (t.endsWith("*/")) {
        t = t.substring(0, t.length() - 2);
      }
      top.append(t.strip()).append('\n');
    }
    return top.toString();
  }

  /** Returns the reason given after "One unit:" at the top, empty if there is none. */
  static String reason(List<String> lines) {
    Matcher m = ONE_UNIT.matcher(top(lines));
    return m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : "";
  }

  @Test
  void everyMainFileOver600LinesSaysAtItsTopWhyItIsOneUnit() throws IOException {
    Path root = Repository.root();
    List<Path> sources = mainSources(root);
    assertThat(sources).as("main sources found under %s", root).hasSizeGreaterThan(100)
        .anyMatch(p -> p.endsWith(Path.of("org", "civic", "hierarchy", "Hierarchy.java")));
    List<String> offenders = new ArrayList<>();
    for (Path file : sources) {
      List<String> lines = read(file);
      if (lines.size() > MAX_LINES && reason(lines).length() < MIN_REASON) {
        offenders.add(root.relativize(file) + ": " + lines.size() + " lines");
      }
    }
    assertThat(offenders)
        .as("files over %d lines whose top lacks a paragraph \"One unit: <why, at least %d characters>\" "
            + "(or split them)", MAX_LINES, MIN_REASON)
        .isEmpty();
  }

  @Test
  void theRuleReadsOnlyAOneUnitParagraphAtTheTop() {
    List<String> good = List.of("package x;", "", "import java.util.List;", "", "/**", " * Columns.", " *",
        " * <p>One unit: the columns and the row that appends to them change together.", " */",
        "public final class X {", "  // One unit: not at the top", "}");
    assertThat(reason(good)).isEqualTo("the columns and the row that appends to them change together.");
    assertThat(reason(List.of("/** Columns. One unit: in the middle of a paragraph. */", "final class X {}"))).isEmpty();
    assertThat(reason(List.of("/**", " * <p>One unit: short", " */", "class X {}"))).isEqualTo("short")
        .hasSizeLessThan(MIN_REASON);
    assertThat(reason(List.of("// One unit: a line comment before the type counts too.", "record X() {}")))
        .isEqualTo("a line comment before the type counts too.");
    assertThat(reason(List.of("/** A class. */", "public class X {", "  /**", "   * <p>One unit: inside the class.",
        "   */", "}"))).isEmpty();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }
}
