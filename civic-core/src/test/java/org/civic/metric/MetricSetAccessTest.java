package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SortedSet;
import java.util.TreeSet;
import org.civic.metric.internal.MetricSetAccess;
import org.civic.team.OrganisationId;
import org.junit.jupiter.api.Test;

/** The door civic-json reads figures back through: named sums in, a checked {@link MetricSet} out. */
class MetricSetAccessTest {

  private static final MetricSetAccess.Accessor ACCESS = MetricSetAccess.get();

  @Test
  void theSumsAreNamedInIndexOrder() {
    assertThat(ACCESS.sumNames()).hasSize(MetricSet.FIELDS).startsWith("activities", "personTimes")
        .endsWith("ordersRejected", "ordersCancelled");
    long[] sums = new long[MetricSet.FIELDS];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = i + 1;
    }
    SortedSet<OrganisationId> organisations = new TreeSet<>();
    organisations.add(OrganisationId.of("org-1"));
    MetricSet m = ACCESS.of(sums, DistinctCount.of(4, 5), organisations, Extremes.of(2, 9));
    assertThat(m.activities()).isEqualTo(1);
    assertThat(m.personTimes()).isEqualTo(2);
    assertThat(m.ordersCancelled()).isEqualTo(14);
    assertThat(m.volunteers()).isEqualTo(DistinctCount.of(4, 5));
    assertThat(m.organisations()).containsExactly(OrganisationId.of("org-1"));
    assertThat(m.beneficiariesRange()).isEqualTo(Extremes.of(2, 9));
    assertThat(ACCESS.sums(m)).containsExactly(sums);
    sums[0] = 100;
    organisations.add(OrganisationId.of("org-2"));
    assertThat(m.activities()).as("the arrays and sets are copied in").isEqualTo(1);
    assertThat(m.organisations()).hasSize(1);
    ACCESS.sums(m)[1] = 100;
    assertThat(m.personTimes()).as("and copied out").isEqualTo(2);
  }

  @Test
  void nothingIsTheEmptySet() {
    assertThat(ACCESS.of(new long[MetricSet.FIELDS], DistinctCount.empty(), new TreeSet<>(), Extremes.empty()))
        .isSameAs(MetricSet.empty());
    long[] zeros = new long[MetricSet.FIELDS];
    assertThat(ACCESS.of(zeros, DistinctCount.of(0), new TreeSet<>(), Extremes.empty())).isNotSameAs(MetricSet.empty());
  }

  @Test
  void badSumsAreRefusedNamingThem() {
    assertThatThrownBy(() -> ACCESS.of(new long[3], DistinctCount.empty(), new TreeSet<>(), Extremes.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 14 sums, got 3");
    long[] negative = new long[MetricSet.FIELDS];
    negative[MetricSet.FIELDS - 1] = -1;
    assertThatThrownBy(() -> ACCESS.of(negative, DistinctCount.empty(), new TreeSet<>(), Extremes.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ordersCancelled must not be negative: -1");
    long[] first = new long[MetricSet.FIELDS];
    first[0] = -5;
    assertThatThrownBy(() -> ACCESS.of(first, DistinctCount.empty(), new TreeSet<>(), Extremes.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("activities must not be negative: -5");
    long[] zero = new long[MetricSet.FIELDS];
    assertThat(ACCESS.of(zero, DistinctCount.empty(), new TreeSet<>(), Extremes.of(0)).activities()).isZero();
  }
}
