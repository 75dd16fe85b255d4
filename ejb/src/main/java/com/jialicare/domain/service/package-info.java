/**
 * Domain services: pure calculators of the construction and operating subsidies. Plain Java, no
 * annotations and no container: facts and a policy table in, explained lines out.
 */
package com.jialicare.domain.service;
