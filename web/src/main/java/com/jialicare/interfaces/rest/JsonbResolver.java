package com.jialicare.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver, RESTEasy 6.2 builds a new Jsonb for each response
 * ({@code JsonbBuilder.create()}), which looks its services up in the module jars and parses every class it
 * writes again: a few milliseconds per request, most of the cost of a small answer (docs/BENCHMARKS.md). A
 * Jsonb is thread-safe and keeps what it learnt about each class; the configuration is the default RESTEasy
 * used, so the JSON does not change.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
