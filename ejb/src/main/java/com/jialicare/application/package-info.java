/**
 * The use cases: one {@code @Stateless} service per area. Services own the transactions, check who the
 * caller is and what they may see, and call the domain. REST resources and JSF beans sit on top of them.
 */
package com.jialicare.application;
