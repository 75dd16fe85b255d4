/**
 * Subsidy applications and their review (RULES.md §6): the state machine with its four-eyes
 * rules, the lines frozen at each submission, the history of transitions and the public notice's objections.
 */
package com.jialicare.domain.model.application;
