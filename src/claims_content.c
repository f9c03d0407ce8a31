/*
 * claims_content.c: the content of a claim, the span of tokens a cue
 * attributes: after the cue (a quote, a that-clause, an infinitive, an
 * object, as the cue's frame allows, past time and venue adverbials), or
 * before it (the clause or the quote before the comma); where it ends (at
 * the sentence's end, before ", but" or a subordinate clause's comma, at
 * the main verb of a noun cue's subject).
 *
 * The function words a rule reads by name (that, to, of, in) stay in the
 * rule: each is the grammar of that one rule, not a list of words; lists
 * are classes of data/words.tsv (claims_has).
 */
#include <stdint.h>
#include <string.h>

#include "claims_content.h"
#include "claims_int.h"
#include "claims_np.h"

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

/* Does a noun phrase open at j (the demands, his book, it)? */
static int
claims_np_at(const struct claims *c, size_t j)
{
	return j < c->se && !claims_is(c, j, "that") &&
	    (claims_has(c, j, WC_DET) || (claims_flags(c, j) & TOK_POSS) ||
	    (claims_has(c, j, WC_PRONOUN) && !claims_has(c, j, WC_LISTENER)));
}

/*
 * Does a verb of its own open at k, so that a "that" after it is not the
 * cue's: "vowed not to repeat that mistake", "vowed to repeat that
 * mistake". "to" before a listener or a noun phrase (explained to the
 * committee that, wrote to members that) opens none.
 */
static int
claims_own_verb(const struct claims *c, size_t k)
{
	if (claims_is(c, k, "not") || claims_is(c, k, "never"))
		return 1;
	if (!claims_is(c, k, "to") || k + 1 >= c->se)
		return 0;
	k++;
	return (claims_flags(c, k) & (TOK_WORD | TOK_CAP | TOK_UPPER |
	    TOK_DIGIT | TOK_POSS)) == TOK_WORD && !claims_has(c, k, WC_DET) &&
	    !claims_has(c, k, WC_PRONOUN) && !claims_has(c, k, WC_LISTENER);
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
		if (claims_own_verb(c, k))
			return 0;
		/* an abbreviation's period (on Jan. 5) does not stop the search */
		if (!(claims_flags(c, k) & (TOK_WORD | TOK_POSS)) &&
		    !claims_punct(c, k, ',') && !(claims_punct(c, k, '.') &&
		    k > j && tok_end(&c->d->toks.v[k - 1]) == c->d->toks.v[k].start))
			return 0;
		if (claims_has(c, k, WC_PRONOUN) || claims_has(c, k, WC_AUX))
			return 0;
	}
	return 0;
}

/*
 * The end of content that runs from x to the sentence's end: final marks
 * dropped (not a closing quote), cut before ", but" and the like.
 */
int
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
	while (e > x && !claims_ends_content(c, e) && !claims_punct(c, e, ')'))
		e--;
	if (e < x || !(claims_flags(c, e) & (TOK_WORD | TOK_CLOSEQ | TOK_PUNCT |
	    TOK_POSS)))
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
 * let ..., urged Chile to drop ..., called on Oslo to "act now"), for a
 * cue that takes a listener and an infinitive?
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
	    (claims_flags(c, sb + 2) & (TOK_WORD | TOK_OPENQ)) &&
	    !claims_has(c, sb + 2, WC_DET);
}

/*
 * Past a listener named at j before a bare clause (told the BBC they had
 * ..., told Reuters the talks were over): the clause's first token, or j.
 */
static size_t
claims_skip_named_listener(const struct claims *c, size_t j)
{
	size_t k = j;

	if (k < c->se && claims_is(c, k, "the"))
		k++;
	if (k >= c->se || !(claims_flags(c, k) & TOK_CAP))
		return j;
	while (k < c->se && k < j + 5 && (claims_flags(c, k) & TOK_WORD) &&
	    (claims_flags(c, k) & (TOK_CAP | TOK_UPPER)))
		k++;
	if (k < c->se && (claims_flags(c, k) & TOK_WORD) &&
	    !(claims_flags(c, k) & TOK_CAP) && (claims_has(c, k, WC_DET) ||
	    (claims_has(c, k, WC_PRONOUN) && !claims_has(c, k, WC_LISTENER))))
		return k;
	return j;
}

/* Is token j "not to be" (asked not to be named): no content, a wish. */
static int
claims_anonymous(const struct claims *c, size_t j)
{
	return j + 2 < c->se && claims_is(c, j, "not") &&
	    claims_is(c, j + 1, "to") && claims_is(c, j + 2, "be");
}

/*
 * A topic between a cue of speech and its quote (says of Lund, “...”):
 * the token after its comma when a quote opens there, else j.
 */
static size_t
claims_skip_topic(const struct claims *c, size_t j, unsigned fr)
{
	size_t k;

	if (!(fr & CUE_QUOTE) || j + 3 >= c->se || !(claims_is(c, j, "of") ||
	    claims_is(c, j, "about")))
		return j;
	for (k = j + 1; k < c->se && k < j + 8; k++) {
		if (claims_punct(c, k, ','))
			return k + 1 < c->se && (claims_flags(c, k + 1) & TOK_OPENQ) ?
			    k : j;
		if (!(claims_flags(c, k) & (TOK_WORD | TOK_POSS)))
			return j;
	}
	return j;
}

/* Does a wh-clause open at token j (how, why, what: class wh-word)? */
static int
claims_wh(const struct claims *c, size_t j)
{
	return j + 1 < c->se && claims_has(c, j, WC_WH) &&
	    (claims_flags(c, j + 1) & TOK_WORD);
}

/*
 * Content after a cue that ends before token j: a quote, a that-clause, an
 * infinitive, a bare clause or an object, as the cue's frame allows.
 */
int
claims_forward(const struct claims *c, size_t j, const struct cue_hit *h,
    size_t *xa, size_t *xb)
{
	unsigned fr = h->cue->frame;
	size_t at, q;

	if (claims_find_that(c, j, &at) && (fr & (CUE_THAT | CUE_CLAUSE))) {
		/*
		 * A "that" with no subject after a noun the cue takes is a
		 * relative pronoun (tests found traces of a chemical that may
		 * raise the risk): the noun phrase is the content of a cue
		 * that takes one (proposed nothing that would raise taxes),
		 * else there is none; not for a listener's cue.
		 */
		if (at > j && !(fr & CUE_IOBJ) && at + 1 < c->se &&
		    (claims_has(c, at + 1, WC_AUX) ||
		    claims_has(c, at + 1, WC_PAST_VERB))) {
			if (!(fr & CUE_OBJ))
				return 0;
			*xa = j;
			return claims_content_end(c, j, xb) && *xb > j;
		}
		/*
		 * Only a cue that takes a listener skips a noun phrase: the
		 * phrase opens the content (repeated a claim that ...; said
		 * the demands that come with ...).
		 */
		*xa = !(fr & CUE_IOBJ) && claims_np_at(c, j) ? j : at;
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
	else if (fr & CUE_IOBJ)
		j = claims_skip_named_listener(c, j);
	j = claims_skip_topic(c, j, fr);
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
	} else if (claims_wh(c, j)) {
		/* explained how, asked why, knows what: a wh-clause */
		if (!(fr & (CUE_WHETHER | CUE_CLAUSE | CUE_OBJ)))
			return 0;
	} else if (claims_is(c, j, "by") || claims_final(c, j))
		return 0;
	else if (!(fr & (CUE_CLAUSE | CUE_OBJ)) || claims_has(c, j, WC_NO_START) ||
	    claims_anonymous(c, j))
		return 0;
	/* an object opens with no place word (called into a radio show) */
	else if (!(fr & CUE_CLAUSE) && claims_has(c, j, WC_LOCATIVE))
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
int
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
int
claims_nothing_after(const struct claims *c, size_t j)
{
	j = claims_skip_place(c, claims_skip_adverbials(c, j));
	while (j < c->se && !(claims_flags(c, j) & TOK_WORD) &&
	    !(claims_flags(c, j) & TOK_OPENQ))
		j++;
	return j >= c->se;
}

/* Content before a comma at token k: the quote closing there, or the clause. */
int
claims_backward(const struct claims *c, size_t k, size_t *xa, size_t *xb)
{
	size_t e = k, j;

	if (claims_punct(c, e, ',') && e > c->pf)
		e--;
	if ((claims_flags(c, e) & TOK_CLOSEQ) && claims_pair(c, e) >= 0) {
		*xa = (size_t)claims_pair(c, e);
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
int
claims_after_quote(const struct claims *c, size_t k, size_t *xa, size_t *xb)
{
	size_t q;

	if (k <= c->pf)
		return 0;
	q = k - 1;
	if (claims_punct(c, q, ',') && q > c->pf)
		q--;
	if (!(claims_flags(c, q) & TOK_CLOSEQ) || claims_pair(c, q) < 0)
		return 0;
	*xa = (size_t)claims_pair(c, q);
	*xb = q;
	/*
	 * A quote closing the sentence before (“It was hard.” Holm said.):
	 * the cue must take nothing after it, which the caller asks (“...”
	 * The firm also said ten staff will repay: not the quote's).
	 */
	if (q < c->sf)
		return claims_bare_tail(c, k) ? 2 : 0;
	/*
	 * A quote inside the clause (The bank “has changed,” Lund said):
	 * the clause is content if the cue takes nothing after it, which
	 * the caller asks ("Citing their “reveries,” Will urged" is none).
	 */
	for (q = *xa; q > c->sf && !claims_punct(c, q - 1, ':'); q--)
		if (claims_flags(c, q - 1) & TOK_WORD) {
			*xa = q = c->sf;
			if (claims_has(c, q, WC_CONNECTIVE) && q + 2 < *xb)
				*xa = claims_punct(c, q + 1, ',') ? q + 2 : q + 1;
			return 2;
		}
	return 1;
}

/*
 * Does the cue or source take nothing after token j: the sentence ends,
 * or a comma comes after adverbials and a phrase of place or time (Lund
 * said in June 2012, citing ...; said on Twitter.)? One past the token
 * where it stops (the comma, a final mark), else 0.
 */
size_t
claims_inverted_tail(const struct claims *c, size_t j)
{
	size_t k;

	j = claims_skip_adverbials(c, j);
	if (j + 1 < c->se && (claims_has(c, j, WC_VENUE_PREP) ||
	    claims_is(c, j, "in") || claims_is(c, j, "during") ||
	    claims_is(c, j, "of") || claims_is(c, j, "about")))
		for (k = j + 1; k < c->se && k < j + 12; k++) {
			if (claims_punct(c, k, ',') || claims_final(c, k)) {
				j = k;
				break;
			}
			if (!(claims_flags(c, k) & TOK_WORD) || (claims_flags(c,
			    k) & TOK_QUOTE) || claims_has(c, k, WC_PRONOUN) ||
			    claims_has(c, k, WC_AUX) || claims_is(c, k, "that") ||
			    claims_is(c, k, "to"))
				return 0;
		}
	/* a remark in brackets (said Mr. Lund (a view shared by others).) */
	if (j + 2 < c->se && claims_punct(c, j, '('))
		for (k = j + 1; k < c->se && k < j + 16; k++)
			if (claims_punct(c, k, ')')) {
				j = k + 1;
				break;
			}
	if (j >= c->se || claims_final(c, j) || claims_punct(c, j, ','))
		return j + 1;
	return 0;
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
	if (!aux && !claims_has(c, k, WC_PAST_VERB) && !(tok_end(t) - t->start > 4 &&
	    memcmp(c->d->text + tok_end(t) - 2, "ed", 2) == 0))
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
void
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
	while (k > xa + 1 && !claims_ends_content(c, k - 1))
		k--;
	*xb = k - 1;
}
