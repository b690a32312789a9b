package org.civic.metric;

/**
 * The totals of activities' open-ended counts — beneficiaries, service minutes, materials,
 * consultations, sessions — kept so that no sum of them passes a {@code long}: every count is 0 or
 * more, so while the totals fit, every division's and period's sum fits too, and the roll-ups'
 * loops may add them unchecked. A count that would take a total past {@code Long.MAX_VALUE} is
 * refused, all or none, before anything is added. (An activity's person-times are at most its
 * distinct volunteers, an {@code int}: their sums cannot pass a {@code long} in any log or any
 * roll-up's lifetime.)
 *
 * <p>Not thread-safe: one writer.
 */
final class CountTotals {

  private static final String[] NAMES = {"beneficiaries", "service minutes", "materials", "consultations", "sessions"};

  private final long[] total = new long[NAMES.length];

  /**
   * Adds one activity's counts, all or none.
   *
   * @throws IllegalArgumentException naming the count whose total would pass {@code Long.MAX_VALUE}
   */
  void add(long beneficiaries, long minutes, long materials, long consultations, long sessions) {
    long b = plus(0, beneficiaries);
    long m = plus(1, minutes);
    long a = plus(2, materials);
    long c = plus(3, consultations);
    long s = plus(4, sessions);
    set(b, m, a, c, s);
  }

  /**
   * Adds the counts of columns of activities (a column of counts that are all 0 may be empty), all
   * or none.
   *
   * @throws IllegalArgumentException naming the count whose total would pass {@code Long.MAX_VALUE}
   */
  void addAll(long[] beneficiaries, long[] minutes, long[] materials, long[] consultations, long[] sessions) {
    long b = plus(0, sum(0, beneficiaries));
    long m = plus(1, sum(1, minutes));
    long a = plus(2, sum(2, materials));
    long c = plus(3, sum(3, consultations));
    long s = plus(4, sum(4, sessions));
    set(b, m, a, c, s);
  }

  private void set(long b, long m, long a, long c, long s) {
    total[0] = b;
    total[1] = m;
    total[2] = a;
    total[3] = c;
    total[4] = s;
  }

  private long plus(int k, long count) {
    try {
      return Math.addExact(total[k], count);
    } catch (ArithmeticException e) {
      throw tooMany(k);
    }
  }

  private static long sum(int k, long[] column) {
    long sum = 0;
    try {
      for (long v : column) {
        sum = Math.addExact(sum, v);
      }
    } catch (ArithmeticException e) {
      throw tooMany(k);
    }
    return sum;
  }

  private static IllegalArgumentException tooMany(int k) {
    return new IllegalArgumentException("the activities' " + NAMES[k] + " would sum past " + Long.MAX_VALUE
        + ", more than any figure holds");
  }
}
