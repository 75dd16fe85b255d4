package com.jialicare.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Everything under {@code /api}; resources and providers are discovered. */
@ApplicationPath("/api")
public class JaxRsApplication extends Application {}
