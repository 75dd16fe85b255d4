/** The notifications' queries: a reader's notifications in their scope, and their read marks. */
package com.jialicare.infrastructure.persistence.notification;
