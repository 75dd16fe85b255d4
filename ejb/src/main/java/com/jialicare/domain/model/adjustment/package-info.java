/**
 * Money over time (RULES.md §8.3–8.7): the key a claimed line is counted under, what is owed on it when the
 * facts change after payment (back-pay or recovery), how a new application nets what is owed against its own
 * lines (never below zero, the rest of a recovery carried over), and the adjustments an application claimed.
 * Plain Java besides the {@link com.jialicare.domain.model.adjustment.Adjustment} entity; the services in
 * {@code application/subsidy} read the facts and call these rules.
 */
package com.jialicare.domain.model.adjustment;
