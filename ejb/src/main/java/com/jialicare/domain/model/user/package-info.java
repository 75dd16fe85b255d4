/** User accounts, their role and the scope that role is limited to. */
package com.jialicare.domain.model.user;
