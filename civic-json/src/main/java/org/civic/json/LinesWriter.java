package org.civic.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.division.Division;
import org.civic.json.internal.ActivityCodec;
import org.civic.json.internal.AssessmentTableCodec;
import org.civic.json.internal.DivisionCodec;
import org.civic.json.internal.GridCodec;
import org.civic.json.internal.InspectionCodec;
import org.civic.json.internal.OrganisationCodec;
import org.civic.json.internal.OrderCodec;
import org.civic.json.internal.ProfileCodec;
import org.civic.json.internal.ServiceRecordCodec;
import org.civic.json.internal.SiteCodec;
import org.civic.json.internal.TeamCodec;
import org.civic.json.internal.VolunteerCodec;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes civic JSON Lines — JSON Lines 写入器: the header, then one record per line with
 * {@code "type"} first. Not thread-safe; close it when done (the underlying stream stays open).
 */
public final class LinesWriter implements AutoCloseable {

  private final JsonGenerator g;
  private final OutputStream out;

  LinesWriter(JsonFactory factory, OutputStream out) {
    this.out = new NonClosing(out);
    // No root-value separator: each line starts with its '{', and the newline is ours.
    this.g = factory.rebuild().rootValueSeparator((String) null).build()
        .createGenerator(ObjectWriteContext.empty(), this.out, JsonEncoding.UTF8);
    g.writeStartObject();
    g.writeStringProperty("type", "header");
    g.writeStringProperty("format", CivicJson.FORMAT);
    g.writeEndObject();
    newline();
  }

  private <T> LinesWriter line(String type, T value, BiConsumer<JsonGenerator, T> fields) {
    g.writeStartObject();
    g.writeStringProperty("type", type);
    fields.accept(g, value);
    g.writeEndObject();
    newline();
    return this;
  }

  private void newline() {
    // The generator buffers; the stream sees full buffers, not one write per record.
    g.writeRaw('\n');
  }

  /** Writes a division. */
  public LinesWriter write(Division d) {
    return line("division", d, DivisionCodec::writeFields);
  }

  /** Writes a site. */
  public LinesWriter write(Site s) {
    return line("site", s, SiteCodec::writeFields);
  }

  /** Writes a team. */
  public LinesWriter write(Team t) {
    return line("team", t, TeamCodec::writeFields);
  }

  /** Writes a participating organisation. */
  public LinesWriter write(Organisation organisation) {
    return line("organisation", organisation, OrganisationCodec::writeFields);
  }

  /** Writes a volunteer grid group. */
  public LinesWriter write(GridGroup grid) {
    return line("grid", grid, GridCodec::writeFields);
  }

  /** Writes a volunteer. */
  public LinesWriter write(Volunteer v) {
    return line("volunteer", v, VolunteerCodec::writeFields);
  }

  /** Writes an activity. */
  public LinesWriter write(Activity a) {
    return line("activity", a, ActivityCodec::writeFields);
  }

  /** Writes a service order. */
  public LinesWriter write(ServiceOrder o) {
    return line("order", o, OrderCodec::writeFields);
  }

  /** Writes a service record. */
  public LinesWriter write(ServiceRecord r) {
    return line("serviceRecord", r, ServiceRecordCodec::writeFields);
  }

  /** Writes a standard profile. */
  public LinesWriter write(StandardProfile p) {
    g.writeStartObject();
    g.writeStringProperty("type", "standard");
    g.writeStringProperty("name", p.name());
    g.writeStringProperty("version", p.version());
    g.writeName("levels");
    ProfileCodec.writeFields(g, p.thresholds());
    g.writeEndObject();
    newline();
    return this;
  }

  /** Writes an assessor's visit with its marks (测评打分记录). */
  public LinesWriter write(Inspection i) {
    return line("inspection", i, InspectionCodec::writeFields);
  }

  /** Writes a county's team rules (队伍组建规则). */
  public LinesWriter write(TeamRules r) {
    return line("teamRules", r, TeamCodec::writeRules);
  }

  /** Writes an assessment table (测评体系). */
  public LinesWriter write(AssessmentTable t) {
    return line("assessmentTable", t, AssessmentTableCodec::writeFields);
  }

  /**
   * Writes every record of a dataset, in the order standard profile, team rules, divisions, sites, teams,
   * grids, organisations, volunteers, activities, orders, assessment tables, inspections, service records.
   */
  public LinesWriter writeAll(Dataset d) {
    d.profile().ifPresent(this::write);
    d.teamRules().ifPresent(this::write);
    d.divisions().forEach(this::write);
    d.sites().forEach(this::write);
    d.teams().forEach(this::write);
    d.grids().forEach(this::write);
    d.organisations().forEach(this::write);
    d.volunteers().forEach(this::write);
    d.activities().forEach(this::write);
    d.orders().forEach(this::write);
    d.assessmentTables().forEach(this::write);
    d.inspections().forEach(this::write);
    d.serviceRecords().forEach(this::write);
    return this;
  }

  /** Passes what is buffered on to the stream. */
  public void flush() {
    g.flush();
  }

  @Override
  public void close() {
    g.close();
  }

  /** Keeps the generator from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
