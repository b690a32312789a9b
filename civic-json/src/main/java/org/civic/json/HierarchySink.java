package org.civic.json;

import java.util.Objects;
import org.civic.division.Division;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.site.Site;

/**
 * The sink {@link RecordSink#into(HierarchyBuilder)} gives: divisions and sites to a hierarchy
 * builder. civic-json's reader knows it, and puts the division and site lines it scans straight
 * into the builder's columns (no {@code Division} or {@code Site} made); the lines it parses
 * arrive here as records, in stream order with those.
 */
final class HierarchySink implements RecordSink {

  private final HierarchyBuilder builder;

  HierarchySink(HierarchyBuilder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  HierarchyBuilder builder() {
    return builder;
  }

  @Override
  public void division(Division division) {
    builder.addDivision(division);
  }

  @Override
  public void site(Site site) {
    builder.addSite(site);
  }
}
