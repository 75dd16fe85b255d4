/** Password hashing and other security primitives used by the application services. */
package com.jialicare.infrastructure.security;
