/** The UI session: who is logged in, their language, logging in and out. */
package com.jialicare.interfaces.web.session;
