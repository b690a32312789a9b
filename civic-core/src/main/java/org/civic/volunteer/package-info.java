/**
 * Volunteers — 志愿者: {@link org.civic.volunteer.Volunteer} with the national volunteer number
 * ({@link org.civic.volunteer.NationalVolunteerNumber}, 志愿者统一编号) where known,
 * {@link org.civic.volunteer.ServiceRecord} (志愿服务记录: actual service, travel apart, at most 24
 * hours a day; the organising team or site that recorded it, {@link org.civic.volunteer.Recorder};
 * a volunteer's own report, {@link org.civic.volunteer.RecordStatus#REPORTED}, counts once approved),
 * star levels ({@link org.civic.volunteer.VolunteerStars}, 星级志愿者: the national ladder and a
 * county's own, such as Zhangjiagang's) and the {@link org.civic.volunteer.ServiceLog}, which counts
 * registered volunteers, distinct active volunteers, participation person-times (人次) and hours per
 * volunteer, team, site and subtree, and ranks volunteers by hours.
 *
 * <pre>{@code
 * ServiceRecord own = ServiceRecord.reported(id, LocalDate.of(2024, 3, 5), station, Duration.ofHours(3))
 *     .withRecorder(Recorder.ofTeam(TeamId.of("t-201")));     // counts nothing yet
 * ServiceRecord approved = own.approve(Duration.ofHours(2));  // the team certifies 2 of the 3 hours
 * ServiceLog log = ServiceLog.builder().addVolunteers(volunteers).addRecords(records).build();
 * VolunteerActivity county = log.activity(hierarchy, countyCode, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
 * county.activeVolunteers();    // distinct: a volunteer in two villages counts once
 * county.personTimes();         // 人次
 * log.ranking(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));   // by approved hours
 * log.stars(id, VolunteerStars.zhangjiagang());                        // 30/60/100/200/300 hours
 * }</pre>
 */
@NullMarked
package org.civic.volunteer;

import org.jspecify.annotations.NullMarked;
