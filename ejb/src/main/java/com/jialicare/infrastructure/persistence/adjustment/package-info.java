/** The queries over claimed adjustments (RULES.md §8.4). */
package com.jialicare.infrastructure.persistence.adjustment;
