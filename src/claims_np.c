/*
 * claims_np.c: noun phrases and the sources of claims. A small chunker
 * over tokens and word classes finds the noun phrase that ends or starts
 * at a token (the trade minister, Joel Smith of Acme, Mr. Lund); around it
 * the source of a cue is found: an apposition (the minister, Mette Lund,
 * said), a subject with an interruption (Mona Berg, who chairs the board,
 * said), a party tag (Mitch McConnell, R-Ky., said), the subject of a
 * coordinated verb or of a participle.
 */
#include <stdint.h>
#include <string.h>

#include "claims_int.h"
#include "claims_np.h"
#include "cues.h"

#define CLAIMS_NP_MAX 10

/* Is token k a mark inside a name, with no space around it (A/S, B&W)? */
static int
claims_inword_mark(const struct claims *c, size_t k)
{
	const struct token *t = c->d->toks.v;

	return k > c->sf && k + 1 < c->se && !(t[k].flags & TOK_WORD) &&
	    tok_end(&t[k]) - t[k].start == 1 && strchr("/&+", c->d->text[t[k].start]) !=
	    NULL && (t[k - 1].flags & t[k + 1].flags & TOK_WORD) &&
	    tok_end(&t[k - 1]) == t[k].start && tok_end(&t[k]) == t[k + 1].start;
}

/* May token k be part of a noun phrase (not a stop word or a mark)? */
int
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
	    tok_end(p) == c->d->toks.v[k].start && tok_end(p) - p->start <= 4 &&
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
	    tok_end(p) == t->start && (claims_flags(c, k + 1) & TOK_CAP) &&
	    lexicon_is_abbrev(c->lx, c->d->text + p->start, tok_end(t) - p->start);
}

/*
 * The noun phrase that ends at token last, within [lo, last]: its first
 * token in *first. A pronoun stands alone; a determiner opens the phrase;
 * "of" and "and" join capitalised names (Joel Smith of Acme).
 */
int
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
		if ((claims_is(c, j, "of") || claims_is(c, j, "and") ||
		    claims_is(c, j, "for")) && n > 0 &&
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
int
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
		/* said Acme president and chief executive Ann Roe */
		if (claims_is(c, j, "and") && n > 0 && j + 1 < hi &&
		    claims_has(c, j - 1, WC_AGENT) && claims_has(c, j + 1, WC_AGENT))
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

/*
 * May token j go on a subject that opens with a determiner, *n small words
 * in so far? Up to three small words, none ending in -ed (the trade
 * minister); names and possessives count none (The Scottish National
 * Party's Holyrood leader Ann Roe); after a title word (leader) only a
 * name or another title word (The Tory leader brands: not "brands").
 */
static int
claims_np_subject_word(const struct claims *c, size_t j, size_t *n)
{
	const struct token *t = &c->d->toks.v[j];
	uint32_t f = claims_flags(c, j);
	size_t p = j - 1;

	if (!claims_np_word(c, j))
		return 0;
	if ((f & (TOK_CAP | TOK_POSS)) && *n + 1 < CLAIMS_NP_MAX)
		return 1;
	if (*n >= 3 || (tok_end(t) - t->start > 2 &&
	    memcmp(c->d->text + tok_end(t) - 2, "ed", 2) == 0))
		return 0;
	/* the last small word before j: a title word? */
	while (p > c->sf && (claims_flags(c, p) & (TOK_CAP | TOK_POSS)))
		p--;
	if (p > c->sf && claims_has(c, p, WC_AGENT) && !claims_has(c, j, WC_AGENT))
		return 0;
	(*n)++;
	return 1;
}

/* Is token j a word of time or a date's (January, 2005, this, week)? */
static int
claims_time_word(const struct claims *c, size_t j)
{
	const struct token *t = &c->d->toks.v[j];
	const char *w = c->d->text + t->start;
	size_t n = tok_end(t) - t->start;

	return claims_has(c, j, WC_TIME) || (t->flags & TOK_DIGIT) ||
	    (n == 5 && memcmp(w, "March", 5) == 0) ||
	    (n == 3 && memcmp(w, "May", 3) == 0);
}

/*
 * With no comma after a longer opening phrase, the first name in it that
 * a small word follows (During his second day in the trial Mr Lund
 * played down ...: Mr Lund), not a country's; else the first token.
 */
static size_t
claims_adjunct_name(const struct claims *c, size_t k)
{
	const struct doc *d = c->d;
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[c->sf + 1].start), j;

	for (; i < d->mentions.n && d->mentions.v[i].start < d->toks.v[k].start; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || m->kind == MENTION_PRONOUN ||
		    d->ents.v[m->entity].type == ENT_COUNTRY)
			continue;
		j = (size_t)claims_tok_at(d, m->start);
		while (j < k && tok_end(&d->toks.v[j]) <= m->end)
			j++;
		if (j < k && (claims_flags(c, j) & (TOK_WORD | TOK_CAP |
		    TOK_UPPER | TOK_DIGIT | TOK_POSS)) == TOK_WORD &&
		    !claims_has(c, j, WC_NP_STOP))
			return (size_t)claims_tok_at(d, m->start);
	}
	return c->sf;
}

/*
 * The first token after a time or place phrase that opens the sentence
 * before token k (In March this year, the police said; In January the
 * institute said; Last week, ...), else the sentence's first token. With
 * no comma only words of time make the phrase.
 */
static size_t
claims_after_adjunct(const struct claims *c, size_t k)
{
	size_t j = c->sf;

	if (claims_time_word(c, j) && (claims_flags(c, j) & TOK_CAP))
		j = c->sf;	/* Last week, Earlier this month */
	else if (claims_has(c, j, WC_LOCATIVE) || claims_has(c, j, WC_VENUE_PREP))
		j = c->sf + 1;
	else
		return c->sf;
	if (j >= k)
		return c->sf;
	if (!(claims_time_word(c, j) || (claims_flags(c, j) & TOK_CAP)))
		return claims_adjunct_name(c, k);
	for (; j < k && j < c->sf + 8; j++)
		if (claims_punct(c, j, ','))
			return j + 1 < k ? j + 1 : c->sf;
		else if (!(claims_flags(c, j) & TOK_WORD) || claims_has(c, j, WC_AUX) ||
		    claims_has(c, j, WC_BE))
			return c->sf;
	for (j = c->sf + !claims_time_word(c, c->sf); j < k && claims_time_word(c, j); j++)
		;
	if (j > c->sf + 1 && j < k)
		return j;
	return claims_adjunct_name(c, k);
}

/*
 * The subject that opens the sentence, before token k, after a time
 * phrase (claims_after_adjunct): a run of capitalised words (Anna Varga of
 * Kestrel) or a determiner and up to three words that do not look like
 * verbs (the trade minister). Its tokens [*first, *last].
 */
static int
claims_subject(const struct claims *c, size_t k, size_t *first, size_t *last)
{
	size_t f = claims_after_adjunct(c, k), j = f, n = 0;

	*first = f;
	if (claims_has(c, j, WC_PRONOUN)) {	/* In May, he said */
		*last = j;
		return j > c->sf;
	}
	if (claims_has(c, j, WC_DET)) {
		/* The Bank of Korea cut ..., saying: "of" inside a name */
		for (j++; j < k && (claims_np_subject_word(c, j, &n) ||
		    ((claims_is(c, j, "of") || claims_is(c, j, "and")) &&
		    (claims_flags(c, j - 1) & TOK_CAP) && j + 1 < k &&
		    (claims_flags(c, j + 1) & TOK_CAP))); j++)
			;
		n = j - f - 1;
	} else {
		for (; j < k && n < CLAIMS_NP_MAX; j++, n++)
			if (!(claims_flags(c, j) & (TOK_CAP | TOK_POSS)) &&
			    !((claims_is(c, j, "of") || claims_is(c, j, "and")) &&
			    j + 1 < k && (claims_flags(c, j + 1) & TOK_CAP)))
				break;
	}
	if (n == 0 || j <= f)
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

		if (m->start >= tok_end(&d->toks.v[b]))
			break;
		if (m->start >= d->toks.v[a].start && m->entity >= 0 &&
		    d->ents.v[m->entity].type != ENT_COUNTRY)
			return 1;
	}
	return 0;
}

/* Is a person or an official mentioned in tokens [a, b]? */
static int
claims_person_in(const struct claims *c, size_t a, size_t b)
{
	const struct doc *d = c->d;
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[a].start);

	for (; i < d->mentions.n && d->mentions.v[i].start <
	    tok_end(&d->toks.v[b]); i++)
		if (d->mentions.v[i].entity >= 0 &&
		    (d->ents.v[d->mentions.v[i].entity].type == ENT_PERSON ||
		    d->ents.v[d->mentions.v[i].entity].type == ENT_OFFICIAL))
			return 1;
	return 0;
}

/*
 * An inverted source that names no one (said its chief executive; said
 * the chairman of the Acme board) and an apposition after it that closes
 * the sentence and names a person (..., Labour MP Ann Roe; ..., Capt. Ann
 * Roe.): the apposition is the source's. Its last token, else sb. A
 * complement of the head (of, at, for ...) may come before the comma.
 */
size_t
claims_np_inverted_appos(const struct claims *c, size_t e, size_t sb)
{
	size_t j = sb + 1, k, end = sb;

	if (claims_person_in(c, e, sb))
		return sb;
	if (j < c->se && (claims_is(c, j, "of") || claims_is(c, j, "at") ||
	    claims_is(c, j, "for")))
		for (j++; j < c->se && !claims_punct(c, j, ','); j++)
			if (j > sb + 12 || (claims_flags(c, j) & TOK_QUOTE) ||
			    !(claims_flags(c, j) & TOK_WORD))
				return sb;
	if (j + 2 >= c->se || !claims_punct(c, j, ',') ||
	    !(claims_flags(c, j + 1) & TOK_CAP))
		return sb;
	for (k = j + 1; k < c->se && k < j + 12; k++) {
		if ((claims_flags(c, k) & TOK_QUOTE) || claims_punct(c, k, ',') ||
		    claims_punct(c, k, ';') || claims_punct(c, k, ':'))
			return sb;
		if (claims_flags(c, k) & TOK_WORD)
			end = k;
		else if (claims_final(c, k) && !claims_abbrev_dot(c, k))
			break;
	}
	if (end <= j || (k < c->se && !claims_final(c, k)) ||
	    !claims_person_in(c, j + 1, end))
		return sb;
	return end;
}

static size_t claims_acronym_fwd(const struct claims *c, size_t k);

/*
 * The last token of the phrase [a, last], or of the longest mention that
 * starts in it and goes on past it (a name with commas in it).
 */
static size_t
claims_name_end(const struct claims *c, size_t a, size_t last)
{
	const struct doc *d = c->d;
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[a].start), k;

	for (; i < d->mentions.n && d->mentions.v[i].start <
	    tok_end(&d->toks.v[last]); i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].end > tok_end(&d->toks.v[last]))
			for (k = last; k + 1 < c->se &&
			    d->toks.v[k + 1].start < d->mentions.v[i].end; k++)
				last = k + 1;
	return last;
}

/*
 * A source phrase [e, sb] that names no one and a complement after it that
 * does (said a spokeswoman for the Treasury; according to a statement
 * from Tesco): the complement's last token, else sb.
 */
static size_t
claims_np_source_pp(const struct claims *c, size_t e, size_t sb)
{
	size_t last;

	if (sb + 2 >= c->se || claims_named(c, e, sb) ||
	    !(claims_is(c, sb + 1, "for") || claims_is(c, sb + 1, "from") ||
	    claims_is(c, sb + 1, "at") || claims_is(c, sb + 1, "of")) ||
	    !claims_np_right(c, sb + 2, c->se, &last) ||
	    !claims_named(c, sb + 2, last))
		return sb;
	/* a name with commas goes on (the Ministry of Economy, Trade and
	 * Industry (METI)), and so does its acronym in brackets */
	last = claims_name_end(c, sb + 2, last);
	if (claims_acronym_fwd(c, last + 1))
		last = claims_acronym_fwd(c, last + 1);
	return last;
}

/*
 * The source phrase that starts at token e after its cue (said a
 * spokeswoman for the Treasury): a noun phrase and the complement that
 * names its body (claims_np_source_pp); its last token in *sb.
 */
int
claims_np_source_right(const struct claims *c, size_t e, size_t *sb)
{
	if (!claims_np_right(c, e, c->se, sb))
		return 0;
	*sb = claims_np_source_pp(c, e, *sb);
	return 1;
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
int
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
	/*
	 * the nearest phrase if it names an agent (from a US adviser, ...),
	 * but not the object of another preposition (a challenge to Labour,
	 * saying ...: the subject's)
	 */
	if (k > c->sf && claims_np_left(c, k - 1, c->sf, &f) &&
	    (f == c->sf || !claims_has(c, f - 1, WC_SUBJECT_PREP) ||
	    claims_is(c, f - 1, "from") || claims_is(c, f - 1, "by")) &&
	    (claims_has(c, k - 1, WC_AGENT) || (claims_named(c, f, k - 1) &&
	    !claims_has_poss(c, f, k - 1)))) {
		*sa = f;
		*sb = k - 1;
		return 1;
	}
	/* else the subject of the sentence */
	if (claims_subject(c, k, sa, sb))
		return 1;
	if (claims_has(c, c->sf, WC_PRONOUN)) {
		*sa = *sb = c->sf;
		return 1;
	}
	return 0;
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
int
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
		/* also after a time word or a conjunction that opens the
		 * clause (Hours later a spokeswoman for the Taoiseach said) */
		if (f == c->sf || claims_punct(c, f - 1, ',') ||
		    ((claims_has(c, f - 1, WC_TIME) ||
		    claims_has(c, f - 1, WC_CONJ)) && claims_has(c, f, WC_DET))) {
			*first = f;
			break;
		}
	}
	return 1;
}

/*
 * A phrase that ends in an object pronoun or a short complement (many of
 * whom say; some of them said; those close to him say; people familiar
 * with the talks said): its first token in *sa. The head before "of" is a
 * quantifier; before "close to", "familiar with" (words.tsv source-postmod),
 * a noun phrase or a determiner (those).
 */
static int
claims_np_partitive(const struct claims *c, size_t l, size_t *sa)
{
	size_t f, h;

	if (l < c->sf + 2)
		return 0;
	if ((claims_is(c, l, "whom") || claims_is(c, l, "them") ||
	    claims_is(c, l, "us") || claims_is(c, l, "those")) &&
	    claims_is(c, l - 1, "of") && claims_has(c, l - 2, WC_DET)) {
		*sa = l - 2;
		return 1;
	}
	if (claims_has(c, l, WC_PRONOUN) || claims_has(c, l, WC_LISTENER))
		f = l;	/* close to him */
	else if (!claims_np_left(c, l, c->sf, &f))
		return 0;
	if (f < c->sf + 3 || !claims_has(c, f - 2, WC_SOURCE_POSTMOD) ||
	    !(claims_is(c, f - 1, "to") || claims_is(c, f - 1, "with")))
		return 0;
	if (claims_has(c, f - 3, WC_DET) && !(claims_flags(c, f - 3) & TOK_POSS))
		h = f - 3;
	else if (!claims_np_left(c, f - 3, c->sf, &h))
		return 0;
	*sa = h;
	return 1;
}

/*
 * A title phrase after a comma whose apposition is never closed (Ann Roe,
 * executive partner of Acme said): the name that opens the sentence
 * before the comma starts the source; *sa moves to it.
 */
static void
claims_np_open_appos(const struct claims *c, size_t *sa)
{
	size_t f = *sa, j;

	if (f < c->sf + 2 || !claims_punct(c, f - 1, ',') ||
	    (claims_flags(c, f) & TOK_CAP) || claims_has(c, f, WC_DET) ||
	    (!claims_has(c, f, WC_AGENT) && !claims_has(c, f + 1, WC_AGENT)))
		return;
	for (j = c->sf; j < f - 1; j++)
		if ((claims_flags(c, j) & (TOK_WORD | TOK_CAP)) != (TOK_WORD | TOK_CAP))
			return;
	if (claims_named(c, c->sf, f - 2))
		*sa = c->sf;
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
		if (claims_np_partitive(c, l, sa))
			return 1;
		if (!claims_np_left_pp(c, l, sa, 0))
			return 0;
		claims_np_open_appos(c, sa);
		return 1;
	}
	if (l < c->sf + 3 || !claims_np_left_pp(c, l - 1, &s2, 1) ||
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
int
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
			while (*sb + 1 < c->se && tok_end(&d->toks.v[*sb + 1]) <= p->source.end)
				(*sb)++;
			return 1;
		}
	}
	if (claims_has(c, c->sf, WC_PRONOUN)) {
		*sa = *sb = c->sf;
		return 1;
	}
	if (claims_subject(c, k, sa, sb))
		return 1;
	return 0;
}

/*
 * Does a clause begin at the phrase that starts at token k (after a comma,
 * a semicolon, "and", "though")? Titles, adverbs and time words before the
 * phrase are passed over (though Mrs. Lund said, even some allies said);
 * who and which always open one.
 */
int
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
	    claims_has(c, k - 1, WC_SUBORD) || (k > c->sf + 1 &&
	    claims_is(c, k - 1, "with") && claims_punct(c, k - 2, ','));
}

/* Is token k a plural noun by its ending (officials, not news, boss)? */
static int
claims_plural_word(const struct claims *c, size_t k)
{
	const struct token *t = &c->d->toks.v[k];

	return (t->flags & TOK_WORD) && !(t->flags & TOK_UPPER) &&
	    tok_end(t) - t->start > 3 && c->d->text[tok_end(t) - 1] == 's' &&
	    c->d->text[tok_end(t) - 2] != 's';
}

/*
 * Can [sa, sb] be the subject of a bare verb form (say, plan)? Only a
 * plural: they, officials, Holm and Lund. "An hourlong show", "the best
 * plan" and "Ghana's vote" are nouns, not verbs.
 */
int
claims_plural(const struct claims *c, size_t sa, size_t sb)
{
	const struct token *t = &c->d->toks.v[sb];
	size_t j;

	if (sb >= sa + 2 && claims_is(c, sb - 1, "of") && (claims_is(c, sb,
	    "whom") || claims_is(c, sb, "them") || claims_is(c, sb, "us")))
		return 1;	/* many of whom say */
	for (j = sa + 1; j < sb; j++)	/* the head: those close to him */
		if (claims_has(c, j, WC_SOURCE_POSTMOD))
			return claims_plural(c, sa, j - 1);
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
int
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
	    !claims_tag_text(c->d->text, t[j].start, tok_end(&t[l - 1])) ||
	    !(claims_flags(c, j - 2) & TOK_CAP))
		return l;
	return j - 2;
}

/*
 * The closing bracket of a party tag that opens at token k (Rep. Gwen
 * Moore (D-Wis.) said), or 0.
 */
static size_t
claims_party_tag_fwd(const struct claims *c, size_t k)
{
	size_t j;

	if (!claims_punct(c, k, '('))
		return 0;
	for (j = k + 1; j < c->se && j < k + 7; j++)
		if (claims_punct(c, j, ')'))
			return j > k + 1 && claims_tag_text(c->d->text,
			    c->d->toks.v[k + 1].start, tok_end(&c->d->toks.v[j - 1])) ?
			    j : 0;
	return 0;
}

/*
 * The last token of a name before its acronym in brackets that ends at
 * token l, or l (the Harbour Research Group (HRG) said).
 */
static size_t
claims_acronym_back(const struct claims *c, size_t l)
{
	if (l < c->sf + 3 || !claims_punct(c, l, ')') ||
	    !claims_punct(c, l - 2, '(') ||
	    !(claims_flags(c, l - 1) & TOK_UPPER) ||
	    !(claims_flags(c, l - 3) & TOK_CAP))
		return l;
	return l - 3;
}

/* The source phrase before the cue, skipping a time adverbial. */
int
claims_source_before(const struct claims *c, size_t l, size_t *sa, size_t *sb)
{
	size_t t, n;

	/* the period of Jr. or Sr. (Anna Berg Jr. said) */
	if (l > c->sf + 1 && claims_punct(c, l, '.') &&
	    tok_end(&c->d->toks.v[l - 1]) == c->d->toks.v[l].start &&
	    c->d->toks.v[l].start - c->d->toks.v[l - 1].start == 2 &&
	    (memcmp(c->d->text + c->d->toks.v[l - 1].start, "Jr", 2) == 0 ||
	    memcmp(c->d->text + c->d->toks.v[l - 1].start, "Sr", 2) == 0))
		l--;
	l = claims_party_tag_back(c, l);
	if ((n = claims_acronym_back(c, l)) != l) {
		if (!claims_np_appos(c, n, sa, sb))
			return 0;
		*sb = l;
		return 1;
	}
	t = claims_time_back(c, l);

	if (t != l && claims_np_appos(c, t, sa, sb))
		return 1;
	return claims_np_appos(c, l, sa, sb);
}

/*
 * The closing bracket of an acronym in brackets that opens at token k (the
 * Acme Staff Union (ASU), which ...), or 0.
 */
static size_t
claims_acronym_fwd(const struct claims *c, size_t k)
{
	if (k + 2 < c->se && claims_punct(c, k, '(') &&
	    (claims_flags(c, k + 1) & TOK_UPPER) && claims_punct(c, k + 2, ')'))
		return k + 2;
	return 0;
}

/*
 * A title in small letters opening a subject that a relative clause
 * interrupts (shadow home secretary Ann Roe, who ..., said): a name in
 * the phrase from a to the first comma, and who or which after it.
 */
static int
claims_relative_after(const struct claims *c, size_t a, size_t l)
{
	size_t k;
	int named = 0;

	for (k = a; k < l && k < a + 9 && !claims_punct(c, k, ','); k++)
		named |= (claims_flags(c, k) & TOK_CAP) != 0;
	return named && k + 1 < l && claims_punct(c, k, ',') &&
	    (claims_is(c, k + 1, "who") || claims_is(c, k + 1, "which"));
}

/*
 * A subject that opens the sentence with a longer interruption before the
 * cue's comma at l (Mona Berg, who chairs the board, said; Lars Vik of
 * Bergen, the party's treasurer, said): a noun phrase up to a comma, then
 * no quote and no earlier claim. Tokens [*sa, l - 1].
 */
int
claims_interrupted_subject(const struct claims *c, size_t l, size_t *sa)
{
	size_t f, k, t, a = c->sf;

	while (a < l && (claims_has(c, a, WC_CONNECTIVE) || claims_has(c, a, WC_CONJ)))
		a++;
	if (a < l && claims_punct(c, a, ','))
		a++;
	if (c->d->claims.n > c->first || a + 3 >= l ||
	    !(claims_flags(c, a) & (TOK_CAP | TOK_UPPER) ||
	    claims_has(c, a, WC_DET) || claims_relative_after(c, a, l)) ||
	    claims_has(c, a, WC_SUBORD) || (claims_has(c, a, WC_NP_STOP) &&
	    !claims_has(c, a, WC_DET)))
		return 0;
	/* the head phrase: words, titles' periods, no verb, up to a comma */
	for (f = a; f < l && f < a + 9 && !claims_punct(c, f, ',') &&
	    !claims_dash(c, f); f++)
		if (f > a && claims_party_tag_fwd(c, f))
			f = claims_party_tag_fwd(c, f);	/* Rep. Lund (D-Ore.), */
		else if (f > a && claims_acronym_fwd(c, f))
			f = claims_acronym_fwd(c, f);	/* the Acme Union (AU), */
		else if (!(claims_flags(c, f) & (TOK_WORD | TOK_POSS)) &&
		    !claims_title_dot(c, f) && !claims_inword_mark(c, f))
			return 0;
		else if (claims_has(c, f, WC_AUX) ||
		    claims_has(c, f, WC_PRONOUN) || claims_has(c, f, WC_BE))
			return 0;
	if (f == a || f + 1 >= l || !(claims_punct(c, f, ',') || claims_dash(c, f)))
		return 0;	/* Ada Lunde, ...; Lunde -- a writer ... -- */
	if (claims_dash(c, f) && (claims_has(c, a, WC_DET) || f > a + 4))
		return 0;	/* a name before a dash, not a phrase (The report - due ...) */
	for (k = a; k < l; k++)
		if ((claims_flags(c, k) & TOK_QUOTE) || claims_punct(c, k, ';') ||
		    claims_punct(c, k, ':') || k > a + 40)
			return 0;
		else if (claims_punct(c, k, '(')) {
			if ((t = claims_party_tag_fwd(c, k)) == 0 &&
			    (t = claims_acronym_fwd(c, k)) == 0)
				return 0;
			k = t;
		}
	*sa = a;
	return 1;
}

/*
 * Does the sentence open with a subject and a relative clause before the
 * comma at l (A spokeswoman for Acme, which represents the firms, said
 * ...)? Then the text before the comma is no content of a cue after it.
 */
int
claims_relative_subject(const struct claims *c, size_t l)
{
	size_t sa, k;

	if (!claims_interrupted_subject(c, l, &sa))
		return 0;
	for (k = sa; k + 1 < l && !claims_punct(c, k, ','); k++)
		;
	return k + 1 < l && (claims_is(c, k + 1, "who") ||
	    claims_is(c, k + 1, "which"));
}
