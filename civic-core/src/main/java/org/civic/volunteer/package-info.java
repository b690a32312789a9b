/**
 * Volunteers — 志愿者: {@link org.civic.volunteer.Volunteer}, {@link org.civic.volunteer.ServiceRecord}
 * (actual service, travel apart, at most 24 hours a day), star levels
 * ({@link org.civic.volunteer.VolunteerStars}, 星级志愿者) and the
 * {@link org.civic.volunteer.ServiceLog}, which counts registered volunteers, distinct active
 * volunteers and participation person-times (人次) per site and per subtree.
 *
 * <pre>{@code
 * ServiceLog log = ServiceLog.builder().addVolunteers(volunteers).addRecords(records).build();
 * VolunteerActivity county = log.activity(hierarchy, countyCode, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
 * county.activeVolunteers();    // distinct: a volunteer in two villages counts once
 * county.personTimes();         // 人次
 * }</pre>
 */
@NullMarked
package org.civic.volunteer;

import org.jspecify.annotations.NullMarked;
