/** Residents (registered once city-wide by ID number) and their dated capability assessments. */
package com.jialicare.domain.model.resident;
