/**
 * Documents for auditors: an application's lines as Excel (Apache POI) and its approval sheet as PDF (OpenPDF),
 * worded from the {@code export} bundle beside them ({@link com.jialicare.infrastructure.export.ExportTexts}).
 */
package com.jialicare.infrastructure.export;
