/*
 * cues.h: the table of claim cues from cues.tsv (say, allege, believe,
 * decide to, according to, ...), owned by the lexicon, read by claims.
 */
#ifndef PARTYLINE_CUES_H
#define PARTYLINE_CUES_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* What a cue takes after it (the frame column). */
#define CUE_THAT	0x0001	/* a clause, "that" optional */
#define CUE_QUOTE	0x0002	/* a direct quotation, also inverted */
#define CUE_TO		0x0004	/* an infinitive */
#define CUE_OBJ		0x0008	/* a noun phrase */
#define CUE_IOBJ	0x0010	/* a listener before the clause */
#define CUE_OF		0x0020	/* of ..., for ..., with ..., against ... */
#define CUE_NOUN	0x0040	/* the cue is a noun */
#define CUE_SOURCE	0x0080	/* the source follows: according to X */
#define CUE_WHETHER	0x0100	/* whether ... */
#define CUE_CLAUSE	0x0200	/* a clause without "that" */
#define CUE_ADJ		0x0400	/* an adjective after "be": is critical of */
#define CUE_BY		0x0800	/* a passive with its agent: was reported by X */

struct cue {
	char *lemma;
	enum claim_kind kind;
	unsigned frame;
};

/* One match of a cue form at a token. */
struct cue_hit {
	const struct cue *cue;
	size_t ntok;		/* tokens the form covers */
	int ing;		/* the form is a participle (-ing) */
	int base;		/* the form is the lemma: say, plan, show */
};

struct cues;

/* Load a cues file; NULL and *cause ("FILE:LINE: message") on error. */
struct cues *cues_load(const char *path, char **cause);
/* Parse cues from text in memory; name is used in messages. */
struct cues *cues_parse(const char *name, const char *text, size_t len,
    char **cause);
struct cues *cues_new(void);
void cues_free(struct cues *);
/* Number of cue forms loaded. */
size_t cues_count(const struct cues *);

/*
 * Cues whose form starts at token k (tokens before end only), longest
 * first: fills up to max hits and returns how many.
 */
int cues_match(const struct cues *, const struct doc *, size_t k, size_t end,
    struct cue_hit *hits, int max);
/*
 * The lengths of cues' first words (bit n, 31 for longer) by their first
 * two letters and by their last two, a filter before the hash; the first
 * member of struct cues, so that cues_maybe, asked about every word of
 * the text, is inline. (By the last letter alone, two words in three it
 * let through were none: with, would, more, their.)
 */
struct cues_filter {
	uint32_t pair[27 * 27];
	uint32_t last[27 * 27];
};

/* A byte's filter index: a letter's place in the alphabet, else 26. */
static inline size_t
cues_letter(unsigned char b)
{
	b |= 0x20;
	return b >= 'a' && b <= 'z' ? (size_t)(b - 'a') : 26;
}

/* The filter's slots of the word of n bytes (at least one) at p: by its
 * first two letters, by its last two. */
static inline size_t
cues_first_slot(const unsigned char *p, size_t n)
{
	return cues_letter(p[0]) * 27 + (n > 1 ? cues_letter(p[1]) : 26);
}

static inline size_t
cues_last_slot(const unsigned char *p, size_t n)
{
	return (n > 1 ? cues_letter(p[n - 2]) : 26) * 27 +
	    cues_letter(p[n - 1]);
}

/* The filter bit of a word of n bytes. */
static inline uint32_t
cues_lenbit(size_t n)
{
	return (uint32_t)1 << (n < 31 ? n : 31);
}

/*
 * May a cue start with the word of n bytes at s? A cheap filter: 0 means
 * no, 1 means perhaps (cues_match tells).
 */
static inline int
cues_maybe(const struct cues *c, const char *s, size_t n)
{
	const struct cues_filter *f =
	    (const struct cues_filter *)(const void *)c;
	const unsigned char *p = (const unsigned char *)s;
	uint32_t bit = cues_lenbit(n);

	if (c == NULL || n == 0)
		return 0;
	return (f->pair[cues_first_slot(p, n)] & bit) &&
	    (f->last[cues_last_slot(p, n)] & bit);
}
#endif
