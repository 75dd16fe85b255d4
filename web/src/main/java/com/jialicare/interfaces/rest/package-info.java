/** The REST API under {@code /api}: thin resources over the application services, and the error mapping. */
package com.jialicare.interfaces.rest;
