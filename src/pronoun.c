/*
 * pronoun.c: the pronoun resolver. He, she, who as the source of a claim
 * stand for a person: the subject of the sentence before when it was named
 * after the last speaker spoke (Peru's envoy, Ana Ruiz, arrived. "...,"
 * she said), else the person it introduces (heard from Lord Roe, who was a
 * minister. He denied ...; questioned by its leader, Ann Bell. She said
 * ...), the subject of the paragraph when the last speaker spoke
 * before it, else the last speaker, else the latest person named outside
 * quotation marks. Then he and she must fit: a title that made someone
 * the subject of the sentence before wins (The Tory leader was asked...
 * He replied), and a person of the other sex gives way to the latest one
 * of the pronoun's sex (Christine May ... she said), else to the latest
 * who may be of it, else to no one: a claim filed under no one is better
 * than one filed under a woman for what "he" said.
 *
 * The sex of a person comes from the honorifics and titles named with
 * them (Mr Brown, Lady Hale; data/words.tsv honorific-male and
 * honorific-female), else from their given name (Anne Robinson; given-male
 * and given-female of data/genders.tsv), else from a he or she bound to
 * them for sure (Jan Varga said she would stand); a person called both
 * ways has none. The pronoun's mention then names the speaker found
 * (pronoun_bind), so the text and the party pane agree.
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

/*
 * The sex a word gives: as an honorific or a title of one sex (Mr, Lady,
 * Baroness; data/words.tsv honorific-male, honorific-female), or, if
 * given, as a given name of one sex (Anne, Mark: data/genders.tsv); 0.
 */
static char
pronoun_word_sex(const struct pronoun *p, const char *w, size_t n, int given)
{
	const struct lexicon_entry *e;

	if (p->words == NULL || n == 0 || n >= 48 ||
	    (e = lexicon_word(p->words, w, n)) == NULL)
		return 0;
	if (lexicon_word_is(e, WC_HONORIFIC_MALE))
		return 'm';
	if (lexicon_word_is(e, WC_HONORIFIC_FEMALE))
		return 'f';
	if (given && lexicon_word_is(e, WC_GIVEN_MALE))
		return 'm';
	return given && lexicon_word_is(e, WC_GIVEN_FEMALE) ? 'f' : 0;
}

/* The sex an honorific at token k gives (Mr Brown: 'm', Mrs Jowell: 'f'). */
static char
pronoun_honorific_sex(const struct pronoun *p, size_t k)
{
	const struct token *t = &p->d->toks.v[k];

	if (!(t->flags & TOK_WORD))
		return 0;
	return pronoun_word_sex(p, p->d->text + t->start, t->len, 0);
}

/*
 * The sex the name of entity e gives: its first word as an honorific
 * (Lord Roberts of Conwy), or as a given name when a surname follows
 * (Anne Robinson; a lone Omar may be a surname); 0.
 */
static char
pronoun_name_sex(const struct pronoun *p, int e)
{
	const char *name = p->d->ents.v[e].name;
	size_t n = strcspn(name, " ");
	char g = pronoun_word_sex(p, name, n, 0);

	if (g != 0 || name[n] != ' ')
		return g;
	return pronoun_word_sex(p, name, n, 1);
}

/* Fold a vote for sex g into *v: 0 none yet, '?' both. */
static void
pronoun_vote(char *v, char g)
{
	if (g == 0 || *v == '?')
		return;
	*v = *v == 0 || *v == g ? g : '?';
}

/* Per entity, the sex its honorifics give ('?' both): the token before a
 * mention (Mr Brown) or the mention's own first (Lady Hale). */
static void
pronoun_honorific_votes(const struct pronoun *p, char *vote)
{
	const struct doc *d = p->d;
	size_t i, k = 0;
	char g;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || m->kind == MENTION_PRONOUN ||
		    (k = affil_tok_on(d, k, m->start)) >= d->toks.n)
			continue;
		g = k > 0 ? pronoun_honorific_sex(p, k - 1) : 0;
		if (g == 0)
			g = pronoun_honorific_sex(p, k);
		pronoun_vote(&vote[m->entity], g);
	}
}

/* The sex of a pronoun token k (he, his: 'm'; she, her: 'f'), or 0. */
static char
pronoun_tok_sex(const struct pronoun *p, size_t k)
{
	if (pronoun_tok_is(p, k, WC_PRONOUN_MALE))
		return 'm';
	return pronoun_tok_is(p, k, WC_PRONOUN_FEMALE) ? 'f' : 0;
}

/*
 * The sex of token k if it is he or she ('m', 'f'), or 0: pronoun_tok_sex
 * of a word of class he-she, with one look-up (most tokens after a
 * person's name are asked).
 */
static char
pronoun_he_she(const struct pronoun *p, size_t k)
{
	const struct token *t;
	const struct lexicon_entry *e;

	if (k >= p->d->toks.n || p->words == NULL)
		return 0;
	t = &p->d->toks.v[k];
	if (!(t->flags & TOK_WORD) || t->len >= 48 ||
	    !lexicon_word_is(e = lexicon_word(p->words, p->d->text + t->start,
	    t->len), WC_HE_SHE))
		return 0;
	if (lexicon_word_is(e, WC_PRONOUN_MALE))
		return 'm';
	return lexicon_word_is(e, WC_PRONOUN_FEMALE) ? 'f' : 0;
}

/*
 * Per entity, the sex of the pronouns bound to it for sure ('?' both): a
 * he or she outside quotation marks in a sentence that names one person
 * before it, and no one else (Jan Varga said she would stand again); not
 * his or her, which as often name someone described (Varga met the
 * nominee, who began his speech).
 */
/* Is mention m a name of a person (not a pronoun)? */
static int
pronoun_person_named(const struct doc *d, const struct mention *m)
{
	return m->entity >= 0 && m->kind != MENTION_PRONOUN &&
	    (PRONOUN_PERSON & 1u << d->ents.v[m->entity].type);
}

/*
 * The first token of sentence s from which a he or she may be bound: the
 * first at or after the first person named in it (*m, the first mention
 * not before the sentence, is moved on), or e, the sentence's end, if it
 * names no one. The tokens before cannot vote: a sentence is read token by
 * token only from there.
 */
static size_t
pronoun_bound_from(const struct doc *d, const struct sentence *s, size_t e,
    size_t *m)
{
	size_t j, lo = s->tok_first, hi = e, mid;
	uint32_t last;

	if (lo >= e)
		return e;
	last = d->toks.v[e - 1].start;
	while (*m < d->mentions.n && d->mentions.v[*m].start <
	    d->toks.v[lo].start)
		(*m)++;
	for (j = *m; j < d->mentions.n && d->mentions.v[j].start <= last &&
	    !pronoun_person_named(d, &d->mentions.v[j]); j++)
		;
	if (j >= d->mentions.n || d->mentions.v[j].start > last)
		return e;
	while (lo < hi) {	/* the first token not before mention j */
		mid = lo + (hi - lo) / 2;
		if (d->toks.v[mid].start < d->mentions.v[j].start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
pronoun_bound_votes(const struct pronoun *p, char *vote)
{
	const struct doc *d = p->d;
	size_t si, k, e, m = 0;
	int one;
	char g;

	for (si = 0; si < d->sents.n; si++) {
		const struct sentence *s = &d->sents.v[si];

		one = -1;
		e = s->tok_first + s->tok_count;
		if (e > d->toks.n)
			e = d->toks.n;
		for (k = pronoun_bound_from(d, s, e, &m); k < e; k++) {
			const struct token *t = &d->toks.v[k];

			if (t->flags & (TOK_INQUOTE | TOK_QUOTE))
				continue;
			while (m < d->mentions.n && d->mentions.v[m].start < t->start)
				m++;
			if (m < d->mentions.n && d->mentions.v[m].start == t->start &&
			    pronoun_person_named(d, &d->mentions.v[m])) {
				if (one == -1 || one == d->mentions.v[m].entity)
					one = d->mentions.v[m].entity;
				else
					break;	/* two people: no one sure */
			} else if (one >= 0 && (g = pronoun_he_she(p, k)) != 0)
				pronoun_vote(&vote[one], g);
		}
	}
}

/*
 * Per entity, its sex: the honorifics named with it, else its given name,
 * else the pronouns bound to it for sure; none if they disagree.
 */
static void
pronoun_sexes(struct pronoun *p)
{
	const struct doc *d = p->d;
	char *bound = xcalloc(d->ents.n + 1, 1);
	size_t i;

	pronoun_honorific_votes(p, p->sex);
	pronoun_bound_votes(p, bound);
	for (i = 0; i < d->ents.n; i++) {
		if (p->sex[i] == 0)
			p->sex[i] = pronoun_name_sex(p, (int)i);
		if (p->sex[i] == 0)
			p->sex[i] = bound[i];
		if (p->sex[i] == '?')
			p->sex[i] = 0;
	}
	free(bound);
}

char
pronoun_sex(const struct doc *d, const struct lexicon *words,
    const struct span *s)
{
	size_t k = model_tok_first(d, s->start);
	struct pronoun p = { .d = d, .words = words };

	if (k >= d->toks.n || tok_end(&d->toks.v[k]) != s->end)
		return 0;
	return pronoun_tok_sex(&p, k);
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
 * one named outside quotation marks before any verb of its main clause,
 * not as a possessive (Holm's plan) nor after a preposition. Its mention
 * start in *at.
 */
/*
 * The first token of sentence s's main clause: after the comma that ends
 * a clause the sentence opens with (When Roe arrived, Lord Hale was
 * furious: Lord Hale), else its first.
 */
static size_t
pronoun_main_clause(const struct pronoun *p, const struct sentence *s)
{
	const struct doc *d = p->d;
	size_t k, e = s->tok_first + s->tok_count;

	if (!pronoun_tok_is(p, s->tok_first, WC_SUBORD))
		return s->tok_first;
	for (k = s->tok_first + 1; k < e; k++)
		if (!(d->toks.v[k].flags & (TOK_WORD | TOK_INQUOTE)) &&
		    d->text[d->toks.v[k].start] == ',')
			return k + 1;
	return s->tok_first;
}

static int
pronoun_subject_of(const struct pronoun *p, size_t si, uint32_t *at,
    unsigned types)
{
	const struct doc *d = p->d;
	const struct sentence *s = &d->sents.v[si];
	size_t k, m, e = s->tok_first + s->tok_count;

	for (k = pronoun_main_clause(p, s); k < e; k++) {
		const struct token *t = &d->toks.v[k];

		if (t->flags & (TOK_INQUOTE | TOK_QUOTE))
			continue;
		/* a verb, or he or she as the subject: no one named */
		if (pronoun_word_in(p->d, p->words, k, WC_SUBJECT_END, 1) ||
		    pronoun_tok_is(p, k, WC_HE_SHE))
			return -1;
		m = model_mention_at(d, t->start);
		if (m >= d->mentions.n || d->mentions.v[m].start != t->start ||
		    d->mentions.v[m].entity < 0 ||
		    d->mentions.v[m].kind == MENTION_PRONOUN ||
		    !(types & 1u << d->ents.v[d->mentions.v[m].entity].type))
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

static int
pronoun_subject(const struct pronoun *p, size_t si, uint32_t *at)
{
	return pronoun_subject_of(p, si, at, PRONOUN_PERSON);
}

int
pronoun_subject_before(const struct pronoun *p, uint32_t off,
    unsigned types, uint32_t *at)
{
	const struct doc *d = p->d;
	size_t si = model_sent_at(d, off);

	if (si == 0 || si >= d->sents.n ||
	    d->sents.v[si - 1].para != d->sents.v[si].para)
		return -1;
	return pronoun_subject_of(p, si - 1, at, types);
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

/*
 * pronoun_latest, and with words (not NULL) not a mention that follows a
 * preposition (subject-prep: the offices of Omar).
 */
static int
pronoun_latest_in(const struct doc *d, const struct lexicon *words,
    uint32_t off, unsigned types, size_t *at)
{
	size_t i = model_mention_at(d, off), n = 0, k;

	while (i > 0 && n++ < PRONOUN_LOOKBACK) {
		const struct mention *m = &d->mentions.v[--i];

		if (m->entity < 0 || (size_t)m->entity >= d->ents.n ||
		    !(types & 1u << d->ents.v[m->entity].type) ||
		    model_in_quote(d, m->start))
			continue;
		k = model_tok_first(d, m->start);
		if (words != NULL && k > 0 && k < d->toks.n &&
		    pronoun_word_in(d, words, k - 1, WC_SUBJECT_PREP, 0))
			continue;
		*at = m->start;
		return m->entity;
	}
	return -1;
}

int
pronoun_latest(const struct doc *d, uint32_t off, unsigned types, size_t *at)
{
	return pronoun_latest_in(d, NULL, off, types, at);
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

/*
 * The sex a mention gives its entity: a pronoun's own (he), a name's the
 * entity's (Anne Roe), or 0.
 */
static char
pronoun_mention_sex(const struct pronoun *p, const struct mention *m)
{
	struct span s = { .start = m->start, .end = m->end };

	if (m->kind != MENTION_PRONOUN)
		return p->sex[m->entity];
	return pronoun_fits(p, m->entity, pronoun_sex(p->d, p->words, &s)) ?
	    pronoun_sex(p->d, p->words, &s) : 0;
}

/* The latest person named before byte off outside quotes, of that sex
 * (only one whose sex is known, or a pronoun of that sex bound to them:
 * She says X. She adds...), within the paragraph; -1. */
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
		if (m->entity >= 0 && pronoun_mention_sex(p, m) == sex &&
		    !(d->toks.v[model_tok_first(d, m->start)].flags & TOK_INQUOTE))
			return m->entity;
	}
	return -1;
}

/* ------------------------------------------- coref's pronoun mentions */

void
pronoun_track_begin(struct pronoun_track *t, const struct doc *d,
    const struct lexicon *words)
{
	memset(t, 0, sizeof *t);
	t->d = d;
	t->words = words;
	t->subject = t->subject_sent = -1;
	t->last[0] = t->last[1] = -1;
	t->last_sent[0] = t->last_sent[1] = -1;
}

void
pronoun_track_end(struct pronoun_track *t)
{
	VEC_FREE(t->hon);
	VEC_FREE(t->name);
}

/* The sex of entity e as coref knows it so far: its honorifics, else its
 * name; 0. */
static char
pronoun_track_sex(const struct pronoun_track *t, int e)
{
	char h;

	if (e < 0 || (size_t)e >= t->hon.n)
		return 0;
	h = t->hon.v[e];
	if (h == 'm' || h == 'f')
		return h;
	return h == '?' ? 0 : t->name.v[e];
}

void
pronoun_track_name(struct pronoun_track *t, int e, uint32_t start, int sent)
{
	struct pronoun p = { .d = t->d, .words = t->words };
	size_t k;
	char g;

	while (t->hon.n <= (size_t)e) {
		*VEC_PUSH(t->hon) = 0;
		*VEC_PUSH(t->name) = 'x';	/* not read yet */
	}
	if (t->name.v[e] == 'x')
		t->name.v[e] = pronoun_name_sex(&p, e);
	k = model_tok_first(t->d, start);
	g = k > 0 ? pronoun_honorific_sex(&p, k - 1) : 0;
	if (g == 0 && k < t->d->toks.n)
		g = pronoun_honorific_sex(&p, k);
	pronoun_vote(&t->hon.v[e], g);
	if (t->subject_sent != sent) {
		t->subject = e;
		t->subject_sent = sent;
	}
	if ((g = pronoun_track_sex(t, e)) != 0) {
		t->last[g == 'f'] = e;
		t->last_sent[g == 'f'] = sent;
	}
}

int
pronoun_track_pronoun(const struct pronoun_track *t, uint32_t start,
    uint32_t end, int sent)
{
	struct span s = { .start = start, .end = end };
	char sex = pronoun_sex(t->d, t->words, &s), g;
	int e = t->subject;

	if (e < 0 || sent > t->subject_sent + 3)
		return -1;
	if (sex == 0 || (g = pronoun_track_sex(t, e)) == 0 || g == sex)
		return e;
	/* Karen Holt met Mark Dunn. He ...: the latest man, if near */
	return t->last_sent[sex == 'f'] >= 0 &&
	    sent <= t->last_sent[sex == 'f'] + 3 ? t->last[sex == 'f'] : -1;
}

/* ----------------------------------------------------- the resolver */

/*
 * The latest person named before byte off outside quotation marks, not
 * only mentioned after a preposition (He was arrested for a call to the
 * offices of Omar. During the call, he asked...: not Omar); -1.
 */
static int
pronoun_latest_named(const struct pronoun *p, uint32_t off)
{
	size_t at;

	return pronoun_latest_in(p->d, p->words, off, PRONOUN_PERSON, &at);
}

/*
 * Does the person named in tokens [a, k) of sentence s end it as a
 * passive's agent (The plan was questioned by its former leader, Ann
 * Roe.)? k is the token after the name.
 */
static int
pronoun_agent_last(const struct pronoun *p, const struct sentence *s,
    size_t a, size_t k)
{
	const struct doc *d = p->d;
	size_t j;

	if (k + 1 != s->tok_first + s->tok_count || d->text[d->toks.v[k].start] != '.')
		return 0;
	for (j = a; j-- > s->tok_first && a - j < 10;)
		if (pronoun_tok_is(p, j, WC_SUBJECT_PREP))
			return affil_tok_word(d, j, "by");
	return 0;
}

/*
 * The person sentence si introduces with a relative clause of their own
 * (The programme heard from Lord Roe, who was a minister then. He
 * denied ...) or as the agent it ends with (pronoun_agent_last): the last
 * one named so outside quotation marks, or -1.
 */
static int
pronoun_introduced(const struct pronoun *p, size_t si, uint32_t *at)
{
	const struct doc *d = p->d;
	const struct sentence *s = &d->sents.v[si];
	size_t i = model_mention_at(d, s->start), k, a;
	int e = -1;

	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || m->kind == MENTION_PRONOUN ||
		    !(PRONOUN_PERSON & 1u << d->ents.v[m->entity].type) ||
		    model_in_quote(d, m->start))
			continue;
		a = model_tok_first(d, m->start);
		k = model_tok_first(d, m->end);
		if (k < s->tok_first + s->tok_count && pronoun_tok_is(p, k, WC_OF))
			while (++k < s->tok_first + s->tok_count &&
			    (d->toks.v[k].flags & TOK_CAP))
				;	/* Lord Roe of Ely, who */
		if (k >= s->tok_first + s->tok_count)
			continue;
		if ((k + 1 < s->tok_first + s->tok_count &&
		    d->text[d->toks.v[k].start] == ',' &&
		    pronoun_tok_is(p, k + 1, WC_RELATIVE) &&
		    d->text[d->toks.v[k + 1].start] == 'w') ||
		    pronoun_agent_last(p, s, a, k)) {
			e = m->entity;
			*at = m->start;
		}
	}
	return e;
}

/*
 * Who the person source at s is by the flow of the text: the subject of
 * the sentence before, named after the last speaker spoke, else the person
 * it introduces (pronoun_introduced); the subject of
 * the paragraph, when the last speaker spoke before it; the last speaker;
 * the latest person named.
 */
static int
pronoun_flow(const struct pronoun *p, const struct span *s, int last,
    uint32_t lastpos)
{
	const struct doc *d = p->d;
	size_t si = model_sent_at(d, s->start);
	uint32_t at;
	int subj;

	if (si > 0 && si < d->sents.n &&
	    (subj = pronoun_subject(p, si - 1, &at)) >= 0 &&
	    (last < 0 || at > lastpos))
		return subj;
	if (si > 0 && si < d->sents.n &&
	    (subj = pronoun_introduced(p, si - 1, &at)) >= 0 &&
	    (last < 0 || at > lastpos))
		return subj;
	if (last >= 0 && (subj = pronoun_para_subject(p, s->start, lastpos)) >= 0)
		return subj;
	if (last >= 0)
		return last;
	return pronoun_latest_named(p, s->start);
}

/* The latest person named before byte off outside quotes who may be
 * called so (of that sex, or of none known), not e, within the paragraph
 * or the one before; -1. */
static int
pronoun_latest_fitting(const struct pronoun *p, uint32_t off, char sex, int e)
{
	const struct doc *d = p->d;
	size_t i = model_mention_at(d, off), si = model_sent_at(d, off);
	const struct sentence *s = si < d->sents.n ? &d->sents.v[si] : NULL;
	uint32_t from = pronoun_para_start(d, off);

	if (s != NULL && s->para > 0)
		from = d->paras.v[s->para - 1].start;
	for (size_t seen = 0; i-- > 0 && seen++ < PRONOUN_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < from)
			break;
		if (m->entity >= 0 && m->entity != e &&
		    m->kind != MENTION_PRONOUN &&
		    pronoun_fits(p, m->entity, sex) &&
		    !model_in_quote(d, m->start))
			return m->entity;
	}
	return -1;
}

/*
 * He or she must fit: the person a title made the subject of this
 * sentence's predecessor (The Tory leader was asked... He replies), else,
 * when e is of the other sex, the latest person of the pronoun's sex
 * (Christine May ... she said), else the latest who may be of it (Karen
 * Holt met Robin Dunn. He said: Dunn), else no one; e when it fits.
 */
static int
pronoun_fit(const struct pronoun *p, const struct span *s, int e)
{
	const struct doc *d = p->d;
	char sex = pronoun_sex(d, p->words, s);
	size_t si = model_sent_at(d, s->start);
	int t = -1;

	if (sex == 0 || si >= d->sents.n)
		return e;
	/* He opens (or nearly) the sentence after the title's */
	if (si > 0 && s->start - d->sents.v[si].start < 40)
		t = affil_title_subject(d, p->words, si - 1);
	if (pronoun_fits(p, t, sex))
		return t;
	if (e < 0 || pronoun_fits(p, e, sex))
		return e;
	if ((t = pronoun_latest_of_sex(p, s->start, sex)) >= 0)
		return t;
	return pronoun_latest_fitting(p, s->start, sex, e);
}

int
pronoun_person(const struct pronoun *p, const struct span *s, int last,
    uint32_t lastpos)
{
	return pronoun_fit(p, s, pronoun_flow(p, s, last, lastpos));
}

void
pronoun_bind(struct doc *d, const struct span *s, int e)
{
	size_t i = model_mention_at(d, s->start);
	struct mention *m;

	if (e < 0 || i >= d->mentions.n)
		return;
	m = &d->mentions.v[i];
	if (m->start != s->start || m->end != s->end ||
	    m->kind != MENTION_PRONOUN || d->ents.v[e].first_mention < 0 ||
	    d->mentions.v[d->ents.v[e].first_mention].start >= m->start)
		return;
	m->entity = e;
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
