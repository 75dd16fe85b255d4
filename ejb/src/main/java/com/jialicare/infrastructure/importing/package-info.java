/** Reading residents from an Excel workbook (Apache POI) into plain rows for the registry to check. */
package com.jialicare.infrastructure.importing;
