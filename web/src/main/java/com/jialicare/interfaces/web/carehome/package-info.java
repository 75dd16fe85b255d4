/**
 * The care-home administrator's screens: the home at a glance, the bed board with admission, transfer and
 * discharge, the residents list and a resident's record. Thin beans over the registry services.
 */
package com.jialicare.interfaces.web.carehome;
