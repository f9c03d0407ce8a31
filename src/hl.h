/*
 * hl.h: a highlight class for every byte of the text, computed once from
 * the model (kilo's idea): views map classes to styles and never look at
 * entities or claims themselves.
 */
#ifndef PARTYLINE_HL_H
#define PARTYLINE_HL_H

#include "model.h"

#define HL_TITLE	0x01
#define HL_BOILER	0x02
#define HL_SOURCE	0x04
#define HL_CUE		0x08
#define HL_CONTENT	0x10
#define HL_QUOTE	0x20

struct hl_class {
	uint8_t ent;	/* 0, or 1 + enum ent_type of the mention here */
	uint8_t flags;
};

struct hl_index;

struct hl {
	struct hl_class *v;	/* one per byte of [base, base + n) */
	size_t n, cap;
	uint32_t base;
	struct hl_index *ix;	/* a window's look-ups, or NULL: whole text */
};

/* The classes of the whole text (base 0). */
struct hl *hl_new(const struct doc *);
/*
 * The classes of one span at a time (the dump, a paragraph a line at a
 * time: a byte per paragraph byte instead of two per byte of a 30 MB
 * text). hl_window_fill makes v hold [start, end); read with hl_at.
 */
struct hl *hl_window_new(const struct doc *);
void hl_window_fill(struct hl *, const struct doc *, uint32_t start,
    uint32_t end);
void hl_free(struct hl *);

/* The class of byte off, which the last fill covered. */
static inline const struct hl_class *
hl_at(const struct hl *h, uint32_t off)
{
	return &h->v[off - h->base];
}

#endif
