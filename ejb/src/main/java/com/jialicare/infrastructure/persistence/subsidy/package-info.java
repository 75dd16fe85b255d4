/** Set-based reads of the facts the subsidy calculators work from (homes, beds, stays, residents). */
package com.jialicare.infrastructure.persistence.subsidy;
