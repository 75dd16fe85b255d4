/** Technical plumbing under the application services: persistence, security, start-up, exports. */
package com.jialicare.infrastructure;
