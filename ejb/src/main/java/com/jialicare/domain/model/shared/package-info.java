/**
 * Value objects and enumerations shared by every aggregate: checked identifiers (ID number, credit code,
 * division code), Leshan's counties, ownership kinds, capability levels, and the business exception.
 */
package com.jialicare.domain.model.shared;
