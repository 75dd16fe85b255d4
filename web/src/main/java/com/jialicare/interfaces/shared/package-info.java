/**
 * What the two adapters share, and nothing else: HTTP-level security (authentication, CSRF, headers), the
 * answers while the database is unavailable, and the plain words and masking both the REST API and the UI
 * show. The REST adapter and the JSF adapter import from here, never from each other.
 */
package com.jialicare.interfaces.shared;
