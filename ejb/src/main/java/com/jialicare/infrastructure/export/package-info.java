/**
 * Documents for auditors and for filing: an application's lines as Excel (Apache POI) and its approval sheet as PDF
 * (OpenPDF, with a subset of Noto Sans CJK SC embedded; the build copies the font into the jar), worded from the
 * {@code export} bundle beside them ({@link com.jialicare.infrastructure.export.ExportTexts}), codes included.
 */
package com.jialicare.infrastructure.export;
