/*
 * claims.c: finds attributed claims. Every sentence is scanned once for
 * cues (a hash look-up a token); around a cue the engine tries the shapes
 * news uses, nearest first, from one table (claims_shapes.c):
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
 * speaker (claims_quote.c), run as the quotes stage after speakers.c has
 * resolved who spoke (the stages in order: analyse.c).
 *
 * This file owns the claims and quotes stages, the scan of each sentence:
 * the word look-up behind claims_int.h, the cues of a token, the cut of a
 * content that runs over a later claim. The noun phrases and sources are
 * in claims_np.c, the contents in claims_content.c, headlines and
 * "SOURCE: CONTENT" in claims_headline.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "claims_headline.h"
#include "claims_int.h"
#include "claims_quote.h"
#include "claims_shapes.h"
#include "util.h"

/*
 * The word classes of token k (data/words.tsv, through the lexicon), looked
 * up the first time they are asked for: none for marks, capitals (US, IT)
 * and unknown words.
 */
const struct lexicon_entry *
claims_word_find(const struct claims *c, size_t k)
{
	const struct token *t;
	struct claims_went *w = &c->went[k & c->wmask];
	size_t n;

	w->k = k + 1;
	if (k >= c->d->toks.n)		/* one past the last: none */
		return w->e = NULL;
	t = &c->d->toks.v[k];
	n = tok_end(t) - t->start;
	if (c->words == NULL || !(t->flags & TOK_WORD) ||
	    (t->flags & TOK_UPPER) || n >= 32)
		return w->e = NULL;
	return w->e = lexicon_word(c->words, c->d->text + t->start, n);
}

/* The cues that start at word token k, up to CLAIMS_MAXHITS. */
int
claims_cues(const struct claims *c, size_t k, struct cue_hit *hits)
{
	const struct token *t = &c->d->toks.v[k];

	if (!cues_maybe(c->cues, c->d->text + t->start, tok_end(t) - t->start))
		return 0;
	return cues_match(c->cues, c->d, k, c->se, hits, CLAIMS_MAXHITS);
}

/*
 * Is claim y a verb coordinated inside x's content, with x's source for
 * its own (Police say he fled and refused to stop: one claim)? Not after
 * a comma (Holm proposes a tax, and plans to ...: two).
 */
static int
claims_nested(const struct doc *d, const struct claim *x, const struct claim *y)
{
	uint32_t b = y->cue.start;

	while (b > x->content.start && d->text[b - 1] == ' ')
		b--;
	while (b > x->content.start && d->text[b - 1] != ' ' && d->text[b - 1] != ',')
		b--;	/* back over "and" */
	while (b > x->content.start && d->text[b - 1] == ' ')
		b--;
	return y->has_source && x->has_source &&
	    y->source.start == x->source.start && y->source.end == x->source.end &&
	    y->cue.start > x->content.start && y->kind != CLAIM_SPEECH &&
	    d->text[b - 1] != ',';
}

/*
 * Is claim y's source a relative pronoun after a comma (..., who promised
 * he would ...)? Its clause belongs to the noun before it, inside an
 * earlier claim's content: no cut there.
 */
static int
claims_relative_source(struct claims *c, const struct claim *y)
{
	long k;

	if (!y->has_source || (k = claims_tok_at(c->d, y->source.start)) <= 0 ||
	    tok_end(&c->d->toks.v[k]) != y->source.end)
		return 0;
	return (claims_is(c, (size_t)k, "who") || claims_is(c, (size_t)k,
	    "which")) && claims_punct(c, (size_t)k - 1, ',');
}

/*
 * Content of a claim that runs over a later claim's source: cut it where
 * that clause begins, at a comma or semicolon or before a conjunction
 * (..., adding; but Ghana said; and plans to ...; , with its mayor saying).
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
			    cut >= x->content.end || claims_nested(d, x, y) ||
			    claims_relative_source(c, y))
				continue;
			kt = claims_tok_at(d, cut);
			conj = kt > (long)c->sf && !(d->toks.v[kt - 1].flags &
			    TOK_INQUOTE) && (claims_has(c, (size_t)kt - 1, WC_CONJ) ||
			    (claims_is(c, (size_t)kt - 1, "with") && y->cue.start >
			    y->source.start && kt > (long)c->sf + 1 &&
			    claims_punct(c, (size_t)kt - 2, ',')));
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
	c->title = claims_titlecase(c);
	if (claims_colon(c))
		return;
	if (claims_question(c))
		return;
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

/* Index of the token that starts at byte off (binary search), or -1. */
long
claims_tok_at(const struct doc *d, uint32_t off)
{
	size_t k = model_tok_first(d, off);

	return k < d->toks.n ? (long)k : -1;
}

/*
 * Past an agency in brackets at k: "(Reuters)", "(AP)", "(Agence
 * France-Presse)": capitalised words and hyphens, then ")". k if none.
 */
static size_t
claims_past_agency(const struct claims *c, size_t k)
{
	size_t j;

	if (k >= c->se || !claims_punct(c, k, '('))
		return k;
	for (j = k + 1; j < c->se && j < k + 6; j++) {
		if (claims_punct(c, j, ')'))
			return j > k + 1 ? j + 1 : k;
		if (!(claims_flags(c, j) & TOK_CAP) && !claims_punct(c, j, '-'))
			return k;
	}
	return k;
}

/*
 * The first token after the dateline that opens a paragraph at token k,
 * k if there is none: a place in capitals, then a comma and a state or a
 * date, then an agency in brackets, then a dash ("WASHINGTON (AP) --",
 * "LONDON, March 3 (Reuters) -", "FLINT, Mich. —", "(Reuters) —"). It
 * says where and by whom a story was filed: no claim's content or source
 * starts inside it.
 */
static size_t
claims_after_dateline(const struct claims *c, size_t k)
{
	size_t j = k, a;

	while (j < c->se && (claims_flags(c, j) & TOK_UPPER))
		j++;	/* WASHINGTON, NEW YORK */
	if (j > k && j < c->se && claims_punct(c, j, ','))
		for (j++; j < c->se && j < k + 12 && ((claims_flags(c, j) &
		    (TOK_CAP | TOK_DIGIT)) || claims_punct(c, j, '.')); j++)
			;	/* , Mich.  , March 3 */
	if ((a = claims_past_agency(c, j)) == j && j == k)
		return k;	/* neither a place nor an agency */
	for (j = a; j < c->se && claims_dash(c, j); j++)
		;
	return j > a && j < c->se ? j : k;
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
		if (c->sf == c->pf)
			c->sf = claims_after_dateline(c, c->sf);
		claims_sentence(c);
	}
}

/* The state of a run over d: quotation marks paired, no word looked up. */
static void
claims_begin(struct claims *c, struct doc *d, const struct lexicon *words)
{
	memset(c, 0, sizeof *c);
	c->d = d;
	c->words = words;
	claims_pair_quotes(c);
	for (c->wmask = 63; c->wmask < d->toks.n && c->wmask < CLAIMS_WENT - 1;)
		c->wmask = c->wmask * 2 + 1;
	c->went = xcalloc(c->wmask + 1, sizeof *c->went);
}

void
claims_state_free(struct claims *c)
{
	if (c == NULL)
		return;
	VEC_FREE(c->paired);
	VEC_FREE(c->opens);
	free(c->went);
	free(c->para_end);
	free(c);
}

void
claims_sort(struct doc *d)
{
	model_claims_sort(d);
}

/*
 * The engine with a cue table, the word classes of a lexicon and the
 * lexicon itself (NULL in some tests: words only).
 */
static void
claims_run_lex(struct doc *d, const struct cues *cues,
    const struct lexicon *words, const struct lexicon *lx)
{
	struct claims *c = xmalloc(sizeof *c);
	size_t i;

	for (i = 0; i < d->parties.n; i++)
		VEC_FREE(d->parties.v[i].claims);
	d->claims.n = d->parties.n = 0;
	claims_begin(c, d, words);
	c->cues = cues;
	c->lx = lx;
	claims_scan(c);
	claims_signed_quotes(c);
	claims_sort(d);
	/* the pairs and look-ups, for the quotes stage */
	c->cues = NULL;
	c->lx = NULL;
	claims_state_free(d->claims_state);
	d->claims_state = c;
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

/*
 * After the speakers, with the quotation pairs and word look-ups the
 * claims stage left in doc->claims_state (made afresh if it did not run).
 */
void
claims_quotes_run(struct doc *d, const struct lexicon *lx)
{
	struct claims *c = d->claims_state;

	d->claims_state = NULL;
	if (c == NULL || c->words != lx) {
		claims_state_free(c);
		c = xmalloc(sizeof *c);
		claims_begin(c, d, lx);
	}
	claims_drop_headless(c);
	claims_quotes(c);
	claims_state_free(c);
}
