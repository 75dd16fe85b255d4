/**
 * The REST API under {@code /api}: thin resources over the application services, and the error mapping.
 * Resources are {@code @ApplicationScoped}: they hold nothing of a request (it comes as parameters, or
 * through the container's {@code @Context} proxies), and are not built and injected again for every request.
 */
package com.jialicare.interfaces.rest;
