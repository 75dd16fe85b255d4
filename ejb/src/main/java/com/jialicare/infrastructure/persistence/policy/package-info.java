/** The persistence of the policy table's versions. */
package com.jialicare.infrastructure.persistence.policy;
