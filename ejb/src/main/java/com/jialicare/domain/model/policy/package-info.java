/**
 * The city's subsidy policy table: dated versions of every parameter marked <i>(policy)</i> in
 * RULES.md, and the lookup of the version in force on a day.
 */
package com.jialicare.domain.model.policy;
