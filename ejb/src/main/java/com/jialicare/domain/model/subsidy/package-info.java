/**
 * The facts a subsidy is computed from (home, beds, residents, stays) and the lines it is computed
 * into: one per bed or resident-month, eligible or with the {@link
 * com.jialicare.domain.model.subsidy.ExclusionReason} that excluded it.
 */
package com.jialicare.domain.model.subsidy;
