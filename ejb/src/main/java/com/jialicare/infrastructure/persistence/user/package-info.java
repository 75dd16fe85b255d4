/** The persistence of user accounts and the residents a family account is linked to. */
package com.jialicare.infrastructure.persistence.user;
