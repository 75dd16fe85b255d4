/** Documents for auditors: an application's lines as Excel (Apache POI) and its approval sheet as PDF (OpenPDF). */
package com.jialicare.infrastructure.export;
