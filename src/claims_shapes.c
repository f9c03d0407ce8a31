/*
 * claims_shapes.c: the shapes of claims around a cue, one table
 * (claims_shapes: a name, what the shape needs of its cue, its try
 * function) tried in order by claims_shapes_try, which alone adds the
 * claim a shape finds. A new shape is one entry and its try. Also the
 * cue's auxiliaries (has long suspected) and the claims a trailing
 * "according to" absorbs.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "claims_content.h"
#include "claims_int.h"
#include "claims_np.h"
#include "claims_shapes.h"

/* Is token k an adverb in -ly (sharply, cynically), not a noun (family)? */
static int
claims_ly_adverb(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return (t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) == TOK_WORD &&
	    tok_end(t) - t->start >= 5 && memcmp(c->d->text + tok_end(t) - 2, "ly",
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

/*
 * Is the -ing cue at k a progressive, its "be" among the auxiliaries from
 * a (Ola Berg is warning that ...; They have been demanding that ...)?
 */
static int
claims_progressive(const struct claims *c, size_t a, size_t k,
    const struct cue_hit *h)
{
	size_t j;

	if (!h->ing)
		return 0;
	for (j = a; j < k; j++)
		if (claims_has(c, j, WC_BE))
			return 1;
	return 0;
}

/* Add a claim; spans are token ranges [a, b]. */
struct claim *
claims_add(struct claims *c, enum claim_kind kind, size_t ca, size_t cb,
    size_t xa, size_t xb)
{
	struct doc *d = c->d;
	struct claim *cl = VEC_PUSH(d->claims);

	memset(cl, 0, sizeof *cl);
	cl->kind = kind;
	cl->party = cl->speaker = -1;
	cl->cue.start = d->toks.v[ca].start;
	cl->cue.end = tok_end(&d->toks.v[cb]);
	cl->content.start = d->toks.v[xa].start;
	cl->content.end = tok_end(&d->toks.v[xb]);
	cl->quoted = (d->toks.v[xa].flags & TOK_OPENQ) != 0;
	return cl;
}

void
claims_set_source(struct claims *c, struct claim *cl, size_t a, size_t b)
{
	cl->has_source = true;
	cl->source.start = c->d->toks.v[a].start;
	cl->source.end = tok_end(&c->d->toks.v[b]);
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
 * May a source at tokens [sa, sb] open a claim? Not inside the content of
 * an earlier claim of the sentence unless a clause begins there (said that
 * the ministry would declare ...: one claim). An earlier claim whose cue
 * lies inside the source is none (the bank report stated: not "report").
 */
static int
claims_accept(struct claims *c, size_t sa, size_t sb)
{
	struct doc *d = c->d;
	uint32_t a = d->toks.v[sa].start, b = tok_end(&d->toks.v[sb]);
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

/*
 * Is the cue a passive with no "be": a verb that takes its object before
 * "of" or "for" with that word right after it (Envoy accused of lying; a
 * mayor blamed for the delay), but for a pronoun subject whose object went before (the
 * senator she accused of lying)?
 */
static int
claims_reduced_passive(const struct claims *c, const struct claims_cue *cu)
{
	unsigned fr = cu->h->cue->frame;

	return !cu->h->ing && (fr & CUE_OF) && (fr & CUE_OBJ) &&
	    cu->a == cu->k && cu->e < c->se && (claims_is(c, cu->e, "of") ||
	    claims_is(c, cu->e, "for")) &&
	    !(cu->k > c->sf && claims_has(c, cu->k - 1, WC_PRONOUN));
}

/*
 * Is the cue a past form between a number and a bare noun, an adjective
 * (the 140,000 confirmed deaths; 12 reported cases)?
 */
static int
claims_number_modifier(const struct claims *c, const struct claims_cue *cu)
{
	size_t l = cu->l, e = cu->e;
	const struct token *t = &c->d->toks.v[cu->k];

	return cu->a == cu->k && !cu->h->ing && (claims_flags(c, l) & TOK_DIGIT) &&
	    tok_end(t) - t->start > 4 &&
	    memcmp(c->d->text + tok_end(t) - 2, "ed", 2) == 0 && e < c->se &&
	    (claims_flags(c, e) & (TOK_WORD | TOK_CAP | TOK_UPPER |
	    TOK_DIGIT)) == TOK_WORD && !claims_has(c, e, WC_DET) &&
	    !claims_has(c, e, WC_PRONOUN) && !claims_has(c, e, WC_NP_STOP);
}

/* A passive cue (was said, is believed) makes no claim. */
static enum claims_try
claims_try_passive(struct claims *c, struct claims_cue *cu)
{
	return claims_passive(c, cu->a, cu->k, cu->h) ||
	    claims_reduced_passive(c, cu) || (cu->l != SIZE_MAX &&
	    claims_number_modifier(c, cu)) ? TRY_NONE : TRY_NEXT;
}

/*
 * CONTENT was VERBed by SOURCE, for a cue whose frame says so (The deal
 * was first reported by the Lagos Post): the subject is the content, the
 * phrase after "by" the source.
 */
static enum claims_try
claims_try_by_agent(struct claims *c, struct claims_cue *cu)
{
	size_t b = cu->e, sb, xa, xb;

	if (!(cu->h->cue->frame & CUE_BY) ||
	    !claims_passive(c, cu->a, cu->k, cu->h) || cu->l == SIZE_MAX ||
	    b + 1 >= c->se || !claims_is(c, b, "by") ||
	    !claims_np_opener(c, b + 1) ||
	    !claims_np_right(c, b + 1, c->se, &sb) ||
	    !claims_source_before(c, cu->l, &xa, &xb) ||
	    !claims_accept(c, b + 1, sb))
		return TRY_NEXT;
	return claims_found(cu, xa, xb, b + 1, sb);
}

/* Does lower-case word k end like an adjective (tremendous, political)? */
static int
claims_adjective(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	if ((t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER | TOK_DIGIT)) != TOK_WORD)
		return 0;
	return lexicon_ends_like(c->words, c->d->text + t->start,
	    tok_end(t) - t->start, WC_ADJECTIVE_END);
}

/* Is token k a lower-case past form in -ed (carried, unveiled)? */
static int
claims_past_form(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return (t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) == TOK_WORD &&
	    tok_end(t) - t->start > 4 && memcmp(c->d->text + tok_end(t) - 2, "ed", 2) == 0;
}

/*
 * Does what follows a cue form at e read it as a noun: a relative clause
 * (swing states that have voted, states that held primaries) or a comma
 * with no quote after it (Fifth Amendment claims, prosecutors said)?
 */
static int
claims_noun_tail(const struct claims *c, size_t k, size_t e)
{
	size_t ja, jb;

	if (e + 1 >= c->se)
		return 0;
	if (claims_punct(c, e, ',')) {
		if (k > c->sf && claims_source_before(c, k - 1, &ja, &jb) &&
		    ja > c->sf && (claims_punct(c, ja - 1, ',') ||
		    claims_is(c, ja - 1, "as") ||
		    (claims_flags(c, ja - 1) & TOK_CLOSEQ)))
			return 0;	/* A, the memo states, B; as some hope, */
		return !(claims_flags(c, e + 1) & TOK_OPENQ);
	}
	return claims_is(c, e, "that") && (claims_has(c, e + 1, WC_AUX) ||
	    claims_has(c, e + 1, WC_BE) || claims_has(c, e + 1, WC_PAST_VERB) ||
	    claims_past_form(c, e + 1));
}

/*
 * A cue form that is a noun as often (support, plans, states) read as a
 * noun: after an article, a possessive, a number, a preposition, an
 * adjective or a verb (enjoyed tremendous support, did not unveil plans,
 * swing states), or before an auxiliary (health worries have ...).
 */
/*
 * Is the word at l, or the name that ends there, the object of a
 * preposition right before it (at Labour, on marketing)? A noun-verb
 * after it is then a noun (hit back at Labour claims he ...).
 */
static int
claims_prep_object(const struct claims *c, size_t l)
{
	size_t f = l;

	if (claims_flags(c, l) & TOK_CAP)
		while (f > c->sf && (claims_flags(c, f - 1) & TOK_CAP))
			f--;
	return f > c->sf && claims_has(c, f - 1, WC_SUBJECT_PREP);
}

static enum claims_try
claims_try_noun_verb(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, k = cu->k;

	if (cu->a != k || !claims_has(c, k, WC_NOUN_VERB) || (l != SIZE_MAX &&
	    claims_has(c, l, WC_PRONOUN) && !claims_is(c, l, "that")))
		return TRY_NEXT;	/* which they claim is owed; not "assurances
				 * that highlights would stay free" */
	if (cu->e < c->se && (claims_has(c, cu->e, WC_AUX) ||
	    claims_has(c, cu->e, WC_BE) || claims_noun_tail(c, cu->k, cu->e)))
		return TRY_NONE;
	if (l == SIZE_MAX)
		return TRY_NEXT;
	if (claims_prep_object(c, l))
		return TRY_NONE;	/* hit back at Labour claims, on marketing calls */
	if (claims_flags(c, l) & TOK_CAP)
		return TRY_NEXT;
	if (claims_has(c, l, WC_DET) || (claims_flags(c, l) & (TOK_POSS |
	    TOK_DIGIT)) || claims_has(c, l, WC_NP_PREP) ||
	    claims_has(c, l, WC_ORDINAL) || claims_has(c, l, WC_NUMBER) ||
	    claims_has(c, l, WC_MEASURE_NOUN) ||
	    claims_has(c, l, WC_VENUE_PREP) || claims_adjective(c, l) ||
	    claims_has(c, l, WC_PAST_VERB) || claims_past_form(c, l))
		return TRY_NONE;	/* carried remarks, unveiled plans, a third state,
				 * a quarter point */
	if (l > c->sf && (claims_has(c, l - 1, WC_AUX) ||
	    claims_is(c, l - 1, "not") || claims_is(c, l - 1, "to")) &&
	    !claims_has(c, l, WC_PRONOUN))
		return TRY_NONE;	/* did not unveil plans */
	return TRY_NEXT;
}

/* “CONTENT,” said SOURCE, ... */
static enum claims_try
claims_try_quote_said(struct claims *c, struct claims_cue *cu)
{
	size_t xa, xb, sb;
	int r;

	if ((r = claims_after_quote(c, cu->a, &xa, &xb)) != 0 &&
	    claims_np_source_right(c, cu->e, &sb) &&
	    (r == 1 || claims_inverted_tail(c, sb + 1)))
		return claims_found(cu, xa, xb, cu->e,
		    claims_np_inverted_appos(c, cu->e, sb));
	return TRY_NEXT;
}

/*
 * Does a closed quotation in [xa, l) end before a capitalised name and a
 * short apposition ("Growth is weak," Ann Roe, an economist at Acme,
 * told the paper)? The name, not the phrase after the cue, is the source
 * (another shape takes it). A longer interruption is left as it was.
 */
static int
claims_quote_named(const struct claims *c, size_t xa, size_t l)
{
	size_t q;

	for (q = l; q-- > xa + 1;)
		if (claims_flags(c, q) & TOK_CLOSEQ)
			return q + 2 < l && l - q <= 12 &&
			    (claims_flags(c, q + 1) & (TOK_WORD | TOK_CAP)) ==
			    (TOK_WORD | TOK_CAP) &&
			    !(claims_flags(c, q + 1) & TOK_INQUOTE);
	return 0;
}

/* CONTENT, said SOURCE: a cue of speech or thought after a clause */
static enum claims_try
claims_try_comma_said(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, e = cu->e, xa, xb, sb;

	if (claims_punct(c, l, ',') && !claims_is(c, e, "that") &&
	    (cu->h->cue->frame & (CUE_THAT | CUE_QUOTE | CUE_CLAUSE)) &&
	    !claims_subject_appos(c, l) && !claims_relative_subject(c, l) &&
	    !claims_has(c, e, WC_NO_START) &&
	    claims_np_source_right(c, e, &sb) &&
	    (claims_nothing_after(c, sb + 1) ||
	    claims_appos_after(c, sb + 1, &sb)) &&
	    claims_backward(c, l, &xa, &xb) && !claims_quote_named(c, xa, l))
		return claims_found(cu, xa, xb, e, sb);
	return TRY_NEXT;
}

/*
 * CONTENT, as SOURCE CUE, CONTENT (The port, as Lund noted, rarely
 * floods; Taxes rose, as the board had warned.): the sentence is the
 * content.
 */
static enum claims_try
claims_try_as_source(struct claims *c, struct claims_cue *cu)
{
	size_t ja = cu->ja, t, xa, xb, bb;

	/* the head of the phrase (as one of Lund's advisers noted) */
	while (ja > c->sf + 3 && ja + 3 > cu->ja && !claims_is(c, ja - 1, "as") &&
	    (claims_flags(c, ja - 1) & TOK_WORD))
		ja--;
	if (ja < c->sf + 3 || !claims_is(c, ja - 1, "as") ||
	    !claims_punct(c, ja - 2, ',') || (t = claims_inverted_tail(c, cu->e)) == 0 ||
	    !(cu->h->cue->frame & (CUE_THAT | CUE_CLAUSE | CUE_QUOTE)))
		return TRY_NEXT;
	if (!claims_backward(c, ja - 2, &xa, &bb)) {
		/* one word before, the sentence goes on (Oslo, as X noted, is ...) */
		if (ja - 3 != c->sf || !(claims_flags(c, c->sf) & TOK_WORD) ||
		    t >= c->se || !claims_punct(c, t - 1, ','))
			return TRY_NEXT;
		xa = bb = c->sf;
	}
	if (t < c->se && claims_punct(c, t - 1, ',')) {
		if (!claims_content_end(c, t, &xb))
			return TRY_NEXT;
	} else
		xb = bb;
	if (!claims_accept(c, ja, cu->jb))
		return TRY_NEXT;
	return claims_found(cu, xa, xb, ja, cu->jb);
}

/* Is token k a lower-case word in -ing (casting, saying)? */
static int
claims_ing_word(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return (t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) == TOK_WORD &&
	    tok_end(t) - t->start > 4 && memcmp(c->d->text + tok_end(t) - 3, "ing",
	    3) == 0;
}

/*
 * Is token k a verb cue in small letters that is no noun as often
 * (defended, believed; not plans, claims)?
 */
static int
claims_verb_cue_word(const struct claims *c, size_t k)
{
	struct cue_hit h[CLAIMS_MAXHITS];
	int n, i;

	if ((claims_flags(c, k) & (TOK_WORD | TOK_CAP | TOK_UPPER)) != TOK_WORD ||
	    claims_has(c, k, WC_NOUN_VERB) || claims_has(c, k, WC_DET))
		return 0;
	n = claims_cues(c, k, h);
	for (i = 0; i < n; i++)
		if (!(h[i].cue->frame & (CUE_NOUN | CUE_SOURCE)))
			return 1;
	return 0;
}

/*
 * An indirect question of what someone is able to do (critics asked how
 * a son of farmers can propose water charges; why a mayor could promise
 * that): a cue after "can" or "could" whose subject follows "how" or
 * "why" in its clause states nothing anyone said.
 */
static int
claims_wh_ability(const struct claims *c, const struct claims_cue *cu)
{
	size_t k, n = 0;

	for (k = cu->a; k < cu->k; k++)
		if (claims_is(c, k, "can") || claims_is(c, k, "could"))
			break;
	if (k == cu->k)
		return 0;
	for (k = cu->ja; k > c->sf && n++ < 6; k--) {
		if (claims_is(c, k - 1, "how") || claims_is(c, k - 1, "why"))
			return 1;
		if (!(claims_flags(c, k - 1) & TOK_WORD))
			return 0;
	}
	return 0;
}

/*
 * A noun before the cue (Ghana's vote, the best plan), a participle alone
 * after a comma (..., casting further doubt on), or a nested cue. A verb
 * cue inside the phrase before is none of the source: the source
 * starts after it (they believed Holm wanted ...), and with no name,
 * article or pronoun there the cue is inside its object (The mayor
 * defended port plans to ...: no claim of "plans").
 */
static enum claims_try
claims_try_no_subject(struct claims *c, struct claims_cue *cu)
{
	size_t m;

	for (m = cu->jb; m >= cu->ja && m > c->sf; m--)
		if (claims_verb_cue_word(c, m)) {
			if (m == cu->jb || !(claims_np_opener(c, m + 1) ||
			    claims_has(c, m + 1, WC_PRONOUN)))
				return TRY_NONE;
			cu->ja = m + 1;
			break;
		}
	if ((claims_flags(c, cu->jb) & TOK_POSS) || claims_wh_ability(c, cu) ||
	    (cu->ja == cu->jb &&
	    claims_ing_word(c, cu->ja) && (cu->ja == c->sf ||
	    claims_punct(c, cu->ja - 1, ','))) || (cu->h->base &&
	    cu->a == cu->k && !claims_plural(c, cu->ja, cu->jb)) ||
	    !claims_accept(c, cu->ja, cu->jb))
		return TRY_NONE;
	return TRY_NEXT;
}

/*
 * Is what follows the cue a listener and nothing more (he told a news
 * conference.; she told BBC Radio's Today programme, adding ...), for a
 * cue that takes one? One past the token where it stops (claims_inverted_tail),
 * else 0.
 */
static size_t
claims_listener_tail(const struct claims *c, const struct claims_cue *cu)
{
	size_t e = cu->e, j;

	if (!(cu->h->cue->frame & CUE_IOBJ) || e >= c->se)
		return 0;
	if (claims_has(c, e, WC_LISTENER))
		return claims_inverted_tail(c, e + 1);
	if (!(claims_flags(c, e) & TOK_WORD) || claims_is(c, e, "that") ||
	    claims_has(c, e, WC_NO_START) || claims_has(c, e, WC_PRONOUN))
		return 0;
	/* one noun phrase: an article first, names, possessives */
	for (j = e + claims_has(c, e, WC_DET); j < c->se && j < e + 10; j++)
		if (!(claims_flags(c, j) & TOK_CAP) && (claims_has(c, j, WC_DET) ||
		    !claims_np_word(c, j)))
			break;
	return j > e ? claims_inverted_tail(c, j) : 0;
}

/* Does the sentence end with the listener (He told the court.)? */
static int
claims_listener_last(const struct claims *c, const struct claims_cue *cu)
{
	size_t t = claims_listener_tail(c, cu);

	return t != 0 && (t >= c->se || claims_final(c, t - 1));
}

/*
 * The sentence ends after the listener, or a participle follows it (the
 * paper "erred," he told the court, saying ...), not a clause (The cost
 * now, he told me, is high).
 */
static int
claims_listener_ends(const struct claims *c, const struct claims_cue *cu)
{
	size_t t = claims_listener_tail(c, cu);
	const struct token *w;

	if (t == 0 || claims_listener_last(c, cu))
		return t != 0;
	w = &c->d->toks.v[t];
	return (w->flags & TOK_WORD) && tok_end(w) - w->start > 4 &&
	    memcmp(c->d->text + tok_end(w) - 3, "ing", 3) == 0;
}

/* “CONTENT,” SOURCE said, ... */
static enum claims_try
claims_try_quote_source_said(struct claims *c, struct claims_cue *cu)
{
	size_t xa, xb;
	int r;

	if ((r = claims_after_quote(c, cu->ja, &xa, &xb)) != 0 &&
	    (r == 1 || claims_inverted_tail(c, cu->e) ||
	    claims_listener_ends(c, cu)))
		return claims_found(cu, xa, xb, cu->ja, cu->jb);
	return TRY_NEXT;
}

/*
 * “CONTENT,” SOURCE, with its appositions, said: everything between the
 * quote and the cue is the source (“...,” Ada Lunde, the mayor of Vik,
 * one of the towns in the suit, said on Monday; ''...,'' Rep. Ola Berg
 * (D-Ore.), a panel member, said). It opens with a name, an article or a
 * pronoun and holds no quote, no other sentence, no semicolon.
 */
static enum claims_try
claims_try_quote_long_source(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, q, k, sb, xa, xb;
	int r;

	for (q = l; q > c->sf && q + 40 > l; q--)
		if (claims_flags(c, q) & TOK_QUOTE)
			break;
	if (!(claims_flags(c, q) & TOK_CLOSEQ) || q + 2 > l ||
	    !((claims_flags(c, q + 1) & TOK_CAP) || claims_has(c, q + 1, WC_DET)))
		return TRY_NEXT;
	for (k = q + 1; k <= l; k++)
		if (claims_punct(c, k, ';') || claims_punct(c, k, ':') ||
		    (claims_final(c, k) && !(k > q + 1 && tok_end(&c->d->toks.v[k - 1]) ==
		    c->d->toks.v[k].start)))
			return TRY_NEXT;
	sb = claims_punct(c, l, ',') ? l - 1 : l;
	if (sb <= q + 1 || (r = claims_after_quote(c, q + 1, &xa, &xb)) == 0 ||
	    !claims_inverted_tail(c, cu->e) || !claims_accept(c, q + 1, sb))
		return TRY_NEXT;
	(void)r;
	return claims_found(cu, xa, xb, q + 1, sb);
}

/* CONTENT, SOURCE said. / CONTENT, SOURCE told a news conference. */
static enum claims_try
claims_try_comma_source_said(struct claims *c, struct claims_cue *cu)
{
	size_t sa = cu->ja, xa, xb;

	if (sa > c->sf && (claims_nothing_after(c, cu->e) ||
	    claims_listener_ends(c, cu)) &&
	    claims_punct(c, sa - 1, ',') && claims_backward(c, sa - 1, &xa, &xb))
		return claims_found(cu, xa, xb, sa, cu->jb);
	return TRY_NEXT;
}

/*
 * Does the clause at ba open the sentence as an adjunct of the cue's own
 * clause, not as content: a participle in -ed (Asked about the toll, Lund
 * said, "..."), or in -ing when a quote follows the cue (Speaking in Oslo,
 * he said, "..."; not a subject: Selling the port, he said, was wrong)?
 */
static int
claims_adjunct_clause(const struct claims *c, size_t ba, int quote)
{
	const struct token *t = &c->d->toks.v[ba];
	size_t n = tok_end(t) - t->start;
	const char *w = c->d->text + t->start;

	if (ba != c->sf || ba + 1 >= c->se || claims_has(c, ba, WC_NP_STOP) ||
	    (t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) != (TOK_WORD | TOK_CAP) ||
	    n <= 4 || (claims_flags(c, ba + 1) & TOK_CAP))
		return 0;
	return memcmp(w + n - 2, "ed", 2) == 0 ||
	    (quote && memcmp(w + n - 3, "ing", 3) == 0);
}

/*
 * A cue between commas inside its content (The bridge, Olsen said, will
 * cost more; “A,” he said, “B.”): the content starts with the sentence's
 * clause before the source, as *xa after the cue would leave it out.
 */
static void
claims_parenthetical(const struct claims *c, const struct claims_cue *cu,
    size_t *xa)
{
	size_t sa = cu->ja, ba, bb;

	if (sa > c->sf + 1 && claims_punct(c, sa - 1, ',') && *xa > cu->e &&
	    claims_punct(c, *xa - 1, ',') && claims_inverted_tail(c, cu->e) &&
	    claims_backward(c, sa - 1, &ba, &bb) && ba < sa &&
	    !claims_adjunct_clause(c, ba, (claims_flags(c, *xa) & TOK_OPENQ) != 0))
		*xa = ba;
}

/*
 * SOURCE CUE: at the end of a paragraph (The governor added:): the next
 * body paragraph is the content, its tokens in [*xa, *xb].
 */
static int
claims_next_para(const struct claims *c, size_t j, size_t *xa, size_t *xb)
{
	const struct doc *d = c->d;
	size_t p, e;

	if (j + 1 != c->se || c->se != c->pe || !claims_punct(c, j, ':') ||
	    c->pe >= d->toks.n)
		return 0;
	p = MODEL_FIRST(d->paras, struct para, end, tok_end(&d->toks.v[c->pe]));
	if (p >= d->paras.n || d->paras.v[p].kind != PARA_BODY)
		return 0;
	for (e = c->pe; e + 1 < d->toks.n && tok_end(&d->toks.v[e + 1]) <=
	    d->paras.v[p].end; e++)
		;
	while (e > c->pe && !claims_ends_content(c, e))
		e--;
	if (e <= c->pe)
		return 0;
	*xa = c->pe;
	*xb = e;
	return 1;
}

/*
 * A cue between commas with no content of its own after it (The talks
 * would take weeks, he said, and more would follow; He has a plan, he
 * said, for how ...): the whole sentence is the content.
 */
static int
claims_parenthetical_all(const struct claims *c, struct claims_cue *cu)
{
	size_t sa = cu->ja, t, ba, bb, xb;

	if (cu->h->ing || !(cu->h->cue->frame & (CUE_THAT | CUE_CLAUSE |
	    CUE_QUOTE)) || sa <= c->sf + 1 || !claims_punct(c, sa - 1, ',') ||
	    (t = claims_inverted_tail(c, cu->e)) == 0 || t >= c->se ||
	    !claims_punct(c, t - 1, ',') || !claims_content_end(c, t, &xb) ||
	    !claims_backward(c, sa - 1, &ba, &bb) || ba >= sa ||
	    claims_adjunct_clause(c, ba, 0))
		return 0;
	claims_found(cu, ba, xb, sa, cu->jb);
	return 1;
}

/*
 * Does "with" after a comma open the participle's subject at sa (Oslo
 * welcomed the ruling, with its mayor saying ...)?
 */
static int
claims_with_subject(const struct claims *c, size_t sa)
{
	return sa > c->sf + 1 && claims_is(c, sa - 1, "with") &&
	    claims_punct(c, sa - 2, ',');
}

/*
 * "called" naming what an indefinite phrase before it is (a group called
 * Vesna Watch, which ...; a tanker called "Eagle" in May; a group called
 * Vesna is ...): no aux, the subject opens with a or an, a name or a quote
 * follows and ends the clause or comes before its verb.
 */
static int
claims_naming(const struct claims *c, const struct claims_cue *cu)
{
	size_t e = cu->e, j;

	if (strcmp(cu->h->cue->lemma, "call") != 0 || cu->h->ing ||
	    cu->a != cu->k || e >= c->se || !(claims_is(c, cu->ja, "a") ||
	    claims_is(c, cu->ja, "an")) ||
	    !(claims_flags(c, e) & (TOK_CAP | TOK_OPENQ)))
		return 0;
	if (claims_flags(c, e) & TOK_OPENQ)
		j = claims_quote_end(c, e) + 1;
	else
		for (j = e; j < c->se && ((claims_flags(c, j) & TOK_CAP) ||
		    claims_is(c, j, "of") || claims_is(c, j, "the")); j++)
			;
	return j >= c->se || claims_final(c, j) || claims_punct(c, j, ',') ||
	    claims_has(c, j, WC_RELATIVE) || claims_punct(c, j, '(') ||
	    claims_has(c, j, WC_AUX) || claims_has(c, j, WC_BE) ||
	    claims_has(c, j, WC_VENUE_PREP) || claims_is(c, j, "on");
}

/*
 * Is the cue's object a relative pronoun before its source, the clause
 * closed by a comma right after the cue (The claims, which he denied,
 * are ...)? Not after a preposition (To which she said, "...").
 */
static int
claims_relative_object(const struct claims *c, const struct claims_cue *cu)
{
	size_t sa = cu->ja;

	return sa > c->sf && (claims_is(c, sa - 1, "which") ||
	    claims_is(c, sa - 1, "that")) && !(sa - 1 > c->sf &&
	    claims_has(c, sa - 2, WC_SUBJECT_PREP)) && cu->e + 1 < c->se &&
	    claims_punct(c, cu->e, ',') &&
	    !(claims_flags(c, cu->e + 1) & TOK_QUOTE);
}

/*
 * Is the cue's subject a relative pronoun in a clause that interrupts the
 * sentence's subject before that subject's own verb cue (A senior officer,
 * who did not want to be named, said ...; Beacon TV, which showed the
 * final, said ...; Ann Roe, who represents firms that complained about
 * Acme, said ...)? Then the main verb makes the claim, this cue none.
 */
static int
claims_relative_aside(const struct claims *c, const struct claims_cue *cu)
{
	struct cue_hit h[CLAIMS_MAXHITS];
	size_t sa = cu->ja, j, v, s;

	if (!claims_is(c, sa, "who") && !claims_is(c, sa, "which") &&
	    !claims_is(c, sa, "that"))
		return 0;
	for (j = cu->e; j + 1 < c->se && !claims_punct(c, j, ','); j++)
		if (claims_flags(c, j) & TOK_QUOTE)
			return 0;
	for (v = j + 1; v < c->se && v < j + 4 && (claims_has(c, v, WC_AUX) ||
	    claims_has(c, v, WC_CUE_ADV)); v++)
		;
	if (v >= c->se || (claims_flags(c, v) & (TOK_WORD | TOK_INQUOTE)) !=
	    TOK_WORD || claims_cues(c, v, h) == 0 || h[0].ing ||
	    (h[0].cue->frame & (CUE_SOURCE | CUE_NOUN)))
		return 0;
	return claims_interrupted_subject(c, j, &s) && s < sa;
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

	if (cu->h->ing && !claims_progressive(c, cu->a, cu->k, cu->h) &&
	    !(sa > c->sf && (claims_punct(c, sa - 1, ',') ||
	    claims_with_subject(c, sa))))
		return TRY_NONE;	/* "the threat of saying": no subject */
	if (!(cu->h->cue->frame & CUE_OBJ) && claims_listener_last(c, cu))
		return TRY_NONE;	/* "He told the court.": no content */
	if (claims_naming(c, cu))
		return TRY_NONE;	/* "a group called Vesna": a name */
	if (sa > c->sf && claims_is(c, sa - 1, "if"))
		return TRY_NONE;	/* "if they said no, ...": a condition */
	if (claims_relative_object(c, cu))
		return TRY_NONE;	/* "The claims, which he denied, are": no content */
	if (claims_relative_aside(c, cu))
		return TRY_NONE;	/* "Roe, who chairs it, said": the main verb's */
	if (sa == c->sf + 1 && claims_is(c, c->sf, "what") && cu->e < c->se &&
	    claims_has(c, cu->e, WC_BE))
		return TRY_NONE;	/* "What Lund wanted was ...": a subject */
	if ((r = claims_forward(c, cu->e, cu->h, &xa, &xb)) == 0) {
		if (claims_parenthetical_all(c, cu))
			return TRY_FOUND;
		if (claims_next_para(c, cu->e, &xa, &xb))
			return claims_found(cu, xa, xb, sa, cu->jb);
		return TRY_NONE;
	}
	if (r == 2)
		cu->kind = CLAIM_POSITION;
	claims_parenthetical(c, cu, &xa);
	return claims_found(cu, xa, xb, sa, cu->jb);
}

/* SOURCE, who did this, said CONTENT */
static enum claims_try
claims_try_interrupted(struct claims *c, struct claims_cue *cu)
{
	size_t sa, sb, xa, xb;
	int r;

	if (cu->l <= c->sf)	/* "The decline was ...": no source before */
		return TRY_NEXT;
	sb = cu->l - 1;
	while (sb > c->sf && claims_dash(c, sb))
		sb--;	/* the first half of "- -" */
	if ((claims_punct(c, cu->l, ',') || claims_dash(c, cu->l)) &&
	    claims_interrupted_subject(c, cu->l, &sa) && sb > sa &&
	    (r = claims_forward(c, cu->e, cu->h, &xa, &xb)) != 0) {
		if (r == 2)
			cu->kind = CLAIM_POSITION;	/* called on X to ... */
		return claims_found(cu, xa, xb, sa, sb);
	}
	return TRY_NEXT;
}

/*
 * SOURCE did this and said CONTENT; also with "but" (The aide would not
 * name him but said the talks had failed).
 */
static enum claims_try
claims_try_coordinated(struct claims *c, struct claims_cue *cu)
{
	size_t l = cu->l, sa, sb, xa, xb;

	if ((cu->h->cue->frame & CUE_ADJ) && cu->a == cu->k)
		return TRY_NEXT;	/* "but critical of": no "be" */
	if (l > c->sf && (claims_is(c, l, "and") || claims_is(c, l, "but")) &&
	    claims_coordinated_source(c, l, &sa, &sb) &&
	    claims_forward(c, cu->e, cu->h, &xa, &xb))
		return claims_found(cu, xa, xb, sa, sb);
	return TRY_NEXT;
}

/*
 * Is there a subject at k that a verb cue follows, maybe after auxiliaries
 * (Lund said; the mayor has warned)? Its last token in *sb.
 */
static int
claims_subject_cue_at(const struct claims *c, size_t k, size_t *sb)
{
	struct cue_hit h[CLAIMS_MAXHITS];
	size_t j;

	if (!claims_np_right(c, k, c->se, sb))
		return 0;
	for (j = *sb + 1; j < c->se && j < *sb + 3 && (claims_has(c, j, WC_AUX) ||
	    claims_has(c, j, WC_CUE_ADV)); j++)
		;
	return j < c->se && (claims_flags(c, j) & TOK_WORD) &&
	    claims_cues(c, j, h) > 0;
}

/*
 * A participle cue opening the sentence, up to the comma before the main
 * clause's subject and cue: "Asked whether CONTENT, SOURCE said": who
 * asked is not said (Asked about the toll, Lund said ...: content "the
 * toll"); "Stressing CONTENT, SOURCE said": the main clause's subject is
 * its source (Stressing the risk, Lund said ...).
 */
static enum claims_try
claims_try_opening(struct claims *c, struct claims_cue *cu)
{
	size_t xa, xb, j, sb;

	if (cu->a != c->sf || cu->k != c->sf ||
	    !(cu->h->ing || (cu->h->cue->frame & CUE_WHETHER)) ||
	    !claims_adjunct_clause(c, cu->k, 1) ||
	    !claims_forward(c, cu->e, cu->h, &xa, &xb))
		return TRY_NEXT;
	for (j = xa + 1; j < xb; j++)
		if (claims_punct(c, j, ',') && !(claims_flags(c, j) & TOK_INQUOTE) &&
		    (!cu->h->ing || claims_subject_cue_at(c, j + 1, &sb)))
			break;
	if (j >= xb)
		return TRY_NEXT;
	if (cu->h->ing)
		return claims_found(cu, xa, j - 1, j + 1, sb);
	/* the main clause's claim cuts the content at its subject */
	cu->ca = cu->a;
	cu->cb = cu->e - 1;
	cu->xa = xa;
	cu->xb = xb;
	cu->source = SRC_NONE;
	return TRY_FOUND;
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
    bool *has_holder, struct span *inner)
{
	struct doc *d = c->d;
	uint32_t a = d->toks.v[xa].start, b = tok_end(&d->toks.v[xb]);
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
			if (inner != NULL && p->kind == CLAIM_BELIEF)
				*inner = p->content;
		}
		memmove(p, p + 1, (d->claims.n - i - 1) * sizeof *p);
		d->claims.n--;
	}
}

/*
 * After "According to X, A said B": the claims the scan found in the
 * content are absorbed into the leading claim, as in the trailing form.
 */
void
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
	claims_absorb(c, (size_t)xa, (size_t)xb, &holder, &has_holder, NULL);
	cl = &d->claims.v[c->lead];
	cl->has_holder = has_holder;
	cl->holder = holder;
}

/*
 * Is [a, b] a clause: "that" first, or an auxiliary or a past verb in it
 * (repairs will take weeks), not an object (suspected the broker of ...)?
 */
static int
claims_has_verb(const struct claims *c, size_t a, size_t b)
{
	size_t k;

	if (claims_is(c, a, "that"))
		return 1;
	for (k = a + 1; k <= b; k++)
		if (!(claims_flags(c, k) & TOK_CAP) && (claims_has(c, k, WC_AUX) ||
		    claims_has(c, k, WC_BE) || claims_has(c, k, WC_PAST_VERB)))
			return 1;	/* not a capital: Since May, ... */
	return 0;
}

/*
 * X believes Y, according to Z: the content is Y, the belief Z reports
 * (the holder X is kept for the party), when X opens the clause and the
 * inner claim's content runs on from inside it. A claim of speech or
 * position stays whole (X said Y, according to Z), as the gold sets span it.
 */
static void
claims_inner_content(const struct claims *c, const struct claims_cue *cu,
    const struct span *inner, size_t *xa, size_t *xb)
{
	long a;

	if (!cu->has_holder || cu->holder.start != c->d->toks.v[*xa].start ||
	    inner->end == 0)
		return;
	a = claims_tok_at(c->d, inner->start);
	if (a > (long)*xa && (size_t)a < *xb && inner->end >= tok_end(&c->d->toks.v[*xb]) &&
	    claims_has_verb(c, (size_t)a, *xb))
		*xa = (size_t)a;
}

/* CONTENT, according to SOURCE / According to SOURCE, CONTENT */
static enum claims_try
claims_try_according(struct claims *c, struct claims_cue *cu)
{
	size_t k = cu->k, e = cu->e, sb, xa, xb, j;
	struct span inner = { 0, 0 };

	if (!claims_np_source_right(c, e, &sb))
		return TRY_NEXT;	/* a statement from Acme: with Acme */
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
		/*
		 * A, according to X, and B: one content; so too when A is no
		 * clause but a phrase of the sentence that goes on (Over the
		 * long term, according to X, the deficit will rise).
		 */
		if (sb + 3 < c->se && claims_punct(c, sb + 1, ',') &&
		    (claims_has(c, sb + 2, WC_CONJ) || (!claims_has_verb(c, xa, xb) &&
		    !claims_past_form(c, xb) && !(claims_flags(c, xb) & TOK_CLOSEQ))))
			claims_content_end(c, sb + 2, &xb);
	}
	if (xa > k)
		c->lead = (long)c->d->claims.n;	/* claims to come are inside */
	else {
		claims_absorb(c, xa, xb, &cu->holder, &cu->has_holder, &inner);
		claims_inner_content(c, cu, &inner, &xa, &xb);
	}
	claims_found(cu, xa, xb, e, sb);
	cu->ca = k;
	return TRY_FOUND;
}

/*
 * Has the verb at token v made a claim of its own (repeated a claim that
 * ...: "repeated" takes the phrase)? Then the noun makes none.
 */
static int
claims_cue_taken(const struct claims *c, size_t v)
{
	size_t i;

	for (i = c->first; i < c->d->claims.n; i++)
		if (c->d->claims.v[i].cue.start == c->d->toks.v[v].start)
			return 1;
	return 0;
}

/*
 * SOURCE VERB (a) NOUN to CONTENT: a verb whose object is the cue noun
 * that carries the claim (Oslo has unveiled plans to widen the port; the
 * board issued a warning that ...). The noun's first word (after its
 * adjective) is token a; the cue runs from the verb's auxiliaries.
 */
static int
claims_light_verb(struct claims *c, struct claims_cue *cu, size_t a)
{
	size_t v = a, va, sa, sb, xa = cu->e, xb;

	if (v < cu->k && claims_has(c, v, WC_LIGHT_VERB))
		v++;	/* no adjective: the verb itself (unveiled plans) */
	if (v > c->sf && claims_has(c, v - 1, WC_DET))
		v--;
	if (v <= c->sf + 1 || !claims_has(c, v - 1, WC_LIGHT_VERB) ||
	    (claims_flags(c, v - 1) & TOK_CAP))
		return 0;
	va = claims_aux_start(c, v - 1);
	for (sa = va; sa + 1 < v; sa++)
		if (claims_is(c, sa, "not") || claims_is(c, sa, "never"))
			return 0;	/* did not unveil plans: none */
	if (va <= c->sf || !claims_source_before(c, va - 1, &sa, &sb) ||
	    !claims_clause_start(c, sa) || claims_passive(c, va, v - 1, cu->h))
		return 0;
	if (!claims_content_end(c, xa, &xb) || xb <= xa ||
	    claims_cue_taken(c, va) || !claims_accept(c, sa, sb))
		return 0;
	cu->a = va;
	claims_found(cu, xa, xb, sa, sb);
	return 1;
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
	if (claims_light_verb(c, cu, a))
		return TRY_FOUND;
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
	{ .name = "CONTENT was VERBed by SOURCE",
	  .needs = NEED_VERB | NEED_NOT_ING, .try = claims_try_by_agent },
	{ .name = "passive (was said): none",
	  .needs = NEED_VERB, .try = claims_try_passive },
	{ .name = "a noun that reads as a verb (tremendous support): none",
	  .needs = NEED_VERB | NEED_NOT_ING, .try = claims_try_noun_verb },
	{ .name = "“CONTENT,” said SOURCE",
	  .needs = NEED_VERB | NEED_BEFORE | NEED_NOT_ING,
	  .try = claims_try_quote_said },
	{ .name = "CONTENT, said SOURCE",
	  .needs = NEED_VERB | NEED_BEFORE | NEED_NOT_ING,
	  .try = claims_try_comma_said },
	{ .name = "“CONTENT,” SOURCE, its appositions, said",
	  .needs = NEED_VERB | NEED_BEFORE | NEED_NOT_ING,
	  .try = claims_try_quote_long_source },
	{ .name = "CONTENT, as SOURCE CUE, CONTENT",
	  .needs = NEED_VERB | NEED_SUBJECT | NEED_NOT_ING,
	  .try = claims_try_as_source },
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
	{ .name = "Asked whether CONTENT, SOURCE said ... / Stressing CONTENT, SOURCE said",
	  .needs = NEED_VERB | NEED_NO_SUBJECT, .try = claims_try_opening },
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

/* Is token k a preposition a cue takes (critical of, blamed X for)? */
static int
claims_cue_prep_word(const struct claims *c, size_t k)
{
	return claims_is(c, k, "of") || claims_is(c, k, "for") ||
	    claims_is(c, k, "with") || claims_is(c, k, "against");
}

/*
 * The preposition right after a cue belongs to it (complained about the
 * tax: cue "complained about"), as the gold sets span it.
 */
static void
claims_cue_prep(const struct claims *c, struct claims_cue *cu)
{
	if (cu->xa == cu->cb + 1 && cu->xa < cu->xb &&
	    ((claims_cue_prep_word(c, cu->xa) && (cu->h->cue->frame & CUE_OF)) ||
	    claims_is(c, cu->xa, "about"))) {
		cu->cb = cu->xa;
		cu->xa++;
	}
}

/* Try the shapes around the cue at token k; add the claim of the first. */
int
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
		claims_cue_prep(c, &cu);
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
