/**
 * Helpers of the subsidy use cases ({@code PolicyService}, {@code SubsidyService}): the cached policy
 * table and the shapes of the city-wide previews.
 */
package com.jialicare.application.subsidy;
