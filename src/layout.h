/*
 * layout.h: wrapping paragraphs to a width and mapping between byte offsets
 * and screen cells. A layout depends on the document text and the width
 * only: a new width means a new layout; colours and claims never do.
 */
#ifndef PARTYLINE_LAYOUT_H
#define PARTYLINE_LAYOUT_H

#include "model.h"

#define LAYOUT_TAB 8

/* One screen line: a byte span of the text, or a gap between paragraphs. */
struct layout_line {
	uint32_t start, end;	/* end excludes trailing spaces */
	int para;		/* paragraph index, -1 for a gap line */
};

/* One character on a line: its bytes and its columns. */
struct layout_cell {
	uint32_t start, end;
	int col, width;		/* width 0 for combining marks */
};

struct layout {
	int width;
	VEC(struct layout_line) lines;
};

struct layout *layout_new(const struct doc *, int width);
void layout_free(struct layout *);

/* The width of character c at column col (tabs expand). */
int layout_char_width(uint32_t c, int col);
/* Next cell of line l after *cell (start with cell->end = l->start,
 * cell->col = 0, cell->width = 0); 0 at the line's end. */
int layout_next_cell(const struct doc *, const struct layout *,
    const struct layout_line *, struct layout_cell *);
/* Columns the line takes. */
int layout_line_width(const struct doc *, const struct layout *,
    const struct layout_line *);
/* Index of the line holding byte off (the last line at or before it). */
size_t layout_line_of(const struct layout *, uint32_t off);
/* Column of byte off on line l (its end column if off is past the line). */
int layout_col_of(const struct doc *, const struct layout *,
    const struct layout_line *, uint32_t off);
/* Byte offset shown at column col of line l (line end if past it). */
uint32_t layout_offset_at(const struct doc *, const struct layout *,
    const struct layout_line *, int col);

#endif
