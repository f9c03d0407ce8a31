/*
 * claims_headline.c: claims in headlines and transcripts. "SOURCE:
 * CONTENT" (Lund: ...) is a claim when the source names someone; title
 * case marks a headline, whose capitals make a source of any label (A
 * Curious Plan, Budget Review): after the speakers are known, a headline
 * claim no one is known to have made is dropped.
 */
#include <stdint.h>

#include "claims_content.h"
#include "claims_headline.h"
#include "claims_int.h"
#include "claims_shapes.h"

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

	if (claims_mention_in(c, c->d->toks.v[a].start, tok_end(&c->d->toks.v[b])))
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

/*
 * Is token k a label that opens a line with a colon (Update:, and in
 * capitals BREAKING:, WATCH:)? The engine looks up no word in capitals (US
 * is not us), so a label in capitals is looked up here, unless it names
 * an entity (WHO: the World Health Organization).
 */
static int
claims_label(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	if (claims_has(c, k, WC_LABEL))
		return 1;
	if (!(t->flags & TOK_UPPER) || !(t->flags & TOK_WORD) ||
	    c->words == NULL ||
	    claims_mention_in(c, t->start, tok_end(t)))
		return 0;
	return lexicon_word_is(lexicon_word(c->words, c->d->text + t->start,
	    tok_end(t) - t->start), WC_LABEL);
}

/*
 * The last word or closing mark of the paragraph from token k: a speaker's
 * turn in a transcript runs to the paragraph's end (LUND: A. B. C.).
 */
static size_t
claims_para_last(const struct claims *c, size_t k)
{
	size_t e = c->pe - 1;

	while (e > k && !claims_ends_content(c, e))
		e--;
	return e;
}

/*
 * SOURCE: CONTENT, as headlines and transcripts give it (Lund: ...). A
 * transcript may open each turn with a quotation mark that never closes
 * ("LUND: ...); a turn that opens its paragraph runs to its end.
 */
int
claims_colon(struct claims *c)
{
	size_t j, xb, a = c->sf;
	struct claim *cl;

	if ((claims_flags(c, a) & TOK_OPENQ) && claims_pair(c, a) < 0 && a + 1 < c->se)
		a++;
	for (j = a; j < c->se && j < a + 6; j++) {
		uint32_t f = claims_flags(c, j);

		if (claims_punct(c, j, ':'))
			break;
		if (((f & TOK_INQUOTE) && a == c->sf) ||
		    (!(f & (TOK_CAP | TOK_UPPER | TOK_POSS)) &&
		    !claims_is(c, j, "of") && !claims_is(c, j, "at")))
			return 0;
	}
	if (j == a || j + 1 >= c->se || !claims_punct(c, j, ':') ||
	    claims_label(c, a) || (claims_flags(c, j - 1) & TOK_POSS) ||
	    !claims_colon_source(c, a, j - 1))
		return 0;
	if (claims_flags(c, j + 1) & TOK_OPENQ)
		xb = claims_quote_end(c, j + 1);
	else if (c->sf == c->pf && (c->se < c->pe || !c->title) &&
	    (claims_flags(c, j - 1) & TOK_UPPER))
		xb = claims_para_last(c, j + 1);
	else if (!claims_content_end(c, j + 1, &xb))
		return 0;
	if (xb <= j + 1)
		return 0;
	cl = claims_add(c, CLAIM_SPEECH, j, j, j + 1, xb);
	claims_set_source(c, cl, a, j - 1);
	return 1;
}

/* Is the sentence in title case (no lower-case word of four letters)? */
int
claims_titlecase(const struct claims *c)
{
	size_t k;

	for (k = c->sf; k < c->se; k++) {
		const struct token *t = &c->d->toks.v[k];

		if ((t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER | TOK_DIGIT)) ==
		    TOK_WORD && tok_end(t) - t->start >= 4)
			return 0;
	}
	return 1;
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
	    tok_end(&c->d->toks.v[b + 1]) <= cl->source.end; b++)
		;
	return claims_colon_source(c, (size_t)a, (size_t)b);
}

/*
 * Drop headline claims that no one is known to have made: a headline's
 * capitals make a source of any label (A Curious Plan, Budget Review).
 */
void
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
