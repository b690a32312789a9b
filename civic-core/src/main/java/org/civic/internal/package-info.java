/**
 * Internal: what civic-core's packages share and hosts must not touch — the column layout behind
 * national-scale hierarchies and logs (string pools, primitive hash indexes), and the rules
 * written once for every reader and value (ids, dates, the service day, fractions, bilingual
 * terms). Not API: civic-core exports this package only to civic-json, and it may change in any
 * release.
 */
@NullMarked
package org.civic.internal;

import org.jspecify.annotations.NullMarked;
