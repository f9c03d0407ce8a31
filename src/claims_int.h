/*
 * claims_int.h: what the files of the claim engine share (claims.c,
 * claims_np.c, claims_content.c, claims_shapes.c, claims_quote.c,
 * claims_headline.c): the state of one run over a document (struct
 * claims) and the reading of its tokens: a token's word classes
 * (data/words.tsv, looked up once and kept in the went cache), its flags,
 * its punctuation.
 */
#ifndef PARTYLINE_CLAIMS_INT_H
#define PARTYLINE_CLAIMS_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cues.h"
#include "lexicon.h"
#include "model.h"

#define CLAIMS_MAXHITS 8

struct claims {
	struct doc *d;
	const struct cues *cues;
	const struct lexicon *lx;	/* NULL in some tests */
	/*
	 * The paired quotation marks' tokens in text order, opening,
	 * closing, opening...: a pair never nests nor crosses another (was
	 * an int per token, 23 MB on 30 MB of text, nearly all -1).
	 */
	VEC(uint32_t) paired;
	/* every opening mark's token, paired or not, in text order: the
	 * quotes stage reads these, not every token again */
	VEC(uint32_t) opens;
	const struct lexicon *words;	/* word classes; lx, or words only */
	struct claims_went *went;	/* recent tokens' entries */
	size_t wmask;		/* slots of went, less one */
	uint32_t *para_end;	/* per paragraph: one past its last token */
	size_t sf, se;		/* tokens of the current sentence */
	size_t pf, pe;		/* tokens of the current paragraph */
	size_t first;		/* first claim of the current sentence */
	int title;		/* the sentence is in title case */
	long lead;		/* a leading "According to X," claim, or -1 */
};

/*
 * The word entries of recent tokens, token k in slot k & wmask: the engine
 * reads around its sentence, and a slot per token of a 30 MB text was
 * 45 MB. As many slots as tokens, up to CLAIMS_WENT (1 MB).
 */
#define CLAIMS_WENT	65536
struct claims_went {
	size_t k;		/* 1 + the token, or 0 */
	const struct lexicon_entry *e;
};

/*
 * The word classes of token k (data/words.tsv, through the lexicon), looked
 * up the first time they are asked for: none for marks, capitals (US, IT)
 * and unknown words.
 */
const struct lexicon_entry *claims_word_find(const struct claims *c, size_t k);

/* The cues that start at word token k, up to CLAIMS_MAXHITS. */
int claims_cues(const struct claims *c, size_t k, struct cue_hit *hits);

/* Index of the token that starts at byte off (binary search), or -1. */
long claims_tok_at(const struct doc *d, uint32_t off);

/* The lexicon entry of token k, if a word (claims_word_find the first time). */
static inline const struct lexicon_entry *
claims_word(const struct claims *c, size_t k)
{
	const struct claims_went *w = &c->went[k & c->wmask];

	return w->k == k + 1 ? w->e : claims_word_find(c, k);
}

/* Is token k a word of class wc? */
static inline int
claims_has(const struct claims *c, size_t k, enum word_class wc)
{
	return lexicon_word_is(claims_word(c, k), wc);
}

/* Is token k the word w (any case)? */
static inline int
claims_is(const struct claims *c, size_t k, const char *w)
{
	const struct lexicon_entry *e = claims_word(c, k);

	return e != NULL && e->keylen == strlen(w) &&
	    memcmp(lexicon_key(c->words, e), w, e->keylen) == 0;
}

/* Is token k the punctuation mark p (one ASCII byte)? */
static inline int
claims_punct(const struct claims *c, size_t k, char p)
{
	const struct token *t = &c->d->toks.v[k];

	return !(t->flags & TOK_WORD) && tok_end(t) - t->start == 1 &&
	    c->d->text[t->start] == p;
}

static inline uint32_t
claims_flags(const struct claims *c, size_t k)
{
	return c->d->toks.v[k].flags;
}

/* May token k end a claim's content: a word, a closing quote, the % of
 * "sales rose 5%." (not the period)? */
static inline int
claims_ends_content(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	/* she denies it is Mr Bell's: the possessive ends it */
	return (t->flags & (TOK_WORD | TOK_CLOSEQ)) || claims_punct(c, k, '%') ||
	    ((t->flags & TOK_POSS) && c->d->text[tok_end(t) - 1] == 's');
}

/* Does token k end a sentence (. ! ? …)? */
static inline int
claims_final(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return !(t->flags & TOK_WORD) && (strchr(".!?", c->d->text[t->start])
	    != NULL || (tok_end(t) - t->start == 3 &&
	    memcmp(c->d->text + t->start, "\xe2\x80\xa6", 3) == 0));
}

/* Is token k a dash (— ― –, or "--")? */
static inline int
claims_dash(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];
	const char *x = c->d->text + t->start;
	size_t n = tok_end(t) - t->start;

	if (t->flags & TOK_WORD)
		return 0;
	if (n == 3)
		return memcmp(x, "\xe2\x80\x94", 3) == 0 || memcmp(x,
		    "\xe2\x80\x95", 3) == 0 || memcmp(x, "\xe2\x80\x93", 3) == 0;
	/* "--", one token or two, or a hyphen between spaces */
	return (n == 2 && memcmp(x, "--", 2) == 0) || (n == 1 && x[0] == '-' &&
	    t->start > 0 && tok_end(t) < c->d->len && (x[1] == '-' || x[-1] == '-' ||
	    (x[-1] == ' ' && x[1] == ' ')));
}

/* The quotation mark paired with token k, or -1. */
static inline long
claims_pair(const struct claims *c, size_t k)
{
	size_t lo = 0, hi = c->paired.n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->paired.v[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->paired.n && c->paired.v[lo] == k ?
	    (long)c->paired.v[lo ^ 1] : -1;
}

/*
 * The last token of the quote opened at k before paragraph end pe. A mark
 * left open is closed by the quote the next opening mark starts after a
 * sentence's end (“A. “B.”: quotes of several sentences reopen each
 * one), else by pe (a quote inside it: “A “b” c.”).
 */
static inline size_t
claims_open_end(const struct claims *c, size_t k, size_t pe)
{
	long q;

	for (;;) {
		if ((q = claims_pair(c, k)) >= 0)
			return (size_t)q;
		while (++k < pe && !(c->d->toks.v[k].flags & TOK_OPENQ))
			;
		if (k >= pe || !claims_final(c, k - 1))
			return pe - 1;
	}
}

/* The last token of the quote opened at k (claims_open_end). */
static inline size_t
claims_quote_end(const struct claims *c, size_t k)
{
	return claims_open_end(c, k, c->pe);
}

#endif
