/** What happens when the application starts: the first administrator, and the demo city in demo mode. */
package com.jialicare.application.bootstrap;
