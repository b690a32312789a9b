package org.civic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fuzz target for the command line's argument parsing (Jazzer; inputs under
 * {@code src/test/resources/org/civic/examples/cli/CivicCliFuzzTestInputs/}, docs/RELIABILITY.md),
 * through its public entry point {@link CivicCli#run}: a subcommand, then arguments drawn from the
 * tool's own words, a small county's files and fuzzed text. The property: the tool answers with
 * exit code 0, 1 or 2, never prints a stack trace or "civic: null", and past argument parsing
 * (exit 0 or 1) its messages name no exception.
 *
 * <p>Fuzzed text never starts with {@code -} or {@code @} (picocli would read an {@code @} word as
 * a file of arguments), files are only the fixed ones below, and a report is written only to a
 * temporary folder: the fuzzer cannot read or write anything else.
 */
class CivicCliFuzzTest {

  private static final Path DIR;
  private static final String COUNTY;
  private static final String LINES;

  static {
    try {
      DIR = Files.createTempDirectory("civic-cli-fuzz");
      DIR.toFile().deleteOnExit();
      COUNTY = copy("fuzz-county.json");
      LINES = copy("fuzz-county.jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String copy(String name) throws IOException {
    Path to = DIR.resolve(name);
    try (InputStream in = CivicCliFuzzTest.class.getResourceAsStream(name)) {
      Files.copy(in, to);
    }
    to.toFile().deleteOnExit();
    return to.toString();
  }

  private static final String[] COMMANDS = {"check", "report", "stats", "--help", "--version", "nonsense"};
  private static final String[] WORDS = {"--locale", "zh", "en", "--strict", "--progress-every", "1", "0", "-5",
      "--format", "text", "json", "html", "md", "csv", "--formula", "1+12+N", "1+N", "--grids-required", "--period",
      "2024", "2024-Q1", "2024-03", "2024-03-05", "2024-01-01/2024-06-30", "--stars", "national", "zhangjiagang",
      "50/100/200/400/800", "--help", "-h", "-V", "--", "report", "check"};

  @FuzzTest(maxDuration = "10m")
  void run(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>();
    String command = data.pickValue(COMMANDS);
    args.add(command);
    int n = data.consumeInt(0, 10);
    for (int i = 0; i < n; i++) {
      switch (data.consumeInt(0, 4)) {
        case 0 -> args.add(COUNTY);
        case 1 -> args.add(LINES);
        case 2 -> args.add(DIR.resolve("missing.json").toString());
        case 3 -> args.add(harmless(data.consumeString(40)));
        default -> args.add(data.pickValue(WORDS));
      }
    }
    if (command.equals("report")) {
      args.add("--out");
      args.add(DIR.toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CivicCli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String messages = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code of %s: %s", args, messages).isBetween(0, 2);
    assertThat(messages).as("messages of %s", args).doesNotContain("civic: null", "\tat ");
    if (code != 2) {
      // a usage error is picocli's message, which may quote why a value did not convert (a path
      // with a NUL byte: InvalidPathException, crash-56502ab6…); past parsing, only civic speaks
      assertThat(messages).as("messages of %s", args).doesNotContain("Exception");
    }
  }

  /** Fuzzed text that cannot be an option, an argument file or a path outside the current folder. */
  private static String harmless(String s) {
    String t = s.replace('/', '_').replace('\\', '_');
    return t.isEmpty() || t.charAt(0) == '-' || t.charAt(0) == '@' ? "v" + t : t;
  }
}
