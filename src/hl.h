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

struct hl {
	struct hl_class *v;	/* one per byte of the text */
	size_t n;
};

struct hl *hl_new(const struct doc *);
void hl_free(struct hl *);

#endif
