/** The PrimeFaces UI: backing beans named after the users' tasks, one package per area. */
package com.jialicare.interfaces.web;
