/** The public notice (公示), open without login: names masked, and a form to object. */
package com.jialicare.interfaces.web.notice;
