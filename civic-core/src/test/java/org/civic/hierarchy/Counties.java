package org.civic.hierarchy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCsv;

/** The package's fixture: real county extracts from the 2021 national list. */
final class Counties {

  private Counties() {}

  static List<Division> read(String name) {
    try (InputStream in = Counties.class.getResourceAsStream("/org/civic/data/" + name)) {
      return DivisionCsv.readAll(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Division> yuzhou() {
    return read("yuzhou-411081.csv");
  }

  static List<Division> taihe() {
    return read("taihe-360826.csv");
  }

  static List<Division> dongguan() {
    return read("dongguan-4419.csv");
  }
}
