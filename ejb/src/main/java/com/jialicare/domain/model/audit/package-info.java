/**
 * The audit trail: who changed which record, when, and how.
 *
 * <p>Action names (docs/RULES.md §8). An event's {@code action} is an upper-case word naming what happened;
 * the history pages show it in the user's language from the bundle key {@code history.action.<ACTION>}
 * (the raw action when a key is missing). The conventions:
 *
 * <ul>
 *   <li>{@code CORRECT_<THING>}: a correction of a record (a reason, the old and new value of each field),
 *       e.g. {@code CORRECT_RESIDENT}, {@code CORRECT_STAY}, {@code CORRECT_CARE_HOME}, {@code CORRECT_BED};
 *   <li>{@code CHANGE_<THING>}: a change on an effective day, e.g. {@code CHANGE_HUKOU},
 *       {@code CHANGE_STATE_SUPPORT}, {@code CHANGE_CARE_HOME};
 *   <li>{@code WITHDRAW_<THING>}: a correction that takes an entry back as if it had never been made, e.g.
 *       {@code WITHDRAW_ABSENCE}, {@code WITHDRAW_APPLICATION}; shown as withdrawn;
 *   <li>other verbs for other acts: {@code MERGE_RESIDENT}, {@code DISABLE_USER}, {@code ENABLE_USER},
 *       {@code UNLOCK_USER}, {@code RESET_PASSWORD}, {@code REOPEN_STAY}, {@code REINSTATE_BED};
 *   <li>the events recorded before issue #14 keep their past-tense names ({@code ADMITTED},
 *       {@code DISCHARGED}, {@code BED_ADDED}…).
 * </ul>
 *
 * <p>Field names are the REST field names ({@code hukouCode}, {@code admittedOn}); their words come from
 * {@code history.field.<field>}.
 */
package com.jialicare.domain.model.audit;
