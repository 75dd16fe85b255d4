/** The persistence of residents and their assessments: the queries of the resident aggregate. */
package com.jialicare.infrastructure.persistence.resident;
