/*
 * entities_int.h: what the files of the entity engine share (entities.c,
 * entities_units.c, entities_shapes.c, entities_names.c, entities_org.c,
 * entities_passes.c): the state of one chunk of sentences (struct ent),
 * its units (struct unit) and the names the shapes found (struct found),
 * and the letters of the word classes.
 */
#ifndef PARTYLINE_ENTITIES_INT_H
#define PARTYLINE_ENTITIES_INT_H

#include <stdint.h>

#include "coref.h"
#include "lexicon.h"
#include "model.h"

struct ent_tok {
	uint64_t hash;		/* hash of the folded token, 0 if none */
	uint32_t fold;		/* offset of the folded token */
	uint16_t flen;
	/*
	 * Its LEXICON_MARK_* (a hyphen, a capital), from the fold's loads:
	 * the word tests each scanned the word for them again.
	 */
	uint8_t has;
};

struct unit {
	uint32_t tok, ntok;	/* tokens */
	char cls;
	uint8_t kind;		/* lexicon mention kind */
	uint8_t tclass;		/* title class */
	uint8_t place;		/* a lexicon form that is also a place */
	uint8_t claimed;
	uint8_t shout;		/* a word in a run of capitals (CALLED OUT) */
	uint8_t skip;		/* bytes of a status before it (Ex-): no
				   part of a name */
	int canon;		/* lexicon canon, or -1 */
	int sent;
	int cand;		/* candidate made for it, or -1 */
	int fend;		/* found name ending with it, or -1 */
	int fstart;		/* found name starting with it, or -1 */
};

/* A name found by a shape, before it becomes a candidate. */
struct found {
	uint32_t u0, u1;	/* units [u0, u1) */
	enum cand_what what;
	enum ent_type type;
	int affil_unit;		/* unit naming its affiliation, or -1 */
	uint32_t r0, r1;	/* units of the role, if r1 > r0 */
	int honorific;
	int personish;		/* a lone name in a person's place */
	int its;		/* its chief executive: the latest body's */
	int common;		/* also written in small letters: a noun */
	int acronym_of;		/* found index, or -1 */
	int acronym_unit;	/* or: unit of the lexicon entity, or -1 */
	int country_unit;	/* nominal: unit of its country word, or -1 */
	int direct;		/* nominal: that unit's entity itself */
};

/* Bits of the set of a chunk's words in small letters (2 KB). */
#define ENTITIES_LOWER_BITS (1u << 14)

/* The bit of hash h in that set: its top 14 bits. */
static inline size_t
entities_lower_bit(uint64_t h)
{
	return (size_t)(h >> 50);
}

/* The engine's state: one chunk's units, and the document's candidates. */
struct ent {
	struct doc *d;
	const struct lexicon *lx;
	size_t tok0;			/* first token of the chunk */
	size_t sent0;			/* first sentence of the chunk */
	VEC(uint32_t) headline;		/* per sentence of the chunk: end of
					   its Title Case head, or 0 */
	size_t role0;			/* first role of the chunk */
	uint64_t present[2];		/* unit classes in the chunk */
	VEC(struct ent_tok) tt;
	VEC(char) fold;
	VEC(struct unit) units;
	VEC(char) shape;
	VEC(struct found) found;
	VEC(struct pending_role) roles;
	VEC(int) role_affil_unit;
	VEC(struct cand) cands;
	VEC(struct cand_link) links;	/* of the candidates that have one */
	/*
	 * Bits of the hashes of the chunk's words that start with a small
	 * letter (entities_fold): a word whose bit is clear is none of them.
	 */
	uint64_t lower[ENTITIES_LOWER_BITS / 64];
};

/*
 * The entity engine's letter for a word's first class of words.tsv (see
 * lexicon.h), and for its first class when capitalised; 0 if none.
 */
extern const char entities_wletter[WC_CAP_LAST + 1];

static inline char
entities_wclass(const struct lexicon_entry *e)
{
	return e != NULL && e->wclass != 0 ? entities_wletter[e->wclass - 1] : 0;
}

static inline char
entities_wcap(const struct lexicon_entry *e)
{
	return e != NULL && e->wcap != 0 ? entities_wletter[e->wcap - 1] : 0;
}

/*
 * Is class c one of the letters of set (strchr("RO", c) with no call: the
 * set is a constant, the loop unrolled into compares)? c is never 0.
 */
static inline int
entities_in(char c, const char *set)
{
	for (; *set != '\0'; set++)
		if (*set == c)
			return 1;
	return 0;
}

/* Are units [a, b) all unclaimed? */
static inline int
entities_free(const struct ent *en, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (en->units.v[a].claimed)
			return 0;
	return 1;
}

static inline void
entities_claim(struct ent *en, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		en->units.v[a].claimed = 1;
}

/*
 * Bytes from a capital "The" right before unit u to u, when u starts a
 * body's name (type) after a word in small letters (entities.c), or 0.
 */
uint8_t entities_the(const struct ent *en, uint32_t u, int type);

#endif
