/** The city system administrator's screens: user accounts. */
package com.jialicare.interfaces.web.admin;
