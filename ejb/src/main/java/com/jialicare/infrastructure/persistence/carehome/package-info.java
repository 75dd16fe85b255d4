/** The persistence of care homes and their beds: the queries of the care-home aggregate, each written once. */
package com.jialicare.infrastructure.persistence.carehome;
