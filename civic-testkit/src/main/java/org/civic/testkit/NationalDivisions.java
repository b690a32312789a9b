package org.civic.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.civic.division.Division;
import org.civic.division.DivisionCsv;
import org.civic.problem.ProblemException;

/**
 * The national list of 2021 statistical division codes — 2021年统计用区划代码 — bundled with the
 * testkit for tests and benchmarks: 663,128 divisions (31 provinces, 342 cities, 3,267 counties,
 * 41,355 townships, 618,133 villages). Source: the National Bureau of Statistics, via
 * liyanjie2048/AdministrativeDivisionCn (MIT licence).
 *
 * <p>Stateless and thread-safe.
 */
public final class NationalDivisions {

  /** The number of divisions in the list. */
  public static final int COUNT = 663_128;

  private static final String RESOURCE = "divisions-2021.csv.gz";

  private NationalDivisions() {}

  /**
   * Opens the gzipped CSV; the caller closes the stream.
   *
   * @return the bytes, gzipped, not null
   */
  public static InputStream open() {
    InputStream in = NationalDivisions.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the testkit jar lacks " + RESOURCE);
    }
    return in;
  }

  /**
   * Streams every division, in code order, to a consumer.
   *
   * @param sink receives each division, not null
   * @throws ProblemException if the bundled file has a problem (it has none)
   */
  public static void forEach(Consumer<? super Division> sink) {
    Objects.requireNonNull(sink, "sink");
    try (InputStream in = open()) {
      DivisionCsv.Result result = DivisionCsv.read(in, RESOURCE, sink);
      if (!result.isClean()) {
        throw new ProblemException("the bundled division list has problems", result.problems());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every division into a list, in code order.
   *
   * @return the divisions, not null
   */
  public static List<Division> all() {
    List<Division> all = new ArrayList<>(COUNT);
    forEach(all::add);
    return all;
  }
}
