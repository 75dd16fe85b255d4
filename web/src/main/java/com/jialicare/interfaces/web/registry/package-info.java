/**
 * The care homes' register in the UI (docs/RULES.md §8.1–8.2): the list of homes, filing a new one, a home's page
 * with its filing data, dated histories, beds, changes and corrections. For the administrator and the county
 * (their county) and city auditors; the services decide the scope.
 */
package com.jialicare.interfaces.web.registry;
