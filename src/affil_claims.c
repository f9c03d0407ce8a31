/*
 * affil_claims.c: after the speakers, the party of a source that names no
 * one, from what is named with it: "officials said" the body or
 * government named in the sentence or paragraph, "the association said"
 * the body whose name holds the word, "the chancellor said" the person
 * the article gave that title; relatives (Mr Blair, who said); he or she
 * after an unnamed source (a spokesman said... he added). Whom he and she
 * name is the pronoun resolver's (pronoun.c), which asks affil_title_subject
 * here for "he" after "The Tory leader was asked". Also the article's home
 * country (affil_home), kept while affil_claims runs.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "affil.h"
#include "affil_int.h"
#include "affil_lexicon.h"
#include "hmap.h"
#include "lexicon.h"
#include "pronoun.h"
#include "util.h"

static int
affil_home_scan(const struct doc *d);

/* ------------------------------------------------------ home country */

/*
 * affil_home reads the whole text, and affil_claims asks it for claim after
 * claim: on a 30 MB file that was 7 s of 7.5 (quadratic). While
 * affil_claims runs, which changes no mention, token or entity, the answer
 * is kept here (per thread: --jobs); -2 is not known yet.
 */
static _Thread_local struct {
	const struct doc *d;
	int home;
	int made;	/* affil_home_made's answer, -2 not known yet */
	int company;	/* affil_main_company's, -2 not known yet */
} affil_home_memo;

int
affil_home(const struct doc *d)
{
	if (affil_home_memo.d != d)
		return affil_home_scan(d);
	if (affil_home_memo.home == -2)
		affil_home_memo.home = affil_home_scan(d);
	return affil_home_memo.home;
}

/* At most this many words of the home map are counted (a bit each). */
#define AFFIL_NINST	64

/*
 * The counts of affil_home_institutions for the text the affil stage read
 * last: they depend on its tokens alone, which no stage after it changes,
 * so the sources stage does not read every token again (a tenth of its
 * time). Kept per thread from the affil stage's start (affil_home_forget)
 * to the end of the sources stage, for the tokens they were counted in.
 */
static _Thread_local struct {
	const struct doc *d;		/* NULL: none kept */
	const struct token *toks;
	size_t ntoks;
	const char *text;
	const struct lexicon *words;
	size_t seen[AFFIL_NINST];
} affil_inst_memo;

void
affil_home_forget(void)
{
	affil_inst_memo.d = NULL;
}

/* Are the counts kept those of d's tokens now? */
static int
affil_inst_kept(const struct doc *d)
{
	return affil_inst_memo.d == d && affil_inst_memo.toks == d->toks.v &&
	    affil_inst_memo.ntoks == d->toks.n &&
	    affil_inst_memo.text == d->text &&
	    affil_inst_memo.words == affil_words;
}

/* Count in seen[j] the tokens that are institution j of inst (n of them). */
static void
affil_inst_count(const struct doc *d, const struct wordmap *inst, size_t n,
    size_t *seen)
{
	size_t len[AFFIL_NINST], i, j, k;
	uint8_t by[AFFIL_NINST];	/* institutions in order of first byte */
	uint8_t from[257] = { 0 };	/* by[from[c] .. from[c + 1]): byte c */
	uint8_t at[256];

	for (j = 0; j < n; j++) {
		len[j] = strlen(inst[j].word);
		from[(unsigned char)inst[j].word[0] + 1]++;
	}
	for (k = 1; k < 257; k++)
		from[k] = (uint8_t)(from[k] + from[k - 1]);
	memcpy(at, from, sizeof at);	/* each institution in its byte's run */
	for (j = 0; j < n; j++)
		by[at[(unsigned char)inst[j].word[0]]++] = (uint8_t)j;
	for (i = 0; n > 0 && i < d->toks.n; i++) {
		const struct token *t = &d->toks.v[i];
		unsigned char c = (unsigned char)d->text[t->start];

		for (k = from[c]; k < from[c + 1]; k++) {
			j = by[k];
			if (t->len == len[j] && memcmp(d->text + t->start,
			    inst[j].word, len[j]) == 0)
				seen[j]++;
		}
	}
}

/*
 * How often each word of the home map of data/maps.tsv (Commons,
 * Congress) appears in the text, in seen[] (AFFIL_NINST of them): the
 * counts kept, else counted and kept; the map, its length in *n. Counting
 * reads every token of the text: a word is tried only against the
 * institutions that start with its first byte and have its length.
 */
static const struct wordmap *
affil_institutions_seen(const struct doc *d, size_t *seen, size_t *n)
{
	const struct wordmap *inst = lexicon_wordmap(affil_words, WMAP_HOME,
	    n);

	if (*n > AFFIL_NINST)
		*n = AFFIL_NINST;
	if (affil_inst_kept(d)) {
		memcpy(seen, affil_inst_memo.seen, sizeof affil_inst_memo.seen);
		return inst;
	}
	memset(seen, 0, sizeof affil_inst_memo.seen);
	affil_inst_count(d, inst, *n, seen);
	affil_inst_memo.d = d;
	affil_inst_memo.toks = d->toks.v;
	affil_inst_memo.ntoks = d->toks.n;
	affil_inst_memo.text = d->text;
	affil_inst_memo.words = affil_words;
	memcpy(affil_inst_memo.seen, seen, sizeof affil_inst_memo.seen);
	return inst;
}

/* Two votes for a country at each word of its institutions (Commons). */
static void
affil_home_institutions(const struct doc *d, int *votes)
{
	size_t seen[AFFIL_NINST], j, e, n;
	const struct wordmap *inst = affil_institutions_seen(d, seen, &n);

	for (j = 0; j < n; j++)
		for (e = 0; seen[j] > 0 && e < d->ents.n; e++)
			if (d->ents.v[e].type == ENT_COUNTRY &&
			    strcmp(d->ents.v[e].name, inst[j].value) == 0)
				votes[e] += 2 * (int)seen[j];
}

/*
 * The country the dateline opening the article's first paragraph names
 * ("SEOUL (Reuters) -", "TOKYO -": a capital of data/countries.tsv), or
 * NULL. Only a place in capitals followed by a bracket or a dash.
 */
static const char *
affil_dateline_country(const struct doc *d)
{
	const struct lexicon_entry *le;
	const struct lexicon_canon *cn;
	const struct token *t;
	char buf[64];
	size_t si, k, n = 0, j;

	for (si = 0; si < d->sents.n && (int)d->sents.v[si].para == d->title;)
		si++;
	if (si >= d->sents.n || affil_words == NULL)
		return NULL;
	for (k = d->sents.v[si].tok_first; k < d->toks.n &&
	    (d->toks.v[k].flags & TOK_UPPER); k++) {
		t = &d->toks.v[k];
		if (n + (tok_end(t) - t->start) + 2 > sizeof buf)
			return NULL;
		if (n > 0)
			buf[n++] = ' ';
		for (j = t->start; j < tok_end(t); j++)	/* SEOUL: Seoul */
			buf[n++] = (char)(j == t->start ? d->text[j] :
			    tolower((unsigned char)d->text[j]));
	}
	if (n == 0 || k >= d->toks.n || (d->text[d->toks.v[k].start] != '(' &&
	    !affil_dash(d, k)))
		return NULL;
	buf[n] = '\0';
	if ((le = lexicon_find_text(affil_words, buf)) == NULL ||
	    le->canon < 0 || (cn = lexicon_canon(affil_words, le->canon)) ==
	    NULL || cn->type != ENT_COUNTRY)
		return NULL;
	return cn->name;
}

/*
 * The country the article's institutions name when it names no country
 * (MPs in the Commons: the United Kingdom): the one with the most of
 * them, two at least; else the dateline's (SEOUL (Reuters) -: South
 * Korea); NULL.
 */
const char *
affil_home_unnamed(const struct doc *d)
{
	size_t seen[AFFIL_NINST], j, i, n, best = 0, count;
	const struct wordmap *inst = affil_institutions_seen(d, seen, &n);
	const char *home = NULL;

	for (j = 0; j < n; j++) {
		for (count = 0, i = 0; i < n; i++)
			if (strcmp(inst[i].value, inst[j].value) == 0)
				count += seen[i];
		if (count >= 2 && count > best) {
			best = count;
			home = inst[j].value;
		}
	}
	return home != NULL ? home : affil_dateline_country(d);
}

/*
 * The article's home country (affil_home), else the one its institutions
 * or its dateline name, made as an entity with no mention; -1.
 */
static int
affil_home_made(struct doc *d)
{
	int e;
	const char *name;

	/* asked once an article: making the entity looks through them all */
	if (affil_home_memo.d == d && affil_home_memo.made != -2)
		return affil_home_memo.made;
	e = affil_home(d);
	if (e < 0 && (name = affil_home_unnamed(d)) != NULL)
		e = affil_entity(d, name, ENT_COUNTRY);
	if (affil_home_memo.d == d)
		affil_home_memo.made = e;
	return e;
}

/*
 * Is mention m a city that stands for a union of states the article names
 * (Brussels, with the European Union named: maps.tsv union-seat), not
 * for its own country?
 */
static int
affil_union_seat(const struct doc *d, const struct mention *m)
{
	size_t n, i;
	const struct wordmap *map = lexicon_wordmap(affil_words,
	    WMAP_UNION_SEAT, &n);

	for (i = 0; i < n; i++)
		if (strlen(map[i].word) == m->end - m->start &&
		    memcmp(map[i].word, d->text + m->start, m->end -
		    m->start) == 0 &&
		    affil_entity_named(d, map[i].value, ENT_ORGANISATION) >= 0)
			return 1;
	return 0;
}

static int
affil_home_scan(const struct doc *d)
{
	int *votes = xcalloc(d->ents.n + 1, sizeof *votes), best = -1;
	size_t i, j;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		/* the title's country counts twice (Georgia vote: Georgia),
		 * and so does its seat (Downing Street said); Brussels in a
		 * story of the EU is no vote for Belgium */
		if (m->entity >= 0 && d->ents.v[m->entity].type == ENT_COUNTRY &&
		    m->kind != MENTION_PRONOUN && m->kind != MENTION_NOMINAL &&
		    !affil_union_seat(d, m))
			votes[m->entity] += (d->title >= 0 && m->start <
			    d->paras.v[d->title].end) ||
			    m->kind == MENTION_METONYM ? 2 : 1;
	}
	/* a country that speaks (Downing Street said) counts twice more */
	for (i = 0; i < d->claims.n; i++) {
		const struct claim *c = &d->claims.v[i];

		j = MODEL_FIRST(d->mentions, struct mention, start,
		    c->source.start);
		for (; c->has_source && j < d->mentions.n &&
		    d->mentions.v[j].end <= c->source.end; j++) {
			const struct mention *m = &d->mentions.v[j];

			if (m->entity >= 0 && d->ents.v[m->entity].type ==
			    ENT_COUNTRY && m->kind != MENTION_PRONOUN &&
			    m->kind != MENTION_NOMINAL && !affil_union_seat(d, m))
				votes[m->entity] += 2;
		}
	}
	affil_home_institutions(d, votes);
	for (i = 0; i < d->ents.n; i++)	/* a tie: the first named */
		if (votes[i] > 0 && (best < 0 || votes[i] > votes[best] ||
		    (votes[i] == votes[best] && d->ents.v[i].first_mention >= 0 &&
		    d->ents.v[i].first_mention < d->ents.v[best].first_mention)))
			best = (int)i;
	free(votes);
	return best;
}

/* ------------------------------------------------ sources after them */

/*
 * The party of a speaker: the affiliation of a person or of a country's
 * government organ (the Scottish Executive: Scotland), else itself.
 */
static int
affil_party_of(const struct doc *d, int e)
{
	const struct entity *en;

	if (e < 0)
		return -1;
	en = &d->ents.v[e];
	if ((en->type == ENT_PERSON || en->type == ENT_OFFICIAL ||
	    en->type == ENT_ORGANISATION) && en->affiliation >= 0) {
		e = en->affiliation;
		en = &d->ents.v[e];
		/* Roe's lawyer: Roe's, and so Roe's party's */
		if ((en->type == ENT_PERSON || en->type == ENT_OFFICIAL) &&
		    en->affiliation >= 0 && en->affiliation != e &&
		    affil_body_type(d->ents.v[en->affiliation].type))
			return en->affiliation;
	}
	return e;
}

/*
 * The last word of span s before a relative clause (A senior officer, who
 * asked not to be named: officer): its token index, or d->toks.n.
 */
static size_t
affil_head_find(const struct doc *d, const struct span *s)
{
	size_t k = affil_tok_at(d, s->end), j;

	for (j = affil_tok_at(d, s->start) + 1; j + 1 < k; j++)
		if (d->text[d->toks.v[j].start] == ',' &&
		    (affil_tok_word(d, j + 1, "who") ||
		    affil_tok_word(d, j + 1, "which"))) {
			k = j;
			break;
		}

	while (k > 0 && d->toks.v[k - 1].start >= s->start) {
		k--;
		if (d->toks.v[k].flags & TOK_WORD)
			return k;
	}
	return d->toks.n;
}

/*
 * The last answer of affil_head while affil_claims runs (d set), which
 * asks about the same source again and again (four times a claim), each
 * a search of every token.
 */
static _Thread_local struct {
	const struct doc *d;	/* NULL: affil_claims is not running */
	struct span s;		/* none yet: start after end */
	size_t head;
} affil_head_memo;

/* affil_head_find, kept for the last span while affil_claims runs. */
static size_t
affil_head(const struct doc *d, const struct span *s)
{
	if (affil_head_memo.d != d)
		return affil_head_find(d, s);
	if (affil_head_memo.s.start != s->start ||
	    affil_head_memo.s.end != s->end) {
		affil_head_memo.s = *s;
		affil_head_memo.head = affil_head_find(d, s);
	}
	return affil_head_memo.head;
}

/* The paragraph start of byte off. */
static uint32_t
affil_para_start(const struct doc *d, uint32_t off)
{
	const struct sentence *s = affil_sent(d, off);

	return s != NULL && s->para >= 0 && (size_t)s->para < d->paras.n ?
	    d->paras.v[s->para].start : 0;
}

/* The start of the sentence AFFIL_NEAR sentences before the one at off. */
#define AFFIL_NEAR 4
static uint32_t
affil_sents_before(const struct doc *d, uint32_t off)
{
	const struct sentence *s = affil_sent(d, off);
	size_t i;

	if (s == NULL)
		return 0;
	i = (size_t)(s - d->sents.v);
	return d->sents.v[i > AFFIL_NEAR ? i - AFFIL_NEAR : 0].start;
}

/*
 * The entity a description names by its head: the latest whose name holds
 * the word (the association: Sri Lanka Banks Association), or whose role
 * does (the chancellor: Gordon Brown), named before off and from byte
 * from on; -1.
 */
static int
affil_described(const struct doc *d, const char *w, uint32_t off,
    uint32_t from)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off);
	size_t n = strlen(w);

	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;
		const char *p;

		if (m->start < from)
			break;
		if (m->entity < 0)
			continue;
		e = &d->ents.v[m->entity];
		p = e->role != NULL && (e->type == ENT_OFFICIAL ||
		    e->type == ENT_PERSON) ? e->role : e->name;
		for (p = affil_strcasestr(p, w); p != NULL; p = affil_strcasestr(p + 1, w))
			if ((p[n] == '\0' || p[n] == ' ') && (p == e->name ||
			    p == e->role || p[-1] == ' '))
				return m->entity;
	}
	return -1;
}

/*
 * The first named mention of each spelling (MET, Ministry of Energy) of
 * an entity that is not a country, by the spelling's hash: made the
 * first time affil_capital_modifier asks while affil_claims runs (d set),
 * which changes no mention, and freed at its end. Each of its questions
 * read every mention: on a 30 MB file, a twentieth of all the time.
 */
static _Thread_local struct {
	const struct doc *d;	/* NULL: affil_claims is not running */
	int made;
	struct hmap spelt;	/* mention indices */
} affil_spelt_memo;

/* A spelling asked about: n bytes at s. */
struct affil_spelling {
	const char *s;
	size_t n;
};

/* Is mention i spelt as key (a struct affil_spelling)? */
static int
affil_spelt_eq(const void *ctx, uint32_t i, const void *key)
{
	const struct doc *d = ctx;
	const struct mention *m = &d->mentions.v[i];
	const struct affil_spelling *w = key;

	return m->end - m->start == w->n &&
	    memcmp(d->text + m->start, w->s, w->n) == 0;
}

/* A hash of the n bytes at s from their first and last eight: cheap, and
 * names that share both are rare. */
static uint64_t
affil_spelling_hash(const char *s, size_t n)
{
	uint64_t a = 0, b = 0, h;

	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
	} else if (n > 0)
		a = lexicon_load_short(s, n);
	h = (a * 0x9e3779b97f4a7c15ULL ^ b ^ n) * 0xff51afd7ed558ccdULL;
	return h ^ (h >> 32);
}

/* The hash of mention i's spelling. */
static uint64_t
affil_spelt_hash(const void *ctx, uint32_t i)
{
	const struct doc *d = ctx;
	const struct mention *m = &d->mentions.v[i];

	return affil_spelling_hash(d->text + m->start, m->end - m->start);
}

/* Is mention m a name of an entity that is not a country? */
static int
affil_spelt_named(const struct doc *d, const struct mention *m)
{
	return m->entity >= 0 &&
	    (m->kind == MENTION_NAME || m->kind == MENTION_ALIAS) &&
	    d->ents.v[m->entity].type != ENT_COUNTRY;
}

/* Fill affil_spelt_memo from d's mentions, the first of each spelling. */
static void
affil_spelt_make(const struct doc *d)
{
	struct hmap *map = &affil_spelt_memo.spelt;
	struct affil_spelling w;
	size_t i, s, size = 256;
	uint64_t h;

	while (size < 2 * d->ents.n)	/* about a spelling an entity */
		size *= 2;
	hmap_grow(map, size, NULL, NULL);
	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (!affil_spelt_named(d, m))
			continue;
		w.s = d->text + m->start;
		w.n = m->end - m->start;
		h = affil_spelling_hash(w.s, w.n);
		s = hmap_slot(map, h, affil_spelt_eq, d, &w);
		if (map->slot[s].i != 0)
			continue;	/* spelt so before */
		if ((map->n + 1) * 2 > map->mask + 1) {
			hmap_grow(map, 0, affil_spelt_hash, d);
			s = hmap_slot(map, h, affil_spelt_eq, d, &w);
		}
		hmap_set(map, s, (uint32_t)i, h);
	}
	affil_spelt_memo.made = 1;
}

/* The entity of the first named mention spelt as the n bytes at w, -1. */
static int
affil_spelt(const struct doc *d, const char *w, size_t n)
{
	struct affil_spelling key = { w, n };
	uint32_t i;
	size_t k;

	if (affil_spelt_memo.d != d) {	/* not kept: read every mention */
		for (k = 0; k < d->mentions.n; k++)
			if (affil_spelt_named(d, &d->mentions.v[k]) &&
			    affil_spelt_eq(d, (uint32_t)k, &key))
				return d->mentions.v[k].entity;
		return -1;
	}
	if (!affil_spelt_memo.made)
		affil_spelt_make(d);
	i = hmap_get(&affil_spelt_memo.spelt, affil_spelling_hash(w, n),
	    affil_spelt_eq, d, &key);
	return i > 0 ? d->mentions.v[i - 1].entity : -1;
}

/*
 * The body an unnamed source's capitalised modifier names that the entity
 * engine left unmarked there (the Ministry of Energy and Trade (MET) ...
 * "Demand is strong," said a MET official): the entity with a named
 * mention spelt exactly as the word, anywhere in the text; -1.
 */
static int
affil_capital_modifier(const struct doc *d, const struct span *s, size_t h)
{
	size_t k = affil_tok_at(d, s->start);

	if (h == 0 || h - 1 < k || !(d->toks.v[h - 1].flags & TOK_CAP) ||
	    (d->toks.v[h - 1].flags & TOK_SENT_START) ||
	    affil_mention_starting(d, h - 1) >= 0)
		return -1;
	return affil_spelt(d, d->text + d->toks.v[h - 1].start,
	    tok_end(&d->toks.v[h - 1]) - d->toks.v[h - 1].start);
}

/*
 * The body an unnamed source's small-letter modifier names (an executive
 * spokesman: the Scottish Executive; a council spokesman: Leith Council):
 * the latest body before the source whose name holds the word, or whose
 * name the word follows (Scottish Executive: Scotland); -1.
 */
static int
affil_modifier_body(const struct doc *d, const struct span *s, size_t h)
{
	size_t k = affil_tok_at(d, s->start), i, j, n;
	char w[48];
	const char *p;

	if (h == 0 || h - 1 < k || (d->toks.v[h - 1].flags & (TOK_CAP |
	    TOK_UPPER)) || (n = affil_word(d, h - 1, w)) < 3)
		return -1;
	i = MODEL_FIRST(d->mentions, struct mention, start, s->start);
	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;

		if (m->entity < 0 || !affil_body_type((e =
		    &d->ents.v[m->entity])->type))
			continue;
		/* the Scottish Executive: a country's word before it (the
		 * text is compared first: a token search per mention cost a
		 * fifth of a 1 MB page's time) */
		if (m->end + 1 + n <= d->len &&
		    strncasecmp(d->text + m->end + 1, w, n) == 0 &&
		    (j = affil_tok_at(d, m->end)) < d->toks.n &&
		    d->toks.v[j].start == m->end + 1 &&
		    (d->toks.v[j].flags & TOK_CAP) && tok_end(&d->toks.v[j]) -
		    d->toks.v[j].start == n && strncasecmp(d->text +
		    d->toks.v[j].start, w, n) == 0)
			return m->entity;
		if (e->type == ENT_COUNTRY)
			continue;
		for (p = affil_strcasestr(e->name, w); p != NULL;
		    p = affil_strcasestr(p + 1, w))
			if ((p == e->name || p[-1] == ' ') &&
			    (p[n] == '\0' || p[n] == ' '))
				return m->entity;
	}
	return -1;
}

/*
 * The government an unnamed source's modifier names (government sources,
 * Government officials, administration officials, a ministry official):
 * the article's country,
 * unless a name qualifies it (Scottish government officials: the body's
 * own modifier, affil_modifier_body); -1.
 */
static int
affil_government_modifier(struct doc *d, const struct span *s,
    size_t h)
{
	size_t k = affil_tok_at(d, s->start);
	char w[48];

	if (h == 0 || h - 1 < k || affil_word(d, h - 1, w) == 0 ||
	    (!affil_is(w, strlen(w), WC_GOVERNMENT_NOUN) &&
	    !affil_is(w, strlen(w), WC_STATE_MODIFIER)) || (h - 1 > k &&
	    (d->toks.v[h - 2].flags & (TOK_CAP | TOK_UPPER)) &&
	    !affil_tok_is(d, h - 2, WC_ARTICLE)))
		return -1;
	return affil_home_made(d);
}

/*
 * The latest body of the given types before off, from from on, as
 * affil_latest, not a body named after a preposition that makes it
 * another's (officials said exports from Oslo grew, while in Peru's
 * case ...: not Peru).
 */
static int
affil_latest_free(const struct doc *d, uint32_t off, unsigned types,
    uint32_t from)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off), k;

	while (i-- > 0) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < from)
			break;
		k = affil_tok_at(d, m->start);
		if (m->entity >= 0 && m->kind != MENTION_PRONOUN &&
		    (types & 1u << d->ents.v[m->entity].type) &&
		    !(d->toks.v[k].flags & TOK_INQUOTE) &&
		    !(k > 0 && affil_tok_is(d, k - 1, WC_NOT_OF)))
			return m->entity;
	}
	return -1;
}

/*
 * A bare unnamed source (A spokesman said) whose sentence names no body,
 * after a sentence in its paragraph that opens with a named official tied
 * to a body (President Ann Roe has said ...): that official's party, not
 * a body the paragraph names in passing (a poll for a newspaper); -1.
 */
static int
affil_previous_official(const struct doc *d, const struct claim *c,
    const struct sentence *s)
{
	size_t si = (size_t)(s - d->sents.v), k;
	const struct sentence *p;
	const struct entity *en;
	int m = -1;

	if (si == 0 || (p = &d->sents.v[si - 1])->para != s->para ||
	    affil_tok_at(d, c->source.end) != affil_tok_at(d,
	    c->source.start) + 2 || !affil_tok_is(d, affil_tok_at(d,
	    c->source.start), WC_ARTICLE))
		return -1;
	for (k = p->tok_first; k < p->tok_first + p->tok_count; k++) {
		if ((m = affil_mention_starting(d, k)) >= 0)
			break;
		if (!(d->toks.v[k].flags & TOK_CAP))
			return -1;	/* a title's words only before the name */
	}
	if (m < 0)
		return -1;
	en = &d->ents.v[d->mentions.v[m].entity];
	if (en->type != ENT_OFFICIAL || en->affiliation < 0)
		return -1;
	return affil_party_of(d, d->mentions.v[m].entity);
}

/*
 * Does an unnamed source speak for a state's office (a spokeswoman for the
 * Prime Minister, a spokesman for the Tánaiste): "for", maybe "the", then
 * to its end a title of a head of government or a minister (titles.tsv)?
 */
static int
affil_for_state_title(const struct doc *d, const struct span *s)
{
	const struct lexicon_entry *le;
	size_t k, a;
	char buf[64];
	uint32_t n;

	if (affil_words == NULL)
		return 0;
	for (k = affil_tok_at(d, s->start); k + 1 < d->toks.n &&
	    tok_end(&d->toks.v[k + 1]) <= s->end; k++) {
		if (!affil_tok_word(d, k, "for"))
			continue;
		a = affil_tok_word(d, k + 1, "the") ? k + 2 : k + 1;
		if (a >= d->toks.n || d->toks.v[a].start >= s->end ||
		    (n = s->end - d->toks.v[a].start) >= sizeof buf)
			return 0;
		memcpy(buf, d->text + d->toks.v[a].start, n);
		buf[n] = '\0';
		/* a spokesman for the presidency: a state office */
		if (strchr(buf, ' ') == NULL &&
		    affil_is(buf, strlen(buf), WC_STATE_MODIFIER))
			return 1;
		le = lexicon_find_text(affil_words, buf);
		return le != NULL && (le->roles & LEX_TITLE) &&
		    (le->title_class == TITLE_HEAD ||
		    le->title_class == TITLE_MINISTER);
	}
	return 0;
}

/*
 * A thing of a body described before it in the possessive (the agency's
 * recall notice, the bank's figures), head h no person: the body the
 * description stands for (affil_described), or -1.
 */
static int affil_person_word(const struct doc *d, size_t k);

static int
affil_possessor_described(const struct doc *d, const struct span *s, size_t h)
{
	size_t k = affil_tok_at(d, s->start);
	char w[48];
	int e;

	if (k < h && affil_tok_is(d, k, WC_ARTICLE))
		k++;
	if (k + 2 > h || !(d->toks.v[k + 1].flags & TOK_POSS) ||
	    (d->toks.v[k].flags & TOK_CAP) || affil_word(d, k, w) == 0 ||
	    !affil_is(w, strlen(w), WC_DESCRIPTION) ||
	    affil_person_word(d, h))
		return -1;
	if ((e = affil_described(d, w, s->start, 0)) >= 0)
		return e;
	/* the agency: the latest organisation, as "the agency said" */
	if (affil_is(w, strlen(w), WC_REF_ORGANISATION))
		return affil_latest(d, s->start, 1u << ENT_ORGANISATION, 0);
	if (affil_is(w, strlen(w), WC_REF_COMPANY))
		return affil_latest(d, s->start, 1u << ENT_COMPANY, 0);
	return -1;
}

/*
 * A source that names no one: a description (the association, the
 * chancellor) is the entity the text named so; an unnamed source
 * (officials, a spokesman) speaks for the body named in its sentence or,
 * failing that, its paragraph; officials of a state for its country.
 */
static void
affil_claim(struct doc *d, struct claim *c)
{
	size_t h = affil_head(d, &c->source), j, nkinds;
	const struct sentence *s;
	uint32_t lim;
	const struct wordmap *kinds;
	char w[48];
	int e = -1, state;
	unsigned types = 1 << ENT_COMPANY | 1 << ENT_ORGANISATION;

	/* a spokeswoman for the Prime Minister: the article's country */
	if (affil_for_state_title(d, &c->source)) {
		if ((e = affil_home_made(d)) >= 0)
			c->party = affil_party_of(d, e);
		return;
	}
	if (h >= d->toks.n || affil_word(d, h, w) == 0 ||
	    (d->toks.v[h].flags & TOK_CAP && !(d->toks.v[h].flags &
	    TOK_SENT_START) && h > affil_tok_at(d, c->source.start)))
		return;
	/* the association; the chamber (the Chamber of Mines named in the
	 * last few sentences): the head word of a body's name */
	if ((affil_is(w, strlen(w), WC_DESCRIPTION) &&
	    (e = affil_described(d, w, c->source.start, 0)) >= 0) ||
	    (affil_is(w, strlen(w), WC_ORG_HEAD) &&
	    (e = affil_described(d, w, c->source.start,
	    affil_sents_before(d, c->source.start))) >= 0)) {
		c->speaker = e;
		c->party = affil_party_of(d, e);
		return;
	}
	/* a newspaper, a watchdog: the latest company, organisation (the
	 * body-kind map of data/maps.tsv) */
	kinds = lexicon_wordmap(affil_words, WMAP_BODY_KIND, &nkinds);
	for (j = 0; j < nkinds; j++)
		if (strcmp(w, kinds[j].word) == 0 &&
		    (e = affil_latest(d, c->source.start, kinds[j].types,
		    0)) >= 0) {
			c->speaker = e;
			c->party = e;
			return;
		}
	/* the finance ministry said, in a story that names no country but
	 * in its dateline (SEOUL (Reuters) -): the country's */
	if (affil_is(w, strlen(w), WC_REF_COUNTRY) &&
	    (e = affil_home_made(d)) >= 0) {
		c->speaker = e;
		c->party = e;
		return;
	}
	/* according to the agency's recall notice: the agency's */
	if ((e = affil_possessor_described(d, &c->source, h)) >= 0) {
		c->party = affil_party_of(d, e);
		return;
	}
	if (!affil_is(w, strlen(w), WC_UNNAMED_SOURCE))
		return;
	if ((e = affil_capital_modifier(d, &c->source, h)) >= 0) {
		c->party = affil_party_of(d, e);
		return;
	}
	if ((e = affil_modifier_body(d, &c->source, h)) >= 0 ||
	    (e = affil_government_modifier(d, &c->source, h)) >= 0) {
		c->party = e;
		return;
	}
	if ((state = affil_is(w, strlen(w), WC_STATE_SOURCE)))
		types |= 1 << ENT_COUNTRY;
	/* named before the cue or in an inverted source: not the listener or
	 * the content (officials told the BBC the EU would ...) */
	s = affil_sent(d, c->cue.start);
	lim = c->source.end > c->cue.start ? c->source.end : c->cue.start;
	if (s != NULL && (e = affil_latest_free(d, lim, types, s->start)) < 0)
		e = affil_latest(d, lim, types, s->start);
	if (e < 0 && s != NULL && (e = affil_previous_official(d, c, s)) >= 0) {
		c->party = e;
		return;
	}
	if (e < 0)
		e = affil_latest(d, c->source.start, types,
		    affil_para_start(d, c->source.start));
	if (e < 0 && state)
		e = affil_home_made(d);
	if (e >= 0)
		c->party = affil_party_of(d, e);
}

/* Does span s hold a mention of a name (not a pronoun, a description)? */
static int
affil_named(const struct doc *d, const struct span *s)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, s->start);

	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    d->mentions.v[i].kind != MENTION_NOMINAL)
			return 1;
	return 0;
}

/* Does span s name a person or an official? */
static int
affil_names_person(const struct doc *d, const struct span *s)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, s->start);

	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    (d->ents.v[d->mentions.v[i].entity].type == ENT_PERSON ||
		    d->ents.v[d->mentions.v[i].entity].type == ENT_OFFICIAL))
			return 1;
	return 0;
}

/* Is token k the head of a title (chancellor, co-chairman)? */
static int
affil_title_tok(const struct doc *d, size_t k)
{
	char w[48], *h;

	if (affil_word(d, k, w) == 0)
		return 0;
	h = strrchr(w, '-');
	return affil_is(w, strlen(w), WC_TITLE_HEAD) ||
	    (h != NULL && affil_is(h + 1, strlen(h + 1), WC_TITLE_HEAD));
}

/* Does role hold phrase p (n bytes) as whole words, not as a past office? */
static int
affil_role_has(const char *role, const char *p, size_t n)
{
	const char *r;

	if (affil_former(role) ||
	    (strncasecmp(role, "shadow", 6) == 0 && strncasecmp(p, "shadow", 6)))
		return 0;
	for (r = role; *r != '\0'; r++)	/* word starts first: cheap */
		if ((r == role || r[-1] == ' ') && strncasecmp(r, p, n) == 0 &&
		    (r[n] == '\0' || r[n] == ' '))
			return 1;
	return 0;
}

/*
 * The watchdog's chairman: the person with the title at token h whom the
 * text tied to the body of that kind named latest; d->ents.n if none.
 */
static size_t
affil_kind_holder(const struct doc *d, size_t h)
{
	unsigned types;
	size_t i, n = tok_end(&d->toks.v[h]) - d->toks.v[h].start;
	int body;

	if (h < 2 || !(d->toks.v[h - 1].flags & TOK_POSS) ||
	    (types = affil_kind_types(d, h - 2)) == 0 ||
	    (body = affil_latest(d, d->toks.v[h].start, types, 0)) < 0)
		return d->ents.n;
	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];

		if ((e->type == ENT_OFFICIAL || e->type == ENT_PERSON) &&
		    e->affiliation == body && e->role != NULL &&
		    affil_role_has(e->role, d->text + d->toks.v[h].start, n))
			return i;
	}
	return d->ents.n;
}

/*
 * A title alone before anyone holds it (The first minister's remark...
 * First Minister Jack Roe made it): the first person named after off
 * given the title p (n bytes); -1.
 */
static int
affil_titled_later(const struct doc *d, const char *p, size_t n,
    uint32_t off)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off);

	for (size_t seen = 0; i < d->mentions.n && seen++ < AFFIL_LOOKBACK;
	    i++) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;

		if (m->entity < 0)
			continue;
		e = &d->ents.v[m->entity];
		if ((e->type == ENT_OFFICIAL || e->type == ENT_PERSON) &&
		    e->role != NULL && affil_role_has(e->role, p, n))
			return m->entity;
	}
	return -1;
}

/*
 * A title alone (the culture secretary, the chancellor): the person the
 * article gave that title, latest named before off, else the first named
 * after it; -1.
 */
static int
affil_titled(const struct doc *d, const struct span *s, uint32_t off)
{
	const char *p = d->text + s->start, *rest = NULL;
	size_t n = s->end - s->start, i, h = affil_head(d, s), k, last;
	int body;

	/* The chancellor, speaking during a tour of Africa, said: its title */
	for (k = affil_tok_at(d, s->start); k < h; k++)
		if (d->text[d->toks.v[k].start] == ',') {
			h = k - 1;
			n = tok_end(&d->toks.v[h]) - s->start;
			break;
		}
	/* the first minister's statement: the minister's */
	if (h < d->toks.n && h > affil_tok_at(d, s->start) &&
	    (d->toks.v[h].flags & TOK_POSS) &&
	    d->toks.v[h].start == tok_end(&d->toks.v[h - 1])) {
		h--;
		n = tok_end(&d->toks.v[h]) - s->start;
	}
	if (h >= d->toks.n || !affil_title_tok(d, h))
		return -1;
	if ((k = affil_kind_holder(d, h)) < d->ents.n)
		return (int)k;
	if (n > 48)
		return -1;
	if (n > 4 && strncasecmp(p, "the ", 4) == 0)
		p += 4, n -= 4;
	n = tok_end(&d->toks.v[h]) - (uint32_t)(p - d->text);
	/* the Tory leader: a leader whose body is the Tories */
	k = affil_tok_at(d, (uint32_t)(p - d->text));
	if ((body = affil_body_starting(d, NULL, k, &last, 0)) >= 0 && last < h)
		rest = d->text + d->toks.v[last + 1].start;
	i = MODEL_FIRST(d->mentions, struct mention, start, off);
	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;

		if (m->entity < 0)
			continue;
		e = &d->ents.v[m->entity];
		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    e->role == NULL)
			continue;
		if (affil_role_has(e->role, p, n) || (rest != NULL &&
		    e->affiliation == body && affil_role_has(e->role, rest,
		    tok_end(&d->toks.v[h]) - (uint32_t)(rest - d->text))))
			return m->entity;
	}
	return affil_titled_later(d, p, n, off);
}

/* The government (the government said): the country its sentence names
 * (not after a preposition: talks with Peru), or the article's. */
static int
affil_government(struct doc *d, const struct claim *c)
{
	size_t h = affil_head(d, &c->source);
	const struct sentence *s = affil_sent(d, c->source.start);
	size_t i;

	if (h >= d->toks.n || !affil_tok_is(d, h, WC_STATE_NOUN) || s == NULL)
		return -1;
	i = MODEL_FIRST(d->mentions, struct mention, start, s->start);
	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++) {
		const struct mention *m = &d->mentions.v[i];
		size_t k = affil_tok_at(d, m->start);

		/* talks with Peru... the government said: not Peru's */
		if (m->entity >= 0 && d->ents.v[m->entity].type == ENT_COUNTRY &&
		    m->kind != MENTION_NOMINAL && m->kind != MENTION_PRONOUN &&
		    !(d->toks.v[k].flags & TOK_INQUOTE) &&
		    !(k > 0 && affil_tok_is(d, k - 1, WC_NOT_OF)))
			return m->entity;
	}
	return affil_home_made(d);
}

/*
 * The government organ of country (an organisation whose affiliation is
 * the country, role "government"), made with name if the text gave none.
 */
static int
affil_organ(struct doc *d, int country, const char *name, size_t n)
{
	struct entity *e;
	size_t i;

	for (i = 0; i < d->ents.n; i++)
		if (d->ents.v[i].type == ENT_ORGANISATION &&
		    d->ents.v[i].affiliation == country &&
		    d->ents.v[i].role != NULL &&
		    strcmp(d->ents.v[i].role, "government") == 0)
			return (int)i;
	e = VEC_PUSH(d->ents);
	memset(e, 0, sizeof *e);
	e->name = xstrndup(name, n);
	e->name[0] = (char)toupper((unsigned char)e->name[0]);
	e->role = xstrdup("government");
	e->type = ENT_ORGANISATION;
	e->affiliation = country;
	e->first_mention = -1;
	e->colour = (int)d->ents.n - 1;
	return (int)d->ents.n - 1;
}

/*
 * A capitalised word no mention covers, the surname of the one person the
 * text named so (the Blair government: Tony Blair): the country that
 * person speaks for, else -2.
 */
static int
affil_surname_country(const struct doc *d, size_t k)
{
	const struct token *t = &d->toks.v[k];
	size_t i, n = tok_end(t) - t->start;
	int found = -2;

	if (!(t->flags & TOK_CAP))
		return -2;
	for (i = 0; i < d->ents.n; i++) {
		const struct entity *e = &d->ents.v[i];
		const char *sp = strrchr(e->name, ' ');

		sp = sp != NULL ? sp + 1 : e->name;
		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    strlen(sp) != n || memcmp(sp, d->text + t->start, n) != 0)
			continue;
		if (e->affiliation < 0 ||
		    d->ents.v[e->affiliation].type != ENT_COUNTRY ||
		    (found >= 0 && found != e->affiliation))
			return -2;
		found = e->affiliation;
	}
	return found;
}

/*
 * The country a government source's qualifier names (the Blair
 * government: Blair's; the Scottish Executive: Scotland), -1 if none,
 * -2 if it names something else. The qualifier is tokens [k, h).
 */
static int
affil_organ_country(const struct doc *d, size_t k, size_t h)
{
	size_t i;
	const struct entity *e;

	if (k == h)
		return -1;
	i = MODEL_FIRST(d->mentions, struct mention, start, d->toks.v[k].start);
	if (i >= d->mentions.n || d->mentions.v[i].start != d->toks.v[k].start ||
	    d->mentions.v[i].entity < 0 ||
	    affil_tok_at(d, d->mentions.v[i].end) != h)
		return k + 1 == h ? affil_surname_country(d, k) : -2;
	e = &d->ents.v[d->mentions.v[i].entity];
	if (e->type == ENT_COUNTRY)
		return d->mentions.v[i].entity;
	if ((e->type == ENT_OFFICIAL || e->type == ENT_PERSON) &&
	    e->affiliation >= 0 &&
	    d->ents.v[e->affiliation].type == ENT_COUNTRY)
		return e->affiliation;
	return -2;
}

/*
 * A government as the source (the government said; the Blair government
 * has argued; the Scottish Executive insisted): the speaker is the
 * country's government organ, the party the country. Not its officials
 * (government officials said: unnamed), not a body the entity engine
 * named (the Indian Government), not a country's government (the US
 * government said: the US). 1 if it was one.
 */
static int
affil_government_source(struct doc *d, struct claim *c)
{
	size_t h = affil_head(d, &c->source), k, last;
	int country;

	if (h >= d->toks.n || tok_end(&d->toks.v[h]) != c->source.end ||
	    affil_mention_starting(d, h) >= 0)
		return 0;
	k = affil_tok_at(d, c->source.start);
	if (k < h && affil_tok_is(d, k, WC_ARTICLE))
		k++;
	if (h - k > 2)
		return 0;
	/* the US government said: the country speaks, as before */
	if (affil_tok_is(d, h, WC_STATE_NOUN) && k < h &&
	    affil_body_starting(d, NULL, k, &last, 0) >= 0)
		return 0;
	if (affil_tok_is(d, h, WC_STATE_NOUN))
		country = affil_organ_country(d, k, h);
	else if ((d->toks.v[h].flags & TOK_CAP) &&
	    affil_tok_is(d, h, WC_STATE_ORGAN))
		country = affil_organ_country(d, k, h);
	else
		return 0;
	if (country == -2 || (country == -1 &&
	    !affil_tok_is(d, h, WC_STATE_NOUN)))
		return 0;
	if (country == -1 && (country = affil_government(d, c)) < 0)
		return 0;
	c->speaker = affil_organ(d, country, d->text + d->toks.v[k].start,
	    tok_end(&d->toks.v[h]) - d->toks.v[k].start);
	c->party = country;
	return 1;
}

/*
 * The body of types whose claim came latest before claim order[pos] (the
 * claims in the order of their cues: the SEC's chairman said... The US
 * regulator said: the SEC, not a school named in between), or -1; of two
 * claims with one cue start, the later in d->claims. The claims before it
 * are read latest first, up to the first that fits (a scan of every claim
 * for each such source was quadratic: 140 million instructions on 30 MB).
 */
static int
affil_kind_spoke(const struct doc *d, const size_t *order, size_t pos,
    unsigned types)
{
	const struct claim *c = &d->claims.v[order[pos]];
	size_t j = pos, at_i = 0;
	int best = -1;
	uint32_t at = 0;

	while (j-- > 0) {
		const struct claim *p = &d->claims.v[order[j]];

		if (p->cue.start >= c->cue.start)
			continue;	/* c's own cue start: not before it */
		if (best >= 0 && p->cue.start < at)
			break;
		if (p->party < 0 || !(types & 1u << d->ents.v[p->party].type))
			continue;
		if (best < 0 || order[j] > at_i) {
			best = p->party;
			at = p->cue.start;
			at_i = order[j];
		}
	}
	return best;
}

/*
 * The US regulator, the French newspaper: a body of that kind, the one
 * that spoke latest or else named latest, the country only its
 * modifier; the source of claim order[pos]. 1 if it was one.
 */
static int
affil_kind_source(struct doc *d, const size_t *order, size_t pos)
{
	struct claim *c = &d->claims.v[order[pos]];
	size_t h = affil_head(d, &c->source), i;
	unsigned types;
	int e;

	if (h >= d->toks.n || tok_end(&d->toks.v[h]) != c->source.end ||
	    (types = affil_kind_types(d, h)) == 0)
		return 0;
	i = MODEL_FIRST(d->mentions, struct mention, start, c->source.start);
	for (; i < d->mentions.n && d->mentions.v[i].start < c->source.end; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    d->ents.v[d->mentions.v[i].entity].type != ENT_COUNTRY)
			return 0;
	if ((e = affil_kind_spoke(d, order, pos, types)) < 0 &&
	    (e = affil_latest(d, c->source.start, types, 0)) < 0 &&
	    (!(types & 1u << ENT_COUNTRY) || (e = affil_home_made(d)) < 0))
		return 0;	/* the ministry said, SEOUL (Reuters): Korea's */
	c->speaker = e;
	c->party = e;
	return 1;
}

/* A source that names no one by name: a title, the government, a body. */
static void
affil_unnamed_source(struct doc *d, struct claim *c)
{
	int e;

	if ((e = affil_titled(d, &c->source, c->cue.start)) >= 0) {
		c->speaker = e;
		c->party = affil_party_of(d, e);
	} else if ((e = affil_government(d, c)) >= 0) {
		c->speaker = e;
		c->party = e;
	} else if (c->speaker < 0 && c->party < 0)
		affil_claim(d, c);
}

/* ------------------------------------------------------- pronouns */

/*
 * The person a title names as the subject of sentence si (The prime
 * minister ratcheted up...; In a furious response, the first minister
 * said...), or -1: a title head among its first words, from "the".
 */
static int
affil_title_subject_in(const struct doc *d, size_t si)
{
	const struct sentence *s = &d->sents.v[si];
	size_t k, a, e = s->tok_first + s->tok_count;
	struct span sp;

	for (k = s->tok_first; k < e && k < s->tok_first + 10; k++) {
		if (d->toks.v[k].flags & (TOK_INQUOTE | TOK_QUOTE) ||
		    affil_tok_is(d, k, WC_AFTER_SUBJECT) ||
		    (affil_mention_starting(d, k) >= 0 && !affil_body_type(
		    d->ents.v[d->mentions.v[affil_mention_starting(d, k)].entity].type)))
			return -1;	/* a verb, a named person: no title subject */
		if (!affil_title_tok(d, k))
			continue;
		for (a = k; a > s->tok_first && k - a < 4 &&
		    !affil_tok_word(d, a, "the"); a--)
			;
		if (!affil_tok_word(d, a, "the"))
			return -1;
		sp.start = d->toks.v[a].start;
		sp.end = tok_end(&d->toks.v[k]);
		return affil_titled(d, &sp, sp.start);
	}
	return -1;
}

int
affil_title_subject(const struct doc *d, const struct lexicon *lx, size_t si)
{
	const struct lexicon *was = affil_words;
	int e;

	affil_words = lx;
	e = affil_title_subject_in(d, si);
	affil_words = was;
	return e;
}

/*
 * Who, which, that: the name just before it (Mr Blair, who said...; the
 * Scottish National Party, which accused...), or nothing is changed.
 */
/*
 * The person that opens the sentence starting at token first (or its part
 * after a colon: Note: Ann Roe ...), within a title's run (Tory MP Ann
 * Roe), before token k; -1.
 */
static int
affil_sentence_person(const struct doc *d, size_t first, size_t k)
{
	size_t j;
	int e;

	for (j = first; j < k && j < first + 4 &&
	    d->text[d->toks.v[j].start] != ':'; j++)
		;
	j = j < k && j < first + 4 ? j + 1 : first;
	for (first = j; j < k && j < first + 4; j++)
		if ((e = affil_mention_starting(d, j)) >= 0 &&
		    (e = d->mentions.v[e].entity) >= 0 &&
		    (d->ents.v[e].type == ENT_PERSON ||
		    d->ents.v[e].type == ENT_OFFICIAL))
			return e;
	return -1;
}

/*
 * The person a noun ending at token k is said to be (Ann Roe is a liar,
 * a racist and a birther; Ann Roe lies and is a liar): the subject before
 * "is"/"was" found going back over small words, commas and articles; after
 * "and", the name that opens the sentence (or follows its colon); -1.
 */
static int
affil_predicate_subject(const struct doc *d, size_t k)
{
	const struct sentence *s = affil_sent(d, d->toks.v[k].start);
	size_t j, first;

	if (s == NULL)
		return -1;
	first = s->tok_first;
	for (j = k; j > first && k - j < 16; j--) {
		const struct token *t = &d->toks.v[j - 1];

		if (affil_tok_is(d, j - 1, WC_BE))
			break;
		if ((t->flags & TOK_CAP) || ((t->flags & TOK_PUNCT) &&
		    d->text[t->start] != ','))
			return -1;
	}
	/* is a ..., was an ...: not "was similarly defensive when ..." */
	if (j <= first + 1 || !affil_tok_is(d, j - 1, WC_BE) ||
	    !affil_tok_is(d, j, WC_ARTICLE))
		return -1;
	j--;
	/* Ann Roe lies and is a liar: the sentence's subject */
	if (affil_tok_is(d, j - 1, WC_AND))
		return affil_sentence_person(d, first, k);
	return affil_person_ending(d, j - 1);
}

/*
 * The person whose apposition ends at token k, before a relative pronoun
 * (Ann Roe - a former historian, and an expert on codes, who has said
 * ...): the name before the dash or comma that opens it, with only small
 * words, articles, commas and "and" between; -1.
 */
static int
affil_appos_person(const struct doc *d, size_t k)
{
	const struct sentence *s = affil_sent(d, d->toks.v[k].start);
	size_t j;
	int e;

	if (s == NULL)
		return -1;
	for (j = k; j > s->tok_first + 1 && k - j < 20; j--) {
		const struct token *t = &d->toks.v[j];
		char m = d->text[t->start];

		if (!(t->flags & TOK_WORD) && m != ',' && m != '-')
			return -1;
		if ((t->flags & TOK_WORD) && (t->flags & TOK_CAP) &&
		    !affil_tok_word(d, j, "a"))
			continue;	/* Yale in "a former Yale historian" */
		if ((m == ',' || m == '-') && !(t->flags & TOK_WORD) &&
		    (e = affil_person_ending(d, j - 1)) >= 0)
			return e;
	}
	return -1;
}

/*
 * Does an indefinite phrase end at token k (a union leader, an artist),
 * its head no unnamed source's (a spokesman, an official stay unnamed)?
 */
static int
affil_indefinite_before(const struct doc *d, size_t k)
{
	char w[48];
	size_t j;

	if (affil_word(d, k, w) == 0 || affil_is(w, strlen(w), WC_UNNAMED_SOURCE) ||
	    affil_is(w, strlen(w), WC_REF_OFFICIAL))
		return 0;
	for (j = k; j > 0 && k - j < 4; j--) {
		if ((d->toks.v[j].flags & (TOK_WORD | TOK_CAP | TOK_UPPER |
		    TOK_DIGIT)) != TOK_WORD)
			return 0;
		if (affil_tok_word(d, j - 1, "a") || affil_tok_word(d, j - 1, "an"))
			return 1;
	}
	return 0;
}

/*
 * An indefinite source of a body (A Plaid Cymru MP believes ...): the
 * person of that body named first after it, up to the end of the next
 * paragraph (... Plaid Cymru's Elfyn Llwyd has suggested ...), is the
 * speaker; the party stays the body's.
 */
static void
affil_indefinite_member(struct doc *d, struct claim *c)
{
	const struct sentence *s = affil_sent(d, c->cue.start);
	uint32_t end;
	size_t i;

	if (s == NULL || c->speaker < 0 || c->speaker != c->party ||
	    !affil_body_type(d->ents.v[c->speaker].type) ||
	    !(affil_tok_word(d, affil_tok_at(d, c->source.start), "a") ||
	    affil_tok_word(d, affil_tok_at(d, c->source.start), "an")))
		return;
	end = (size_t)s->para + 1 < d->paras.n ? d->paras.v[s->para + 1].end :
	    d->paras.v[s->para].end;
	for (i = MODEL_FIRST(d->mentions, struct mention, start, s->end);
	    i < d->mentions.n && d->mentions.v[i].start < end; i++) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;

		if (m->entity < 0 || m->kind == MENTION_PRONOUN)
			continue;
		e = &d->ents.v[m->entity];
		if ((e->type == ENT_PERSON || e->type == ENT_OFFICIAL) &&
		    e->affiliation == c->party) {
			c->speaker = m->entity;
			return;
		}
	}
}

/*
 * The person a lead introduces without a name and its next paragraph
 * names first (Gordon Brown has criticised a union leader who said ... /
 * Jonathan Baume, of the civil servants' union, spoke of ...): the person
 * that opens the body paragraph after the first, for a source in the
 * first; -1.
 */
static int
affil_lead_named(const struct doc *d, uint32_t off)
{
	const struct sentence *s = affil_sent(d, off), *n;
	size_t p, i;

	if (s == NULL || s->para < 0)
		return -1;
	for (p = 0; p < d->paras.n && d->paras.v[p].kind != PARA_BODY; p++)
		;
	if (p != (size_t)s->para || p + 1 >= d->paras.n ||
	    d->paras.v[p + 1].kind != PARA_BODY)
		return -1;
	i = model_sent_at(d, d->paras.v[p + 1].start);
	if (i >= d->sents.n)
		return -1;
	n = &d->sents.v[i];
	return affil_sentence_person(d, n->tok_first, n->tok_first + n->tok_count);
}

static void
affil_relative(struct doc *d, struct claim *c)
{
	size_t k = affil_tok_at(d, c->source.start), i;
	int e;

	if (k >= d->toks.n || tok_end(&d->toks.v[k]) != c->source.end ||
	    !affil_tok_is(d, k, WC_RELATIVE) || k == 0)
		return;
	if (d->text[d->toks.v[k - 1].start] == ',' && k > 1)
		k--;
	if ((d->toks.v[k - 1].flags & TOK_QUOTE) && k > 1)
		k--;
	i = MODEL_FIRST(d->mentions, struct mention, start, d->toks.v[k].start);
	if (i == 0 || d->mentions.v[i - 1].end != tok_end(&d->toks.v[k - 1]) ||
	    (e = d->mentions.v[i - 1].entity) < 0 ||
	    d->mentions.v[i - 1].kind == MENTION_PRONOUN) {
		/* "some people" who feel that way: no one named, not the
		 * speaker of the claim around it; Ann Roe is a liar who...:
		 * the subject */
		if ((d->toks.v[k - 1].flags & (TOK_WORD | TOK_CAP | TOK_UPPER |
		    TOK_DIGIT)) == TOK_WORD) {
			c->speaker = c->party = -1;
			if ((e = affil_predicate_subject(d, k - 1)) >= 0 ||
			    (e = affil_appos_person(d, k - 1)) >= 0 ||
			    (affil_indefinite_before(d, k - 1) &&
			    (e = affil_lead_named(d, c->source.start)) >= 0)) {
				c->speaker = e;
				c->party = affil_party_of(d, e);
			}
		}
		return;
	}
	/* which: a body; who: a person or a body */
	if (affil_tok_word(d, affil_tok_at(d, c->source.start), "which") &&
	    !affil_body_type(d->ents.v[e].type))
		return;
	c->speaker = e;
	c->party = affil_party_of(d, e);
}

/*
 * Is span s an unnamed source: its head, or the head before "for" or
 * "of", a noun of one (a spokesman for the Information Office)?
 */
static int
affil_unnamed_head(const struct doc *d, const struct span *s)
{
	size_t h = affil_head(d, s), k;

	if (h < d->toks.n && affil_tok_is(d, h, WC_UNNAMED_SOURCE))
		return 1;
	for (k = affil_tok_at(d, s->start); k + 1 < d->toks.n &&
	    tok_end(&d->toks.v[k + 1]) <= s->end; k++)
		if (affil_tok_is(d, k + 1, WC_BODY_PREP))
			return affil_tok_is(d, k, WC_UNNAMED_SOURCE);
	return 0;
}

/*
 * He or she, or the spokesman, that names no one the text gave: the
 * unnamed source of the claim before (A Labour spokesman said... "...,"
 * he said), or the body that spoke before a spokesman (Downing Street
 * said... A spokesman added), in its paragraph or the one before.
 */
static void
affil_pronoun_unnamed(struct doc *d, struct claim *c, const struct claim *p)
{
	const struct sentence *s = affil_sent(d, c->source.start);
	uint32_t from;

	int spokesman = affil_unnamed_head(d, &c->source);

	if (p == NULL || p->party < 0 || s == NULL ||
	    (pronoun_sex(d, affil_words, &c->source) == 0 && !spokesman))
		return;
	/* a person spoke before: only after an unnamed source; a body
	 * (Downing Street said... A spokesman added): its spokesman */
	if (p->speaker >= 0 && !affil_unnamed_head(d, &p->source) &&
	    !(spokesman && affil_body_type(d->ents.v[p->speaker].type)))
		return;
	from = affil_para_start(d, c->source.start);
	if (s->para > 0)
		from = d->paras.v[s->para - 1].start;
	if (p->cue.start >= from)
		c->party = p->party;
}

/* Is token k a word for a person (spokesman, chairman, official)? */
static int
affil_person_word(const struct doc *d, size_t k)
{
	return affil_tok_is(d, k, WC_AGENT) ||
	    affil_tok_is(d, k, WC_TITLE_HEAD) || affil_tok_is(d, k, WC_ROLE_NOUN) ||
	    affil_tok_is(d, k, WC_REF_PERSON) || affil_tok_is(d, k, WC_REF_TITLE) ||
	    affil_tok_is(d, k, WC_REF_OFFICIAL);
}

/*
 * Its estimate, their report: no person but the body itself speaks, the
 * body the claim is filed under (a company, an organisation). Its chief
 * executive, their spokesman: someone unnamed, left so.
 */
static void
affil_its_thing(const struct doc *d, struct claim *c)
{
	size_t k = affil_tok_at(d, c->source.start), h = affil_head(d, &c->source);
	enum ent_type t;

	if (c->speaker >= 0 || c->party < 0 || h >= d->toks.n || h != k + 1 ||
	    !(affil_tok_word(d, k, "its") || affil_tok_word(d, k, "their")) ||
	    affil_person_word(d, h))
		return;
	t = d->ents.v[c->party].type;
	if (t == ENT_COMPANY || t == ENT_ORGANISATION)
		c->speaker = c->party;
}

/*
 * Its or their and a title alone as the source, named nowhere before
 * (Kestrel Motor admitted the fraud, and its president said he would
 * resign): the body "its" stands for, the subject of the sentence or of
 * the one before.
 */
static void
affil_its_officer(const struct doc *d, const struct lexicon *lx,
    struct claim *c)
{
	size_t k = affil_tok_at(d, c->source.start), h = affil_head(d, &c->source);
	int e;

	if (c->speaker >= 0 || c->party >= 0 || h >= d->toks.n || h <= k ||
	    tok_end(&d->toks.v[h]) != c->source.end ||
	    !(affil_tok_word(d, k, "its") || affil_tok_word(d, k, "their")) ||
	    !affil_person_word(d, h) ||
	    (e = affil_its_body(d, lx, k)) < 0)
		return;
	c->party = affil_party_of(d, e);
}

/*
 * A country's word and a company's description as the whole source
 * (Japanese carmaker admits faking data; the German chemicals firm said):
 * not the country but the company the article is about, if there is one.
 * 1 if it was so.
 */
static int
affil_demonym_firm(struct doc *d, struct claim *c)
{
	size_t h = affil_head(d, &c->source), k = affil_tok_at(d,
	    c->source.start), j;
	int m;

	if (h >= d->toks.n || tok_end(&d->toks.v[h]) != c->source.end ||
	    !affil_tok_is(d, h, WC_REF_COMPANY))
		return 0;
	if (k < h && affil_tok_is(d, k, WC_ARTICLE))
		k++;
	if (k >= h || (m = affil_mention_starting(d, k)) < 0 ||
	    d->ents.v[d->mentions.v[m].entity].type != ENT_COUNTRY ||
	    d->mentions.v[m].end != tok_end(&d->toks.v[k]))
		return 0;
	for (j = k + 1; j <= h; j++)
		if (d->toks.v[j].flags & (TOK_CAP | TOK_UPPER | TOK_DIGIT))
			return 0;
	if (affil_home_memo.company == -2)	/* asked once an article */
		affil_home_memo.company = affil_main_company(d);
	if (affil_home_memo.company < 0)
		return 0;
	c->speaker = c->party = affil_home_memo.company;
	return 1;
}

/*
 * He or she right after an unnamed source (a bank spokesman told Reuters.
 * He estimated...): the same unnamed speaker, when the claim before was
 * in this sentence or the one before and no person is named since. 1 if
 * it was so.
 */
static int
affil_pronoun_after_unnamed(const struct doc *d, struct claim *c,
    const struct claim *p)
{
	const struct sentence *s = affil_sent(d, c->source.start);
	size_t si, i;

	if (p == NULL || p->speaker >= 0 || p->party < 0 || s == NULL ||
	    pronoun_sex(d, affil_words, &c->source) == 0 ||
	    !affil_unnamed_head(d, &p->source))
		return 0;
	si = (size_t)(s - d->sents.v);
	if (p->cue.start < (si > 0 ? d->sents.v[si - 1].start : 0))
		return 0;
	i = MODEL_FIRST(d->mentions, struct mention, start, p->cue.start);
	for (; i < d->mentions.n && d->mentions.v[i].start < c->source.start;
	    i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    (d->ents.v[d->mentions.v[i].entity].type == ENT_PERSON ||
		    d->ents.v[d->mentions.v[i].entity].type == ENT_OFFICIAL))
			return 0;
	c->speaker = -1;
	c->party = p->party;
	return 1;
}

void
affil_claims(struct doc *d, const struct lexicon *lx)
{
	size_t *order = xmalloc((d->claims.n + 1) * sizeof *order), i;
	struct claim *prev = NULL;
	int e;

	affil_words = lx;
	affil_home_memo.d = d;
	affil_home_memo.home = -2;
	affil_home_memo.made = -2;
	affil_home_memo.company = -2;
	affil_head_memo.d = d;
	affil_head_memo.s.start = 1;	/* no span yet */
	affil_head_memo.s.end = 0;
	affil_spelt_memo.d = d;
	affil_spelt_memo.made = 0;
	model_claims_by_cue(d, order);
	for (i = 0; i < d->claims.n; i++) {
		struct claim *c = &d->claims.v[order[i]];

		if (c->has_source && affil_demonym_firm(d, c))
			;	/* Japanese carmaker admits: the carmaker */
		else if (c->has_source && affil_government_source(d, c))
			;	/* the government said: its organ */
		else if (c->has_source && affil_kind_source(d, order, i))
			;	/* the US regulator said: the regulator */
		else if (c->has_source && affil_named(d, &c->source) &&
		    !affil_names_person(d, &c->source) &&
		    (e = affil_titled(d, &c->source, c->cue.start)) >= 0) {
			/* the Tory co-chairman: a title of a party's man */
			c->speaker = e;
			c->party = affil_party_of(d, e);
		} else if (c->has_source && affil_named(d, &c->source) &&
		    !affil_names_person(d, &c->source))
			affil_indefinite_member(d, c);
		else if (c->has_source && !affil_named(d, &c->source)) {
			affil_relative(d, c);
			if (affil_pronoun_after_unnamed(d, c, prev))
				goto next;
			affil_unnamed_source(d, c);
			if (c->speaker < 0 && c->party < 0)
				affil_pronoun_unnamed(d, c, prev);
			affil_its_thing(d, c);
			affil_its_officer(d, lx, c);
		}
next:
		if (c->has_source)
			prev = c;
	}
	for (i = 0; i < d->claims.n; i++) {
		struct claim *c = &d->claims.v[i];

		c->party_lexicon = c->speaker >= 0 && c->party >= 0 &&
		    c->party != c->speaker &&
		    d->ents.v[c->speaker].affiliation == c->party &&
		    d->ents.v[c->speaker].affil_lexicon;
	}
	affil_home_memo.d = NULL;
	affil_head_memo.d = NULL;
	affil_spelt_memo.d = NULL;
	hmap_free(&affil_spelt_memo.spelt);
	affil_home_forget();
	free(order);
}
