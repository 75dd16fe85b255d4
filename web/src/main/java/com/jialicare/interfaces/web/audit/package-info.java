/**
 * The auditors' screens: the review queue, one application under review with the facts behind each line,
 * and the city dashboard.
 */
package com.jialicare.interfaces.web.audit;
