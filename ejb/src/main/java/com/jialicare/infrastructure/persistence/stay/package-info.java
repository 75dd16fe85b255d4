/** The persistence of stays, their occupancies of beds and their absences: the queries of the stay aggregate. */
package com.jialicare.infrastructure.persistence.stay;
