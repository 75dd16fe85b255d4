/** The family member's page: their elders and the subsidy's state, in plain words and large print. */
package com.jialicare.interfaces.web.family;
