/** The queries over deaths and hukou moves reported from outside and their cases (docs/RULES.md §8.5). */
package com.jialicare.infrastructure.persistence.registry;
