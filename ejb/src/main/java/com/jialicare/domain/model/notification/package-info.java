/** In-app notifications (issue #16 item 7): what happened to an application, addressed to the people it concerns. */
package com.jialicare.domain.model.notification;
