package org.civic.site;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A site's written rules — 制度: the names of its rule documents, such as {@code 安全管理制度},
 * {@code 网格志愿小组工作职责}, {@code 信息员工作职责} (without the 《》 marks).
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents the document names, sorted, not null
 */
public record RuleDocuments(Set<String> documents) {

  /**
   * Creates rule facts; names are stripped of 《》 and blanks and sorted.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  public RuleDocuments {
    Objects.requireNonNull(documents, "documents");
    TreeSet<String> names = new TreeSet<>();
    for (String d : documents) {
      String name = normalize(d);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a rule document needs a name");
      }
      names.add(name);
    }
    documents = java.util.Collections.unmodifiableSortedSet(names);
  }

  /**
   * Obtains rule facts from document names.
   *
   * @param documents the names, not null
   * @return the facts, not null
   */
  public static RuleDocuments of(String... documents) {
    return new RuleDocuments(Set.of(Objects.requireNonNull(documents, "documents")));
  }

  /** Returns the rules of a site known to have none. */
  public static RuleDocuments none() {
    return new RuleDocuments(Set.of());
  }

  /**
   * Tells whether a document is among the rules; 《》 marks and surrounding blanks are ignored.
   *
   * @param name the name, not null
   * @return true if present
   */
  public boolean has(String name) {
    return documents.contains(normalize(name));
  }

  /** Returns a name without 《》 marks and surrounding blanks. */
  public static String normalize(String name) {
    Objects.requireNonNull(name, "name");
    return name.strip().replace("《", "").replace("》", "").strip();
  }
}
