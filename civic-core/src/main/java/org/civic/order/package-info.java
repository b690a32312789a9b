/**
 * The four-orders workflow — 四单 (群众点单、中心配单、志愿者买单、社会评单): {@link org.civic.order.ServiceOrder}
 * as an explicit state machine over {@link org.civic.order.OrderState}, and menus
 * ({@link org.civic.order.MenuItem}). The workflow only: its figures (counts, rates, median
 * times) are {@code org.civic.metric}'s {@code MetricSet} and {@code OrderMetrics}, which build
 * on this package and not the other way round.
 *
 * <pre>{@code
 * ServiceOrder o = ServiceOrder.place("o-1", site, new MenuItem("m-1", "家电维修", "技能"), t0)
 *     .match(team, t1).reject("人手不足", t2).match(otherTeam, t3)   // re-dispatched
 *     .deliver("a-17", t4).rate(5, Optional.empty(), t5);
 * o.state();          // RATED
 * o.timeToDeliver();  // Optional[PT…]
 * }</pre>
 */
@NullMarked
package org.civic.order;

import org.jspecify.annotations.NullMarked;
