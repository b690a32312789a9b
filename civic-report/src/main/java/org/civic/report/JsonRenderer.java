package org.civic.report;

import java.io.StringWriter;
import java.util.Objects;
import org.civic.json.CivicJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a report as JSON — JSON 格式 — through civic-json's Jackson setup: every cell with its
 * raw value (counts; rates as numerator and denominator; yuan) and its formatted text, so a
 * dashboard can re-format and a person can read. Deterministic.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonRenderer {

  private JsonRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report, not null
   * @param style language and number formats, not null
   * @return the JSON text, pretty-printed, not null
   */
  public static String render(Report report, ReportStyle style) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(style, "style");
    JsonMapper mapper = CivicJson.strict().mapper();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = mapper.writerWithDefaultPrettyPrinter().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("title", style.text(report.title()));
      g.writeStringProperty("division", report.division().toString());
      g.writeStringProperty("period", report.period().toString());
      g.writeStringProperty("locale", style.locale().toLanguageTag());
      g.writeName("sections");
      g.writeStartArray();
      for (Section s : report.sections()) {
        g.writeStartObject();
        g.writeStringProperty("id", s.id());
        g.writeStringProperty("title", style.text(s.title()));
        g.writeName("blocks");
        g.writeStartArray();
        for (Block b : s.blocks()) {
          block(g, b, style);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }

  private static void block(JsonGenerator g, Block b, ReportStyle style) {
    g.writeStartObject();
    if (b instanceof Block.Paragraph p) {
      g.writeStringProperty("kind", "paragraph");
      g.writeStringProperty("text", style.text(p.text()));
    } else if (b instanceof Block.Table t) {
      g.writeStringProperty("kind", "table");
      g.writeStringProperty("id", t.id());
      g.writeStringProperty("caption", style.text(t.caption()));
      g.writeName("columns");
      g.writeStartArray();
      t.columns().forEach(c -> g.writeString(style.text(c)));
      g.writeEndArray();
      g.writeName("rows");
      g.writeStartArray();
      for (var row : t.rows()) {
        g.writeStartArray();
        for (Cell c : row) {
          cell(g, c, style);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    } else if (b instanceof Block.Chart c) {
      g.writeStringProperty("kind", "chart");
      g.writeStringProperty("id", c.id());
      g.writeStringProperty("chart", c.kind().name());
      g.writeStringProperty("title", style.text(c.title()));
      g.writeBooleanProperty("percent", c.percent());
      g.writeName("categories");
      g.writeStartArray();
      c.categories().forEach(x -> g.writeString(style.text(x)));
      g.writeEndArray();
      g.writeName("series");
      g.writeStartArray();
      for (Block.Series s : c.series()) {
        g.writeStartObject();
        g.writeStringProperty("name", style.text(s.name()));
        g.writeName("values");
        g.writeStartArray();
        s.values().forEach(v -> g.writeNumber(Math.round(v * 100) / 100.0));
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void cell(JsonGenerator g, Cell c, ReportStyle style) {
    g.writeStartObject();
    if (c instanceof Cell.Count n) {
      g.writeNumberProperty("value", n.value());
    } else if (c instanceof Cell.Rate r) {
      g.writeNumberProperty("numerator", r.ratio().numerator());
      g.writeNumberProperty("denominator", r.ratio().denominator());
    } else if (c instanceof Cell.Money m) {
      g.writeNumberProperty("yuan", m.yuan());
    }
    g.writeStringProperty("text", style.format(c));
    g.writeEndObject();
  }
}
