/*
 * pronoun.c: the pronoun resolver. He, she, who as the source of a claim
 * stand for a person: the subject of the sentence before when it was named
 * after the last speaker spoke (Peru's envoy, Ana Ruiz, arrived. "...,"
 * she said), the subject of the paragraph when the last speaker spoke
 * before it, else the last speaker, else the latest person named outside
 * quotation marks. Then he and she must fit: a title that made someone
 * the subject of the sentence before wins (The Tory leader was asked...
 * He replied), and a person of the other sex gives way to the latest one
 * of the pronoun's sex (Christine May ... she said).
 *
 * The sex of a person comes from the honorifics named with them (Mr
 * Brown: he, Mrs Jowell: she; data/words.tsv honorific-male and
 * honorific-female); a person called both ways has none.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "affil.h"
#include "affil_int.h"
#include "lexicon.h"
#include "pronoun.h"
#include "util.h"

#define PRONOUN_LOOKBACK 400	/* mentions looked back at, at most */

/* Entity types a person pronoun refers to. */
#define PRONOUN_PERSON	(1u << ENT_PERSON | 1u << ENT_OFFICIAL)

/* ----------------------------------------------------------- text */

/* Is token k a word of class c (any case)? */
static int
pronoun_tok_is(const struct pronoun *p, size_t k, enum word_class c)
{
	const struct token *t;

	if (k >= p->d->toks.n || p->words == NULL)
		return 0;
	t = &p->d->toks.v[k];
	return (t->flags & TOK_WORD) && t->len < 48 &&
	    lexicon_word_is(lexicon_word(p->words, p->d->text + t->start,
	    t->len), c);
}

int
pronoun_word_in(const struct doc *d, const struct lexicon *words, size_t k,
    enum word_class c, int ed)
{
	const struct token *t = &d->toks.v[k];
	size_t n = t->len;
	const char *w = d->text + t->start;

	if ((t->flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) != TOK_WORD)
		return 0;
	if (ed && n > 4 && memcmp(w + n - 2, "ed", 2) == 0)
		return 1;
	return words != NULL && lexicon_word_is(lexicon_word(words, w, n), c);
}

/* ------------------------------------------------------------ sex */

/* The sex an honorific at token k gives (Mr Brown: 'm', Mrs Jowell: 'f'). */
static char
pronoun_honorific_sex(const struct pronoun *p, size_t k)
{
	if (pronoun_tok_is(p, k, WC_HONORIFIC_MALE))
		return 'm';
	return pronoun_tok_is(p, k, WC_HONORIFIC_FEMALE) ? 'f' : 0;
}

/* Per entity, the sex its honorifics give, or 0 (unknown, or both). */
static void
pronoun_sexes(struct pronoun *p)
{
	const struct doc *d = p->d;
	size_t i, k = 0;
	char g;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || m->kind == MENTION_PRONOUN ||
		    (k = affil_tok_on(d, k, m->start)) == 0)
			continue;
		g = pronoun_honorific_sex(p, k - 1);
		if (g == 0 && pronoun_tok_is(p, k, WC_NAME_TITLE))
			g = pronoun_honorific_sex(p, k);	/* "Sir Ada Roe" */
		if (g == 0)
			continue;
		if (p->sex[m->entity] == 0)
			p->sex[m->entity] = g;
		else if (p->sex[m->entity] != g)
			p->sex[m->entity] = '?';
	}
	for (i = 0; i < d->ents.n; i++)
		if (p->sex[i] == '?')
			p->sex[i] = 0;
}

char
pronoun_sex(const struct doc *d, const struct span *s)
{
	size_t k = MODEL_FIRST(d->toks, struct token, start, s->start);

	if (k >= d->toks.n || tok_end(&d->toks.v[k]) != s->end)
		return 0;
	if (affil_tok_word(d, k, "he"))
		return 'm';
	return affil_tok_word(d, k, "she") ? 'f' : 0;
}

/* Is entity e a person who may be called so (sex: 'm', 'f')? */
static int
pronoun_fits(const struct pronoun *p, int e, char sex)
{
	const struct doc *d = p->d;

	return e >= 0 && (d->ents.v[e].type == ENT_PERSON ||
	    d->ents.v[e].type == ENT_OFFICIAL) &&
	    (p->sex[e] == 0 || p->sex[e] == sex);
}

/* ------------------------------------------------------- subjects */

/*
 * The person or official named as the subject of sentence si: the first
 * one named outside quotation marks before any verb, not as a possessive
 * (Holm's plan) nor after a preposition. Its mention start in *at.
 */
static int
pronoun_subject(const struct pronoun *p, size_t si, uint32_t *at)
{
	const struct doc *d = p->d;
	const struct sentence *s = &d->sents.v[si];
	size_t k, m, e = s->tok_first + s->tok_count;

	for (k = s->tok_first; k < e; k++) {
		const struct token *t = &d->toks.v[k];

		if (t->flags & (TOK_INQUOTE | TOK_QUOTE))
			continue;
		if (pronoun_word_in(p->d, p->words, k, WC_SUBJECT_END, 1))
			return -1;
		m = model_mention_at(d, t->start);
		if (m >= d->mentions.n || d->mentions.v[m].start != t->start ||
		    d->mentions.v[m].entity < 0 ||
		    d->mentions.v[m].kind == MENTION_PRONOUN ||
		    !(PRONOUN_PERSON &
		    1u << d->ents.v[d->mentions.v[m].entity].type))
			continue;
		if (k > s->tok_first && pronoun_word_in(p->d, p->words, k - 1,
		    WC_SUBJECT_PREP, 0))
			return -1;
		for (; k + 1 < e && d->toks.v[k + 1].start <
		    d->mentions.v[m].end; k++)
			;
		if (k + 1 < e && (d->toks.v[k + 1].flags & TOK_POSS))
			continue;
		*at = t->start;
		return d->mentions.v[m].entity;
	}
	return -1;
}

/*
 * He or she when the last speaker spoke before this paragraph: the person
 * named as the subject of the latest sentence since then that has one
 * (Kahn said ... New paragraph: Mr Roe joined the army. By 1990 he had
 * risen... he says ...), or -1. No speaker is guessed across a paragraph
 * that names someone else.
 */
static int
pronoun_para_subject(const struct pronoun *p, uint32_t off, uint32_t last)
{
	const struct doc *d = p->d;
	size_t si = model_sent_at(d, off), n = 0;
	int para, subj;
	uint32_t at;

	if (si >= d->sents.n || (para = d->sents.v[si].para) < 0 ||
	    (size_t)para >= d->paras.n || last >= d->paras.v[para].start)
		return -1;
	while (si-- > 0 && n++ < 16 && d->sents.v[si].start > last)
		if ((subj = pronoun_subject(p, si, &at)) >= 0)
			return subj;
	return -1;
}

int
pronoun_latest(const struct doc *d, uint32_t off, unsigned types, size_t *at)
{
	size_t i = model_mention_at(d, off), n = 0;

	while (i > 0 && n++ < PRONOUN_LOOKBACK) {
		const struct mention *m = &d->mentions.v[--i];

		if (m->entity < 0 || (size_t)m->entity >= d->ents.n ||
		    !(types & 1u << d->ents.v[m->entity].type) ||
		    model_in_quote(d, m->start))
			continue;
		*at = m->start;
		return m->entity;
	}
	return -1;
}

/* The paragraph start of byte off. */
static uint32_t
pronoun_para_start(const struct doc *d, uint32_t off)
{
	size_t si = model_sent_at(d, off);
	const struct sentence *s = si < d->sents.n ? &d->sents.v[si] : NULL;

	return s != NULL && s->para >= 0 && (size_t)s->para < d->paras.n ?
	    d->paras.v[s->para].start : 0;
}

/* The latest person named before byte off outside quotes, of that sex
 * (only one whose sex is known), within the paragraph; -1. */
static int
pronoun_latest_of_sex(const struct pronoun *p, uint32_t off, char sex)
{
	const struct doc *d = p->d;
	size_t i = model_mention_at(d, off), si = model_sent_at(d, off);
	uint32_t from = pronoun_para_start(d, off);
	const struct sentence *s = si < d->sents.n ? &d->sents.v[si] : NULL;

	/* the paragraph, or the one before when the pronoun opens it */
	if (s != NULL && s->start == from && s->para > 0)
		from = d->paras.v[s->para - 1].start;
	for (size_t seen = 0; i-- > 0 && seen++ < PRONOUN_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < from)
			break;
		if (m->entity >= 0 && m->kind != MENTION_PRONOUN &&
		    p->sex[m->entity] == sex &&
		    !(d->toks.v[MODEL_FIRST(d->toks, struct token, start,
		    m->start)].flags & TOK_INQUOTE))
			return m->entity;
	}
	return -1;
}

/* ----------------------------------------------------- the resolver */

/*
 * Who the person source at s is by the flow of the text: the subject of
 * the sentence before, named after the last speaker spoke; the subject of
 * the paragraph, when the last speaker spoke before it; the last speaker;
 * the latest person named.
 */
static int
pronoun_flow(const struct pronoun *p, const struct span *s, int last,
    uint32_t lastpos)
{
	const struct doc *d = p->d;
	size_t si = model_sent_at(d, s->start), at2;
	uint32_t at;
	int subj;

	if (si > 0 && si < d->sents.n &&
	    (subj = pronoun_subject(p, si - 1, &at)) >= 0 &&
	    (last < 0 || at > lastpos))
		return subj;
	if (last >= 0 && (subj = pronoun_para_subject(p, s->start, lastpos)) >= 0)
		return subj;
	if (last >= 0)
		return last;
	return pronoun_latest(d, s->start, PRONOUN_PERSON, &at2);
}

/*
 * He or she must fit: the person a title made the subject of this
 * sentence's predecessor (The Tory leader was asked... He replies), else,
 * when e is of the other sex, the latest person of the pronoun's sex
 * (Christine May ... she said); e when neither.
 */
static int
pronoun_fit(const struct pronoun *p, const struct span *s, int e)
{
	const struct doc *d = p->d;
	char sex = pronoun_sex(d, s);
	size_t si = model_sent_at(d, s->start);
	int t = -1;

	if (sex == 0 || si >= d->sents.n)
		return e;
	/* He opens (or nearly) the sentence after the title's */
	if (si > 0 && s->start - d->sents.v[si].start < 40)
		t = affil_title_subject(d, p->words, si - 1);
	if (!pronoun_fits(p, t, sex))
		t = -1;
	if (t < 0 && e >= 0 && !pronoun_fits(p, e, sex))
		t = pronoun_latest_of_sex(p, s->start, sex);
	return t >= 0 ? t : e;
}

int
pronoun_person(const struct pronoun *p, const struct span *s, int last,
    uint32_t lastpos)
{
	return pronoun_fit(p, s, pronoun_flow(p, s, last, lastpos));
}

void
pronoun_begin(struct pronoun *p, const struct doc *d,
    const struct lexicon *words, const struct lexicon *lx)
{
	p->d = d;
	p->words = words;
	p->lx = lx;
	p->sex = xcalloc(d->ents.n + 1, 1);
	pronoun_sexes(p);
}

void
pronoun_end(struct pronoun *p)
{
	free(p->sex);
	p->sex = NULL;
}
