/*
 * affil.c: whom each person speaks for, and the sources that name no one.
 *
 * Before the speakers are resolved, every person or official is bound to a
 * body by what the article says around one of their names:
 *   a title before the name     Tory leader Michael Howard, BBC political
 *                               editor Andrew Marr, BA's chief executive
 *                               Rod Eddington, company spokesman Gus Lee
 *   an apposition after it      Jack Law, chief executive of Alcohol Focus
 *                               Scotland; Ann Bell of Argus Research;
 *                               Mr Marr, the BBC's political editor
 *   an apposition before it     the chairman of the committee, Ann Bell;
 *                               Acme's finance director, Ann Bell
 * and the officials of the lexicon (officials.tsv) to the government of
 * their country, or to their party or body, as they stood in the year the
 * article most likely speaks of. Officials of state with no country take
 * the article's own (Commons, Downing Street: the United Kingdom).
 *
 * After the speakers, a source that names no one takes a party from what
 * is named with it: "officials said" the body or government named in the
 * sentence or paragraph, "the association said" the body whose name holds
 * the word, "the chancellor said" the person the article gave that title.
 *
 * This file owns the binding by what the article says and affil_run; the
 * officials of the lexicon are in affil_lexicon.c, the sources after the
 * speakers in affil_claims.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "affil.h"
#include "affil_int.h"
#include "affil_lexicon.h"
#include "lexicon.h"
#include "segment.h"
#include "util.h"

#define AFFIL_RUN 6		/* longest title between a body and a name */

/*
 * The word classes the engine reads (data/words.tsv: role-noun,
 * title-stop, body-prep, ...): the lexicon of the run, set by affil_run and
 * affil_claims; per thread (--jobs).
 */
_Thread_local const struct lexicon *affil_words;

/* ------------------------------------------------------------ tokens */

/*
 * strcasestr, which C and POSIX lack: ASCII case only. The first byte is
 * compared before strncasecmp: called per claim over the names before it,
 * the library call at every byte was a fifth of a claim-dense page's time.
 */
const char *
affil_strcasestr(const char *s, const char *w)
{
	size_t n = strlen(w);
	int c = tolower((unsigned char)*w);

	for (; *s != '\0'; s++)
		if (tolower((unsigned char)*s) == c && strncasecmp(s, w, n) == 0)
			return s;
	return NULL;
}

size_t
affil_tok_at(const struct doc *d, uint32_t off)
{
	return model_tok_first(d, off);
}

int
affil_entity_named(const struct doc *d, const char *name, enum ent_type t)
{
	size_t i;

	for (i = 0; i < d->ents.n; i++)
		if (d->ents.v[i].type == t && strcmp(d->ents.v[i].name, name) == 0)
			return (int)i;
	return -1;
}

size_t
affil_tok_on(const struct doc *d, size_t k, uint32_t off)
{
	size_t stop = k + 2;

	if (k > d->toks.n || (k > 0 && d->toks.v[k - 1].start >= off))
		return affil_tok_at(d, off);	/* off went back */
	while (k < d->toks.n && d->toks.v[k].start < off)
		if (++k == stop)	/* further on: search its stretch */
			return affil_tok_at(d, off);
	return k;
}

/* Token k folded to lower case into buf (size 48); 0 if not a word. */
size_t
affil_word(const struct doc *d, size_t k, char *buf)
{
	const struct token *t = &d->toks.v[k];
	size_t n = tok_end(t) - t->start, i;

	if (!(t->flags & TOK_WORD) || n >= 48)
		return 0;
	for (i = 0; i < n; i++) {
		char ch = d->text[t->start + i];

		buf[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
	}
	buf[n] = '\0';
	return n;
}

/* Is token k exactly the word w (case and all)? */
int
affil_tok_exact(const struct doc *d, size_t k, const char *w)
{
	const struct token *t = &d->toks.v[k];

	/* the first byte first: this runs at every token of a text */
	return d->text[t->start] == w[0] && strncmp(d->text + t->start, w,
	    tok_end(t) - t->start) == 0 && w[tok_end(t) - t->start] == '\0';
}

/* Is the word [w, w + n) of class c (data/words.tsv)? */
int
affil_is(const char *w, size_t n, enum word_class c)
{
	return affil_words != NULL &&
	    lexicon_word_is(lexicon_word(affil_words, w, n), c);
}

/* Is token k a word of class c? */
int
affil_tok_is(const struct doc *d, size_t k, enum word_class c)
{
	const struct token *t;

	if (k >= d->toks.n)
		return 0;
	t = &d->toks.v[k];
	return (t->flags & TOK_WORD) && t->len < 48 && affil_words != NULL &&
	    lexicon_word_is(segment_tok_word(d, affil_words, k), c);
}

/* Is token k the word w (ASCII, any case)? */
int
affil_tok_word(const struct doc *d, size_t k, const char *w)
{
	const struct token *t;
	size_t n = strlen(w);

	if (k >= d->toks.n)
		return 0;
	t = &d->toks.v[k];
	return (t->flags & TOK_WORD) && tok_end(t) - t->start == n &&
	    strncasecmp(d->text + t->start, w, n) == 0;
}

/* Is token k a role noun (chief executive, co-chairman, MP)? */
static int
affil_role(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct lexicon_entry *le;
	char buf[48], *h;

	if (affil_word(d, k, buf) == 0)
		return 0;
	h = strrchr(buf, '-');
	if (affil_is(buf, strlen(buf), WC_ROLE_NOUN) ||
	    (h != NULL && affil_is(h + 1, strlen(h + 1), WC_ROLE_NOUN)))
		return 1;
	le = lx != NULL ? lexicon_find_text(lx, buf) : NULL;
	return le != NULL && (le->roles & LEX_TITLE) &&
	    le->title_class != TITLE_HONORIFIC;
}

/*
 * May token k stand in a title (chief, political, shadow, Housing)? A
 * small word or a role; a capitalised word only as a role or at the start
 * of a sentence.
 */
static int
affil_title_word(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct token *t = &d->toks.v[k];

	if (!(t->flags & TOK_WORD) || (t->flags & (TOK_DIGIT | TOK_INQUOTE)) ||
	    affil_tok_is(d, k, WC_TITLE_STOP))
		return 0;
	if (affil_role(d, lx, k))
		return 1;
	return !(t->flags & TOK_CAP) || (t->flags & TOK_SENT_START);
}

/*
 * A capitalised word of a title before a name, named by no mention
 * (Scottish National Party Holyrood leader X; Housing Minister X).
 */
static int
affil_cap_word(const struct doc *d, size_t k)
{
	const struct token *t = &d->toks.v[k];
	size_t i = MODEL_FIRST(d->mentions, struct mention, end, t->start + 1);

	if ((t->flags & (TOK_WORD | TOK_CAP | TOK_INQUOTE | TOK_DIGIT)) !=
	    (TOK_WORD | TOK_CAP) || affil_tok_is(d, k, WC_TITLE_STOP))
		return 0;
	/* inside a mention: a name, not a title */
	return !(i < d->mentions.n && d->mentions.v[i].start <= t->start);
}

/* Is token k a one-word country mention (chief UK economist)? */
static int
affil_country_tok(const struct doc *d, size_t k)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[k].start);

	return i < d->mentions.n && d->mentions.v[i].start == d->toks.v[k].start &&
	    d->mentions.v[i].end == tok_end(&d->toks.v[k]) &&
	    d->mentions.v[i].entity >= 0 &&
	    d->ents.v[d->mentions.v[i].entity].type == ENT_COUNTRY;
}

/* ---------------------------------------------------------- mentions */

int
affil_body_type(enum ent_type t)
{
	return t == ENT_COMPANY || t == ENT_ORGANISATION || t == ENT_COUNTRY;
}

/* Entity of a named mention of a body ending with token k, or -1. */
static int
affil_body_ending(const struct doc *d, size_t k)
{
	uint32_t end = tok_end(&d->toks.v[k]);
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, end), n = 0;

	while (i > 0 && n++ < 8) {
		const struct mention *m = &d->mentions.v[--i];

		if (m->end == end && m->entity >= 0 &&
		    m->kind != MENTION_PRONOUN && m->kind != MENTION_NOMINAL &&
		    affil_body_type(d->ents.v[m->entity].type))
			return m->entity;
	}
	return -1;
}

/* Entity of a named mention of a person ending with token k, or -1. */
int
affil_person_ending(const struct doc *d, size_t k)
{
	uint32_t end = tok_end(&d->toks.v[k]);
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, end);

	if (i > 0 && d->mentions.v[i - 1].end == end &&
	    d->mentions.v[i - 1].entity >= 0 &&
	    d->mentions.v[i - 1].kind != MENTION_PRONOUN &&
	    d->mentions.v[i - 1].kind != MENTION_NOMINAL &&
	    (d->ents.v[d->mentions.v[i - 1].entity].type == ENT_PERSON ||
	    d->ents.v[d->mentions.v[i - 1].entity].type == ENT_OFFICIAL))
		return d->mentions.v[i - 1].entity;
	return -1;
}

/* Index of a named mention starting at token k, or -1. */
int
affil_mention_starting(const struct doc *d, size_t k)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[k].start);

	if (i < d->mentions.n && d->mentions.v[i].start == d->toks.v[k].start &&
	    d->mentions.v[i].entity >= 0 &&
	    d->mentions.v[i].kind != MENTION_PRONOUN &&
	    d->mentions.v[i].kind != MENTION_NOMINAL)
		return (int)i;
	return -1;
}

/*
 * Is entity e, typed a person (or an official with no role), more likely a
 * body the entity engine did not know (a lawyer for Yukos, an analyst at
 * Merrill Lynch, a partner of Tods Murray): no role, no affiliation, and
 * no given name first?
 */
static int
affil_body_as_person(const struct doc *d, const struct lexicon *lx, int e)
{
	const struct entity *en = &d->ents.v[e];
	const struct lexicon_entry *le;
	char buf[64];
	size_t n = strcspn(en->name, " ");

	if ((en->type != ENT_PERSON && en->type != ENT_OFFICIAL) ||
	    en->role != NULL || en->affiliation >= 0 ||
	    lx == NULL || n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, en->name, n);
	buf[n] = '\0';
	le = lexicon_find_text(lx, buf);
	return le == NULL || !(le->roles & LEX_FIRST);
}

/*
 * Entity of a body named from token k on, its last token in *last; -1.
 * After a preposition (prep), also a body typed a person.
 */
int
affil_body_starting(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t *last, int prep)
{
	int m = k < d->toks.n ? affil_mention_starting(d, k) : -1;
	int e;

	if (m < 0)
		return -1;
	e = d->mentions.v[m].entity;
	if (!affil_body_type(d->ents.v[e].type) &&
	    !(prep && affil_body_as_person(d, lx, e)))
		return -1;
	*last = affil_tok_at(d, d->mentions.v[m].end) - 1;
	return e;
}

/* The latest body of types named before byte off, from byte from,
 * outside quotation marks; -1. */
int
affil_latest(const struct doc *d, uint32_t off, unsigned types,
    uint32_t from)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off);

	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < from)
			break;
		/* a body named inside a quotation does not speak for it */
		if (m->entity >= 0 && m->kind != MENTION_PRONOUN &&
		    (types & 1u << d->ents.v[m->entity].type) &&
		    !(d->toks.v[affil_tok_at(d, m->start)].flags & TOK_INQUOTE))
			return m->entity;
	}
	return -1;
}

/* ----------------------------------------------------- source shapes */

/*
 * A country or seat named between a party and a title (SNP Holyrood
 * leader X, the SNP's Holyrood leader X, Labour Welsh Assembly member X):
 * the party, ending before the
 * country e's mention that ends with token k; else e.
 */
static int
affil_party_before_place(const struct doc *d, int e, size_t k, size_t first)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    tok_end(&d->toks.v[k])), j;
	int b;

	if (d->ents.v[e].type != ENT_COUNTRY)
		return e;
	while (i > 0 && d->mentions.v[i - 1].end != tok_end(&d->toks.v[k]))
		i--;
	if (i == 0 || (j = affil_tok_at(d, d->mentions.v[i - 1].start)) <= first)
		return e;
	/* the SNP's Holyrood leader X */
	if (j > first + 1 && (d->toks.v[j - 1].flags & TOK_POSS))
		j--;
	b = affil_body_ending(d, j - 1);
	return b >= 0 && d->ents.v[b].type == ENT_ORGANISATION ? b : e;
}

/*
 * A title before the name at token k (Tory leader X, BBC political editor
 * X, BA's chief executive X, company spokesman X): the body, or -1.
 */
static int
affil_before(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t first)
{
	size_t j = k, roles = 0, n = 0;
	int e;

	/* The FBI director chastised Roe: a verb, not a title, before him */
	if (k > first && !(d->toks.v[k - 1].flags & TOK_CAP) &&
	    !affil_role(d, lx, k - 1) && !(d->toks.v[k - 1].flags & TOK_POSS))
		return -1;
	while (j > first && n < AFFIL_RUN && affil_body_ending(d, j - 1) < 0 &&
	    affil_person_ending(d, j - 1) < 0 &&
	    (affil_title_word(d, lx, j - 1) || affil_cap_word(d, j - 1))) {
		j--, n++;
		roles += (size_t)affil_role(d, lx, j);
	}
	/* Plaid Cymru's Elfyn Llwyd: a possessive alone ties too */
	if (roles == 0 && !(j == k && j > first + 1 &&
	    (d->toks.v[j - 1].flags & TOK_POSS)))
		return -1;
	/* Lopez campaign spokesman Dan Reyes: he speaks for Lopez */
	if (j > first && j < k && affil_tok_is(d, k - 1, WC_STAFF) &&
	    !(d->toks.v[j - 1].flags & TOK_POSS) &&
	    (e = affil_person_ending(d, j - 1)) >= 0)
		return e;
	if (affil_tok_is(d, j, WC_FIRM_WORD))
		return affil_latest(d, d->toks.v[j].start, 1 << ENT_COMPANY, 0);
	if (j > first && (d->toks.v[j - 1].flags & TOK_POSS)) {
		j--;
		/* Roe's lawyer Ann Bell: she speaks for Roe */
		if (roles > 0 && j > first && (e = affil_person_ending(d,
		    j - 1)) >= 0)
			return e;
	}
	if (j == first || (e = affil_body_ending(d, j - 1)) < 0)
		return -1;
	return affil_party_before_place(d, e, j - 1, first);
}

/* Skip an article (the, a) at token k. */
static size_t
affil_skip_article(const struct doc *d, size_t k)
{
	return affil_tok_is(d, k, WC_ARTICLE) ? k + 1 : k;
}

/* Is token k punctuation that ends an apposition (, . ; ) or the end? */
static int
affil_ends(const struct doc *d, size_t k, size_t end)
{
	if (k >= end)
		return 1;
	return (d->toks.v[k].flags & TOK_PUNCT) != 0;
}

static int
affil_title_owner(const struct doc *d, const struct lexicon *lx, size_t j,
    size_t k, size_t first);

/*
 * An apposition of a description's title after a name ending before token
 * k (Ann Roe, the company's chief quality officer; Bo Lind, the union's
 * regional organiser): the body the description stands for, or -1.
 */
static int
affil_after_owner(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end)
{
	size_t j, t, roles = 0;

	if (k >= end || d->text[d->toks.v[k].start] != ',' ||
	    !affil_tok_is(d, k + 1, WC_ARTICLE))
		return -1;
	j = k + 2;	/* the description, then 's */
	if (j + 1 >= end || !(d->toks.v[j + 1].flags & TOK_POSS) ||
	    (d->toks.v[j].flags & TOK_CAP))
		return -1;
	for (t = j + 2; t < end && t - j < 7 && affil_title_word(d, lx, t) &&
	    !(d->toks.v[t].flags & TOK_CAP); t++)
		roles += (size_t)affil_role(d, lx, t);
	if (roles == 0 || !affil_ends(d, t, end))
		return -1;
	return affil_title_owner(d, lx, j + 2, t, k);
}

/*
 * An apposition after a name ending before token k: ", chief executive of
 * Y", " of Y", ", Y's finance director", ", Y political editor"; the body.
 * *weak set when no role word ties them (Ann Bell of Argus Research; a
 * mentor to Mr Roe at Acme Law School).
 */
/*
 * A firm named after its place and description, from token j on (of the
 * Boston consulting firm Argus, of the London-based consultancy Capital
 * Economics): the firm, its last token in *last; -1.
 */
static int
affil_place_firm(const struct doc *d, const struct lexicon *lx, size_t j,
    size_t end, size_t *last)
{
	size_t q = j;

	/* the place: capitalised words no mention holds (Buenos Aires,
	 * London-based) */
	while (q < end && q - j < 3 && (d->toks.v[q].flags & TOK_CAP) &&
	    (d->toks.v[q].flags & TOK_WORD) && affil_mention_starting(d, q) < 0)
		q++;
	if (q == j)
		return -1;
	if (q < end && d->text[d->toks.v[q].start] == '-' && q + 1 < end)
		q += 2;		/* London - based, if split */
	/* its description, ending in a company's noun (consulting firm) */
	while (q < end && q - j < 6 && !(d->toks.v[q].flags & TOK_CAP) &&
	    !affil_tok_is(d, q, WC_COMPANY_NOUN) && (d->toks.v[q].flags & TOK_WORD))
		q++;
	if (q + 1 >= end || !affil_tok_is(d, q, WC_COMPANY_NOUN))
		return -1;
	return affil_body_starting(d, lx, q + 1, last, 1);
}

static int
affil_after(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end, int *weak)
{
	size_t j, roles = 0, last, run;
	int comma = 0, e;

	if (k < end && d->text[d->toks.v[k].start] == ',')
		k++, comma = 1;
	if (!comma && !affil_tok_is(d, k, WC_BODY_PREP))
		return -1;
	j = affil_skip_article(d, k);
	/* Y's finance director; Y political editor */
	if (comma && (e = affil_body_starting(d, lx, j, &last, 0)) >= 0) {
		j = last + 1;
		if (j < end && (d->toks.v[j].flags & TOK_POSS))
			j++;
		for (; j < end && affil_title_word(d, lx, j); j++)
			roles += (size_t)affil_role(d, lx, j);
		return roles > 0 && affil_ends(d, j, end) ? e : -1;
	}
	for (run = j; j < end && !affil_tok_is(d, j, WC_BODY_PREP) &&
	    (affil_title_word(d, lx, j) || affil_country_tok(d, j)) &&
	    j - k < AFFIL_RUN; j++)
		roles += (size_t)affil_role(d, lx, j);
	run = j - run;
	/* Ann Bell, a friend of Y: words but no role, no tie */
	if (j >= end || !affil_tok_is(d, j, WC_BODY_PREP) ||
	    (run > 0 && roles == 0))
		return -1;
	j = affil_skip_article(d, j + 1);
	/* from voluntary body Y: up to two small words before the body */
	if ((e = affil_body_starting(d, lx, j, &last, 1)) < 0 && j + 1 < end &&
	    !(d->toks.v[j].flags & TOK_CAP))
		e = affil_body_starting(d, lx, ++j, &last, 1);
	if (e < 0 && j + 1 < end && !(d->toks.v[j].flags & TOK_CAP))
		e = affil_body_starting(d, lx, ++j, &last, 1);
	if (e < 0)
		e = affil_place_firm(d, lx, j, end, &last);
	if (e < 0 || (roles == 0 && d->ents.v[e].type == ENT_COUNTRY))
		return -1;
	/* a friend of the Tory leader: a person, not the party */
	if (last + 1 < end && affil_role(d, lx, last + 1))
		return -1;
	*weak = roles == 0;
	return e;
}

/*
 * An apposition after a name ending before token k that makes him a
 * person's staff: ", a former Lopez aide", ", Lopez's campaign manager";
 * the person, or -1.
 */
static int
affil_after_person(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end)
{
	size_t j, roles = 0;
	int e;

	if (k >= end || d->text[d->toks.v[k].start] != ',')
		return -1;
	j = affil_skip_article(d, k + 1);
	if (affil_tok_is(d, j, WC_FORMER))
		j++;
	if (j >= end || (e = affil_mention_starting(d, j)) < 0)
		return -1;
	e = d->mentions.v[e].entity;
	if (d->ents.v[e].type != ENT_PERSON && d->ents.v[e].type != ENT_OFFICIAL)
		return -1;
	j = affil_tok_at(d, d->mentions.v[affil_mention_starting(d, j)].end);
	if (j < end && (d->toks.v[j].flags & TOK_POSS))
		j++;
	for (; j < end && affil_title_word(d, lx, j); j++)
		roles += (size_t)affil_role(d, lx, j);
	return roles > 0 && affil_ends(d, j, end) &&
	    affil_tok_is(d, j - 1, WC_STAFF) ? e : -1;
}

/* Is token k a small word ending in -ing (working)? */
static int
affil_ing(const struct doc *d, size_t k)
{
	const struct token *t = &d->toks.v[k];
	size_t n = tok_end(t) - t->start;

	return (t->flags & (TOK_WORD | TOK_CAP)) == TOK_WORD && n > 4 &&
	    memcmp(d->text + tok_end(t) - 3, "ing", 3) == 0;
}

/*
 * An apposition after a name ending before token k that says where he
 * works now: ", now working on Labour's campaign", ", working for Acme";
 * the body, or -1.
 */
static int
affil_after_now(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end)
{
	size_t j = k + 1, last;

	if (k + 3 >= end || d->text[d->toks.v[k].start] != ',')
		return -1;
	/* now, currently, still: one small word before the verb */
	if (!affil_ing(d, j) && !(d->toks.v[j].flags & TOK_CAP))
		j++;
	if (j + 2 >= end || !affil_ing(d, j) ||
	    !(affil_tok_is(d, j + 1, WC_BODY_PREP) ||
	    affil_tok_is(d, j + 1, WC_LOCATIVE)))
		return -1;
	/* ", sitting with Lord Roe", "working with Acme": a partner's */
	if (affil_tok_word(d, j + 1, "with"))
		return -1;
	return affil_body_starting(d, lx, affil_skip_article(d, j + 2), &last,
	    1);
}

/*
 * A relative clause after a name ending before token k that has him head a
 * body (words.tsv leads-verb): ", who chairs the Acme Trust", ", who also
 * runs Acme's board"; the body (not a country), or -1.
 */
static int
affil_after_who(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end)
{
	size_t j = k + 2, last;
	int e;

	if (k + 3 >= end || d->text[d->toks.v[k].start] != ',' ||
	    !affil_tok_word(d, k + 1, "who"))
		return -1;
	if (!affil_tok_is(d, j, WC_LEADS_VERB) && j + 1 < end &&
	    !(d->toks.v[j].flags & TOK_CAP))
		j++;	/* who also chairs */
	if (j + 1 >= end || !affil_tok_is(d, j, WC_LEADS_VERB))
		return -1;
	e = affil_body_starting(d, lx, affil_skip_article(d, j + 1), &last, 1);
	return e >= 0 && d->ents.v[e].type != ENT_COUNTRY ? e : -1;
}

/*
 * Is the title before the name at token k one held before (Former
 * Downing Street communications chief X)?
 */
static int
affil_former_title(const struct doc *d, size_t k, size_t first)
{
	size_t j;

	for (j = k; j > first && k - j < AFFIL_RUN + 2 &&
	    (d->toks.v[j - 1].flags & TOK_WORD); j--)
		if (affil_tok_is(d, j - 1, WC_FORMER))
			return 1;
	return 0;
}

/* Is token k a dash standing alone (-, en or em dash)? */
int
affil_dash(const struct doc *d, size_t k)
{
	const struct token *t = &d->toks.v[k];
	size_t n = tok_end(t) - t->start;
	const char *w = d->text + t->start;

	return (n == 1 && *w == '-') || (n == 3 && (memcmp(w, "\xe2\x80\x93",
	    3) == 0 || memcmp(w, "\xe2\x80\x94", 3) == 0));
}

/*
 * A party's member in an apposition after a name, token k its comma (Ann
 * Roe, a California Democrat on the committee; Tom Lee, a Republican from
 * Ohio): the party's name (maps.tsv party-member), or NULL. Up to two
 * words of a place of places.tsv may come first, nothing else (a Liberal
 * Democrat is another party's).
 */
static const char *
affil_member_appos(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end)
{
	const struct wordmap *map;
	const struct lexicon_entry *le;
	size_t j, n, i, len;
	char w[48];

	if (lx == NULL || k + 2 >= end || d->text[d->toks.v[k].start] != ',' ||
	    !(affil_tok_word(d, k + 1, "a") || affil_tok_word(d, k + 1, "an")))
		return NULL;
	map = lexicon_wordmap(lx, WMAP_PARTY_MEMBER, &n);
	for (j = k + 2; j < end && j < k + 5; j++) {
		if (!(d->toks.v[j].flags & TOK_CAP) ||
		    (len = tok_end(&d->toks.v[j]) - d->toks.v[j].start) >=
		    sizeof w)
			return NULL;
		memcpy(w, d->text + d->toks.v[j].start, len);
		w[len] = '\0';
		for (i = 0; i < n; i++)
			if (strcmp(map[i].word, w) == 0)
				return j + 1 >= end || !(d->toks.v[j + 1].flags &
				    TOK_CAP) ? map[i].value : NULL;
		if ((le = lexicon_find_text(lx, w)) == NULL ||
		    !(le->roles & LEX_PLACE))
			return NULL;
	}
	return NULL;
}

/* Is token k the one character ch standing alone? */
static int
affil_char_tok(const struct doc *d, size_t k, char ch)
{
	return k < d->toks.n && tok_end(&d->toks.v[k]) - d->toks.v[k].start ==
	    1 && d->text[d->toks.v[k].start] == ch;
}

/*
 * The first token of sentence si after a dateline, when the sentence opens
 * its paragraph with one: a place in capitals, an agency in brackets, a
 * dash ("TOKYO -", "SEOUL (Reuters) -"); else its first token.
 */
static size_t
affil_past_dateline(const struct doc *d, size_t si)
{
	const struct sentence *s = &d->sents.v[si];
	size_t k = s->tok_first, end = s->tok_first + s->tok_count, j = k;

	if (si > 0 && d->sents.v[si - 1].para == s->para)
		return k;
	while (j < end && (d->toks.v[j].flags & TOK_UPPER))
		j++;
	if (j == k)
		return k;
	if (j + 2 < end && affil_char_tok(d, j, '(') &&
	    affil_char_tok(d, j + 2, ')'))
		j += 3;		/* (Reuters) */
	if (j + 1 >= end || !affil_dash(d, j))
		return k;
	return j + 1;
}

/*
 * The body that opens sentence si as its subject: a name at its first
 * word, or after an article or a description in small words, maybe a
 * possessive and a comma (The shipyard, Acme Marine, said; The tenants'
 * charity Vale Homes said; Consumer group Vale Watch said); a body's name
 * or one typed a person that looks like a body; -1.
 */
static int
affil_subject_body(const struct doc *d, const struct lexicon *lx, size_t si)
{
	const struct sentence *s = &d->sents.v[si];
	size_t k = affil_past_dateline(d, si), end = s->tok_first + s->tok_count;
	int m, e;

	if (k < end && affil_mention_starting(d, k) < 0) {
		if (!affil_tok_is(d, k, WC_ARTICLE) &&
		    (k + 1 >= end || (d->toks.v[k + 1].flags & TOK_CAP) ||
		    !(d->toks.v[k + 1].flags & TOK_WORD)))
			return -1;	/* Consumer group X: a small word next */
		for (k++; k < end && k < s->tok_first + 5 &&
		    affil_mention_starting(d, k) < 0; k++)
			if ((d->toks.v[k].flags & (TOK_CAP | TOK_INQUOTE)) ||
			    (!(d->toks.v[k].flags & (TOK_WORD | TOK_POSS)) &&
			    d->text[d->toks.v[k].start] != ','))
				return -1;
	}
	if (k >= end || (m = affil_mention_starting(d, k)) < 0)
		return -1;
	e = d->mentions.v[m].entity;
	return affil_body_type(d->ents.v[e].type) ||
	    affil_body_as_person(d, lx, e) ? e : -1;
}

/*
 * Does a phrase with no name open sentence s up to a comma right before
 * token k (In a blog post, its founder ...; On Monday, its chairman ...)?
 */
static int
affil_after_opener(const struct doc *d, const struct sentence *s, size_t k)
{
	size_t j;

	if (k < s->tok_first + 2 || k > s->tok_first + 7 ||
	    d->text[d->toks.v[k - 1].start] != ',')
		return 0;
	for (j = s->tok_first; j + 1 < k; j++)
		if (affil_mention_starting(d, j) >= 0 ||
		    !(d->toks.v[j].flags & TOK_WORD) ||
		    (j > s->tok_first && (d->toks.v[j].flags & TOK_CAP)))
			return 0;
	return 1;
}

/*
 * What "its" or "their" at token k stands for before a title (Its
 * chairman, Ann Roe, said; ..., said its chief executive, Ann Roe): the
 * body that is the subject of its sentence, or, opening the sentence
 * (maybe after a phrase: In a blog post, its founder), of the sentence
 * before; -1.
 */
int
affil_its_body(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct sentence *s = affil_sent(d, d->toks.v[k].start);
	size_t si;
	int e;

	if (s == NULL)
		return -1;
	si = (size_t)(s - d->sents.v);
	if (k > s->tok_first && (e = affil_subject_body(d, lx, si)) >= 0)
		return e;
	if ((k != s->tok_first && !affil_after_opener(d, s, k)) || si == 0 ||
	    d->sents.v[si - 1].para != s->para)
		return -1;
	return affil_subject_body(d, lx, si - 1);
}

/*
 * A title's body in the words before it, from token j to k: a company's
 * word (An airline spokeswoman, Ann Roe: the latest company), its or
 * their (affil_its_body), a body's description in the possessive (the
 * union's president, Ann Roe: the latest organisation; the trust's chief
 * executive: the one body whose name holds the word); -1.
 */
static int
affil_title_owner(const struct doc *d, const struct lexicon *lx, size_t j,
    size_t k, size_t first)
{
	size_t i;
	char w[48];

	for (i = j; i < k; i++)
		if (affil_tok_is(d, i, WC_FIRM_WORD))
			return affil_latest(d, d->toks.v[i].start,
			    1 << ENT_COMPANY, 0);
	if (affil_tok_word(d, j, "its") || affil_tok_word(d, j, "their"))
		return affil_its_body(d, lx, j);
	if (j > first && (affil_tok_word(d, j - 1, "its") ||
	    affil_tok_word(d, j - 1, "their")))
		return affil_its_body(d, lx, j - 1);
	if (j <= first + 1 || !(d->toks.v[j - 1].flags & TOK_POSS))
		return -1;
	if (affil_tok_is(d, j - 2, WC_REF_ORGANISATION))
		return affil_latest(d, d->toks.v[j].start,
		    1 << ENT_ORGANISATION, 0);
	if (affil_tok_is(d, j - 2, WC_REF_COMPANY))
		return affil_latest(d, d->toks.v[j].start, 1 << ENT_COMPANY, 0);
	/* the trust's chief executive: the Vale Hospitals NHS Trust, the
	 * one body the text names so (not one of two courts) */
	if (affil_word(d, j - 2, w) > 0 && affil_is(w, strlen(w), WC_ORG_HEAD))
		return model_one_named_holding(d, w, strlen(w),
		    1u << ENT_COMPANY | 1u << ENT_ORGANISATION |
		    1u << ENT_COUNTRY);
	return -1;
}

/* Is token k an honorific (Dr, Mr, Sir)? */
static int
affil_honorific(const struct lexicon *lx, const struct doc *d, size_t k)
{
	const struct lexicon_entry *le;
	char buf[48];

	if (lx == NULL || !(d->toks.v[k].flags & TOK_CAP) ||
	    affil_word(d, k, buf) == 0)
		return 0;
	le = lexicon_find_text(lx, buf);
	return le != NULL && (le->roles & LEX_TITLE) &&
	    le->title_class == TITLE_HONORIFIC;
}

/*
 * An apposition before a name at token k: "the chairman of Y, X",
 * "Y's chief executive, X", "its chairman, X" (affil_title_owner); the
 * body. A short title with its period, an honorific or a capitalised
 * title may come before the name (the union's president, Capt. X; the
 * trust's chief executive, Dr X; the Tory group leader, Councillor X).
 */
static int
affil_before_comma(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t first)
{
	size_t j, roles = 0, n = 0;
	int e;

	if (k > first + 3 && d->text[d->toks.v[k - 1].start] == '.' &&
	    tok_end(&d->toks.v[k - 2]) == d->toks.v[k - 1].start &&
	    (d->toks.v[k - 2].flags & TOK_CAP) &&
	    tok_end(&d->toks.v[k - 2]) - d->toks.v[k - 2].start <= 5)
		k -= 2;
	else if (k > first + 2 && (affil_honorific(lx, d, k - 1) ||
	    ((d->toks.v[k - 1].flags & TOK_CAP) && affil_role(d, lx, k - 1))))
		k -= 1;		/* the trust's chief executive, Dr X */
	if (k <= first + 1 || d->text[d->toks.v[k - 1].start] != ',')
		return -1;
	j = k - 1;
	if ((e = affil_body_ending(d, j - 1)) >= 0) {
		/* the chairman of Y, X: back over Y to the preposition */
		size_t m = MODEL_FIRST(d->mentions, struct mention, start,
		    tok_end(&d->toks.v[j - 1]));
		while (m > 0 && d->mentions.v[m - 1].end != tok_end(&d->toks.v[j - 1]))
			m--;
		if (m == 0)
			return -1;
		j = affil_tok_at(d, d->mentions.v[m - 1].start);
		if (j > first && affil_tok_word(d, j - 1, "the"))
			j--;
		if (j <= first || !affil_tok_is(d, j - 1, WC_BODY_PREP))
			return -1;
		for (j--; j > first && n < AFFIL_RUN &&
		    affil_title_word(d, lx, j - 1); j--, n++)
			roles += (size_t)affil_role(d, lx, j - 1);
		return roles > 0 ? e : -1;
	}
	for (; j > first && n < AFFIL_RUN && affil_title_word(d, lx, j - 1);
	    j--, n++)
		roles += (size_t)affil_role(d, lx, j - 1);
	if (roles == 0)
		return -1;
	if (j > first + 1 && (d->toks.v[j - 1].flags & TOK_POSS) &&
	    ((e = affil_body_ending(d, j - 2)) >= 0 ||
	    ((e = affil_person_ending(d, j - 2)) >= 0 &&
	    affil_body_as_person(d, lx, e))))
		return e;	/* World Rugby's chairman, X: a body typed a person */
	/* The Conservative group leader, Councillor X: the party */
	if (j > first && (e = affil_body_ending(d, j - 1)) >= 0 &&
	    d->ents.v[e].type != ENT_COUNTRY)
		return e;
	return affil_title_owner(d, lx, j, k - 1, first);
}

unsigned
affil_kind_types(const struct doc *d, size_t k)
{
	const struct wordmap *kinds;
	size_t n, j;
	char w[48];

	if (affil_words == NULL || affil_word(d, k, w) == 0)
		return 0;
	kinds = lexicon_wordmap(affil_words, WMAP_BODY_KIND, &n);
	for (j = 0; j < n; j++)
		if (strcmp(w, kinds[j].word) == 0)
			return kinds[j].types;
	return 0;
}

/* The sentence holding byte off. */
const struct sentence *
affil_sent(const struct doc *d, uint32_t off)
{
	size_t s = MODEL_FIRST(d->sents, struct sentence, end, off + 1);

	return s < d->sents.n ? &d->sents.v[s] : NULL;
}

/*
 * A title with a second one between dashes before the name at token k
 * (Acme chairman - and Bell Bank director - Ann Roe): the body of the
 * title before the first dash, or -1.
 */
static int
affil_before_dashes(const struct doc *d, const struct lexicon *lx,
    size_t k, size_t first)
{
	size_t j;

	if (k <= first + 2 || !affil_dash(d, k - 1))
		return -1;
	for (j = k - 2; j > first && k - j < 12; j--)
		if (affil_dash(d, j))
			return affil_before(d, lx, j, first);
	return -1;
}

/*
 * The name of the party a US party tag at token k, after a name, names
 * ("Rep. Ann Roe (D-Wis.) said", "Sen. Tom Lee, R-Ky., said"; maps.tsv
 * party-tag), or NULL.
 */
static const char *
affil_party_tag_name(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct wordmap *map;
	const struct token *t;
	const char *s;
	size_t n, i;

	map = lexicon_wordmap(lx, WMAP_PARTY_TAG, &n);
	if (k + 1 >= d->toks.n || tok_end(&d->toks.v[k]) - d->toks.v[k].start != 1 ||
	    strchr("(,", d->text[d->toks.v[k].start]) == NULL)
		return NULL;
	t = &d->toks.v[k + 1];
	s = d->text + t->start;
	if (tok_end(t) - t->start < 3 || s[1] != '-' || s[2] < 'A' || s[2] > 'Z')
		return NULL;
	/* the tag ends its phrase: Ben Coyle, D-Day veteran, has none */
	if (k + 2 < d->toks.n && (d->toks.v[k + 2].flags & TOK_WORD))
		return NULL;
	for (i = 0; i < n; i++)
		if (map[i].word[0] == s[0] && map[i].word[1] == '\0')
			return map[i].value;
	return NULL;
}

/* The party a party tag at token k names (affil_party_tag_name), or -1. */
static int
affil_party_tag(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const char *name = affil_party_tag_name(d, lx, k);

	return name != NULL ? affil_entity_named(d, name, ENT_ORGANISATION) : -1;
}

/*
 * The parties the party tags of the text name (Sen. Tom Lee, R-Ky.: the
 * Republican Party), made when the text names them not otherwise, before
 * the people are bound to them.
 */
static void
affil_party_tags_made(struct doc *d, const struct lexicon *lx)
{
	const char *name;
	size_t i;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity >= 0 && m->kind == MENTION_NAME &&
		    (d->ents.v[m->entity].type == ENT_PERSON ||
		    d->ents.v[m->entity].type == ENT_OFFICIAL) &&
		    ((name = affil_party_tag_name(d, lx, affil_tok_at(d,
		    m->end))) != NULL || (name = affil_member_appos(d, lx,
		    affil_tok_at(d, m->end), d->toks.n)) != NULL))
			affil_entity(d, name, ENT_ORGANISATION);
	}
}

/*
 * The organisation named alone in brackets right after a person's name,
 * token k the bracket ("Senator Ana Ruiz (PRI) said", "Jane Roe (Greens)"),
 * or -1: a person's party as German and Latin American news give it.
 */
static int
affil_bracket_body(const struct doc *d, size_t k)
{
	int i;
	size_t e;

	if (!affil_char_tok(d, k, '(') || k + 1 >= d->toks.n ||
	    (i = affil_mention_starting(d, k + 1)) < 0 ||
	    d->ents.v[d->mentions.v[i].entity].type != ENT_ORGANISATION)
		return -1;
	e = affil_tok_at(d, d->mentions.v[i].end);
	return affil_char_tok(d, e, ')') ? d->mentions.v[i].entity : -1;
}

/*
 * A government's title right before the name at token k (Government
 * spokesperson X, Cabinet secretary Y: a capitalised government noun,
 * then role words in small letters): the article's home country, or -1.
 */
static _Thread_local int affil_text_home;	/* affil_home, -2 not asked */

static int
affil_government_title(const struct doc *d, const struct lexicon *lx,
    size_t k, size_t first)
{
	size_t j = k;

	while (j > first && k - j < 3 && !(d->toks.v[j - 1].flags & TOK_CAP) &&
	    affil_role(d, lx, j - 1))
		j--;
	if (j == k || j == first || !(d->toks.v[j - 1].flags & TOK_CAP) ||
	    !affil_tok_is(d, j - 1, WC_GOVERNMENT_NOUN) ||
	    affil_mention_starting(d, j - 1) >= 0)
		return -1;
	if (affil_text_home == -2)	/* asked once a text: it reads it all */
		affil_text_home = affil_home(d);
	return affil_text_home;
}

/*
 * The body the text ties mention m (a person's name) to, or -1; *weak
 * when no role word ties them. *at is the first token of the mention
 * asked about before (the mentions come in text order: m's tokens are
 * found walking on from there), and becomes m's.
 */
static int
affil_of_mention(const struct doc *d, const struct lexicon *lx,
    const struct mention *m, size_t *at, int *weak)
{
	const struct sentence *s = affil_sent(d, m->start);
	size_t k = *at = affil_tok_on(d, *at, m->start);
	size_t after = affil_tok_on(d, k, m->end), first, end;
	const char *name;
	int e, b;

	*weak = 0;
	if (s == NULL || k >= d->toks.n)
		return -1;
	first = s->tok_first;
	end = s->tok_first + s->tok_count;
	if ((e = affil_party_tag(d, lx, after)) >= 0)
		return e;	/* Rep. Ann Roe (D-Wis.) */
	if ((e = affil_bracket_body(d, after)) >= 0)
		return e;	/* Senator Ana Ruiz (PRI) */
	if ((name = affil_member_appos(d, lx, after, end)) != NULL &&
	    (e = affil_entity_named(d, name, ENT_ORGANISATION)) >= 0)
		return e;	/* Rep. Ann Roe, a California Democrat */
	if ((e = affil_before(d, lx, k, first)) >= 0) {
		/* Former Downing Street chief X, now working on Labour's
		 * campaign: Labour's */
		if (affil_former_title(d, k, first) &&
		    (b = affil_after_now(d, lx, after, end)) >= 0)
			return b;
		return e;
	}
	if ((e = affil_before_dashes(d, lx, k, first)) >= 0)
		return e;
	if ((e = affil_after(d, lx, after, end, weak)) >= 0)
		return e;
	if ((e = affil_after_owner(d, lx, after, end)) >= 0)
		return e;	/* Ann Roe, the company's quality officer */
	if ((e = affil_after_person(d, lx, after, end)) >= 0)
		return e;
	if ((e = affil_after_now(d, lx, after, end)) >= 0)
		return e;
	if ((e = affil_after_who(d, lx, after, end)) >= 0)
		return e;
	if ((e = affil_before_comma(d, lx, k, first)) >= 0)
		return e;
	return affil_government_title(d, lx, k, first);
}

/*
 * Bind people to the bodies the text ties them to; the first tie in text
 * order wins, a tie by a role word over one by a preposition alone. A body
 * named in the text replaces a country the lexicon or a title gave (Tory
 * leader X: the party, not the United Kingdom); a preposition alone (a
 * mentor to Mr Roe at Acme Law School, Roe at the Acme forum) or a
 * country (Ann Roe, a diplomat from Peru) never replaces what the
 * lexicon gave.
 */
static void
affil_text(struct doc *d, const struct lexicon *lx)
{
	unsigned char *done = xcalloc(d->ents.n + 1, 1);
	size_t i, at = 0;	/* the token of the last mention asked */
	int e, b, weak;

	affil_text_home = -2;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];
		struct entity *en;

		if ((e = m->entity) < 0 || done[e] == 2 ||
		    m->kind == MENTION_PRONOUN || m->kind == MENTION_NOMINAL)
			continue;
		en = &d->ents.v[e];
		if (en->type != ENT_PERSON && en->type != ENT_OFFICIAL)
			continue;
		if ((b = affil_of_mention(d, lx, m, &at, &weak)) < 0 || b == e ||
		    (weak && (done[e] || en->affil_lexicon)))
			continue;
		if (!weak && done[e] == 1)
			en->affiliation = -1;	/* the weak tie gives way */
		done[e] = weak ? 1 : 2;
		if (en->affil_lexicon && d->ents.v[b].type == ENT_COUNTRY)
			continue;
		if (en->affiliation >= 0 && !en->affil_lexicon &&
		    d->ents.v[b].type == ENT_COUNTRY)
			continue;
		/* its chairman: the latest body named gives way to the text's
		 * (Acme said it would appeal to the Court of Appeal. In a
		 * statement, its chairman, X, said: Acme) */
		if (en->affiliation >= 0 && d->ents.v[en->affiliation].type !=
		    ENT_COUNTRY && !en->affil_lexicon && !en->affil_latest)
			continue;
		en->affiliation = b;
		en->affil_lexicon = false;
		en->affil_latest = false;
	}
	free(done);
}

/*
 * Is a role one of state office (Housing Minister, Culture Secretary, economy
 * ministry spokesman)?
 */
static int
affil_state_role(const char *role)
{
	return affil_strcasestr(role, "minister") != NULL ||
	    affil_strcasestr(role, "ministry") != NULL ||
	    affil_strcasestr(role, "secretary") != NULL ||
	    affil_strcasestr(role, "chancellor") != NULL ||
	    affil_strcasestr(role, "attorney general") != NULL;
}

/*
 * The country named before entity e's first name in its sentence, as its
 * subject (Paris was more subdued, with finance minister Ann Roe...): not
 * after a preposition that makes it another's (talks with Peru), not in
 * quotation marks; -1.
 */
static int
affil_sentence_country(const struct doc *d, const struct entity *e)
{
	const struct mention *m;
	const struct sentence *s;
	size_t i, k;

	if (e->first_mention < 0 || (size_t)e->first_mention >= d->mentions.n)
		return -1;
	m = &d->mentions.v[e->first_mention];
	if ((s = affil_sent(d, m->start)) == NULL)
		return -1;
	i = MODEL_FIRST(d->mentions, struct mention, start, d->sents.v[s -
	    d->sents.v].start);
	for (; i < d->mentions.n && d->mentions.v[i].start < m->start; i++) {
		const struct mention *c = &d->mentions.v[i];

		if (c->entity < 0 || d->ents.v[c->entity].type != ENT_COUNTRY ||
		    c->kind == MENTION_PRONOUN || c->kind == MENTION_NOMINAL)
			continue;
		k = affil_tok_at(d, c->start);
		if ((d->toks.v[k].flags & TOK_INQUOTE) ||
		    (k > 0 && affil_tok_is(d, k - 1, WC_NOT_OF)))
			continue;
		return c->entity;
	}
	return -1;
}

/* The value map k gives word w (a state's name, a party's), or NULL. */
static const char *
affil_map_value(enum wordmap_kind k, const char *w)
{
	const struct wordmap *map;
	size_t n, i;

	if (w == NULL || affil_words == NULL)
		return NULL;
	map = lexicon_wordmap(affil_words, k, &n);
	for (i = 0; i < n; i++)
		if (strcmp(map[i].word, w) == 0)
			return map[i].value;
	return NULL;
}

/*
 * The value map k of maps.tsv gives the name of entity e (England: the
 * United Kingdom, its government's), as an entity of type t, made if the
 * text names it not; -1 when the map has no entry for it.
 */
static int
affil_mapped(struct doc *d, enum wordmap_kind k, int e, enum ent_type t)
{
	const char *v = e >= 0 ? affil_map_value(k, d->ents.v[e].name) : NULL;

	return v != NULL ? affil_entity(d, v, t) : -1;
}

/* The state whose ministers a country's are: England's the UK's; else c. */
static int
affil_governing(struct doc *d, int c)
{
	int s = affil_mapped(d, WMAP_GOVERNMENT, c, ENT_COUNTRY);

	return s >= 0 ? s : c;
}

/*
 * Does entity e's role stand right before its first name (Chief Financial
 * Officer Ruth Abbot), not in an apposition after it (Ann Roe, the
 * executive director at the Centre for X), which names its own body?
 */
static int
affil_role_before_name(const struct doc *d, const struct entity *e)
{
	const char *last = strrchr(e->role, ' ');
	size_t k;

	if (e->first_mention < 0 || (size_t)e->first_mention >= d->mentions.n)
		return 0;
	last = last != NULL ? last + 1 : e->role;
	k = affil_tok_at(d, d->mentions.v[e->first_mention].start);
	return k > 0 && affil_tok_word(d, k - 1, last);
}

/*
 * Does entity e hold an office of the state's head: President Ade Okon
 * (the title before the name, capitalised: not a club's president, Ann
 * Roe), a presidential spokesman (the word within four tokens before the
 * first name: not a presidential candidate)?
 */
static int
affil_presidential(const struct doc *d, const struct entity *e)
{
	size_t k, j;

	if (strcmp(e->role, "President") == 0)
		return affil_role_before_name(d, e);
	if (affil_strcasestr(e->role, "spokes") == NULL ||
	    e->first_mention < 0 || (size_t)e->first_mention >= d->mentions.n)
		return 0;
	k = affil_tok_at(d, d->mentions.v[e->first_mention].start);
	for (j = k; j-- > 0 && k - j <= 4;)
		if (affil_tok_word(d, j, "presidential"))
			return 1;
	return 0;
}

/* The organisation named name that the text mentions, or -1. */
static int
affil_mentioned(const struct doc *d, const char *name)
{
	int e = affil_entity_named(d, name, ENT_ORGANISATION);

	return e >= 0 && d->ents.v[e].first_mention >= 0 ? e : -1;
}

/* Is a mention of party e followed by "government" (the Conservative
 * government, a Tory government)? */
static int
affil_party_governs(const struct doc *d, int e)
{
	size_t i, k;

	for (i = 0; i < d->mentions.n; i++)
		if (d->mentions.v[i].entity == e &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    (k = affil_tok_at(d, d->mentions.v[i].end)) < d->toks.n &&
		    affil_tok_word(d, k, "government"))
			return 1;
	return 0;
}

/* Does party e itself speak, a claim's whole source (Labour said)? */
static int
affil_party_speaks(const struct doc *d, int e)
{
	size_t i, m;

	for (i = 0; i < d->claims.n; i++) {
		const struct claim *c = &d->claims.v[i];

		if (!c->has_source)
			continue;
		m = MODEL_FIRST(d->mentions, struct mention, start,
		    c->source.start);
		if (m < d->mentions.n && d->mentions.v[m].entity == e &&
		    d->mentions.v[m].start == c->source.start &&
		    d->mentions.v[m].end == c->source.end &&
		    d->mentions.v[m].kind != MENTION_PRONOUN)
			return 1;
	}
	return 0;
}

/*
 * The party of state's shadow ministers: its official opposition
 * (maps.tsv), or that party's rival when the opposition governs, i.e.
 * the article has the rival itself speak and never names the opposition
 * (Labour said the government was failing workers. Shadow business
 * secretary Ann Roe said; not "Labour MP Ann Roe said": a member), or
 * names the opposition's government (the Conservative government).
 */
static int
affil_shadow_party(struct doc *d, int state)
{
	const char *opp, *riv;
	int o, r;

	if (state < 0 || (opp = affil_map_value(WMAP_OPPOSITION,
	    d->ents.v[state].name)) == NULL)
		return -1;
	o = affil_mentioned(d, opp);
	if ((riv = affil_map_value(WMAP_RIVAL, opp)) != NULL &&
	    ((o < 0 && (r = affil_mentioned(d, riv)) >= 0 &&
	    affil_party_speaks(d, r)) ||
	    (o >= 0 && affil_party_governs(d, o))))
		return affil_entity(d, riv, ENT_ORGANISATION);
	return affil_entity(d, opp, ENT_ORGANISATION);
}

/*
 * Ministers with no country named: their sentence's, else the article's
 * (by its institutions when it names none: MPs in the Commons); a
 * nation's with no government of its own, its state's (England: the
 * United Kingdom). Shadow ministers: the article's state's official
 * opposition (maps.tsv), if it has one (affil_shadow_party).
 */

/*
 * President X (the title alone) in a story of a country whose head of
 * state is a monarch (maps.tsv monarch: Japan, the United Kingdom): no
 * president of that state but a company's, the company the article is
 * about (Hoshino Motor's president); 1 if so, entity i then bound.
 */
static int
affil_monarchy_president(struct doc *d, size_t i, int country)
{
	size_t n, j;
	const struct wordmap *map = lexicon_wordmap(affil_words, WMAP_MONARCH,
	    &n);

	if (strcmp(d->ents.v[i].role, "President") != 0 || country < 0)
		return 0;
	for (j = 0; j < n; j++)
		if (strcmp(map[j].word, d->ents.v[country].name) == 0) {
			d->ents.v[i].affiliation = affil_main_company(d);
			return 1;
		}
	return 0;
}

static void
affil_ministers(struct doc *d)
{
	int home = -1, opposition = -2, c;
	const char *name;
	size_t i;

	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];
		int shadow;

		if (e->type != ENT_OFFICIAL || e->affiliation >= 0 ||
		    e->role == NULL || !(affil_state_role(e->role) ||
		    affil_presidential(d, e)) || affil_former(e->role))
			continue;
		shadow = strncasecmp(e->role, "shadow", 6) == 0;
		if (!shadow && (c = affil_sentence_country(d, e)) >= 0) {
			if (!affil_monarchy_president(d, i, c))
				d->ents.v[i].affiliation = affil_governing(d, c);
			continue;
		}
		/* the entities may move as one is made: e is not used after */
		if (home < 0 && (home = affil_home(d)) < 0 &&
		    (name = affil_home_unnamed(d)) != NULL)
			home = affil_entity(d, name, ENT_COUNTRY);
		if (home < 0)
			return;
		if (!shadow && affil_monarchy_president(d, i, home))
			continue;
		/* the shadows' party is the article's, asked once */
		if (shadow && opposition == -2)
			opposition = affil_shadow_party(d,
			    affil_governing(d, home));
		d->ents.v[i].affiliation = shadow ? opposition :
		    affil_governing(d, home);
	}
}

/*
 * The one body the text names whose name's last word is w (Commission),
 * or whose name is w of a place or body (the Bank of Korea), or -1 (none,
 * or two).
 */
static int
affil_body_ending_word(const struct doc *d, const char *w)
{
	size_t i, n = strlen(w), len;
	int found = -1;

	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];

		if (e->type != ENT_ORGANISATION || e->first_mention < 0 ||
		    (len = strlen(e->name)) <= n + 1)
			continue;
		if ((e->name[len - n - 1] != ' ' ||
		    strcasecmp(e->name + len - n, w) != 0) &&
		    (strncasecmp(e->name, w, n) != 0 ||
		    strncmp(e->name + n, " of ", 4) != 0))
			continue;
		if (found >= 0)
			return -1;
		found = (int)i;
	}
	return found;
}

/*
 * A title whose last word names a body's (a commissioner, maps.tsv
 * title-body), its holder tied to nothing: the one body the text names
 * so (Competition Commissioner Ann Roe, in a story that names the
 * European Commission).
 */
static void
affil_title_bodies(struct doc *d)
{
	size_t i, j, n, len, wl;
	const struct wordmap *map = lexicon_wordmap(affil_words,
	    WMAP_TITLE_BODY, &n);
	int b, body[16];	/* per map word: its body, -2 not asked yet */

	if (n > 16)
		n = 16;
	for (j = 0; j < n; j++)
		body[j] = -2;
	for (i = 0; n > 0 && i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];

		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    e->affiliation >= 0 || e->role == NULL)
			continue;
		len = strlen(e->role);
		for (j = 0; j < n; j++)
			if ((wl = strlen(map[j].word)) <= len &&
			    (wl == len || e->role[len - wl - 1] == ' ') &&
			    strcasecmp(e->role + len - wl, map[j].word) == 0 &&
			    (b = body[j] != -2 ? body[j] : (body[j] =
			    affil_body_ending_word(d, map[j].value))) >= 0) {
				d->ents.v[i].affiliation = b;
				break;
			}
	}
}

/*
 * Does a named mention of a country lie in bytes [a, b)?
 */
static int
affil_country_named_in(const struct doc *d, uint32_t a, uint32_t b)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, a);

	for (; i < d->mentions.n && d->mentions.v[i].start < b; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    d->mentions.v[i].kind != MENTION_NOMINAL &&
		    d->ents.v[d->mentions.v[i].entity].type == ENT_COUNTRY)
			return 1;
	return 0;
}

/*
 * The place (a state, province or city of data/places.tsv and cities.tsv,
 * no mention) in tokens [k, end) outside any mention, its length in *n
 * tokens (one or two); the first token's index, or end.
 */
static size_t
affil_place_in(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end, size_t *n)
{
	const struct lexicon_entry *le;
	char buf[64];
	size_t j, len;

	for (; k < end; k++) {
		if (!(d->toks.v[k].flags & TOK_CAP) ||
		    (d->toks.v[k].flags & TOK_UPPER) ||
		    model_mention_over(d, d->toks.v[k].start) >= 0)
			continue;
		for (*n = 2; *n >= 1; (*n)--) {
			if (k + *n > end || !(d->toks.v[k + *n - 1].flags & TOK_CAP) ||
			    (len = tok_end(&d->toks.v[k + *n - 1]) -
			    d->toks.v[k].start) >= sizeof buf)
				continue;
			memcpy(buf, d->text + d->toks.v[k].start, len);
			buf[len] = '\0';
			for (j = 0; j < len; j++)
				if (buf[j] == '\n')
					break;
			if (j < len)
				continue;
			if ((le = lexicon_find_text(lx, buf)) != NULL &&
			    (le->roles & LEX_PLACE))
				return k;
		}
	}
	return end;
}

/*
 * The body of a story about a state, province or city: the place its
 * title or lead names (Alberta budget forecasts deficit; Chicago council
 * passes budget), when neither names a country; made as an organisation
 * with no mention; -1.
 */
static int
affil_lead_place(struct doc *d, const struct lexicon *lx)
{
	size_t si, k, end, n, last = 0;
	char buf[64];

	for (si = 0; si < d->sents.n && si < 3; si++) {
		const struct sentence *s = &d->sents.v[si];

		last = si;
		if ((int)s->para != d->title)
			break;
	}
	if (si >= d->sents.n || affil_country_named_in(d, d->sents.v[0].start,
	    d->sents.v[last].end))
		return -1;
	for (si = 0; si <= last; si++) {
		k = (int)d->sents.v[si].para == d->title ?
		    d->sents.v[si].tok_first : affil_past_dateline(d, si);
		end = d->sents.v[si].tok_first + d->sents.v[si].tok_count;
		if ((k = affil_place_in(d, lx, k, end, &n)) < end) {
			size_t len = tok_end(&d->toks.v[k + n - 1]) -
			    d->toks.v[k].start;

			memcpy(buf, d->text + d->toks.v[k].start, len);
			buf[len] = '\0';
			return affil_entity(d, buf, ENT_ORGANISATION);
		}
	}
	return -1;
}

/*
 * Officials of a state, province or city the text ties to nothing
 * (Premier Ann Roe, Finance Minister Tom Lee, Mayor Jo Vale: words.tsv
 * local-title, the role's last word) in a story whose title or lead names
 * that place and no country: the place's government, before the
 * country's ministers are bound (affil_ministers would give them a
 * country named paragraphs on). A governor in a story of a bank named
 * "Bank of ..." is left to the bank (affil_title_bodies).
 */
static void
affil_local_officials(struct doc *d, const struct lexicon *lx)
{
	int place = -2;
	size_t i;
	const char *w;

	if (lx == NULL)
		return;
	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];

		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    e->affiliation >= 0 || e->role == NULL ||
		    affil_former(e->role) ||
		    strncasecmp(e->role, "shadow", 6) == 0)
			continue;
		w = strrchr(e->role, ' ');
		w = w != NULL ? w + 1 : e->role;
		if (!affil_is(w, strlen(w), WC_LOCAL_TITLE) ||
		    (strcasecmp(w, "governor") == 0 &&
		    affil_body_ending_word(d, "Bank") >= 0))
			continue;
		if (place == -2 && (place = affil_lead_place(d, lx)) < 0)
			return;
		d->ents.v[i].affiliation = place;
	}
}

/*
 * The company the article is about: the one named most (names and
 * descriptions: Acme, the airline), three times at least and more often
 * than any other; -1.
 */
int
affil_main_company(const struct doc *d)
{
	int *count = xcalloc(d->ents.n + 1, sizeof *count), best = -1;
	int runner = 0;
	size_t i;

	for (i = 0; i < d->mentions.n; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    d->ents.v[d->mentions.v[i].entity].type == ENT_COMPANY)
			count[d->mentions.v[i].entity]++;
	for (i = 0; i < d->ents.n; i++)
		if (best < 0 || count[i] > count[best]) {
			runner = best >= 0 ? count[best] : 0;
			best = (int)i;
		} else if (count[i] > runner)
			runner = count[i];
	if (best >= 0 && (count[best] < 3 || count[best] == runner))
		best = -1;
	free(count);
	return best;
}

/*
 * Is a company officer's title written right before person e's first name
 * (chief executive Ann Roe said), the title the entity engine gave them?
 * Not a founder's or an owner's: they speak for themselves or another
 * venture as often (Founder Ann Roe of the rival brand).
 */
static int
affil_company_title_before(const struct doc *d, const struct lexicon *lx,
    const struct entity *e)
{
	const struct lexicon_entry *le;
	size_t n;
	uint32_t at;

	if (e->role == NULL || e->first_mention < 0 || lx == NULL ||
	    (n = strlen(e->role)) == 0 ||
	    (at = d->mentions.v[e->first_mention].start) < n + 1 ||
	    strncasecmp(d->text + at - n - 1, e->role, n) != 0 ||
	    d->text[at - 1] != ' ' || affil_strcasestr(e->role, "founder") ||
	    affil_strcasestr(e->role, "owner"))
		return 0;
	le = lexicon_find_text(lx, e->role);
	return le != NULL && (le->roles & LEX_TITLE) &&
	    le->title_class == TITLE_CORPORATE;
}

/*
 * The one company named in the sentence of person e's first mention,
 * before it (Apple said its sales were "strong", chief executive Ann Roe
 * said), or -1 (none, or two).
 */
static int
affil_sentence_company(const struct doc *d, const struct entity *e)
{
	uint32_t at = d->mentions.v[e->first_mention].start;
	size_t si = model_sent_at(d, at), i;
	int found = -1, x;

	if (si >= d->sents.n)
		return -1;
	i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->sents.v[si].start);
	for (; i < d->mentions.n && d->mentions.v[i].start < at; i++) {
		x = d->mentions.v[i].entity;
		if (x < 0 || d->mentions.v[i].kind == MENTION_PRONOUN ||
		    d->ents.v[x].type != ENT_COMPANY)
			continue;
		if (found >= 0 && found != x)
			return -1;
		found = x;
	}
	return found;
}

/*
 * A company's officer the text ties to no body (chief executive Ann Roe
 * said in a message to staff): the company the article is about, else
 * the one company named before them in their sentence.
 */
static void
affil_officers(struct doc *d, const struct lexicon *lx)
{
	int main = -2;
	size_t i;

	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];

		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    e->affiliation >= 0 ||
		    !affil_company_title_before(d, lx, e))
			continue;
		if (main == -2)
			main = affil_main_company(d);
		d->ents.v[i].affiliation = main >= 0 ? main :
		    affil_sentence_company(d, e);
	}
}

/*
 * The first court the article names (the Court of Session), else the
 * country of the first court it describes (a US bankruptcy court, a
 * French court), or -1.
 */
static int
affil_court(const struct doc *d)
{
	size_t i, k, j;

	for (i = 0; i < d->mentions.n; i++) {
		int e = d->mentions.v[i].entity;

		if (e >= 0 && d->ents.v[e].type == ENT_ORGANISATION &&
		    affil_strcasestr(d->ents.v[e].name, "court") != NULL)
			return e;
	}
	for (k = 1; k < d->toks.n; k++) {
		if (!affil_tok_word(d, k, "court") && !affil_tok_word(d, k, "courts"))
			continue;
		for (j = k; j-- > 0 && k - j <= 3 && (d->toks.v[j].flags & TOK_WORD);)
			if (affil_country_tok(d, j))
				return d->mentions.v[MODEL_FIRST(d->mentions,
				    struct mention, start, d->toks.v[j].start)].entity;
	}
	return -1;
}

/*
 * Per entity, 1 if a mention of its name follows the word "judge" (Judge
 * Lord Roe): one pass over the mentions for all entities (a pass for each
 * person was quadratic, a third of --json on 2 MB of news).
 */
static unsigned char *
affil_judge_titled(const struct doc *d)
{
	unsigned char *titled = xcalloc(d->ents.n + 1, 1);
	size_t i, k = 0;

	/* the mentions in text order: their tokens found walking on, not
	 * by a search of all the tokens each */
	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity >= 0 && (size_t)m->entity < d->ents.n &&
		    m->kind == MENTION_NAME && !titled[m->entity] &&
		    (k = affil_tok_on(d, k, m->start)) > 0 &&
		    affil_tok_word(d, k - 1, "judge"))
			titled[m->entity] = 1;
	}
	return titled;
}

/*
 * Is entity e a judge: by role, or the title before a name (Judge Lord
 * Roe)? *titled is affil_judge_titled's, made the first time it is needed.
 */
static int
affil_is_judge(const struct doc *d, int e, unsigned char **titled)
{
	const struct entity *en = &d->ents.v[e];

	if (en->role != NULL)
		return affil_strcasestr(en->role, "judge") != NULL &&
		    !affil_former(en->role);
	if (*titled == NULL)
		*titled = affil_judge_titled(d);
	return (*titled)[e];
}

/*
 * Judges with no body named speak for the court the article names (Judge
 * Ann Roe ruled ... in the Court of Appeal), else for their sentence's
 * country or the article's (a bankruptcy court in Houston: the US).
 */
static void
affil_judges(struct doc *d)
{
	int court = -2, home = -2, c;
	size_t i;
	unsigned char *titled = NULL;

	for (i = 0; i < d->ents.n; i++) {
		struct entity *e = &d->ents.v[i];

		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    e->affiliation >= 0 || !affil_is_judge(d, (int)i, &titled))
			continue;
		if (court == -2)
			court = affil_court(d);
		if (court >= 0)
			e->affiliation = court;
		else if ((c = affil_sentence_country(d, e)) >= 0)
			e->affiliation = c;
		else {
			/* the article's country: one reading of the whole
			 * text, whatever the number of judges */
			if (home == -2)
				home = affil_home(d);
			if (home >= 0)
				e->affiliation = home;
		}
	}
	free(titled);
}

/* The last word of a person's name of two words or more. */
struct affil_surname {
	const char *s;
	size_t n;
	int ent;
};

/* Surnames in order of length, then bytes. */
static int
affil_surname_cmp(const void *a, const void *b)
{
	const struct affil_surname *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return memcmp(x->s, y->s, x->n);
}

/*
 * The one person whose surname is name (n bytes) in sur (sorted, nsur of
 * them), -2 if two or more have it, -1 if none.
 */
static int
affil_surname_find(const struct affil_surname *sur, size_t nsur,
    const char *name, size_t n)
{
	struct affil_surname key = { name, n, -1 };
	size_t lo = 0, hi = nsur, mid;

	while (lo < hi) {	/* the first that is not before name */
		mid = lo + (hi - lo) / 2;
		if (affil_surname_cmp(&sur[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= nsur || affil_surname_cmp(&sur[lo], &key) != 0)
		return -1;
	if (lo + 1 < nsur && affil_surname_cmp(&sur[lo + 1], &key) == 0)
		return -2;	/* two of that name: no guess */
	return sur[lo].ent;
}

/*
 * A surname met before the full name (Mr Kennedy ... Lib Dem leader
 * Charles Kennedy) made an entity of its own: it speaks for whom the one
 * person of that surname does. The surnames are found once and sorted
 * (a strrchr of every name for every lone surname, then a walk of every
 * surname for each, was quadratic in the people of a text).
 */
static void
affil_surnames(struct doc *d)
{
	struct affil_surname *sur = xmalloc((d->ents.n + 1) * sizeof *sur);
	size_t i, j, nsur = 0;
	int match;

	for (j = 0; j < d->ents.n; j++) {
		const struct entity *f = &d->ents.v[j];
		const char *sp;

		if ((f->type != ENT_PERSON && f->type != ENT_OFFICIAL) ||
		    (sp = strrchr(f->name, ' ')) == NULL)
			continue;
		sur[nsur].s = sp + 1;
		sur[nsur].n = strlen(sp + 1);
		sur[nsur++].ent = (int)j;
	}
	qsort(sur, nsur, sizeof *sur, affil_surname_cmp);
	for (i = 0; i < d->ents.n; i++) {
		struct entity *e = &d->ents.v[i];

		if ((e->type != ENT_PERSON && e->type != ENT_OFFICIAL) ||
		    e->affiliation >= 0 || strchr(e->name, ' ') != NULL)
			continue;
		match = affil_surname_find(sur, nsur, e->name, strlen(e->name));
		if (match >= 0 && d->ents.v[match].affiliation >= 0) {
			e->affiliation = d->ents.v[match].affiliation;
			e->affil_lexicon = d->ents.v[match].affil_lexicon;
		}
	}
	free(sur);
}

/*
 * The title run after a body's mention that opens sentence s (The Tory
 * leader had insisted...): the body, the title in [*r0, *r1]; -1. A name
 * after the title (The SNP leader Ann Roe) is a title before a name.
 */
static int
affil_title_opening(const struct doc *d, const struct lexicon *lx,
    const struct sentence *s, size_t *r0, size_t *r1)
{
	size_t k = s->tok_first, end = s->tok_first + s->tok_count, last, j;
	int e;

	if (k >= end || !affil_tok_word(d, k, "the") || (e = affil_body_starting(d, lx, k + 1, &last, 0)) < 0)
		return -1;
	j = last + 1;
	if (j < end && (d->toks.v[j].flags & TOK_POSS))
		return -1;	/* the Tory leader's: the party's man, or not */
	for (*r0 = j; j < end && j - *r0 < 3 && affil_title_word(d, lx, j) &&
	    !(d->toks.v[j].flags & TOK_CAP && !affil_role(d, lx, j)); j++)
		;
	if (j == *r0 || !affil_role(d, lx, j - 1) || j >= end ||
	    (d->toks.v[j].flags & (TOK_CAP | TOK_UPPER)))
		return -1;
	*r1 = j - 1;
	return e;
}

/* Does someone the text named hold the title ending at token r1 of body? */
static int
affil_title_held(const struct doc *d, int body, size_t r1)
{
	const struct token *t = &d->toks.v[r1];
	size_t i, n = tok_end(t) - t->start;
	const char *r;

	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];

		if (e->affiliation != body || e->role == NULL ||
		    (e->type != ENT_PERSON && e->type != ENT_OFFICIAL))
			continue;
		for (r = e->role; *r != '\0'; r++)
			if (strncasecmp(r, d->text + t->start, n) == 0 &&
			    (r == e->role || r[-1] == ' ') &&
			    (r[n] == '\0' || r[n] == ' '))
				return 1;
	}
	return 0;
}

/*
 * A person named as the subject of one sentence and described by a
 * title of a body as the subject of the next (David Roe has resigned...
 * The Scottish Conservative leader had insisted...) holds that title:
 * bound to the body, given the role, when the text bound them to none.
 */
static void
affil_title_after_name(struct doc *d, const struct lexicon *lx)
{
	size_t si, r0, r1, k;
	int body, m, p;

	for (si = 1; si < d->sents.n; si++) {
		const struct sentence *prev = &d->sents.v[si - 1];
		struct entity *en;

		if ((body = affil_title_opening(d, lx, &d->sents.v[si], &r0,
		    &r1)) < 0)
			continue;
		k = prev->tok_first;
		if ((m = affil_mention_starting(d, k)) < 0 &&
		    prev->tok_count > 1)
			m = affil_mention_starting(d, k + 1);
		if (m < 0 || (p = d->mentions.v[m].entity) == body ||
		    affil_title_held(d, body, r1))
			continue;
		en = &d->ents.v[p];
		if ((en->type != ENT_PERSON && en->type != ENT_OFFICIAL) ||
		    en->affiliation >= 0)
			continue;
		en->affiliation = body;
		en->affil_lexicon = false;
		if (en->role == NULL)
			en->role = xstrndup(d->text + d->toks.v[r0].start,
			    tok_end(&d->toks.v[r1]) - d->toks.v[r0].start);
	}
}

/*
 * Is role (a title the text gave, maybe with words before) of the title at
 * token k: ends with that word (chairman; deputy chairman)?
 */
static int
affil_role_ends(const struct doc *d, const char *role, size_t k)
{
	size_t n = tok_end(&d->toks.v[k]) - d->toks.v[k].start, r = strlen(role);

	return r >= n && strncasecmp(role + r - n, d->text + d->toks.v[k].start,
	    n) == 0 && (r == n || role[r - n - 1] == ' ');
}

/*
 * The holder of a title of a body the text describes (The US stock market
 * watchdog's chairman has said... Ann Roe promised): the body of that kind
 * named latest (the SEC), bound to the person given that title in the
 * next sentences with no body, or -1 found.
 */
static void
affil_kind_title(struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct sentence *s = affil_sent(d, d->toks.v[k].start);
	unsigned types;
	size_t i, seen;
	uint32_t until;
	int body;

	if (s == NULL || k + 1 >= d->toks.n || k == 0 ||
	    (types = affil_kind_types(d, k - 1)) == 0 ||
	    !affil_role(d, lx, k + 1) ||
	    (body = affil_latest(d, d->toks.v[k].start, types, 0)) < 0)
		return;
	until = s - d->sents.v + 3 < (long)d->sents.n ?
	    d->sents.v[s - d->sents.v + 3].end : (uint32_t)d->len;
	i = MODEL_FIRST(d->mentions, struct mention, start, d->toks.v[k].start);
	for (seen = 0; i < d->mentions.n && seen++ < AFFIL_LOOKBACK &&
	    d->mentions.v[i].start < until; i++) {
		struct entity *en;

		if (d->mentions.v[i].entity < 0)
			continue;
		en = &d->ents.v[d->mentions.v[i].entity];
		if ((en->type != ENT_OFFICIAL && en->type != ENT_PERSON) ||
		    en->affiliation >= 0 || en->role == NULL ||
		    !affil_role_ends(d, en->role, k + 1))
			continue;
		en->affiliation = body;
		en->affil_lexicon = false;
		return;
	}
}

/*
 * "Mr Roe's union, the Acme Staff Association": the body named in
 * apposition to a description a named person possesses is that person's,
 * if nothing tied them before.
 */
static void
affil_possessed_body(struct doc *d, size_t i)
{
	const struct mention *m = &d->mentions.v[i];
	size_t k;
	int p;

	if (m->entity < 0 || m->kind == MENTION_PRONOUN ||
	    (d->ents.v[m->entity].type != ENT_COMPANY &&
	    d->ents.v[m->entity].type != ENT_ORGANISATION))
		return;
	k = affil_tok_at(d, m->start);	/* a body's mention only */
	if (k > 0 && affil_tok_is(d, k - 1, WC_ARTICLE))
		k--;
	if (k < 4 || d->text[d->toks.v[k - 1].start] != ',' ||
	    !(affil_tok_is(d, k - 2, WC_REF_ORGANISATION) ||
	    affil_tok_is(d, k - 2, WC_REF_COMPANY)) ||
	    !(d->toks.v[k - 3].flags & TOK_POSS) ||
	    (p = affil_person_ending(d, k - 4)) < 0 ||
	    d->ents.v[p].affiliation >= 0)
		return;
	d->ents.v[p].affiliation = m->entity;
}

/* Every "watchdog's chairman" of the text (affil_kind_title). */
static void
affil_kind_titles(struct doc *d, const struct lexicon *lx)
{
	size_t k;

	for (k = 1; k < d->toks.n; k++)
		if ((d->toks.v[k].flags & TOK_POSS) &&
		    !(d->toks.v[k].flags & TOK_INQUOTE))
			affil_kind_title(d, lx, k);
}

void
affil_run(struct doc *d, const struct lexicon *lx)
{
	affil_words = lx;
	affil_home_forget();	/* counts of another text, or older tokens */
	if (lx != NULL)
		affil_lexicon(d, lx);
	affil_party_tags_made(d, lx);
	affil_text(d, lx);
	affil_title_after_name(d, lx);
	affil_kind_titles(d, lx);
	for (size_t i = 0; i < d->mentions.n; i++)
		affil_possessed_body(d, i);
	affil_local_officials(d, lx);
	affil_ministers(d);
	affil_officers(d, lx);
	affil_title_bodies(d);
	affil_judges(d);
	affil_surnames(d);
}
