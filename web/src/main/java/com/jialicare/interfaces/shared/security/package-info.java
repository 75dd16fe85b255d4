/**
 * Authentication for both adapters: form login (with a session) for the UI, HTTP Basic for {@code /api},
 * both checked against the accounts in the database through one identity store.
 */
package com.jialicare.interfaces.shared.security;
