/** The persistence of the audit trail. */
package com.jialicare.infrastructure.persistence.audit;
