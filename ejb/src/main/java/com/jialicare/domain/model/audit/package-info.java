/** The audit trail: who changed which record, when, and how. */
package com.jialicare.domain.model.audit;
