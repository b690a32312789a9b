/**
 * Practice sites — 实践阵地: {@link org.civic.site.Site} with its {@link org.civic.site.SiteLevel}
 * (center 中心, sub-center 分中心, post 所, station 站, point 点) and {@link org.civic.site.SiteId}.
 *
 * <pre>{@code
 * Site post = Site.post(SiteId.of("yz-post-103"), "神垕镇新时代文明实践所",
 *     DivisionCode.parse("411081103000"));
 * Site point = Site.point(SiteId.of("yz-point-1"), "茶馆文化体验点",
 *     DivisionCode.parse("411081103000"), post.id());
 * }</pre>
 */
@NullMarked
package org.civic.site;

import org.jspecify.annotations.NullMarked;
