/** Stays: residence in one care home, with the beds occupied (transfers), absences and the discharge. */
package com.jialicare.domain.model.stay;
