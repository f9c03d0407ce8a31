/*
 * claims.c: finds attributed claims. Every sentence is scanned once for
 * cues (a hash look-up a token); around a cue the engine tries the shapes
 * news uses, nearest first, from one table (claims_shapes: a name, what
 * the shape needs of its cue, and its try function):
 *
 *	“CONTENT,” said SOURCE	/ “CONTENT,” SOURCE said
 *	SOURCE CUE (that) CONTENT / SOURCE CUE: “CONTENT”
 *	CONTENT, SOURCE said	/ CONTENT, said SOURCE
 *	..., claiming CONTENT	(participle: the source of the clause before)
 *	CONTENT, according to SOURCE / According to SOURCE, CONTENT
 *	SOURCE’s decision to CONTENT (noun cues)
 *
 * A cue takes its auxiliaries and adverbs (has long suspected). Cues inside
 * quotation marks belong to the quoted speaker and are left alone; so are
 * questions the writer asks and cues with no source. Afterwards quotes that
 * continue a claim extend it and quotes with no cue inherit the last
 * speaker; speakers.c resolves who spoke and parties.c groups the claims.
 *
 * Over 1,200 lines for now: issue 8 splits it along its seams: the noun-
 * phrase chunker (shared with speakers.c), the shapes and their table, the
 * passes after the shapes (quotes, headlines, trimming); not done yet.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "affil.h"
#include "claims.h"
#include "cues.h"
#include "lexicon.h"
#include "util.h"

#define CLAIMS_MAXHITS 8
#define CLAIMS_NP_MAX 10

struct claims {
	struct doc *d;
	const struct cues *cues;
	const struct lexicon *lx;	/* NULL in some tests */
	int *pair;		/* per token: the matching quotation mark, or -1 */
	const struct lexicon *words;	/* word classes; lx, or words only */
	const struct lexicon_entry **went;	/* per token: its word entry */
	size_t *para_end;	/* per paragraph: one past its last token */
	size_t sf, se;		/* tokens of the current sentence */
	size_t pf, pe;		/* tokens of the current paragraph */
	size_t first;		/* first claim of the current sentence */
	int title;		/* the sentence is in title case */
	long lead;		/* a leading "According to X," claim, or -1 */
};

static long claims_tok_at(const struct doc *, uint32_t);
static const struct lexicon_entry *claims_word_find(const struct claims *,
    size_t);

/* A token's word entry not yet looked up. */
static const struct lexicon_entry claims_unknown;

/* The lexicon entry of token k, if a word (claims_word_find the first time). */
static inline const struct lexicon_entry *
claims_word(const struct claims *c, size_t k)
{
	const struct lexicon_entry *e = c->went[k];

	return e != &claims_unknown ? e : claims_word_find(c, k);
}
static int claims_np_opener(const struct claims *, size_t);

/*
 * The word classes of token k (data/words.tsv, through the lexicon), looked
 * up the first time they are asked for: none for marks, capitals (US, IT)
 * and unknown words.
 */
static const struct lexicon_entry *
claims_word_find(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];
	size_t n = t->end - t->start;

	if (c->words == NULL || !(t->flags & TOK_WORD) ||
	    (t->flags & TOK_UPPER) || n >= 32)
		return c->went[k] = NULL;
	return c->went[k] = lexicon_word(c->words, c->d->text + t->start, n);
}

/* Is token k a word of class wc? */
static int
claims_has(const struct claims *c, size_t k, enum word_class wc)
{
	return lexicon_word_is(claims_word(c, k), wc);
}

/* Is token k the word w (any case)? */
static int
claims_is(const struct claims *c, size_t k, const char *w)
{
	const struct lexicon_entry *e = claims_word(c, k);

	return e != NULL && e->keylen == strlen(w) &&
	    memcmp(lexicon_key(c->words, e), w, e->keylen) == 0;
}

/* Is token k the punctuation mark p (one ASCII byte)? */
static int
claims_punct(const struct claims *c, size_t k, char p)
{
	const struct token *t = &c->d->toks.v[k];

	return !(t->flags & TOK_WORD) && t->end - t->start == 1 &&
	    c->d->text[t->start] == p;
}

static uint32_t
claims_flags(const struct claims *c, size_t k)
{
	return c->d->toks.v[k].flags;
}

/* Does token k end a sentence (. ! ? …)? */
static int
claims_final(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return !(t->flags & TOK_WORD) && (strchr(".!?", c->d->text[t->start])
	    != NULL || (t->end - t->start == 3 &&
	    memcmp(c->d->text + t->start, "\xe2\x80\xa6", 3) == 0));
}

/* Pair the double quotation marks of every paragraph. */
static void
claims_pair_quotes(struct claims *c)
{
	struct doc *d = c->d;
	size_t i, k;
	long open = -1;
	int para = -1;

	c->pair = xmalloc((d->toks.n + 1) * sizeof *c->pair);
	c->para_end = xcalloc(d->paras.n + 1, sizeof *c->para_end);
	for (k = 0; k < d->toks.n; k++)
		c->pair[k] = -1;
	for (i = 0; i < d->sents.n; i++) {
		const struct sentence *s = &d->sents.v[i];

		if (s->para != para) {
			para = s->para;
			open = -1;
		}
		c->para_end[s->para] = s->tok_first + s->tok_count;
		for (k = s->tok_first; k < s->tok_first + s->tok_count; k++) {
			if (d->toks.v[k].flags & TOK_OPENQ)
				open = (long)k;
			else if ((d->toks.v[k].flags & TOK_CLOSEQ) && open >= 0) {
				c->pair[open] = (int)k;
				c->pair[k] = (int)open;
				open = -1;
			}
		}
	}
}

/* Is token k an adverb in -ly (sharply, cynically), not a noun (family)? */
static int
claims_ly_adverb(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return (t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) == TOK_WORD &&
	    t->end - t->start >= 5 && memcmp(c->d->text + t->end - 2, "ly",
	    2) == 0 && !claims_has(c, k, WC_LY_NOUN);
}

/*
 * The first token of the cue at k with its auxiliaries and adverbs. A
 * capitalised one is a name (Theresa May said, Will Holm).
 */
static size_t
claims_aux_start(const struct claims *c, size_t k)
{
	size_t a = k;
	int n = 0;

	while (a > c->sf && n < 4 && !(claims_flags(c, a - 1) & TOK_CAP) &&
	    (claims_has(c, a - 1, WC_AUX) || claims_has(c, a - 1, WC_CUE_ADV) ||
	    claims_ly_adverb(c, a - 1))) {
		a--;
		n++;
	}
	/* an adverb heading the sentence is not part of the cue */
	while (a < k && !claims_has(c, a, WC_AUX) &&
	    (a == c->sf || claims_punct(c, a - 1, ',')) &&
	    claims_has(c, a, WC_CUE_ADV))
		a++;
	return a;
}

/*
 * Is the cue at k passive (was said, is believed)? An adjective cue takes
 * its "be" (Graham has been critical of Trump).
 */
static int
claims_passive(const struct claims *c, size_t a, size_t k,
    const struct cue_hit *h)
{
	size_t j;

	if (h->ing || (h->cue->frame & CUE_ADJ))
		return 0;
	for (j = k; j > a; j--)
		if (claims_has(c, j - 1, WC_BE))
			return 1;
	return 0;
}

/* Is token k a mark inside a name, with no space around it (A/S, B&W)? */
static int
claims_inword_mark(const struct claims *c, size_t k)
{
	const struct token *t = c->d->toks.v;

	return k > c->sf && k + 1 < c->se && !(t[k].flags & TOK_WORD) &&
	    t[k].end - t[k].start == 1 && strchr("/&+", c->d->text[t[k].start]) !=
	    NULL && (t[k - 1].flags & t[k + 1].flags & TOK_WORD) &&
	    t[k - 1].end == t[k].start && t[k].end == t[k + 1].start;
}

/* May token k be part of a noun phrase (not a stop word or a mark)? */
static int
claims_np_word(const struct claims *c, size_t k)
{
	uint32_t f = claims_flags(c, k);

	if (!(f & TOK_WORD))
		return (f & TOK_POSS) != 0 || claims_inword_mark(c, k);
	/* a capitalised modal inside a sentence is a name (Theresa May) */
	if ((f & TOK_CAP) && k > c->sf && claims_has(c, k, WC_AUX) &&
	    !claims_has(c, k, WC_NP_STOP))
		return 1;
	return !claims_has(c, k, WC_NP_STOP) && !claims_has(c, k, WC_AUX) &&
	    !claims_has(c, k, WC_CUE_ADV);
}

/* Is token k the period of a short title before a name (Mr. Lund)? */
static int
claims_title_dot(const struct claims *c, size_t k)
{
	const struct token *p = &c->d->toks.v[k - 1];

	return claims_punct(c, k, '.') && (p->flags & TOK_CAP) &&
	    p->end == c->d->toks.v[k].start && p->end - p->start <= 4 &&
	    (claims_flags(c, k + 1) & TOK_CAP);
}

/*
 * Is token k the period of an abbreviated title before a name (said Mr.
 * Lund, said Gen. Tamm)? The lexicon's abbreviations; with no lexicon, a
 * short capitalised word.
 */
static int
claims_abbrev_dot(const struct claims *c, size_t k)
{
	const struct token *p, *t;

	if (c->lx == NULL)
		return claims_title_dot(c, k);
	p = &c->d->toks.v[k - 1];
	t = &c->d->toks.v[k];
	return claims_punct(c, k, '.') && (p->flags & TOK_CAP) &&
	    p->end == t->start && (claims_flags(c, k + 1) & TOK_CAP) &&
	    lexicon_is_abbrev(c->lx, c->d->text + p->start, t->end - p->start);
}

/*
 * The noun phrase that ends at token last, within [lo, last]: its first
 * token in *first. A pronoun stands alone; a determiner opens the phrase;
 * "of" and "and" join capitalised names (Joel Smith of Acme).
 */
static int
claims_np_left(const struct claims *c, size_t last, size_t lo, size_t *first)
{
	size_t j = last, n = 0;
	uint32_t inq = claims_flags(c, last) & TOK_INQUOTE;

	if (last < lo || !(claims_flags(c, last) & TOK_WORD))
		return 0;
	if (claims_has(c, last, WC_PRONOUN)) {
		*first = last;
		return 1;
	}
	for (;;) {
		if ((claims_flags(c, j) & TOK_INQUOTE) != inq)
			break;
		/* "in a radio interview Holm said": the venue is no speaker */
		if (j < last && n > 0 && claims_has(c, j, WC_VENUE) &&
		    !(claims_flags(c, j) & TOK_CAP))
			break;
		if (claims_has(c, j, WC_DET) && !claims_inword_mark(c, j + 1)) {
			n++;
			*first = j;
			return n > 1;
		}
		if ((claims_is(c, j, "of") || claims_is(c, j, "and")) && n > 0 &&
		    j > lo && (claims_flags(c, j + 1) & TOK_CAP) &&
		    (claims_flags(c, j - 1) & (TOK_CAP | TOK_POSS | TOK_UPPER))) {
			n++;
			j--;
			continue;
		}
		if (n > 0 && j > lo && claims_title_dot(c, j)) {
			j--;	/* Ms. Lund, Sen. Ames */
			continue;
		}
		if (!claims_np_word(c, j) || n >= CLAIMS_NP_MAX)
			break;
		n++;
		*first = j;
		if (j == lo)
			break;
		j--;
	}
	if (n == 0 || (claims_flags(c, *first) & TOK_POSS))
		return 0;
	return 1;
}

/* The noun phrase that starts at token k, up to a mark: last in *last. */
static int
claims_np_right(const struct claims *c, size_t k, size_t hi, size_t *last)
{
	size_t j = k, n = 0, lst = SIZE_MAX;

	if (k >= hi || !(claims_flags(c, k) & TOK_WORD))
		return 0;
	if (claims_has(c, k, WC_PRONOUN)) {
		*last = k;
		return 1;
	}
	for (; j < hi && n < CLAIMS_NP_MAX; j++) {
		if ((claims_is(c, j, "of") || claims_is(c, j, "and")) && n > 0 &&
		    j + 1 < hi && (claims_flags(c, j + 1) & TOK_CAP))
			continue;
		if (claims_has(c, j, WC_DET) && n == 0 &&
		    !claims_inword_mark(c, j + 1)) {
			n++;
			continue;
		}
		/* a title's period: Mr. Lund, Gen. Tamm */
		if (n > 0 && lst == j - 1 && j + 1 < hi && claims_abbrev_dot(c, j))
			continue;
		if (!claims_np_word(c, j) || claims_has(c, j, WC_TIME))
			break;
		n++;
		lst = j;
	}
	if (lst == SIZE_MAX || !(claims_flags(c, lst) & TOK_WORD) ||
	    claims_has(c, lst, WC_DET))
		return 0;	/* a determiner alone is no phrase */
	*last = lst;
	return 1;
}

/* Skip time and venue adverbials after a cue (on Tuesday, in a statement). */
static size_t
claims_skip_adverbials(const struct claims *c, size_t j)
{
	for (;;) {
		if (j < c->se && claims_has(c, j, WC_TIME)) {
			j++;
			continue;
		}
		if (j + 1 < c->se && claims_is(c, j, "on") &&
		    claims_has(c, j + 1, WC_TIME)) {
			j += 2;
			continue;
		}
		if (j + 2 < c->se && (claims_is(c, j, "in") || claims_is(c, j, "on")) &&
		    (claims_has(c, j + 1, WC_DET) && claims_has(c, j + 2, WC_VENUE))) {
			j += 3;
			continue;
		}
		if (j + 1 < c->se && (claims_is(c, j, "on") || claims_is(c, j, "in")) &&
		    claims_has(c, j + 1, WC_VENUE)) {
			j += 2;
			continue;
		}
		return j;
	}
}

/* A "that" within a few words after j (told reporters on Monday that)? */
static int
claims_find_that(const struct claims *c, size_t j, size_t *at)
{
	size_t k;

	for (k = j; k < c->se && k < j + 8; k++) {
		if (claims_is(c, k, "that") && !(claims_flags(c, k) & TOK_INQUOTE)) {
			*at = k;
			return 1;
		}
		/* an abbreviation's period (on Jan. 5) does not stop the search */
		if (!(claims_flags(c, k) & (TOK_WORD | TOK_POSS)) &&
		    !claims_punct(c, k, ',') && !(claims_punct(c, k, '.') &&
		    k > j && c->d->toks.v[k - 1].end == c->d->toks.v[k].start))
			return 0;
		if (claims_has(c, k, WC_PRONOUN) || claims_has(c, k, WC_AUX))
			return 0;
	}
	return 0;
}

/* The last token of the quote opened at k (its paragraph's end if open). */
static size_t
claims_quote_end(const struct claims *c, size_t k)
{
	return c->pair[k] >= 0 ? (size_t)c->pair[k] : c->pe - 1;
}

/* Add a claim; spans are token ranges [a, b]. */
static struct claim *
claims_add(struct claims *c, enum claim_kind kind, size_t ca, size_t cb,
    size_t xa, size_t xb)
{
	struct doc *d = c->d;
	struct claim *cl = VEC_PUSH(d->claims);

	memset(cl, 0, sizeof *cl);
	cl->kind = kind;
	cl->party = cl->speaker = -1;
	cl->cue.start = d->toks.v[ca].start;
	cl->cue.end = d->toks.v[cb].end;
	cl->content.start = d->toks.v[xa].start;
	cl->content.end = d->toks.v[xb].end;
	cl->quoted = (d->toks.v[xa].flags & TOK_OPENQ) != 0;
	return cl;
}

static void
claims_set_source(struct claims *c, struct claim *cl, size_t a, size_t b)
{
	cl->has_source = true;
	cl->source.start = c->d->toks.v[a].start;
	cl->source.end = c->d->toks.v[b].end;
}

/*
 * The end of content that runs from x to the sentence's end: final marks
 * dropped (not a closing quote), cut before ", but" and the like.
 */
static int
claims_content_end(const struct claims *c, size_t x, size_t *end)
{
	size_t e = c->se - 1, k;
	int sub = claims_has(c, c->sf, WC_SUBORD) || (c->sf + 1 < c->se &&
	    claims_has(c, c->sf, WC_CONJ) && claims_has(c, c->sf + 1, WC_SUBORD));

	for (k = c->sf; sub && k < x; k++)	/* the content is in the main clause */
		if (claims_punct(c, k, ',') && !(claims_flags(c, k) & TOK_INQUOTE))
			sub = 0;

	for (k = x + 1; k + 1 < c->se; k++) {
		/* “... money,” while ...: the quote ends the content */
		if ((claims_flags(c, k) & TOK_CLOSEQ) &&
		    claims_punct(c, k - 1, ',') && claims_has(c, k + 1, WC_CLAUSE_CUT)) {
			e = k;
			break;
		}
		if (claims_flags(c, k) & TOK_INQUOTE)
			continue;
		/* "While she conceded X, ...": the clause ends at the comma */
		if ((claims_punct(c, k, ',') && (sub || claims_has(c, k + 1,
		    WC_CLAUSE_CUT))) || claims_punct(c, k, ';')) {
			e = k - 1;
			break;
		}
	}
	while (e > x && !(claims_flags(c, e) & (TOK_WORD | TOK_CLOSEQ)) &&
	    !claims_punct(c, e, ')'))
		e--;
	if (e < x || !(claims_flags(c, e) & (TOK_WORD | TOK_CLOSEQ | TOK_PUNCT)))
		return 0;
	*end = e;
	return e > x || (claims_flags(c, x) & TOK_WORD);
}

/* Content of a quote that opens at k, and a continued quote after it. */
static size_t
claims_quote_content(const struct claims *c, size_t k)
{
	return claims_quote_end(c, k);
}

/*
 * Content [j, *xb] that ends inside a quotation which goes on past the
 * sentence (said, “the plan works. But ...”): run it to the closing mark.
 */
static void
claims_quote_tail(const struct claims *c, size_t j, size_t *xb)
{
	size_t k = *xb, q;

	if (!(claims_flags(c, k) & TOK_INQUOTE) || (claims_flags(c, k) & TOK_CLOSEQ))
		return;
	while (k > j && !(claims_flags(c, k) & TOK_OPENQ))
		k--;
	if (!(claims_flags(c, k) & TOK_OPENQ))
		return;
	q = claims_quote_end(c, k);
	if (q > *xb)
		*xb = q;
}

/*
 * Does an object and an infinitive follow at j (asked both governments to
 * let ..., urged Chile to drop ...), for a cue that takes a listener and
 * an infinitive?
 */
static int
claims_object_to(const struct claims *c, size_t j, unsigned fr)
{
	size_t sb;

	if ((fr & (CUE_IOBJ | CUE_TO)) != (CUE_IOBJ | CUE_TO) || j >= c->se ||
	    !(claims_flags(c, j) & TOK_WORD))
		return 0;
	if (claims_has(c, j, WC_LISTENER))
		sb = j;		/* urged them to, asked reporters to */
	else if (claims_has(c, j, WC_NP_STOP) || !claims_np_right(c, j, c->se, &sb))
		return 0;
	return sb + 2 < c->se && claims_is(c, sb + 1, "to") &&
	    (claims_flags(c, sb + 2) & TOK_WORD) && !claims_has(c, sb + 2, WC_DET);
}

/* Is token j "not to be" (asked not to be named): no content, a wish. */
static int
claims_anonymous(const struct claims *c, size_t j)
{
	return j + 2 < c->se && claims_is(c, j, "not") &&
	    claims_is(c, j + 1, "to") && claims_is(c, j + 2, "be");
}

/*
 * Content after a cue that ends before token j: a quote, a that-clause, an
 * infinitive, a bare clause or an object, as the cue's frame allows.
 */
static int
claims_forward(const struct claims *c, size_t j, const struct cue_hit *h,
    size_t *xa, size_t *xb)
{
	unsigned fr = h->cue->frame;
	size_t at, q;

	if (claims_find_that(c, j, &at) && (fr & (CUE_THAT | CUE_CLAUSE))) {
		*xa = at;
		if (!claims_content_end(c, at, xb) || *xb <= at)
			return 0;
		claims_quote_tail(c, at, xb);
		return 1;
	}
	j = claims_skip_adverbials(c, j);
	if (claims_object_to(c, j, fr)) {
		*xa = j;	/* asked both sides to talk: a position */
		return claims_content_end(c, j, xb) && *xb > j + 1 ? 2 : 0;
	}
	if ((fr & CUE_IOBJ) && j < c->se && claims_has(c, j, WC_LISTENER))
		j++;
	j = claims_skip_adverbials(c, j);
	if (j < c->se && (claims_punct(c, j, ':') || claims_punct(c, j, ',')))
		j++;
	if (j >= c->se)
		return 0;
	if ((claims_flags(c, j) & TOK_OPENQ) && (fr & (CUE_QUOTE | CUE_CLAUSE))) {
		q = claims_quote_end(c, j);
		/* the quote is the content when the sentence ends with it */
		if (q + 2 >= c->se || q >= c->pe - 1 ||
		    (q + 1 < c->se && claims_final(c, q + 1))) {
			*xa = j;
			*xb = claims_quote_content(c, j);
			return 1;
		}
	}
	if (claims_is(c, j, "that")) {
		if (!(fr & (CUE_THAT | CUE_CLAUSE)))
			return 0;
	} else if (claims_is(c, j, "to")) {
		if (!(fr & CUE_TO))
			return 0;
	} else if (claims_is(c, j, "of") || claims_is(c, j, "for") ||
	    claims_is(c, j, "with") || claims_is(c, j, "against")) {
		if (!(fr & CUE_OF))
			return 0;
	} else if (claims_is(c, j, "whether") || claims_is(c, j, "if")) {
		if (!(fr & (CUE_WHETHER | CUE_CLAUSE)))
			return 0;
	} else if (claims_is(c, j, "by") || claims_final(c, j))
		return 0;
	else if (!(fr & (CUE_CLAUSE | CUE_OBJ)) || claims_has(c, j, WC_NO_START) ||
	    claims_anonymous(c, j))
		return 0;
	else if (!(claims_flags(c, j) & (TOK_WORD | TOK_OPENQ | TOK_QUOTE)))
		return 0;
	*xa = j;
	if (!claims_content_end(c, j, xb) || !(*xb > j || (fr & CUE_OBJ)))
		return 0;
	claims_quote_tail(c, j, xb);
	return 1;
}


/*
 * A phrase of place or occasion that runs from token j to the sentence's
 * end (said from his office in Bergen., told a rally in Lima.): no quote,
 * no clause, no comma. The first token past it.
 */
static size_t
claims_skip_place(const struct claims *c, size_t j)
{
	size_t k;

	if (j + 1 >= c->se || !claims_has(c, j, WC_VENUE_PREP))
		return j;
	for (k = j + 1; k < c->se && k < j + 12; k++) {
		if (claims_final(c, k) && k + 1 >= c->se)
			return k;
		if (!(claims_flags(c, k) & TOK_WORD) || (claims_flags(c, k) &
		    TOK_QUOTE) || claims_has(c, k, WC_PRONOUN) ||
		    claims_has(c, k, WC_AUX) ||
		    claims_is(c, k, "that") || claims_is(c, k, "to"))
			return j;
	}
	return k >= c->se ? k : j;
}

/*
 * An apposition after an inverted source that closes the sentence (...,
 * said Rita Holm, a lawyer for the union, who ...): from the comma at j to
 * the last word; no quote, no semicolon. Its last token in *end.
 */
static int
claims_appos_after(const struct claims *c, size_t j, size_t *end)
{
	size_t k, last = j;

	if (j + 2 >= c->se || !claims_punct(c, j, ',') ||
	    !claims_np_opener(c, j + 1))
		return 0;
	for (k = j + 1; k < c->se && k < j + 30; k++) {
		if ((claims_flags(c, k) & TOK_QUOTE) || claims_punct(c, k, ';') ||
		    claims_punct(c, k, ':'))
			return 0;
		if (claims_flags(c, k) & TOK_WORD)
			last = k;
		else if (claims_final(c, k) && k + 1 < c->se)
			return 0;
	}
	if (k < c->se || last <= j + 1)
		return 0;
	*end = last;
	return 1;
}

/* Nothing but adverbials and final marks after token j in the sentence? */
static int
claims_nothing_after(const struct claims *c, size_t j)
{
	j = claims_skip_place(c, claims_skip_adverbials(c, j));
	while (j < c->se && !(claims_flags(c, j) & TOK_WORD) &&
	    !(claims_flags(c, j) & TOK_OPENQ))
		j++;
	return j >= c->se;
}

/* Content before a comma at token k: the quote closing there, or the clause. */
static int
claims_backward(const struct claims *c, size_t k, size_t *xa, size_t *xb)
{
	size_t e = k, j;

	if (claims_punct(c, e, ',') && e > c->pf)
		e--;
	if ((claims_flags(c, e) & TOK_CLOSEQ) && c->pair[e] >= 0) {
		*xa = (size_t)c->pair[e];
		*xb = e;
		/* The deal “looks out for funds,” he wrote: the clause is content */
		if (*xa > c->sf && *xa < e && !(claims_flags(c, c->sf) & TOK_INQUOTE))
			for (j = *xa; j > c->sf && !claims_punct(c, j - 1, ':'); j--)
				if (claims_flags(c, j - 1) & TOK_WORD) {
					*xa = c->sf;
					break;
				}
		return 1;
	}
	if (!claims_punct(c, k, ',') || k <= c->sf)
		return 0;
	if (claims_flags(c, c->sf) & TOK_INQUOTE)
		return 0;
	*xa = c->sf;
	/* "However, exports will grow, it said": the connective is the writer's */
	if (claims_has(c, *xa, WC_CONNECTIVE) && *xa + 2 < k) {
		(*xa)++;
		if (claims_punct(c, *xa, ','))
			(*xa)++;
	}
	*xb = k - 1;
	return *xb > *xa;
}

/*
 * The subject that opens the sentence, before token k: a run of capitalised
 * words (Anna Varga of Kestrel) or a determiner and up to three words that
 * do not look like verbs (the trade minister).
 */
static int
claims_subject(const struct claims *c, size_t k, size_t *last)
{
	size_t j = c->sf, n = 0;

	if (claims_has(c, j, WC_PRONOUN))
		return 0;
	if (claims_has(c, j, WC_DET)) {
		for (j++; j < k && n < 3 && claims_np_word(c, j); j++, n++) {
			const struct token *t = &c->d->toks.v[j];

			if (t->end - t->start > 2 && memcmp(c->d->text + t->end - 2,
			    "ed", 2) == 0)
				break;
		}
	} else {
		for (; j < k && n < CLAIMS_NP_MAX; j++, n++)
			if (!(claims_flags(c, j) & (TOK_CAP | TOK_POSS)) &&
			    !((claims_is(c, j, "of") || claims_is(c, j, "and")) &&
			    j + 1 < k && (claims_flags(c, j + 1) & TOK_CAP)))
				break;
	}
	if (n == 0 || j <= c->sf)
		return 0;
	*last = j - 1;
	return 1;
}

/* Is a person, official, company or body mentioned in tokens [a, b]? */
static int
claims_named(const struct claims *c, size_t a, size_t b)
{
	const struct doc *d = c->d;
	size_t i;

	size_t lo = 0, hi = d->mentions.n;

	while (lo < hi) {	/* the first mention at or after token a */
		i = (lo + hi) / 2;
		if (d->mentions.v[i].start < d->toks.v[a].start)
			lo = i + 1;
		else
			hi = i;
	}
	for (i = lo; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start >= d->toks.v[b].end)
			break;
		if (m->start >= d->toks.v[a].start && m->entity >= 0 &&
		    d->ents.v[m->entity].type != ENT_COUNTRY)
			return 1;
	}
	return 0;
}

/* Is there a possessive in tokens [a, b] (Holm's lead: the head is no name)? */
static int
claims_has_poss(const struct claims *c, size_t a, size_t b)
{
	for (; a <= b; a++)
		if (claims_flags(c, a) & TOK_POSS)
			return 1;
	return 0;
}

/* The source for a participle (", claiming ...") whose comma is at k. */
static int
claims_participle_source(const struct claims *c, size_t k, size_t *sa,
    size_t *sb)
{
	const struct claim *p;
	size_t i, f;

	for (i = c->d->claims.n; i > c->first; i--) {
		p = &c->d->claims.v[i - 1];
		if (p->has_source && p->cue.end <= c->d->toks.v[k].start) {
			*sa = *sb = SIZE_MAX;
			return 2;
		}
	}
	/* the nearest phrase if it names an agent (from a US adviser, ...) */
	if (k > c->sf && claims_np_left(c, k - 1, c->sf, &f) &&
	    (claims_has(c, k - 1, WC_AGENT) || (claims_named(c, f, k - 1) &&
	    !claims_has_poss(c, f, k - 1)))) {
		*sa = f;
		*sb = k - 1;
		return 1;
	}
	/* else the subject of the sentence */
	if (claims_subject(c, k, sb)) {
		*sa = c->sf;
		return 1;
	}
	if (claims_has(c, c->sf, WC_PRONOUN)) {
		*sa = *sb = c->sf;
		return 1;
	}
	return 0;
}

/*
 * Is the sentence from token k a bare "Holm said (on Friday)." with no
 * comma, quote or "that" that would carry content of its own?
 */
static int
claims_bare_tail(const struct claims *c, size_t k)
{
	for (; k < c->se; k++)
		if (claims_punct(c, k, ',') || (claims_flags(c, k) & TOK_OPENQ) ||
		    claims_is(c, k, "that") || claims_punct(c, k, ':'))
			return 0;
	return 1;
}

/*
 * A quote closing right before token k (“...,” or “...”,): its tokens in
 * [*xa, *xb].
 */
static int
claims_after_quote(const struct claims *c, size_t k, size_t *xa, size_t *xb)
{
	size_t q;

	if (k <= c->pf)
		return 0;
	q = k - 1;
	if (claims_punct(c, q, ',') && q > c->pf)
		q--;
	if (!(claims_flags(c, q) & TOK_CLOSEQ) || c->pair[q] < 0)
		return 0;
	*xa = (size_t)c->pair[q];
	*xb = q;
	if (q < c->sf)
		return claims_bare_tail(c, k);
	/* a quote inside the clause ("Citing their “reveries,” Will urged") */
	for (q = *xa; q > c->sf && !claims_punct(c, q - 1, ':'); q--)
		if (claims_flags(c, q - 1) & TOK_WORD)
			return 0;
	return 1;
}


/* The cues that start at word token k, up to CLAIMS_MAXHITS. */
static int
claims_cues(const struct claims *c, size_t k, struct cue_hit *hits)
{
	const struct token *t = &c->d->toks.v[k];

	if (!cues_maybe(c->cues, c->d->text + t->start, t->end - t->start))
		return 0;
	return cues_match(c->cues, c->d, k, c->se, hits, CLAIMS_MAXHITS);
}

/* Does a cue start at one of the tokens [a, b) (According to X)? */
static int
claims_has_cue(const struct claims *c, size_t a, size_t b)
{
	struct cue_hit h[CLAIMS_MAXHITS];

	for (; a < b; a++)
		if ((claims_flags(c, a) & TOK_WORD) && claims_cues(c, a, h) > 0)
			return 1;
	return 0;
}

/* Does token k open a noun phrase: an article, a name, a number? */
static int
claims_np_opener(const struct claims *c, size_t k)
{
	return claims_has(c, k, WC_DET) || (claims_flags(c, k) & (TOK_CAP |
	    TOK_UPPER | TOK_DIGIT));
}

/*
 * The start of a noun phrase that ends at token last, with prepositional
 * complements when the whole opens a clause (the head of the port
 * authority, advisers to Mr. Obama): one before a cue, two in an
 * apposition (the editor in chief of the paper, X, said).
 */
static int
claims_np_left_pp(const struct claims *c, size_t last, size_t *first,
    int appos)
{
	enum word_class preps = appos ? WC_NP_PREP_APPOS : WC_NP_PREP;
	size_t f, g;
	int n;

	if (!claims_np_left(c, last, c->sf, &f))
		return 0;
	*first = f;
	for (n = 0; n < 1 + appos && f >= c->sf + 2 && claims_has(c, f - 1,
	    preps) && claims_np_left(c, f - 2, c->sf, &g); n++) {
		/* According to White House pool reports; travels to firm up */
		if (!appos && (claims_has_cue(c, g, f - 1) || !claims_np_opener(c, f)))
			break;
		f = g;
		if (f == c->sf || claims_punct(c, f - 1, ',')) {
			*first = f;
			break;
		}
	}
	return 1;
}

/*
 * The source phrase ending at token l: a noun phrase, or an apposition
 * before a comma (the minister, Mette Lund, said): tokens [*sa, *sb].
 */
static int
claims_np_appos(const struct claims *c, size_t l, size_t *sa, size_t *sb)
{
	size_t s2, s1;

	if (!claims_punct(c, l, ',')) {
		*sb = l;
		return claims_np_left_pp(c, l, sa, 0);
	}
	if (l < c->sf + 3 || !claims_np_left(c, l - 1, c->sf, &s2) ||
	    s2 < c->sf + 2 || !claims_punct(c, s2 - 1, ',') ||
	    !claims_np_left_pp(c, s2 - 2, &s1, 1))
		return 0;
	if (s1 > c->pf && !claims_punct(c, s1 - 1, ',') &&
	    !(claims_flags(c, s1 - 1) & TOK_CLOSEQ) && s1 != c->sf)
		return 0;
	*sa = s1;
	*sb = l - 1;
	return 1;
}

/*
 * The subject of a verb coordinated with "and" at token k: the source of an
 * earlier claim in the sentence, else the sentence's subject.
 */
static int
claims_coordinated_source(const struct claims *c, size_t k, size_t *sa,
    size_t *sb)
{
	const struct doc *d = c->d;
	size_t i;

	for (i = d->claims.n; i > c->first; i--) {
		const struct claim *p = &d->claims.v[i - 1];

		if (p->has_source && p->cue.end <= d->toks.v[k].start) {
			*sa = (size_t)claims_tok_at(d, p->source.start);
			*sb = *sa;
			while (*sb + 1 < c->se && d->toks.v[*sb + 1].end <= p->source.end)
				(*sb)++;
			return 1;
		}
	}
	if (claims_has(c, c->sf, WC_PRONOUN)) {
		*sa = *sb = c->sf;
		return 1;
	}
	if (claims_subject(c, k, sb)) {
		*sa = c->sf;
		return 1;
	}
	return 0;
}

/* Copy the source of the sentence's latest claim with one. */
static void
claims_copy_source(struct claims *c, struct claim *cl)
{
	size_t i;

	for (i = c->d->claims.n - 1; i > c->first; i--) {
		const struct claim *p = &c->d->claims.v[i - 1];

		if (p->has_source) {
			cl->has_source = true;
			cl->source = p->source;
			return;
		}
	}
}

/*
 * Does a clause begin at the phrase that starts at token k (after a comma,
 * a semicolon, "and", "though")? Titles, adverbs and time words before the
 * phrase are passed over (though Mrs. Lund said, even some allies said);
 * who and which always open one.
 */
static int
claims_clause_start(const struct claims *c, size_t k)
{
	int n = 0;

	if (claims_is(c, k, "who") || claims_is(c, k, "which"))
		return 1;
	while (k > c->sf && n++ < 4 && ((claims_flags(c, k - 1) & TOK_CAP) ||
	    claims_punct(c, k - 1, '.') || claims_has(c, k - 1, WC_CUE_ADV) ||
	    claims_has(c, k - 1, WC_TIME)) && !claims_has(c, k - 1, WC_CONJ) &&
	    !claims_has(c, k - 1, WC_SUBORD))
		k--;
	if (k <= c->sf)
		return 1;
	return claims_punct(c, k - 1, ',') || claims_punct(c, k - 1, ';') ||
	    claims_punct(c, k - 1, ':') || claims_has(c, k - 1, WC_CONJ) ||
	    claims_has(c, k - 1, WC_SUBORD);
}

/*
 * May a source at tokens [sa, sb] open a claim? Not inside the content of
 * an earlier claim of the sentence unless a clause begins there (said that
 * the ministry would declare ...: one claim). An earlier claim whose cue
 * lies inside the source is none (the bank report stated: not "report").
 */
static int
claims_accept(struct claims *c, size_t sa, size_t sb)
{
	struct doc *d = c->d;
	uint32_t a = d->toks.v[sa].start, b = d->toks.v[sb].end;
	size_t i;

	for (i = c->first; i < d->claims.n; i++) {
		const struct claim *p = &d->claims.v[i];

		if (!p->quoted && p->content.start <= a && a < p->content.end &&
		    !claims_clause_start(c, sa))
			return 0;
	}
	for (i = d->claims.n; i > c->first; i--) {
		struct claim *p = &d->claims.v[i - 1];

		if (p->cue.start >= a && p->cue.end <= b) {
			memmove(p, p + 1, (d->claims.n - i) * sizeof *p);
			d->claims.n--;
		}
	}
	return 1;
}

/* Is token k a plural noun by its ending (officials, not news, boss)? */
static int
claims_plural_word(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return (t->flags & TOK_WORD) && !(t->flags & TOK_UPPER) &&
	    t->end - t->start > 3 && c->d->text[t->end - 1] == 's' &&
	    c->d->text[t->end - 2] != 's';
}

/*
 * Can [sa, sb] be the subject of a bare verb form (say, plan)? Only a
 * plural: they, officials, Holm and Lund. "An hourlong show", "the best
 * plan" and "Ghana's vote" are nouns, not verbs.
 */
static int
claims_plural(const struct claims *c, size_t sa, size_t sb)
{
	const struct token *t = &c->d->toks.v[sb];
	size_t j;

	for (j = sa + 1; j < sb; j++)	/* the head: advisers to Mr. Obama */
		if (claims_has(c, j, WC_NP_PREP)) {
			while (j-- > sa)
				if (claims_plural_word(c, j) || claims_has(c, j, WC_PLURAL_GROUP))
					return 1;
			break;
		}
	if (claims_has(c, sb, WC_PLURAL_GROUP) || (t->flags & TOK_DIGIT))
		return 1;
	for (j = sa; j < sb; j++)
		if (claims_is(c, j, "and"))
			return 1;
	if (claims_plural_word(c, sb))
		return 1;
	/* the tail of a longer phrase (officials on the island believe) */
	for (j = sa; j <= sb; j++)
		if (claims_flags(c, j) & TOK_POSS)
			return 0;
	/* but not after "to": an infinitive's verb (to shore up support) */
	return sa > c->sf && claims_has(c, sa - 1, WC_NP_STOP) &&
	    !claims_has(c, sa - 1, WC_AUX) && !claims_has(c, sa - 1, WC_CONJ) &&
	    !claims_has(c, sa - 1, WC_PRONOUN) && !claims_is(c, sa - 1, "to");
}

/* The token before a time adverbial that ends at l (on Friday), else l. */
static size_t
claims_time_back(const struct claims *c, size_t l)
{
	size_t j = l;

	while (j > c->sf && claims_has(c, j, WC_TIME) && !claims_has(c, j, WC_CUE_ADV))
		j--;
	if (j == l)
		return l;
	if (j > c->sf && (claims_is(c, j, "on") || claims_is(c, j, "in") ||
	    claims_is(c, j, "at")))
		j--;
	return j;
}

/*
 * Is the text before the comma at l a subject with its apposition that
 * opens a clause (Peru's envoy, Ana Ruiz, rejected ...), not content?
 */
static int
claims_subject_appos(const struct claims *c, size_t l)
{
	size_t sa, sb;

	return claims_np_appos(c, l, &sa, &sb) && claims_clause_start(c, sa);
}

/* Do bytes [a, b) spell a party and state tag (D, R-Ky., D-N.Y., I-Vt)? */
static int
claims_tag_text(const char *t, uint32_t a, uint32_t b)
{
	uint32_t i;

	if (b <= a || b - a > 10 || strchr("DRI", t[a]) == NULL)
		return 0;
	if (b - a == 1)
		return 1;
	if (t[a + 1] != '-' || b - a < 3 || t[a + 2] < 'A' || t[a + 2] > 'Z')
		return 0;
	for (i = a + 3; i < b; i++)
		if (!((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z') ||
		    t[i] == '.'))
			return 0;
	return 1;
}

/*
 * The last token of a name before a party tag that ends at token l, or l
 * (Rep. Gwen Moore (D-Wis.) said; Mitch McConnell, R-Ky., said).
 */
static size_t
claims_party_tag_back(const struct claims *c, size_t l)
{
	const struct token *t = c->d->toks.v;
	char close = claims_punct(c, l, ')') ? '(' : claims_punct(c, l, ',') ?
	    ',' : 0;
	size_t j;

	if (close == 0)
		return l;
	for (j = l; j > c->sf + 1 && l - j < 6; j--)
		if (claims_punct(c, j - 1, close))
			break;
	if (j <= c->sf + 1 || l - j >= 6 || !claims_punct(c, j - 1, close) ||
	    !claims_tag_text(c->d->text, t[j].start, t[l - 1].end) ||
	    !(claims_flags(c, j - 2) & TOK_CAP))
		return l;
	return j - 2;
}

/* The source phrase before the cue, skipping a time adverbial. */
static int
claims_source_before(const struct claims *c, size_t l, size_t *sa, size_t *sb)
{
	size_t t;

	l = claims_party_tag_back(c, l);
	t = claims_time_back(c, l);

	if (t != l && claims_np_appos(c, t, sa, sb))
		return 1;
	return claims_np_appos(c, l, sa, sb);
}

/*
 * A subject that opens the sentence with a longer interruption before the
 * cue's comma at l (Mona Berg, who chairs the board, said; Lars Vik of
 * Bergen, the party's treasurer, said): a noun phrase up to a comma, then
 * no quote and no earlier claim. Tokens [*sa, l - 1].
 */
static int
claims_interrupted_subject(const struct claims *c, size_t l, size_t *sa)
{
	size_t f, k, a = c->sf;

	while (a < l && claims_has(c, a, WC_CONNECTIVE))
		a++;
	if (a < l && claims_punct(c, a, ','))
		a++;
	if (c->d->claims.n > c->first || a + 3 >= l ||
	    !(claims_flags(c, a) & (TOK_CAP | TOK_UPPER)) ||
	    claims_has(c, a, WC_SUBORD) || claims_has(c, a, WC_NP_STOP))
		return 0;
	/* the head phrase: words, titles' periods, no verb, up to a comma */
	for (f = a; f < l && f < a + 9 && !claims_punct(c, f, ','); f++)
		if (!(claims_flags(c, f) & (TOK_WORD | TOK_POSS)) &&
		    !claims_title_dot(c, f) && !claims_inword_mark(c, f))
			return 0;
		else if (claims_has(c, f, WC_AUX) ||
		    claims_has(c, f, WC_PRONOUN) || claims_has(c, f, WC_BE))
			return 0;
	if (f == a || f + 1 >= l || !claims_punct(c, f, ','))
		return 0;
	for (k = a; k < l; k++)
		if ((claims_flags(c, k) & TOK_QUOTE) || claims_punct(c, k, ';') ||
		    claims_punct(c, k, ':') || claims_punct(c, k, '(') ||
		    k > a + 30)
			return 0;
	*sa = a;
	return 1;
}

/*
 * A cue and the claim a shape finds around it. The shapes below read the
 * cue's tokens and fill in the claim's; claims_shapes_try adds it.
 */
struct claims_cue {
	const struct cue_hit *h;
	size_t k, e;		/* the cue's first token, one past its last */
	size_t a;		/* a verb's first auxiliary or adverb (has long said) */
	size_t l;		/* the token before a, or SIZE_MAX */
	int subject;		/* a subject before a verb: -1 not yet asked */
	size_t ja, jb;		/* ... its tokens */
	/* the claim found */
	enum claim_kind kind;
	size_t ca, cb, xa, xb;	/* cue and content tokens */
	enum { SRC_NONE, SRC_SPAN, SRC_COPY } source;
	size_t sa, sb;		/* source tokens (SRC_SPAN) */
	bool has_holder;	/* whose position it is (X believes Y, according to Z) */
	struct span holder;
};

/* A shape's answer: not this shape, a claim, or no claim for this cue. */
enum claims_try { TRY_NEXT, TRY_FOUND, TRY_NONE };

/* The claim found is the verb cue's, with content [xa, xb], source [sa, sb]. */
static enum claims_try
claims_found(struct claims_cue *cu, size_t xa, size_t xb, size_t sa, size_t sb)
{
	cu->ca = cu->a;
	cu->cb = cu->e - 1;
	cu->xa = xa;
	cu->xb = xb;
	cu->source = SRC_SPAN;
	cu->sa = sa;
	cu->sb = sb;
	return TRY_FOUND;
}

/* A passive cue (was said, is believed) makes no claim. */
static enum claims_try
claims_try_passive(struct claims *c, struct claims_cue *cu)
{
	return claims_passive(c, cu->a, cu->k, cu->h) ? TRY_NONE : TRY_NEXT;
}

/* “CONTENT,” said SOURCE, ... */
static enum claims_try
claims_try_quote_said(struct claims *c, struct claims_cue *cu)
{
	size_t xa, xb, sb;

	if (claims_after_quote(c, cu->a, &xa, &xb) &&
	    claims_np_right(c, cu->e, c->se, &sb))
		return claims_found(cu, xa, xb, cu->e, sb);
	return TRY_NEXT;
}

/* CONTENT, said SOURCE: a cue of speech or thought after a clause */
static enum claims_try
claims_try_comma_said(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, e = cu->e, xa, xb, sb;

	if (claims_punct(c, l, ',') &&
	    (cu->h->cue->frame & (CUE_THAT | CUE_QUOTE | CUE_CLAUSE)) &&
	    !claims_subject_appos(c, l) && !claims_has(c, e, WC_NO_START) &&
	    claims_np_right(c, e, c->se, &sb) && (claims_nothing_after(c, sb + 1) ||
	    claims_appos_after(c, sb + 1, &sb)) &&
	    claims_backward(c, l, &xa, &xb))
		return claims_found(cu, xa, xb, e, sb);
	return TRY_NEXT;
}

/* A noun before the cue (Ghana's vote, the best plan), or a nested cue. */
static enum claims_try
claims_try_no_subject(struct claims *c, struct claims_cue *cu)
{
	if ((claims_flags(c, cu->jb) & TOK_POSS) || (cu->h->base &&
	    cu->a == cu->k && !claims_plural(c, cu->ja, cu->jb)) ||
	    !claims_accept(c, cu->ja, cu->jb))
		return TRY_NONE;
	return TRY_NEXT;
}

/* “CONTENT,” SOURCE said, ... */
static enum claims_try
claims_try_quote_source_said(struct claims *c, struct claims_cue *cu)
{
	size_t xa, xb;

	if (claims_after_quote(c, cu->ja, &xa, &xb))
		return claims_found(cu, xa, xb, cu->ja, cu->jb);
	return TRY_NEXT;
}

/* CONTENT, SOURCE said. */
static enum claims_try
claims_try_comma_source_said(struct claims *c, struct claims_cue *cu)
{
	size_t sa = cu->ja, xa, xb;

	if (sa > c->sf && claims_nothing_after(c, cu->e) &&
	    claims_punct(c, sa - 1, ',') && claims_backward(c, sa - 1, &xa, &xb))
		return claims_found(cu, xa, xb, sa, cu->jb);
	return TRY_NEXT;
}

/*
 * SOURCE CUE (that) CONTENT; asking X to do Y is a position. The last
 * shape with a subject: else the cue makes no claim.
 */
static enum claims_try
claims_try_source_says(struct claims *c, struct claims_cue *cu)
{
	size_t sa = cu->ja, xa, xb;
	int r;

	if (cu->h->ing && !(sa > c->sf && claims_punct(c, sa - 1, ',')))
		return TRY_NONE;	/* "the threat of saying": no subject */
	if ((r = claims_forward(c, cu->e, cu->h, &xa, &xb)) == 0)
		return TRY_NONE;
	if (r == 2)
		cu->kind = CLAIM_POSITION;
	return claims_found(cu, xa, xb, sa, cu->jb);
}

/* SOURCE, who did this, said CONTENT */
static enum claims_try
claims_try_interrupted(struct claims *c, struct claims_cue *cu)
{
	size_t sa, xa, xb;

	if (claims_punct(c, cu->l, ',') &&
	    claims_interrupted_subject(c, cu->l, &sa) &&
	    claims_forward(c, cu->e, cu->h, &xa, &xb) == 1)
		return claims_found(cu, xa, xb, sa, cu->l - 1);
	return TRY_NEXT;
}

/* SOURCE did this and said CONTENT */
static enum claims_try
claims_try_coordinated(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, sa, sb, xa, xb;

	if (l > c->sf && claims_is(c, l, "and") &&
	    claims_coordinated_source(c, l, &sa, &sb) &&
	    claims_forward(c, cu->e, cu->h, &xa, &xb))
		return claims_found(cu, xa, xb, sa, sb);
	return TRY_NEXT;
}

/* ..., claiming CONTENT (the source of the clause before) */
static enum claims_try
claims_try_participle(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, sa, sb, xa, xb;
	int r;

	if ((claims_punct(c, l, ',') || claims_punct(c, l, ';')) &&
	    (r = claims_participle_source(c, l, &sa, &sb)) != 0 &&
	    claims_forward(c, cu->e, cu->h, &xa, &xb)) {
		claims_found(cu, xa, xb, sa, sb);
		if (r != 1)
			cu->source = SRC_COPY;
		return TRY_FOUND;
	}
	return TRY_NEXT;
}

/*
 * The claims of the sentence whose cue lies in tokens [xa, xb], which a
 * trailing "according to" attributes (X believes Y, according to Z): drop
 * them, keeping the first one's source as the holder of the position.
 */
static void
claims_absorb(struct claims *c, size_t xa, size_t xb, struct span *holder,
    bool *has_holder)
{
	struct doc *d = c->d;
	uint32_t a = d->toks.v[xa].start, b = d->toks.v[xb].end;
	size_t i;

	*has_holder = false;
	memset(holder, 0, sizeof *holder);
	for (i = c->first; i < d->claims.n;) {
		struct claim *p = &d->claims.v[i];

		if (p->cue.start < a || p->cue.end > b) {
			i++;
			continue;
		}
		if (!*has_holder && p->has_source) {
			*holder = p->source;
			*has_holder = true;
		}
		memmove(p, p + 1, (d->claims.n - i - 1) * sizeof *p);
		d->claims.n--;
	}
}

/*
 * After "According to X, A said B": the claims the scan found in the
 * content are absorbed into the leading claim, as in the trailing form.
 */
static void
claims_absorb_lead(struct claims *c)
{
	struct doc *d = c->d;
	struct claim *cl;
	struct span holder;
	bool has_holder;
	long xa, xb;

	if (c->lead < 0 || (size_t)c->lead >= d->claims.n)
		return;
	cl = &d->claims.v[c->lead];
	xa = claims_tok_at(d, cl->content.start);
	xb = claims_tok_at(d, cl->content.end);
	xb = xb < 0 ? (long)d->toks.n - 1 : xb - 1;
	if (xa < 0 || xb < xa)
		return;
	c->first = (size_t)c->lead + 1;
	claims_absorb(c, (size_t)xa, (size_t)xb, &holder, &has_holder);
	cl = &d->claims.v[c->lead];
	cl->has_holder = has_holder;
	cl->holder = holder;
}

/* CONTENT, according to SOURCE / According to SOURCE, CONTENT */
static enum claims_try
claims_try_according(struct claims *c, struct claims_cue *cu)
{
	size_t k = cu->k, e = cu->e, sb, xa, xb, j;

	if (!claims_np_right(c, e, c->se, &sb))
		return TRY_NEXT;
	if (k == c->sf || (k == c->sf + 1 && !(claims_flags(c, c->sf) & TOK_WORD))) {
		for (j = sb + 1; j < c->se && !claims_punct(c, j, ','); j++)
			;
		if (j + 1 >= c->se || !claims_content_end(c, j + 1, &xb))
			return TRY_NEXT;
		xa = j + 1;
	} else {
		if (!claims_punct(c, k - 1, ',') && !(claims_flags(c, k - 1) &
		    TOK_CLOSEQ))
			return TRY_NEXT;
		if (!claims_backward(c, k - 1, &xa, &xb))
			return TRY_NEXT;
	}
	if (xa > k)
		c->lead = (long)c->d->claims.n;	/* claims to come are inside */
	else
		claims_absorb(c, xa, xb, &cu->holder, &cu->has_holder);
	claims_found(cu, xa, xb, e, sb);
	cu->ca = k;
	return TRY_FOUND;
}

/*
 * Does token k head a verb group: an auxiliary not after another, or a
 * past form in -ed (or drew, came) after a word? *embedded is set when it
 * follows a pronoun, a conjunction or a relative (he was, and would).
 */
static int
claims_verb_group(const struct claims *c, size_t k, size_t lo, int *embedded)
{
	const struct token *t = &c->d->toks.v[k];
	int aux = claims_has(c, k, WC_AUX);

	if (k <= lo || (t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) != TOK_WORD)
		return 0;
	if (!aux && !claims_has(c, k, WC_PAST_VERB) && !(t->end - t->start > 4 &&
	    memcmp(c->d->text + t->end - 2, "ed", 2) == 0))
		return 0;
	if (claims_has(c, k - 1, WC_AUX) || claims_has(c, k - 1, WC_CUE_ADV) ||
	    !(claims_flags(c, k - 1) & TOK_WORD) || claims_has(c, k - 1, WC_DET) ||
	    claims_is(c, k - 1, "to") || (!aux && k < lo + 3))
		return 0;
	*embedded = claims_has(c, k - 1, WC_PRONOUN) || claims_has(c, k - 1, WC_CONJ);
	return 1;
}

/*
 * Content of a noun cue whose phrase is the sentence's subject (Peru's
 * decision to ban the nets angered ...): it ends with the noun phrase,
 * before a comma or before the main verb, the first verb group after an
 * infinitive, the second after "that" (claims that it was safe were false).
 */
static void
claims_subject_end(const struct claims *c, size_t xa, size_t *xb)
{
	size_t k;
	int seen = !claims_is(c, xa, "that"), emb;

	for (k = xa + 1; k <= *xb; k++) {
		if (claims_flags(c, k) & TOK_INQUOTE)
			continue;
		if (claims_punct(c, k, ',') || claims_punct(c, k, '('))
			break;
		if (!claims_verb_group(c, k, xa, &emb))
			continue;
		if (seen && !emb)
			break;
		seen = 1;
	}
	if (k > *xb)
		return;
	while (k > xa + 1 && !(claims_flags(c, k - 1) & (TOK_WORD | TOK_CLOSEQ)))
		k--;
	*xb = k - 1;
}

/* SOURCE’s decision to CONTENT, the allegation by SOURCE that CONTENT */
static enum claims_try
claims_try_noun(struct claims *c, struct claims_cue *cu)
{
	size_t k = cu->k, e = cu->e, a = k, sa, xa, xb;
	unsigned fr = cu->h->cue->frame;

	if (e >= c->se || !((claims_is(c, e, "that") && (fr & CUE_THAT)) ||
	    (claims_is(c, e, "to") && (fr & CUE_TO)) ||
	    ((claims_is(c, e, "for")) && (fr & CUE_OF))))
		return TRY_NEXT;
	/* adjectives between the possessive and the noun (recent decision) */
	while (a > c->sf && a + 2 > k && (claims_flags(c, a - 1) & TOK_WORD) &&
	    !(claims_flags(c, a - 1) & TOK_CAP) && claims_np_word(c, a - 1))
		a--;
	if (a <= c->sf + 1 || !(claims_flags(c, a - 1) & TOK_POSS) ||
	    !claims_np_left(c, a - 2, c->sf, &sa))
		return TRY_NEXT;
	xa = e;
	if (!claims_content_end(c, xa, &xb) || xb <= xa ||
	    !claims_accept(c, sa, a - 1))
		return TRY_NEXT;
	if (sa == c->sf || claims_punct(c, sa - 1, ','))
		claims_subject_end(c, xa, &xb);
	if (xb <= xa)
		return TRY_NEXT;
	cu->a = a;
	return claims_found(cu, xa, xb, sa, a - 1);
}

/* What a shape needs of its cue before it is tried. */
#define NEED_VERB	0x001	/* a verb cue (said, has argued, claiming) */
#define NEED_NOUN	0x002	/* a noun cue (decision to, allegation that) */
#define NEED_ACCORDING	0x004	/* a cue that names its source (according to) */
#define NEED_BEFORE	0x008	/* a token before the cue */
#define NEED_NOT_ING	0x010	/* not a participle */
#define NEED_ING	0x020	/* a participle (claiming) */
#define NEED_SUBJECT	0x040	/* a subject before the cue (claims_source_before) */
#define NEED_NO_SUBJECT	0x080	/* none */

/*
 * The shapes of claims, tried in this order around every cue, nearest
 * first, until one answers TRY_FOUND (its claim is added) or TRY_NONE
 * (the cue makes none). A new shape is one entry here and its try.
 */
static const struct claims_shape {
	const char *name;
	unsigned needs;
	enum claims_try (*try)(struct claims *, struct claims_cue *);
} claims_shapes[] = {
	{ .name = "passive (was said): none",
	  .needs = NEED_VERB, .try = claims_try_passive },
	{ .name = "“CONTENT,” said SOURCE",
	  .needs = NEED_VERB | NEED_BEFORE | NEED_NOT_ING,
	  .try = claims_try_quote_said },
	{ .name = "CONTENT, said SOURCE",
	  .needs = NEED_VERB | NEED_BEFORE | NEED_NOT_ING,
	  .try = claims_try_comma_said },
	{ .name = "a noun or a nested cue before it (Ghana's vote): none",
	  .needs = NEED_VERB | NEED_SUBJECT, .try = claims_try_no_subject },
	{ .name = "“CONTENT,” SOURCE said",
	  .needs = NEED_VERB | NEED_SUBJECT | NEED_NOT_ING,
	  .try = claims_try_quote_source_said },
	{ .name = "CONTENT, SOURCE said.",
	  .needs = NEED_VERB | NEED_SUBJECT,
	  .try = claims_try_comma_source_said },
	{ .name = "SOURCE CUE (that) CONTENT",
	  .needs = NEED_VERB | NEED_SUBJECT, .try = claims_try_source_says },
	{ .name = "SOURCE, who did this, said CONTENT",
	  .needs = NEED_VERB | NEED_NO_SUBJECT | NEED_BEFORE | NEED_NOT_ING,
	  .try = claims_try_interrupted },
	{ .name = "SOURCE did this and said CONTENT",
	  .needs = NEED_VERB | NEED_NO_SUBJECT | NEED_BEFORE,
	  .try = claims_try_coordinated },
	{ .name = "..., claiming CONTENT",
	  .needs = NEED_VERB | NEED_NO_SUBJECT | NEED_BEFORE | NEED_ING,
	  .try = claims_try_participle },
	{ .name = "CONTENT, according to SOURCE / According to SOURCE, CONTENT",
	  .needs = NEED_ACCORDING, .try = claims_try_according },
	{ .name = "SOURCE’s decision to CONTENT",
	  .needs = NEED_NOUN, .try = claims_try_noun },
};

/* Has the cue what the shape needs? A subject is looked for once. */
static int
claims_shape_fits(const struct claims *c, struct claims_cue *cu, unsigned n)
{
	unsigned fr = cu->h->cue->frame;

	if (((n & NEED_ACCORDING) && !(fr & CUE_SOURCE)) ||
	    ((n & NEED_NOUN) && (!(fr & CUE_NOUN) || (fr & CUE_SOURCE))) ||
	    ((n & NEED_VERB) && (fr & (CUE_SOURCE | CUE_NOUN))) ||
	    ((n & NEED_BEFORE) && cu->l == SIZE_MAX) ||
	    ((n & NEED_NOT_ING) && cu->h->ing) || ((n & NEED_ING) && !cu->h->ing))
		return 0;
	if ((n & (NEED_SUBJECT | NEED_NO_SUBJECT)) && cu->subject < 0)
		cu->subject = cu->l != SIZE_MAX &&
		    claims_source_before(c, cu->l, &cu->ja, &cu->jb);
	return !((n & NEED_SUBJECT) && !cu->subject) &&
	    !((n & NEED_NO_SUBJECT) && cu->subject);
}

/* Try the shapes around the cue at token k; add the claim of the first. */
static int
claims_shapes_try(struct claims *c, size_t k, const struct cue_hit *h)
{
	struct claims_cue cu;
	struct claim *cl;
	size_t i;

	memset(&cu, 0, sizeof cu);
	cu.h = h;
	cu.k = cu.a = k;
	cu.e = k + h->ntok;
	if (!(h->cue->frame & (CUE_SOURCE | CUE_NOUN)))
		cu.a = claims_aux_start(c, k);
	cu.l = cu.a > c->sf ? cu.a - 1 : SIZE_MAX;
	cu.subject = -1;
	for (i = 0; i < sizeof claims_shapes / sizeof claims_shapes[0]; i++) {
		if (!claims_shape_fits(c, &cu, claims_shapes[i].needs))
			continue;
		cu.kind = h->cue->kind;
		switch (claims_shapes[i].try(c, &cu)) {
		case TRY_NEXT:
			continue;
		case TRY_NONE:
			return 0;
		case TRY_FOUND:
			break;
		}
		cl = claims_add(c, cu.kind, cu.ca, cu.cb, cu.xa, cu.xb);
		if (cu.source == SRC_SPAN)
			claims_set_source(c, cl, cu.sa, cu.sb);
		else if (cu.source == SRC_COPY)
			claims_copy_source(c, cl);
		cl->has_holder = cu.has_holder;
		cl->holder = cu.holder;
		return 1;
	}
	return 0;
}

/*
 * Content of a claim that runs over a later claim's source: cut it where
 * that clause begins, at a comma or semicolon or before a conjunction
 * (..., adding; but Ghana said; and plans to ...).
 */
static void
claims_trim_sentence(struct claims *c)
{
	struct doc *d = c->d;
	size_t i, j;
	long kt;
	uint32_t cut, b;
	int conj, mark;

	for (i = c->first; i < d->claims.n; i++)
		for (j = c->first; j < d->claims.n; j++) {
			struct claim *x = &d->claims.v[i], *y = &d->claims.v[j];

			cut = y->cue.start;
			if (y->has_source && y->source.start < cut &&
			    y->source.start > x->content.start)
				cut = y->source.start;
			if (i == j || x->quoted || cut <= x->content.start ||
			    cut >= x->content.end)
				continue;
			kt = claims_tok_at(d, cut);
			conj = kt > (long)c->sf && !(d->toks.v[kt - 1].flags &
			    TOK_INQUOTE) && claims_has(c, (size_t)kt - 1, WC_CONJ);
			if (conj)
				cut = d->toks.v[kt - 1].start;
			for (b = cut, mark = 0; b > x->content.start &&
			    strchr(" ,;", d->text[b - 1]) != NULL; b--)
				mark |= d->text[b - 1] != ' ';
			if ((conj || mark) && b > x->content.start)
				x->content.end = b;
		}
}

/* Is the sentence a question the writer asks? */
static int
claims_question(const struct claims *c)
{
	size_t k = c->se - 1;

	while (k > c->sf && (claims_flags(c, k) & TOK_CLOSEQ))
		k--;
	return claims_punct(c, k, '?') && !(claims_flags(c, k) & TOK_INQUOTE);
}


/* Does a mention of an entity lie within bytes [a, b)? */
static int
claims_mention_in(const struct claims *c, uint32_t a, uint32_t b)
{
	const struct doc *d = c->d;
	size_t lo = MODEL_FIRST(d->mentions, struct mention, start, a);

	return lo < d->mentions.n && d->mentions.v[lo].end <= b &&
	    d->mentions.v[lo].kind != MENTION_NOMINAL &&
	    d->mentions.v[lo].kind != MENTION_PRONOUN;
}

/*
 * May tokens [a, b] speak in a headline: a known entity, an agent noun
 * (Lawmaker, Poll), or a name of one to three capitalised words with no
 * common noun (Mette Lund; not A Curious Plan, Budget Review)?
 */
static int
claims_colon_source(const struct claims *c, size_t a, size_t b)
{
	size_t k;

	if (claims_mention_in(c, c->d->toks.v[a].start, c->d->toks.v[b].end))
		return 1;
	for (k = a; k <= b; k++)
		if (claims_has(c, k, WC_AGENT) ||
		    claims_has(c, k, WC_HEADLINE_SOURCE))
			return 1;
	if (b > a + 2)
		return 0;
	for (k = a; k <= b; k++)
		if ((claims_flags(c, k) & (TOK_WORD | TOK_CAP | TOK_DIGIT)) !=
		    (TOK_WORD | TOK_CAP) || claims_has(c, k, WC_DET) ||
		    claims_has(c, k, WC_LABEL) ||
		    claims_has(c, k, WC_HEADLINE_LABEL))
			return 0;
	return 1;
}

/* SOURCE: CONTENT, as headlines and transcripts give it (Lund: ...). */
static int
claims_colon(struct claims *c)
{
	size_t j, xb;
	struct claim *cl;

	for (j = c->sf; j < c->se && j < c->sf + 6; j++) {
		uint32_t f = claims_flags(c, j);

		if (claims_punct(c, j, ':'))
			break;
		if ((f & TOK_INQUOTE) || (!(f & (TOK_CAP | TOK_UPPER | TOK_POSS)) &&
		    !claims_is(c, j, "of") && !claims_is(c, j, "at")))
			return 0;
	}
	if (j == c->sf || j + 1 >= c->se || !claims_punct(c, j, ':') ||
	    claims_has(c, c->sf, WC_LABEL) || (claims_flags(c, j - 1) & TOK_POSS) ||
	    !claims_colon_source(c, c->sf, j - 1))
		return 0;
	if (claims_flags(c, j + 1) & TOK_OPENQ)
		xb = claims_quote_end(c, j + 1);
	else if (!claims_content_end(c, j + 1, &xb))
		return 0;
	if (xb <= j + 1)
		return 0;
	cl = claims_add(c, CLAIM_SPEECH, j, j, j + 1, xb);
	claims_set_source(c, cl, c->sf, j - 1);
	return 1;
}

/* Is the sentence in title case (no lower-case word of four letters)? */
static int
claims_titlecase(const struct claims *c)
{
	size_t k;

	for (k = c->sf; k < c->se; k++) {
		const struct token *t = &c->d->toks.v[k];

		if ((t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER | TOK_DIGIT)) ==
		    TOK_WORD && t->end - t->start >= 4)
			return 0;
	}
	return 1;
}

/* Is the capitalised word k part of a name (The Lagos Post, Harbour Report)? */
static int
claims_in_name(const struct claims *c, size_t k)
{
	return (claims_flags(c, k) & TOK_CAP) && k > c->sf &&
	    (claims_flags(c, k - 1) & (TOK_WORD | TOK_CAP)) ==
	    (TOK_WORD | TOK_CAP) && !c->title;
}

/* Scan one sentence for cues. */
static void
claims_sentence(struct claims *c)
{
	struct cue_hit hits[CLAIMS_MAXHITS];
	size_t k;
	int n, i;

	c->first = c->d->claims.n;
	c->lead = -1;
	if (claims_colon(c))
		return;
	if (claims_question(c))
		return;
	c->title = claims_titlecase(c);
	for (k = c->sf; k < c->se; k++) {
		if ((claims_flags(c, k) & (TOK_WORD | TOK_INQUOTE)) != TOK_WORD ||
		    claims_in_name(c, k))
			continue;
		n = claims_cues(c, k, hits);
		for (i = 0; i < n; i++)
			if (claims_shapes_try(c, k, &hits[i]))
				break;
		if (i < n)
			k += hits[i].ntok - 1;
	}
	if (c->lead >= 0) {
		size_t first = c->first;

		claims_absorb_lead(c);
		c->first = first;
	}
	claims_trim_sentence(c);
}

static int
claims_cmp(const void *a, const void *b)
{
	const struct claim *x = a, *y = b;

	if (x->content.start != y->content.start)
		return x->content.start < y->content.start ? -1 : 1;
	return x->cue.start < y->cue.start ? -1 : x->cue.start > y->cue.start;
}

/* Index of the token that starts at byte off (binary search), or -1. */
static long
claims_tok_at(const struct doc *d, uint32_t off)
{
	size_t k = MODEL_FIRST(d->toks, struct token, start, off);

	return k < d->toks.n ? (long)k : -1;
}

/* Nothing but marks between the sentence where claim cl ends and byte b? */
static int
claims_adjacent(const struct doc *d, const struct claim *cl, uint32_t b)
{
	uint32_t e = cl->content.end;
	long k;
	size_t lo;

	if (cl->cue.end > e)
		e = cl->cue.end;
	if (cl->has_source && cl->source.end > e)
		e = cl->source.end;
	/* the sentence holding byte e - 1 */
	lo = MODEL_FIRST(d->sents, struct sentence, end, e);
	/* a quote later in the same sentence: only marks may come between */
	if (lo < d->sents.n && d->sents.v[lo].start < e && d->sents.v[lo].end > e &&
	    d->sents.v[lo].end <= b)
		e = d->sents.v[lo].end;
	for (k = claims_tok_at(d, e); k >= 0 && (size_t)k < d->toks.n &&
	    d->toks.v[k].start < b; k++)
		if (d->toks.v[k].flags & TOK_WORD)
			return 0;
	return 1;
}

/*
 * Quotes no claim covers: one that follows a quoted claim continues it
 * (“A,” he said. “B.”, or a next paragraph that is all quote); a
 * paragraph that is all quote inherits the last speaker.
 */
static void
claims_quotes(struct claims *c)
{
	struct doc *d = c->d;
	size_t k, q, i = 0, n = d->claims.n, p;
	long last = -1;
	struct claim *cl;

	for (p = 0; p < d->paras.n; p++) {
		size_t pf = p > 0 ? c->para_end[p - 1] : 0, pe = c->para_end[p];

		if (pe < pf)
			pe = pf;	/* a paragraph with no tokens */
		for (k = pf; k < pe; k++) {
			while (i < n && d->claims.v[i].content.start <= d->toks.v[k].start) {
				last = (long)i;
				i++;
			}
			if (!(d->toks.v[k].flags & TOK_OPENQ))
				continue;
			q = c->pair[k] >= 0 ? (size_t)c->pair[k] : pe - 1;
			if (last >= 0 && d->claims.v[last].content.end >= d->toks.v[q].end)
				continue;	/* inside a claim */
			if (i < n && d->claims.v[i].content.start < d->toks.v[q].end)
				continue;	/* a claim of its own starts inside */
			if (last >= 0 && d->claims.v[last].quoted &&
			    claims_adjacent(d, &d->claims.v[last], d->toks.v[k].start)) {
				d->claims.v[last].content.end = d->toks.v[q].end;
			} else if (k == pf && q + 2 >= pe && last >= 0 &&
			    d->paras.v[p].kind == PARA_BODY && p > 0 &&
			    d->claims.v[last].content.end >=
			    d->paras.v[p >= 2 ? p - 2 : 0].start) {
				/* a recent speaker only: two paragraphs back */
				int spk = d->claims.v[last].speaker;
				int party = d->claims.v[last].party;

				cl = VEC_PUSH(d->claims);
				memset(cl, 0, sizeof *cl);
				cl->kind = CLAIM_SPEECH;
				cl->speaker = spk;	/* resolved: speakers ran */
				cl->party = party;
				cl->cue.start = cl->cue.end = d->toks.v[k].start;
				cl->content.start = d->toks.v[k].start;
				cl->content.end = d->toks.v[q].end;
				cl->quoted = true;
			}
			k = q;
		}
	}
}

/* The engine proper over every body and title sentence. */
static void
claims_scan(struct claims *c)
{
	struct doc *d = c->d;
	size_t i;
	int para = -1;

	for (i = 0; i < d->sents.n; i++) {
		const struct sentence *s = &d->sents.v[i];

		if (s->para != para) {
			para = s->para;
			c->pf = s->tok_first;
			c->pe = c->para_end[para];
		}
		if (d->paras.v[s->para].kind == PARA_BOILERPLATE ||
		    s->tok_count == 0)
			continue;
		c->sf = s->tok_first;
		c->se = s->tok_first + s->tok_count;
		claims_sentence(c);
	}
}

/* Is the sentence holding byte off a headline (title or title case)? */
static int
claims_headline_at(struct claims *c, uint32_t off)
{
	const struct doc *d = c->d;
	const struct sentence *s;
	size_t lo = MODEL_FIRST(d->sents, struct sentence, end, off + 1);

	if (lo >= d->sents.n)
		return 0;
	s = &d->sents.v[lo];
	if (d->paras.v[s->para].kind == PARA_TITLE)
		return 1;
	c->sf = s->tok_first;
	c->se = s->tok_first + s->tok_count;
	return c->se > c->sf && claims_titlecase(c);
}

/* Has headline claim cl a source that names someone? */
static int
claims_headline_source(const struct claims *c, const struct claim *cl)
{
	long a, b;

	if (!cl->has_source || (a = claims_tok_at(c->d, cl->source.start)) < 0)
		return 0;
	for (b = a; (size_t)b + 1 < c->d->toks.n &&
	    c->d->toks.v[b + 1].end <= cl->source.end; b++)
		;
	return claims_colon_source(c, (size_t)a, (size_t)b);
}

/*
 * Drop headline claims that no one is known to have made: a headline's
 * capitals make a source of any label (A Curious Plan, Budget Review).
 */
static void
claims_drop_headless(struct claims *c)
{
	struct doc *d = c->d;
	size_t i, n = 0;

	for (i = 0; i < d->claims.n; i++) {
		struct claim *cl = &d->claims.v[i];

		if (cl->speaker == -1 && cl->party == -1 &&
		    claims_headline_at(c, cl->cue.start) &&
		    !claims_headline_source(c, cl))
			continue;
		d->claims.v[n++] = *cl;
	}
	d->claims.n = n;
}

/*
 * The engine with a cue table, the word classes of a lexicon and the
 * lexicon itself (NULL in some tests: words only).
 */
static void
claims_run_lex(struct doc *d, const struct cues *cues,
    const struct lexicon *words, const struct lexicon *lx)
{
	struct claims c;
	size_t i;

	memset(&c, 0, sizeof c);
	c.d = d;
	c.cues = cues;
	c.words = words;
	c.lx = lx;
	for (i = 0; i < d->parties.n; i++)
		VEC_FREE(d->parties.v[i].claims);
	d->claims.n = d->parties.n = 0;
	claims_pair_quotes(&c);
	c.went = xmalloc((d->toks.n + 1) * sizeof *c.went);
	for (i = 0; i < d->toks.n; i++)
		c.went[i] = &claims_unknown;
	c.went[d->toks.n] = NULL;
	claims_scan(&c);
	if (d->claims.n > 1)
		qsort(d->claims.v, d->claims.n, sizeof *d->claims.v, claims_cmp);
	affil_run(d, lx);
	speakers_resolve(d, words, lx);
	claims_drop_headless(&c);
	claims_quotes(&c);
	affil_claims(d, lx);
	if (d->claims.n > 1)
		qsort(d->claims.v, d->claims.n, sizeof *d->claims.v, claims_cmp);
	parties_build(d);
	free(c.pair);
	free(c.went);
	free(c.para_end);
}

void
claims_run_cues(struct doc *d, const struct cues *cues,
    const struct lexicon *words)
{
	claims_run_lex(d, cues, words, NULL);
}

void
claims_run(struct doc *d, const struct lexicon *lx)
{
	claims_run_lex(d, lx != NULL ? lexicon_cues(lx) : NULL, lx, lx);
}

/* Does a closing double quotation mark end just before byte off? */
static int
claims_qclose_before(const struct doc *d, uint32_t off)
{
	return (off >= 1 && d->text[off - 1] == '"') || (off >= 3 &&
	    memcmp(d->text + off - 3, "\xe2\x80\x9d", 3) == 0);
}

/* Does an opening double quotation mark start at byte off? */
static int
claims_qopen_at(const struct doc *d, uint32_t off)
{
	return d->text[off] == '"' || (off + 3 <= d->len &&
	    memcmp(d->text + off, "\xe2\x80\x9c", 3) == 0);
}

int
claims_content_parts(const struct doc *d, const struct claim *cl,
    struct span parts[2])
{
	uint32_t a = cl->cue.start, b = cl->cue.end, x, y;

	parts[0] = cl->content;
	if (cl->has_source && cl->source.start < a)
		a = cl->source.start;
	if (cl->has_source && cl->source.end > b)
		b = cl->source.end;
	if (!cl->quoted || a <= cl->content.start || b >= cl->content.end)
		return 1;
	for (x = a; x > cl->content.start && !claims_qclose_before(d, x); x--)
		;	/* back to the mark that closes the first quote */
	for (y = b; y < cl->content.end && !claims_qopen_at(d, y); y++)
		;	/* on to the mark that opens the second */
	if (x <= cl->content.start || y >= cl->content.end)
		return 1;
	parts[0].end = x;
	parts[1].start = y;
	parts[1].end = cl->content.end;
	return 2;
}
