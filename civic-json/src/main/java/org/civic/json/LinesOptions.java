package org.civic.json;

import java.util.ArrayList;
import java.util.List;
import org.civic.json.internal.ActivityField;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * How a {@link CivicJson} reads JSON Lines: its parsers (the exact path's detects duplicate keys,
 * the fast path's does not need to), its mode and limits, its parser threads and block size, and
 * what follows from them once. Made by {@code CivicJson}; the block size and the fast path can be
 * changed here only, for the differential tests (a package-private seam, not public API).
 *
 * <p>Immutable and thread-safe.
 */
final class LinesOptions {

  /** The size of a block of lines, unless a longer line needs more. */
  static final int BLOCK = 1 << 20;

  final JsonFactory fast;
  final JsonFactory exact;
  final boolean strict;
  final int maxLine;
  final int threads;
  final int blockSize;
  final boolean fastPath;
  /** Matches an activity's field names on the parser's bytes, by {@link ActivityField} ordinal. */
  final PropertyNameMatcher activityNames;
  /** Matches a category object's names: id, zh, en. */
  final PropertyNameMatcher categoryNames;
  /** Whether activity lines bound for a log may be read by anything but the exact path ({@link ActivityScanner#fits}). */
  final boolean rowsFast;
  /** Whether division and site lines may be read by the {@link HierarchyScanner} ({@link HierarchyScanner#fits}). */
  final boolean hierarchyFast;
  /** The longest string the limits allow. */
  final int maxString;

  LinesOptions(JsonFactory fast, JsonFactory exact, boolean strict, int maxLine, int threads) {
    this(fast, exact, strict, maxLine, threads, (int) Math.min(BLOCK, (long) maxLine + 2), true);
  }

  private LinesOptions(JsonFactory fast, JsonFactory exact, boolean strict, int maxLine, int threads, int blockSize,
      boolean fastPath) {
    this.fast = fast;
    this.exact = exact;
    this.strict = strict;
    this.maxLine = maxLine;
    this.threads = threads;
    this.blockSize = blockSize;
    this.fastPath = fastPath;
    List<Named> names = new ArrayList<>();
    ActivityField.all().forEach(f -> names.add(Named.fromString(f.json())));
    this.activityNames = fast.constructNameMatcher(names, false);
    this.categoryNames = fast.constructNameMatcher(
        List.of(Named.fromString("id"), Named.fromString("zh"), Named.fromString("en")), false);
    StreamReadConstraints limits = fast.streamReadConstraints();
    this.rowsFast = ActivityScanner.fits(limits);
    this.hierarchyFast = HierarchyScanner.fits(limits);
    this.maxString = limits.getMaxStringLength();
  }

  /** Returns a copy that reads blocks of about n bytes (many blocks from a small input). */
  LinesOptions withBlockSize(int n) {
    int size = (int) Math.min(Math.max(2, n), (long) maxLine + 2);
    return new LinesOptions(fast, exact, strict, maxLine, threads, size, fastPath);
  }

  /** Returns a copy that sends every line to the exact path: the differential tests' reference. */
  LinesOptions withoutFastPath() {
    return new LinesOptions(fast, exact, strict, maxLine, threads, blockSize, false);
  }
}
