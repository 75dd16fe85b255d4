/**
 * The persistence of subsidy applications: their frozen lines, objections, and the claims that make every bed and
 * resident-month count once.
 */
package com.jialicare.infrastructure.persistence.application;
