package org.civic.volunteer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a service record stands — 志愿服务记录状态. A record the organiser keeps is
 * {@link #APPROVED} from the start ("whoever organises, records"); a volunteer's own report of
 * hours is {@link #REPORTED} until the organiser that recorded it approves it, in full or in part,
 * or rejects it with a reason ("whoever records, certifies"). Only approved time counts.
 *
 * <pre>
 * REPORTED ──approve──► APPROVED   (final)
 *     └─────reject────► REJECTED   (final, with a reason)
 * </pre>
 */
public enum RecordStatus {
  /** Reported by the volunteer, awaiting review (志愿者自行申报，待审核). Counts nothing yet. */
  REPORTED("待审核"),
  /** Recorded or approved by the organiser (已审核). Its approved time counts. Final. */
  APPROVED("已审核"),
  /** Rejected by the organiser, with a reason (已驳回). Counts nothing. Final. */
  REJECTED("已驳回");

  private final String chinese;

  RecordStatus(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }

  /** Returns the states a record in this one may move to. */
  public Set<RecordStatus> next() {
    return this == REPORTED ? EnumSet.of(APPROVED, REJECTED) : EnumSet.noneOf(RecordStatus.class);
  }

  /** Tells whether a record in this state can no longer change. */
  public boolean isFinal() {
    return this != REPORTED;
  }
}
