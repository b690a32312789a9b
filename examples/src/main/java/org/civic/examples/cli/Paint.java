package org.civic.examples.cli;

import picocli.CommandLine.Help.Ansi;

/**
 * Colour for the tool's own words — 着色: on a terminal (picocli's heuristics: a console, and
 * neither {@code NO_COLOR} nor {@code -Dpicocli.ansi=false}) "error:" is red and "warning:"
 * yellow; anywhere else — a pipe, a file, a test — plain text.
 *
 * <p>Immutable and thread-safe.
 */
record Paint(Ansi ansi) {

  /** Plain text. */
  static final Paint PLAIN = new Paint(Ansi.OFF);

  String error(String text) {
    return ansi.string("@|bold,red " + text + "|@");
  }

  String warning(String text) {
    return ansi.string("@|bold,yellow " + text + "|@");
  }
}
