/** Care homes and their beds. A bed's status on a day is derived from the stays, never stored. */
package com.jialicare.domain.model.carehome;
