/**
 * The bed board's read side: each home's bed timeline (every bed with the spans it was held), cached between
 * requests ({@link com.jialicare.application.carehome.BedTimelines}, bounded by weight) and dropped when a
 * change of the home's beds or stays commits ({@link com.jialicare.application.carehome.BedsChanged}: also an
 * absence or a reassessment, as the tiles show them); and the board's layout by building, floor and room with
 * its filters ({@link com.jialicare.application.carehome.BedBoardView}).
 */
package com.jialicare.application.carehome;
