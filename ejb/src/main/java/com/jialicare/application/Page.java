package com.jialicare.application;

import com.jialicare.domain.model.shared.BusinessException;
import java.util.List;
import java.util.function.Function;

/** One page of a long list: {@code page} counts from 0. */
public record Page<T>(int page, int size, long total, List<T> items) {

    public static final int MAX_SIZE = 200;

    /** The last page anyone may ask for: with {@link #MAX_SIZE}, its first row still fits an {@code int}. */
    public static final int MAX_PAGE = 1_000_000;

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(page, size, total, items.stream().map(f).toList());
    }

    /**
     * Checks paging parameters: 0 ≤ page ≤ {@link #MAX_PAGE}, 1 ≤ size ≤ {@link #MAX_SIZE}; so that
     * {@code page * size}, the first row, never overflows.
     */
    public static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw BusinessException.invalid("INVALID_PAGE", "page", "page counts from 0 up to " + MAX_PAGE, page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw BusinessException.invalid("INVALID_PAGE_SIZE", "size", "size must be 1 to " + MAX_SIZE, size);
        }
    }
}
