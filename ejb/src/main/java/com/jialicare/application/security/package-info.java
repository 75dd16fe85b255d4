/** The caller of a use case and the scope their role gives them. */
package com.jialicare.application.security;
