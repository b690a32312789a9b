package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.civic.division.Division;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs generated on the fly, never committed and never held whole: each is refused
 * with civic's own problem, within bounded memory.
 */
class HugeInputTest {

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A stream of {@code n} copies of one byte, made as it is read. */
  private static InputStream repeat(byte b, long n) {
    return new InputStream() {
      private long left = n;

      @Override
      public int read() {
        return left-- > 0 ? b : -1;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(buf, off, off + k, b);
        left -= k;
        return k;
      }
    };
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  @Test
  void tenThousandDeepNestingIsRefused() {
    InputStream in = concat(text("{\"format\":\"civic/1\",\"divisions\":"), repeat((byte) '[', 10_000),
        repeat((byte) ']', 10_000), text("}"));
    ReadReport report = CivicJson.lenient().readDataset(in, "deep.json").report();
    assertThat(report.errors()).extracting(Problem::id).contains("json.limit");
  }

  @Test
  void aHundredMegabyteStringIsRefused() {
    InputStream in = concat(text("{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"411081000000\",\"name\":\""),
        repeat((byte) 'a', 100L * 1024 * 1024), text("\"}]}"));
    ReadReport report = CivicJson.lenient().readDataset(in, "long-string.json").report();
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("json.limit");
      assertThat(p.message()).contains("String value length");
    });
  }

  @Test
  void aOneGigabyteLineIsSkippedAndTheNextLineRead() {
    String header = "{\"type\":\"header\",\"format\":\"civic/1\"}\n";
    String good = "{\"type\":\"division\",\"code\":\"411081000000\",\"name\":\"禹州市\"}\n";
    InputStream in = concat(text(header), text("{\"type\":\"division\",\"name\":\""),
        repeat((byte) 'a', 1024L * 1024 * 1024), text("\"}\n"), text(good));
    List<Division> read = new java.util.ArrayList<>();
    ReadReport report = CivicJson.lenient().readLines(in, "huge.jsonl", new RecordSink() {
      @Override
      public void division(Division d) {
        read.add(d);
      }
    });
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("jsonl.line-too-long");
      assertThat(p.where().line()).hasValue(2);
    });
    assertThat(read).extracting(Division::name).containsExactly("禹州市");
    assertThat(report.records()).isEqualTo(1);
  }
}
