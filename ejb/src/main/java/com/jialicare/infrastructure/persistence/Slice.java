package com.jialicare.infrastructure.persistence;

import java.util.List;

/** The rows of one page of a query and how many rows the whole query has. */
public record Slice<T>(long total, List<T> items) {}
