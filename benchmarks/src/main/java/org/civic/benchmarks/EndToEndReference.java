package org.civic.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civic.division.Division;
import org.civic.json.CivicJson;
import org.civic.json.RecordSink;
import org.civic.site.Site;

/**
 * The reference data DuckDB's side of {@link EndToEnd} joins the activities to:
 * {@code divisions.jsonl} (code and name; a code's parent and level follow from its digits) and
 * {@code sites.jsonl} (each site's id and division, with its six-haves facts) of the national data,
 * read with civic-json into lists; DuckDB appends the codes, parents, levels and the sites'
 * divisions to its tables. (civic reads the same files into its {@code Hierarchy} itself:
 * {@link EndToEndCivic#read}.) This read is timed and reported, but it is not part of the
 * end-to-end figure, which starts at the activity file's first byte (as in issue 18's own
 * measurement).
 *
 * @param divisions the divisions, in file order
 * @param sites the sites, in file order
 * @param nanos the time the two files took to read
 */
record EndToEndReference(List<Division> divisions, List<Site> sites, long nanos) {

  /** Reads the two files of a data folder, on {@code threads} parser threads (0: the calling thread). */
  static EndToEndReference read(NationalData.DataFiles files, int threads) {
    long t0 = System.nanoTime();
    List<Division> divisions = new ArrayList<>(700_000);
    List<Site> sites = new ArrayList<>(700_000);
    RecordSink sink = new RecordSink() {
      @Override
      public void division(Division d) {
        divisions.add(d);
      }

      @Override
      public void site(Site s) {
        sites.add(s);
      }
    };
    CivicJson json = CivicJson.lenient().withParserThreads(threads);
    for (Path file : List.of(files.divisions(), files.sites())) {
      EndToEnd.readClean(json, file, sink, null);
    }
    return new EndToEndReference(List.copyOf(divisions), List.copyOf(sites), System.nanoTime() - t0);
  }
}
