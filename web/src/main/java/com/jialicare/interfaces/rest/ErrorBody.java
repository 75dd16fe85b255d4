package com.jialicare.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The error body of API.md: {@code {"code": "BED_OCCUPIED", "message": "…", "field": "bedId"}}. */
@JsonbPropertyOrder({"code", "message", "field"})
public record ErrorBody(
        String code, String message, @JsonbNillable(false) String field) {}
