/** Deaths and hukou moves reported from outside (docs/RULES.md §8.5): each reported row, and the cases it raised. */
package com.jialicare.domain.model.registry;
