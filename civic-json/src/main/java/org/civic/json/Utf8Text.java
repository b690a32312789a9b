package org.civic.json;

/**
 * Decodes well-formed UTF-8 into UTF-16 characters, into a caller's buffer — as {@code new
 * String(bytes, UTF_8)} decodes it, but without making a {@code String}, and refusing where that
 * constructor would put a replacement character {@code U+FFFD}: a stray or missing continuation
 * byte, an overlong form, an encoded surrogate, a code point past {@code U+10FFFF} — and a {@code
 * U+FFFD} written as such, which the scanners decline alike (their exact path reads it). A
 * hierarchy's site names are read this way, straight into the builder's pool (a {@code String}
 * made and dropped for each of 644,290 names was the largest part of a cold hierarchy read,
 * benchmarks/RESULTS.md). Written out rather than the JDK's {@code CharsetDecoder} set to report
 * malformed input, which gives the same characters and refusals (the same tests pass) but made a
 * cold hierarchy read 1.23–1.27× as long and a warm sites read 1.11× (benchmarks/RESULTS.md).
 *
 * <p>Stateless.
 */
final class Utf8Text {

  private Utf8Text() {}

  /**
   * Decodes {@code b[from, to)} into {@code out} from index 0.
   *
   * @param out the characters; at least {@code to − from} long (a byte gives at most one)
   * @return the number of characters, or -1 if the bytes are not well-formed UTF-8 or hold {@code U+FFFD}
   */
  static int decode(byte[] b, int from, int to, char[] out) {
    int n = 0;
    int k = from;
    while (k < to) {
      int c = b[k];
      if (c >= 0) {
        out[n++] = (char) c;
        k++;
        continue;
      }
      c &= 0xff;
      if (c < 0xC2) {
        return -1; // a continuation byte first, or an overlong two-byte form
      }
      if (c < 0xE0) {
        if (k + 1 >= to || !continues(b[k + 1])) {
          return -1;
        }
        out[n++] = (char) ((c & 0x1F) << 6 | b[k + 1] & 0x3F);
        k += 2;
      } else if (c < 0xF0) {
        if (k + 2 >= to || !continues(b[k + 1]) || !continues(b[k + 2])) {
          return -1;
        }
        int cp = (c & 0x0F) << 12 | (b[k + 1] & 0x3F) << 6 | b[k + 2] & 0x3F;
        if (cp < 0x800 || Character.isSurrogate((char) cp) || cp == 0xFFFD) {
          return -1;
        }
        out[n++] = (char) cp;
        k += 3;
      } else if (c < 0xF5) {
        if (k + 3 >= to || !continues(b[k + 1]) || !continues(b[k + 2]) || !continues(b[k + 3])) {
          return -1;
        }
        int cp = (c & 0x07) << 18 | (b[k + 1] & 0x3F) << 12 | (b[k + 2] & 0x3F) << 6 | b[k + 3] & 0x3F;
        if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
          return -1;
        }
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        k += 4;
      } else {
        return -1;
      }
    }
    return n;
  }

  private static boolean continues(byte x) {
    return (x & 0xC0) == 0x80;
  }
}
