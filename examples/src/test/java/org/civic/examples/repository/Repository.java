package org.civic.examples.repository;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The package's fixture: the repository's root folder, found from the working directory (Maven runs
 * the examples' tests in {@code examples/}, an IDE may run them from the root).
 */
final class Repository {

  private Repository() {}

  /**
   * Returns the root: the nearest folder, from the working directory up, that holds a
   * {@code pom.xml} and a {@code civic-core} folder.
   *
   * @throws IllegalStateException if there is none
   */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("civic-core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no folder with pom.xml and civic-core/ above " + Path.of("").toAbsolutePath());
  }
}
