package com.jialicare.domain.model.application;

/** Who does something to an application: the user's id (for the four-eyes rules) and name (for history). */
public record Actor(long userId, String username) {}
