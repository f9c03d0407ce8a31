/*
 * coref.c: candidates to entities. Candidates arrive sorted by start; one
 * pass in text order gives each a entity: the lexicon's canon, a name met
 * before (exactly, or by a surname, a short company name or an acronym),
 * the latest fitting entity for a description or a pronoun, or a new one.
 * Roles and affiliations are settled at the end, when every entity exists.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coref.h"
#include "hmap.h"
#include "lexicon.h"
#include "pronoun.h"
#include "util.h"

/* A name key of the document: folded text to entity. */
struct coref_key {
	uint64_t hash;
	uint32_t off, len;	/* in the key arena */
	int entity;
};

struct coref {
	struct doc *d;
	const struct lexicon *lx;
	struct coref_input *in;
	int *canon_ent;		/* lexicon canon -> entity, or -1 */
	VEC(int) home;		/* entity -> canon of its home country, or -1 */
	VEC(struct coref_key) keys;
	VEC(char) arena;
	struct hmap keymap;	/* folded key -> index in keys */
	int last_country, last_company;
	int last_body;		/* the latest company or organisation named */
	struct pronoun_track pronouns;	/* for he and she (pronoun.c) */
	VEC(int) companies;	/* company entities in order of mention */
	VEC(int) named;		/* entity -> times named, for companies */
	int main_company;	/* the company named most, latest of those */
};

/* What candidate c links to: none (all -1, no title) if it has no link. */
static const struct cand_link *
coref_link(const struct coref_input *in, const struct cand *c)
{
	static const struct cand_link none = {
		.country = -1, .affil = -1, .affil_canon = -1, .affil_ent = -1,
		.acronym_of = -1,
	};

	return c->linked ? cand_link_find(in->links, in->nlinks,
	    (uint32_t)(c - in->c)) : &none;
}

/* The sentence of candidate k: the one that holds its start. */
static int
coref_sent(const struct coref *c, const struct cand *k)
{
	return (int)model_sent_at(c->d, k->start);
}

/* Fold span [a, b) of the text into buf; its length, or 0. */
static size_t
coref_fold(const struct coref *c, uint32_t a, uint32_t b, char *buf,
    size_t size)
{
	return lexicon_fold(c->d->text + a, b - a, buf, size);
}

/* A key looked for: folded (s, n) and its hash. */
struct coref_keyarg {
	uint64_t hash;
	const char *s;
	size_t n;
};

static int
coref_key_eq(const void *ctx, uint32_t i, const void *arg)
{
	const struct coref *c = ctx;
	const struct coref_keyarg *a = arg;
	const struct coref_key *k = &c->keys.v[i];

	return k->hash == a->hash && k->len == a->n &&
	    memcmp(c->arena.v + k->off, a->s, a->n) == 0;
}

static uint64_t
coref_key_hash(const void *ctx, uint32_t i)
{
	return ((const struct coref *)ctx)->keys.v[i].hash;
}

/* The index of key (s, n) in keys plus one, or 0. */
static uint32_t
coref_key(const struct coref *c, const char *s, size_t n)
{
	struct coref_keyarg a = { lexicon_hash_token(s, n), s, n };

	return hmap_get(&c->keymap, a.hash, coref_key_eq, c, &a);
}

/* The entity of a folded key, or -1. */
static int
coref_get(const struct coref *c, const char *s, size_t n)
{
	uint32_t i = coref_key(c, s, n);

	return i ? c->keys.v[i - 1].entity : -1;
}

/* The entity field of a folded key, or NULL. */
static int *
coref_entity_of(struct coref *c, const char *s, size_t n)
{
	uint32_t i = coref_key(c, s, n);

	return i ? &c->keys.v[i - 1].entity : NULL;
}

/* Give a folded key to an entity unless it is taken. */
static void
coref_put(struct coref *c, const char *s, size_t n, int e)
{
	struct coref_keyarg a = { lexicon_hash_token(s, n), s, n };
	struct coref_key *k;
	size_t i;

	if (n == 0)
		return;
	i = hmap_slot(&c->keymap, a.hash, coref_key_eq, c, &a);
	if (c->keymap.slot[i].i != 0)
		return;		/* taken (most keys asked for) */
	if ((c->keymap.n + 1) * 2 > c->keymap.mask + 1) {
		hmap_grow(&c->keymap, 256, coref_key_hash, c);
		i = hmap_slot(&c->keymap, a.hash, coref_key_eq, c, &a);
	}
	k = VEC_PUSH(c->keys);
	k->hash = a.hash;
	k->off = (uint32_t)c->arena.n;
	k->len = (uint32_t)n;
	k->entity = e;
	if (c->arena.n + n > c->arena.cap)	/* the bytes at once */
		c->arena.v = vec_grow(c->arena.v, &c->arena.cap,
		    c->arena.n + n, 1);
	memcpy(c->arena.v + c->arena.n, s, n);
	c->arena.n += n;
	hmap_set(&c->keymap, i, (uint32_t)c->keys.n - 1, a.hash);
}

/*
 * The squeezed key of folded (s, n): \002 and its letters without spaces,
 * hyphens, dots or apostrophes (Time Warner, TimeWarner: "timewarner");
 * its length, or 0 for fewer than four letters (U.S. is not "us").
 */
static size_t
coref_squeeze(const char *s, size_t n, char *out, size_t size)
{
	size_t i, m = 1;

	if (n + 1 > size)
		return 0;
	out[0] = '\002';
	for (i = 0; i < n; i++)	/* strchr(" -.'", s[i]) by hand */
		if (s[i] != ' ' && s[i] != '-' && s[i] != '.' && s[i] != '\'' &&
		    s[i] != '\0')
			out[m++] = s[i];
	return m > 4 ? m : 0;
}

/* Give entity e the squeezed key of folded (s, n). */
static void
coref_put_squeezed(struct coref *c, const char *s, size_t n, int e)
{
	char buf[256];
	size_t m = coref_squeeze(s, n, buf, sizeof buf);

	if (m > 0)
		coref_put(c, buf, m, e);
}

/* The entity of the squeezed key of folded (s, n), or -1. */
static int
coref_get_squeezed(const struct coref *c, const char *s, size_t n)
{
	char buf[256];
	size_t m = coref_squeeze(s, n, buf, sizeof buf);

	return m > 0 ? coref_get(c, buf, m) : -1;
}

/*
 * The initials key of a body's name (Sri Lanka Banks Association:
 * \003slba), from its capitalised words, skipping of, and, for, the; its
 * length, or 0 if fewer than three or a word is in small letters.
 */
static size_t
coref_initials(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, m = 1, w;

	out[0] = '\003';
	while (i < n) {
		for (w = i; w < n && s[w] != ' '; w++)
			;
		if (s[i] >= 'A' && s[i] <= 'Z') {
			if (m + 1 >= size)
				return 0;
			out[m++] = (char)(s[i] | 0x20);
		} else if (!((w - i == 2 && strncmp(s + i, "of", 2) == 0) ||
		    (w - i == 3 && (strncmp(s + i, "and", 3) == 0 ||
		    strncmp(s + i, "for", 3) == 0 ||
		    strncmp(s + i, "the", 3) == 0))))
			return 0;
		i = w + 1;
	}
	return m > 3 ? m : 0;
}

/* Give body e the initials key of its name (text s, n bytes). */
static void
coref_put_initials(struct coref *c, const char *s, size_t n, int e)
{
	char buf[32];
	size_t m;

	if (memchr(s, ' ', n) != NULL &&
	    (m = coref_initials(s, n, buf, sizeof buf)) > 0)
		coref_put(c, buf, m, e);
}

/*
 * The body whose initials an acronym in capitals is (SLBA: the Sri
 * Lanka Banks Association named before), or -1.
 */
static int
coref_get_initials(const struct coref *c, const char *s, size_t n)
{
	char buf[32];
	size_t i;

	if (n < 3 || n + 2 > sizeof buf)
		return -1;
	buf[0] = '\003';
	for (i = 0; i < n; i++) {
		if (s[i] < 'A' || s[i] > 'Z')
			return -1;
		buf[i + 1] = (char)(s[i] | 0x20);
	}
	return coref_get(c, buf, n + 1);
}

/* A new entity; name is copied. */
static int
coref_entity(struct coref *c, const char *name, size_t n, enum ent_type t,
    int home)
{
	struct entity *e = VEC_PUSH(c->d->ents);

	e->name = xstrndup(name, n);
	e->role = NULL;
	e->type = t;
	e->affiliation = -1;
	e->affil_lexicon = false;
	e->affil_latest = false;
	e->first_mention = -1;
	e->colour = (int)c->d->ents.n - 1;
	*VEC_PUSH(c->home) = home;
	return (int)c->d->ents.n - 1;
}

/*
 * A body named before in other letters is the canon's ("The Labour party
 * said ... Labour's plan": one party): it takes the canon's name and home.
 */
static int
coref_canon_named(struct coref *c, const struct lexicon_canon *lc)
{
	char buf[256], name[256];
	size_t n = lexicon_fold(lc->name, strlen(lc->name), buf, sizeof buf);
	int e = n > 0 ? coref_get(c, buf, n) : -1;
	struct entity *en;

	if (e < 0 || (lc->type != ENT_ORGANISATION && lc->type != ENT_COMPANY))
		return -1;
	en = &c->d->ents.v[e];
	if (en->type != lc->type || c->home.v[e] >= 0 ||
	    lexicon_fold(en->name, strlen(en->name), name, sizeof name) != n ||
	    memcmp(name, buf, n) != 0)
		return -1;	/* not BBC Radio for the BBC (its first word) */
	free(en->name);
	en->name = xstrdup(lc->name);
	c->home.v[e] = lc->country;
	return e;
}

/* The entity of a lexicon canon, made if new. */
static int
coref_canon(struct coref *c, int canon)
{
	const struct lexicon_canon *lc;

	if (c->canon_ent[canon] < 0) {
		lc = lexicon_canon(c->lx, canon);
		c->canon_ent[canon] = coref_canon_named(c, lc);
		if (c->canon_ent[canon] < 0)
			c->canon_ent[canon] = coref_entity(c, lc->name,
			    strlen(lc->name), lc->type, lc->type == ENT_COUNTRY ?
			    canon : lc->country);
	}
	return c->canon_ent[canon];
}

static void coref_head_set(struct coref *, int);

/*
 * One more name of company e: the company named most so far, the latest
 * of those, is what "the company" stands for (coref_nominal).
 */
static void
coref_count_company(struct coref *c, int e)
{
	while (c->named.n <= (size_t)e)
		*VEC_PUSH(c->named) = 0;
	if (++c->named.v[e] >= (c->main_company < 0 ? 1 :
	    c->named.v[c->main_company]))
		c->main_company = e;
}

/* Record a mention of entity e for candidate k. */
static void
coref_mention(struct coref *c, struct cand *k, int e, enum mention_kind kind)
{
	struct mention *m = VEC_PUSH(c->d->mentions);
	struct entity *en = &c->d->ents.v[e];

	if (e > MENTION_MAXENT) {
		fputs("partyline: more entities than a mention can name\n",
		    stderr);
		exit(2);
	}
	m->start = k->start - k->the;
	m->end = k->end;
	m->entity = e;
	m->kind = kind;
	k->entity = e;
	if (en->first_mention < 0)
		en->first_mention = (int)c->d->mentions.n - 1;
	if (kind == MENTION_PRONOUN || kind == MENTION_NOMINAL)
		return;
	switch (en->type) {
	case ENT_PERSON: case ENT_OFFICIAL:
		pronoun_track_name(&c->pronouns, e, k->start,
		    coref_sent(c, k));
		break;
	case ENT_COUNTRY:
		c->last_country = e;
		break;
	case ENT_COMPANY:
		c->last_company = e;
		c->last_body = e;
		*VEC_PUSH(c->companies) = e;
		coref_count_company(c, e);
		coref_head_set(c, e);
		break;
	case ENT_ORGANISATION:
		c->last_body = e;
		coref_head_set(c, e);
		break;
	default:
		break;
	}
}

/* Offset of the last token of a folded name (after its last space). */
static size_t
coref_last_word(const char *s, size_t n)
{
	size_t i = n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	return i;
}

static void coref_keys(struct coref *, const struct cand *, int,
    const char *, size_t);
static void coref_company_first(struct coref *, const char *, size_t, int);

/* A lexicon candidate. */
static void
coref_lexicon(struct coref *c, struct cand *k)
{
	char buf[256];
	size_t n;
	int e;

	int of = coref_link(c->in, k)->acronym_of;

	if (of >= 0 && c->in->c[of].entity >= 0) {
		coref_mention(c, k, c->in->c[of].entity, MENTION_ALIAS);
		return;
	}
	/*
	 * Jordan said: the country's name is also a person's met before;
	 * a company's or body's one-word name too (Tom Vale ... Vale).
	 */
	if ((k->honorific || (k->type != ENT_COUNTRY &&
	    memchr(c->d->text + k->start, ' ', k->end - k->start) == NULL)) &&
	    (n = coref_fold(c, k->start, k->end, buf,
	    sizeof buf)) > 0 && (e = coref_get(c, buf, n)) >= 0 &&
	    (c->d->ents.v[e].type == ENT_PERSON ||
	    c->d->ents.v[e].type == ENT_OFFICIAL)) {
		coref_mention(c, k, e, MENTION_ALIAS);
		return;
	}
	e = coref_canon(c, k->canon);
	coref_mention(c, k, e, k->kind);
	if ((n = coref_fold(c, k->start, k->end, buf, sizeof buf)) > 0)
		coref_put_squeezed(c, buf, n, e);
	if (c->d->ents.v[e].type == ENT_ORGANISATION ||
	    c->d->ents.v[e].type == ENT_COMPANY)
		coref_put_initials(c, c->d->text + k->start, k->end - k->start,
		    e);
	if (c->d->ents.v[e].type == ENT_COMPANY && n > 0)
		coref_company_first(c, buf, n, e);	/* Kestrel */
	/* an official of the lexicon (Tony Blair): Mr Blair later is him */
	if ((c->d->ents.v[e].type == ENT_OFFICIAL ||
	    c->d->ents.v[e].type == ENT_PERSON) &&
	    (n = coref_fold(c, k->start, k->end, buf, sizeof buf)) > 0)
		coref_keys(c, k, e, buf, n);
}

/*
 * A name whose first word is not a given name may put the family name
 * first (Nguyen Van Thanh, Xi Jinping): "Mr Nguyen" is the same person.
 */
static void
coref_family_first(struct coref *c, const char *s, size_t n, int e)
{
	const char *sp = memchr(s, ' ', n);
	const struct lexicon_entry *le;
	size_t k;

	if (sp == NULL || (k = (size_t)(sp - s)) == 0)
		return;
	le = lexicon_find(c->lx, lexicon_hash_more(0, lexicon_hash_token(s, k)),
	    s, k);
	if (le == NULL || !(le->roles & LEX_FIRST))
		coref_put(c, s, k, e);
}

/*
 * Donald J. Trump is also Donald Trump: the given and the family name
 * without what stands between them, when the first is a given name.
 */
static void
coref_no_middle(struct coref *c, const char *s, size_t n, size_t last, int e)
{
	const char *sp = memchr(s, ' ', n);
	const struct lexicon_entry *le;
	char buf[256];
	size_t k, m;

	if (sp == NULL || (k = (size_t)(sp - s)) + 1 >= last)
		return;		/* two words: nothing between */
	le = lexicon_find(c->lx, lexicon_hash_more(0, lexicon_hash_token(s, k)),
	    s, k);
	if (le == NULL || !(le->roles & LEX_FIRST) || k + 1 + n - last > sizeof buf)
		return;
	memcpy(buf, s, k + 1);
	m = n - last;
	memcpy(buf + k + 1, s + last, m);
	coref_put(c, buf, k + 1 + m, e);
}

/*
 * Offset of a person's surname in a folded name: its last word, or the
 * particle before it (Van Alst, de la Cruz).
 */
static size_t
coref_surname(const struct coref *c, const char *s, size_t n)
{
	size_t last = coref_last_word(s, n), p;
	const struct lexicon_entry *le;

	while (last > 1) {
		p = coref_last_word(s, last - 1);
		if (p == 0)
			break;	/* the first word is no particle here */
		le = lexicon_find(c->lx, lexicon_hash_more(0,
		    lexicon_hash_token(s + p, last - 1 - p)), s + p, last - 1 - p);
		if (le == NULL || le->wclass != 1 + WC_PARTICLE)
			break;
		last = p;
	}
	return last;
}

/*
 * A company's name of two words or more: its first word alone names it
 * later (Kestrel Aviation ... Kestrel said), when that word is a plain
 * name, not a word of the lexicon's classes, titles, given names or
 * places (not Bank of America's "Bank", General Electric's "General").
 */
static void
coref_company_first(struct coref *c, const char *s, size_t n, int e)
{
	size_t w = 0;
	const struct lexicon_entry *le;

	while (w < n && s[w] != ' ')
		w++;
	if (w == n || w < 3)
		return;
	le = lexicon_find(c->lx, lexicon_hash_more(0, lexicon_hash_token(s,
	    w)), s, w);
	if (le != NULL && (le->wclass != 0 || le->wcap != 0 ||
	    (le->roles & ~LEX_PREFIX) != 0))
		return;
	coref_put(c, s, w, e);
}

/*
 * The length of a person's folded name without a generation after it
 * (james p. kennedy jr, john roe iii: without jr, iii), or n.
 */
static size_t
coref_no_suffix(const struct coref *c, const char *s, size_t n)
{
	size_t last = coref_last_word(s, n), m = n;

	if (last < 2)
		return n;
	if (s[m - 1] == '.')
		m--;
	if (!lexicon_word_is(lexicon_find(c->lx, lexicon_hash_more(0,
	    lexicon_hash_token(s + last, m - last)), s + last, m - last),
	    WC_NAME_SUFFIX))
		return n;
	m = last - 1;				/* the space */
	if (m > 0 && s[m - 1] == ',')		/* Kennedy, Jr. */
		m--;
	return m;
}

/*
 * Is the word s (n bytes, folded) a company's head that a body's name may
 * end in (bank, group: words.tsv ref-company), so that the name without it
 * names the body too (Hokuriku Shinwa Bank, Hokuriku Shinwa)?
 */
static int
coref_firm_head(const struct coref *c, const char *s, size_t n)
{
	return lexicon_word_is(lexicon_find(c->lx, lexicon_hash_more(0,
	    lexicon_hash_token(s, n)), s, n), WC_REF_COMPANY);
}

/*
 * Register the keys by which later text may name entity e. coref_put
 * never gives a key twice, so the keys of a name made before as a name of
 * the same kind are all taken: a mark key (\004, the kind, the name;
 * \001 to \003 open the keys of heads, squeezed names and initials)
 * says so, and a name mentioned again (2 MB of news names 8,000 times)
 * makes none.
 */
static void
coref_keys(struct coref *c, const struct cand *k, int e, const char *s,
    size_t n)
{
	size_t last = coref_last_word(s, n), sur, m;
	int person = k->type == ENT_PERSON || k->type == ENT_OFFICIAL ||
	    c->d->ents.v[e].type == ENT_OFFICIAL;
	char mark[258];

	if (n + 2 <= sizeof mark) {
		mark[0] = '\004';
		mark[1] = person ? 'p' : k->type == ENT_COMPANY ? 'c' :
		    k->type == ENT_ORGANISATION ? 'g' : 'o';
		memcpy(mark + 2, s, n);
		if (coref_key(c, mark, n + 2) != 0)
			return;		/* its keys are all made */
		coref_put(c, mark, n + 2, e);
	}
	coref_put(c, s, n, e);
	coref_put_squeezed(c, s, n, e);
	if (last == 0)
		return;
	if (person && (m = coref_no_suffix(c, s, n)) < n) {
		coref_keys(c, k, e, s, m);	/* James P. Kennedy, Kennedy */
		return;
	}
	if (person) {
		coref_put(c, s + last, n - last, e);	/* the surname */
		sur = coref_surname(c, s, n);
		if (sur > 0 && sur < last)
			coref_put(c, s + sur, n - sur, e);	/* Van Alst */
		coref_family_first(c, s, n, e);
		coref_no_middle(c, s, n, last, e);
	}
	else if (k->type == ENT_COMPANY) {
		coref_put(c, s, last - 1, e);		/* without "Inc" */
		coref_company_first(c, s, n, e);	/* Kestrel */
	} else if (k->type == ENT_ORGANISATION && coref_firm_head(c, s + last,
	    n - last))
		coref_put(c, s, last - 1, e);	/* Hokuriku Bank: Hokuriku */
}

/* Is candidate k's text entity e's name itself? */
static int
coref_same_name(const struct coref *c, int e, const struct cand *k)
{
	const char *name = c->d->ents.v[e].name;
	size_t n = k->end - k->start;

	return strncmp(name, c->d->text + k->start, n) == 0 && name[n] == '\0';
}

/*
 * The latest body whose name ends in the folded word (s, n): "the Council"
 * after the UN Security Council, "the Department" after the State
 * Department; or -1. Its key is the word after a \001.
 */
static int
coref_head(const struct coref *c, const char *s, size_t n)
{
	char buf[256];

	if (n + 1 > sizeof buf)
		return -1;
	buf[0] = '\001';
	memcpy(buf + 1, s, n);
	return coref_get(c, buf, n + 1);
}

/* Body e was just named: it is the latest whose name ends in its word. */
static void
coref_head_set(struct coref *c, int e)
{
	const char *name = c->d->ents.v[e].name, *w = strrchr(name, ' ');
	char buf[256];
	size_t n;
	int *slot;

	if (w == NULL)
		return;
	w++;
	buf[0] = '\001';
	if ((n = lexicon_fold(w, strlen(w), buf + 1, sizeof buf - 1)) == 0)
		return;
	if ((slot = coref_entity_of(c, buf, n + 1)) != NULL)
		*slot = e;
	else
		coref_put(c, buf, n + 1, e);
}

/*
 * Was entity e first named as a peer, a title before its surname and "of"
 * a place after it (Lord Roberts of Conwy)? Such a name is complete: a
 * later Sion Aubrey Roberts is someone else.
 */
static int
coref_peer(const struct coref *c, int e)
{
	const struct doc *d = c->d;
	const struct mention *m;
	uint32_t a, b;

	if (d->ents.v[e].first_mention < 0)
		return 0;
	m = &d->mentions.v[d->ents.v[e].first_mention];
	if (m->end + 5 >= d->len || memcmp(d->text + m->end, " of ", 4) != 0 ||
	    !(d->text[m->end + 4] >= 'A' && d->text[m->end + 4] <= 'Z'))
		return 0;
	for (b = m->start; b < m->end && d->text[b] != ' '; b++)
		;	/* the mention's first word: Lord Roberts */
	if (b < m->end && lexicon_word_is(lexicon_word(c->lx,
	    d->text + m->start, b - m->start), WC_PEER_TITLE))
		return 1;
	for (b = m->start; b > 0 && d->text[b - 1] == ' '; b--)
		;	/* or the word before it: Lord | Roberts */
	for (a = b; a > 0 && ((d->text[a - 1] | 0x20) >= 'a' &&
	    (d->text[a - 1] | 0x20) <= 'z'); a--)
		;
	return a < b && b < m->start && lexicon_word_is(lexicon_word(c->lx,
	    d->text + a, b - a), WC_PEER_TITLE);
}

/*
 * A person's full name whose surname alone named someone before (Pellow
 * ... Ada Pellow): that entity, renamed, or -1. Earlier mentions of it by
 * the surname become aliases.
 */
static int
coref_surname_before(struct coref *c, const struct cand *k, const char *s,
    size_t n)
{
	char buf[256];
	size_t sur, i, m;
	int e;
	struct entity *en;

	if ((k->type != ENT_PERSON && k->type != ENT_OFFICIAL) ||
	    (sur = coref_surname(c, s, n)) == 0 ||
	    (e = coref_get(c, s + sur, n - sur)) < 0)
		return -1;
	en = &c->d->ents.v[e];
	if ((en->type != ENT_PERSON && en->type != ENT_OFFICIAL) ||
	    c->home.v[e] >= 0 || coref_peer(c, e) ||
	    (m = lexicon_fold(en->name, strlen(en->name),
	    buf, sizeof buf)) != n - sur || memcmp(buf, s + sur, m) != 0)
		return -1;	/* Bill Clinton is no Hillary Clinton */
	free(en->name);
	en->name = xstrndup(c->d->text + k->start, k->end - k->start);
	/* its mentions: none before its first (coref only appends them;
	 * from the start of all, this was quadratic in the people named) */
	for (i = en->first_mention >= 0 ? (size_t)en->first_mention :
	    c->d->mentions.n; i < c->d->mentions.n; i++)
		if (c->d->mentions.v[i].entity == e &&
		    c->d->mentions.v[i].kind == MENTION_NAME)
			c->d->mentions.v[i].kind = MENTION_ALIAS;
	return e;
}

/*
 * A lone name taken for a person ("Kestrol said") that a shape later
 * finds to be a company by what stands beside it (Kestrol chief executive
 * Ann Roe, the carmaker Kestrol): the entity is the company.
 */
static void
coref_retype(struct coref *c, int e, const struct cand *k)
{
	struct entity *en = &c->d->ents.v[e];

	if (en->type == ENT_PERSON && k->what == CAND_NAME &&
	    (k->type == ENT_COMPANY || k->type == ENT_ORGANISATION) &&
	    strchr(en->name, ' ') == NULL)
		en->type = k->type;
}

/* A name found by its shape. */
static void
coref_name(struct coref *c, struct cand *k)
{
	char buf[256];
	size_t n = coref_fold(c, k->start, k->end, buf, sizeof buf);
	int e = -1, of = coref_link(c->in, k)->acronym_of;
	enum mention_kind kind = MENTION_NAME;

	/* before this name is one; read with a title only, which a link has */
	if (k->its && k->linked)
		cand_link_find(c->in->links, c->in->nlinks,
		    (uint32_t)(k - c->in->c))->affil_ent = c->last_body;
	if (of >= 0)
		e = c->in->c[of].entity, kind = MENTION_ALIAS;
	if (e < 0 && n > 0)
		e = coref_get(c, buf, n);
	if (e < 0 && n > 0 && of < 0)
		e = coref_get_squeezed(c, buf, n);	/* TimeWarner */
	if (e < 0 && k->head && n > 0) {
		if ((e = coref_head(c, buf, n)) >= 0) {
			coref_mention(c, k, e, MENTION_ALIAS);
			return;
		}
	}
	if (e >= 0 && kind == MENTION_NAME && !coref_same_name(c, e, k))
		kind = MENTION_ALIAS;
	if (e >= 0 && kind == MENTION_NAME)
		coref_retype(c, e, k);
	if (e < 0 && n > 0 && of < 0)
		e = coref_surname_before(c, k, buf, n);
	if (e < 0 && (e = coref_get_initials(c, c->d->text + k->start,
	    k->end - k->start)) >= 0)
		kind = MENTION_ALIAS;	/* SLBA */
	if (e < 0)
		e = coref_entity(c, c->d->text + k->start, k->end - k->start,
		    k->type == ENT_OFFICIAL ? ENT_PERSON : k->type, -1);
	if (n > 0)
		coref_keys(c, k, e, buf, n);
	if (c->d->ents.v[e].type == ENT_ORGANISATION ||
	    c->d->ents.v[e].type == ENT_COMPANY)
		coref_put_initials(c, c->d->text + k->start, k->end - k->start,
		    e);
	coref_mention(c, k, e, kind);
}

/* A lone capitalised word or acronym: a known name, or a new body. */
static void
coref_short(struct coref *c, struct cand *k)
{
	char buf[256];
	size_t n = coref_fold(c, k->start, k->end, buf, sizeof buf);
	int e = n > 0 ? coref_get(c, buf, n) : -1;

	if (e < 0 && n > 0)
		e = coref_get_squeezed(c, buf, n);	/* TimeWarner */
	if (e < 0)
		e = coref_get_initials(c, c->d->text + k->start,
		    k->end - k->start);		/* SLBA */
	if (e >= 0) {
		coref_mention(c, k, e, coref_same_name(c, e, k) ? MENTION_NAME :
		    MENTION_ALIAS);
		return;
	}
	if (k->common)
		return;		/* Bankruptcy: a noun, unless a name (Young) */
	if (k->type != ENT_ORGANISATION && k->personish <= 0) {
		/* Pellow ... Ada Pellow: settled at the end; not in Pellow */
		k->verify = k->personish == 0 ? 2 : 0;
		return;
	}
	coref_name(c, k);
}

/* "the firm", "the Chinese firm", "the government", "US officials". */
static void
coref_nominal(struct coref *c, struct cand *k)
{
	size_t i;
	int e = -1, country = coref_link(c->in, k)->country;

	if (k->direct)
		e = coref_canon(c, country);		/* US officials */
	else if (k->type == ENT_COUNTRY)
		e = country >= 0 ? coref_canon(c, country) : c->last_country;
	else if (country < 0)
		e = c->main_company;	/* the story's, not a rival */
	else
		for (i = c->companies.n; i-- > 0;)
			if (c->home.v[c->companies.v[i]] == country) {
				e = c->companies.v[i];
				break;
			}
	if (e >= 0)
		coref_mention(c, k, e, MENTION_NOMINAL);
}

/*
 * he, she: the pronoun resolver's answer (pronoun.c): the first person
 * named in its sentence or in the latest one naming a person, within a
 * few sentences, unless of the other sex ("X debated Y. He said": X).
 */
static void
coref_pronoun(struct coref *c, struct cand *k)
{
	int e = pronoun_track_pronoun(&c->pronouns, k->start, k->end,
	    coref_sent(c, k));

	if (e >= 0)
		coref_mention(c, k, e, MENTION_PRONOUN);
}

/* Give entity e the role and affiliation of candidate k. */
static void
coref_role(struct coref *c, int e, uint32_t r0, uint32_t r1, int affil,
    int affil_canon, int affil_ent)
{
	struct entity *en;
	int a = affil_ent;

	if (c->d->ents.v[e].type != ENT_PERSON &&
	    c->d->ents.v[e].type != ENT_OFFICIAL)
		return;
	if (affil >= 0)
		a = c->in->c[affil].entity;
	else if (affil_canon >= 0)
		a = coref_canon(c, affil_canon);	/* may move ents */
	en = &c->d->ents.v[e];
	en->type = ENT_OFFICIAL;
	if (en->role == NULL && r1 > r0)
		en->role = xstrndup(c->d->text + r0, r1 - r0);
	if (a >= 0 && a != e && en->affiliation < 0) {
		en->affiliation = a;
		en->affil_latest = affil < 0 && affil_canon < 0;
	}
}

/* Is a pending title a possessor (the first minister's statement)? */
static int
coref_role_possessed(const struct doc *d, const struct pending_role *p)
{
	size_t k = model_tok_first(d, p->role_end);

	return k < d->toks.n && d->toks.v[k].start == p->role_end &&
	    (d->toks.v[k].flags & TOK_POSS);
}

/* Roles of titled names, then of titles waiting for the next name. */
static void
coref_roles(struct coref *c)
{
	size_t i, j;
	uint32_t lim;
	struct cand *k;
	const struct cand_link *l;
	const struct pending_role *p;
	struct entity *en;

	for (i = 0; i < c->in->n; i++) {
		k = &c->in->c[i];
		l = coref_link(c->in, k);
		if (k->entity >= 0 && l->role_end > 0)
			coref_role(c, k->entity, l->role_start, l->role_end,
			    l->affil, l->affil_canon, l->affil_ent);
	}
	for (i = 0, j = 0; i < c->in->nroles; i++) {
		p = &c->in->roles[i];
		while (j < c->in->n && c->in->c[j].start < p->role_end)
			j++;
		/* The first minister's statement...: his, not the next name's */
		if (coref_role_possessed(c->d, p))
			continue;
		/* candidates of the title's sentence and the two after */
		lim = (size_t)p->sent + 3 < c->d->sents.n ?
		    c->d->sents.v[p->sent + 3].start : UINT32_MAX;
		for (; j < c->in->n && c->in->c[j].start < lim; j++) {
			k = &c->in->c[j];
			if (k->entity < 0)
				continue;
			en = &c->d->ents.v[k->entity];
			/* The Lord Chancellor ... Lord Falconer insists ...
			 * writer Ann Roe: the title was the known name's */
			if (k->what != CAND_NAME) {
				if (en->type == ENT_PERSON ||
				    en->type == ENT_OFFICIAL)
					break;
				continue;
			}
			/* a US adviser ... Robert O'Brien said: the same */
			if (en->first_mention >= 0 && c->d->mentions.v[
			    en->first_mention].start == k->start &&
			    en->type == ENT_PERSON && !k->honorific && k->says)
				coref_role(c, k->entity, p->role_start,
				    p->role_end, p->affil, -1, -1);
			break;
		}
	}
}

/* Officials and people from the lexicon: their home is their affiliation. */
static void
coref_homes(struct coref *c)
{
	size_t i;
	struct entity *e;
	int a;

	for (i = 0; i < c->d->ents.n; i++) {
		e = &c->d->ents.v[i];
		if ((e->type == ENT_OFFICIAL || e->type == ENT_PERSON) &&
		    e->affiliation < 0 && c->home.v[i] >= 0) {
			a = coref_canon(c, c->home.v[i]);	/* may move ents */
			c->d->ents.v[i].affiliation = a;
		}
	}
}

static int
coref_mention_cmp(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Are mentions [0, n) in order of start? */
static int
coref_mentions_sorted(const struct mention *m, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (m[i - 1].start > m[i].start)
			return 0;
	return 1;
}

/*
 * Mentions in order of start again after the few that coref_verify added
 * at the end: those sorted alone and merged in from the back, the first
 * of two at one start kept first, as the stable qsort of all did; that
 * qsort took a copy of all the mentions (6.5 MB on a 30 MB text), at the
 * peak of memory.
 */
static void
coref_mentions_merge(struct mention *m, size_t before, size_t n)
{
	size_t t = n - before, i = before, j = t, k = n;
	struct mention *tail;

	if (!coref_mentions_sorted(m, before)) {
		qsort(m, n, sizeof *m, coref_mention_cmp);
		return;
	}
	tail = xmalloc(t * sizeof *tail);
	memcpy(tail, m + before, t * sizeof *tail);
	qsort(tail, t, sizeof *tail, coref_mention_cmp);
	while (j > 0) {
		if (i > 0 && m[i - 1].start > tail[j - 1].start)
			m[--k] = m[--i];
		else
			m[--k] = tail[--j];
	}
	free(tail);
}

/* Merge the mentions made late (from before on), and each entity's first. */
static void
coref_resort(struct coref *c, size_t before)
{
	size_t i;

	if (c->d->mentions.n == before)
		return;
	coref_mentions_merge(c->d->mentions.v, before, c->d->mentions.n);
	for (i = 0; i < c->d->ents.n; i++)
		c->d->ents.v[i].first_mention = -1;
	for (i = c->d->mentions.n; i-- > 0;)
		c->d->ents.v[c->d->mentions.v[i].entity].first_mention = (int)i;
}

/* Is the folded word (s, n) the last word of entity e's name? */
static int
coref_surname_of(const struct coref *c, int e, const char *s, size_t n)
{
	const char *name = c->d->ents.v[e].name, *w = strrchr(name, ' ');
	char buf[256];

	return w != NULL && lexicon_fold(w + 1, strlen(w + 1), buf,
	    sizeof buf) == n && memcmp(buf, s, n) == 0;
}

/*
 * Names in a Title Case headline ("Trump Was Mocking Clinton Camp") are
 * mentions only when the article names them the same way elsewhere; they
 * are settled last and the mentions sorted again.
 */
static void
coref_verify(struct coref *c)
{
	char buf[256];
	size_t i, n, before = c->d->mentions.n;
	struct cand *k;
	int e;

	for (i = 0; i < c->in->n; i++) {
		k = &c->in->c[i];
		if (!k->verify || (n = coref_fold(c, k->start, k->end, buf,
		    sizeof buf)) == 0 || (e = coref_get(c, buf, n)) < 0)
			continue;
		if (k->verify == 2 && c->d->ents.v[e].type != ENT_COMPANY &&
		    !coref_surname_of(c, e, buf, n))
			continue;	/* Solvane ... Solvane Networks: a key */
		coref_mention(c, k, e, coref_same_name(c, e, k) ?
		    MENTION_NAME : MENTION_ALIAS);
	}
	coref_resort(c, before);
}

/* Is byte b a letter or a digit (ASCII)? */
static int
coref_alnum(char b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
	    (b >= '0' && b <= '9');
}

/* Does the text at off spell the name (n bytes) in small letters? */
static int
coref_spelt_small(const struct doc *d, uint32_t off, const char *name,
    size_t n)
{
	size_t i;
	char b;

	if (off + n > d->len || (off + n < d->len &&
	    coref_alnum(d->text[off + n])))
		return 0;
	for (i = 0; i < n; i++) {
		b = name[i];
		if (b >= 'A' && b <= 'Z')
			b = (char)(b + 32);
		if (d->text[off + i] != b)
			return 0;	/* a capital in the text: a name of its own */
	}
	return 1;
}

/* Does [start, end) overlap a mention? The mentions are sorted. */
static int
coref_covered(const struct doc *d, uint32_t start, uint32_t end)
{
	size_t lo = 0, hi = d->mentions.n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->mentions.v[mid].end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->mentions.n && d->mentions.v[lo].start < end;
}

/*
 * A body's long name, by its first four bytes as the text would spell
 * them in small letters (coref_spelt_small: capitals made small, the
 * rest as they are); a name of three words has five bytes at least.
 */
struct coref_long {
	uint32_t key;		/* the four bytes, the first in the lowest */
	int entity;
	size_t len;
	uint64_t head, mask;	/* its first eight bytes so (fewer: masked) */
};

static int
coref_long_cmp(const void *a, const void *b)
{
	const struct coref_long *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->entity - y->entity;
}

/* The first four bytes at s, capitals made small if small is set. */
static uint32_t
coref_long_key(const char *s, int small)
{
	uint32_t key = 0;
	unsigned char b;
	int i;

	for (i = 3; i >= 0; i--) {
		b = (unsigned char)s[i];
		if (small && b >= 'A' && b <= 'Z')
			b = (unsigned char)(b + 32);
		key = key << 8 | b;
	}
	return key;
}

/* The first four bytes at s as coref_long_key(s, 0) gives them, read in
 * one go (the loop was a tenth of coref on 2 MB: it reads every word). */
static inline uint32_t
coref_text_key(const char *s)
{
	const unsigned char *b = (const unsigned char *)s;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t key;

	memcpy(&key, b, 4);	/* the compiler made four loads of the below */
	return key;
#else
	return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
	    (uint32_t)b[3] << 24;
#endif
}

/*
 * The first eight bytes of name (of n) as the text would spell them in
 * small letters, the first in the lowest; in *mask the bits they fill.
 */
static uint64_t
coref_long_head(const char *name, size_t n, uint64_t *mask)
{
	uint64_t head = 0;
	size_t i, m = n < 8 ? n : 8;
	unsigned char b;

	for (i = 0; i < m; i++) {
		b = (unsigned char)name[i];
		if (b >= 'A' && b <= 'Z')
			b = (unsigned char)(b + 32);
		head |= (uint64_t)b << (8 * i);
	}
	*mask = m == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * m)) - 1;
	return head;
}

/* The bit of a key in the filter of coref_small_names. */
#define COREF_KEY_BITS 65536

static inline uint32_t
coref_long_bit(uint32_t key)
{
	return (key * 2654435761u) >> 16;
}

/* Long names with one key: longs[first, end). */
struct coref_long_run {
	uint32_t key, first, end;	/* key 0: an empty slot */
};

/* The slot of key in runs (mask + 1 slots, open addressing). */
static size_t
coref_long_slot(const struct coref_long_run *runs, size_t mask, uint32_t key)
{
	size_t i = (size_t)((key * 2654435761u) >> 7) & mask;

	while (runs[i].key != 0 && runs[i].key != key)
		i = (i + 1) & mask;
	return i;
}

/* The runs of longs (sorted, n of them) by key, in a table of *mask + 1. */
static struct coref_long_run *
coref_long_runs(const struct coref_long *longs, size_t n, size_t *mask)
{
	struct coref_long_run *runs;
	size_t size = 64, i, s;

	while (size < 2 * n)
		size *= 2;
	runs = xcalloc(size, sizeof *runs);
	*mask = size - 1;
	for (i = 0; i < n; i++) {
		s = coref_long_slot(runs, *mask, longs[i].key);
		if (runs[s].key == 0) {
			runs[s].key = longs[i].key;
			runs[s].first = (uint32_t)i;
		}
		runs[s].end = (uint32_t)i + 1;
	}
	return runs;
}

/*
 * A body's name of three words or more written again in small letters
 * ("The information commissioner's office says", beside the Information
 * Commissioner's Office): a mention of the body, as "the firm" is, so
 * that a claim's source finds it. The names are kept by their first four
 * bytes, so that each word in small letters is tried against few (by the
 * first letter alone, the words of 2 MB of news met 300 million
 * instructions' worth of names).
 */
static void
coref_small_names(struct coref *c)
{
	struct doc *d = c->d;
	const struct token *t;
	struct mention *m;
	size_t i, j, n, before = d->mentions.n, nlong = 0, mask, s;
	struct coref_long *longs;
	struct coref_long_run *runs;
	int words;
	const char *name;
	/* the names' keys, a bit each (of their hash): most words are
	 * passed over with one test (every word of the text is asked) */
	uint64_t keys[COREF_KEY_BITS / 64] = { 0 };
	uint32_t key, bit;
	uint64_t x = 0;
	int text8;
	const char *text = d->text;
	const struct token *toks = d->toks.v;
	size_t ntoks = d->toks.n, len = d->len;

	if (d->ents.n == 0)
		return;
	longs = xmalloc(d->ents.n * sizeof *longs);
	for (i = 0; i < d->ents.n; i++) {	/* bodies with long names */
		name = d->ents.v[i].name;
		if ((d->ents.v[i].type != ENT_ORGANISATION &&
		    d->ents.v[i].type != ENT_COMPANY) ||
		    !((name[0] | 0x20) >= 'a' && (name[0] | 0x20) <= 'z'))
			continue;
		for (words = 1; *name != '\0'; name++)
			words += *name == ' ';
		if (words < 3)
			continue;
		longs[nlong].key = coref_long_key(d->ents.v[i].name, 1);
		longs[nlong].len = strlen(d->ents.v[i].name);
		longs[nlong].head = coref_long_head(d->ents.v[i].name,
		    longs[nlong].len, &longs[nlong].mask);
		longs[nlong++].entity = (int)i;
	}
	qsort(longs, nlong, sizeof *longs, coref_long_cmp);
	runs = coref_long_runs(longs, nlong, &mask);
	for (i = 0; i < nlong; i++) {
		bit = coref_long_bit(longs[i].key);
		keys[bit >> 6] |= (uint64_t)1 << (bit & 63);
	}
	/* the loop reads the text and tokens from locals: pushing a
	 * mention could, for all the compiler knows, move them */
	for (j = 0; j < ntoks && nlong > 0; j++) {
		t = &toks[j];
		if (text[t->start] < 'a' || text[t->start] > 'z' ||
		    !(t->flags & TOK_WORD) || (size_t)t->start + 4 > len)
			continue;	/* no name of five bytes fits after */
		key = coref_text_key(text + t->start);
		bit = coref_long_bit(key);
		if (!((keys[bit >> 6] >> (bit & 63)) & 1))
			continue;	/* no name starts with its four bytes */
		/* the eight bytes from the word: most names that share
		 * its first four (the information ...) differ in them */
		text8 = (size_t)t->start + 8 <= len;
		if (text8)
			memcpy(&x, text + t->start, 8);
		s = coref_long_slot(runs, mask, key);
		for (i = runs[s].first; runs[s].key != 0 && i < runs[s].end;
		    i++) {
			if (text8 && (x & longs[i].mask) != longs[i].head)
				continue;
			name = d->ents.v[longs[i].entity].name;
			n = longs[i].len;
			if (!coref_spelt_small(d, t->start, name, n) ||
			    coref_covered(d, t->start, t->start + (uint32_t)n))
				continue;
			m = VEC_PUSH(d->mentions);
			m->start = t->start;
			m->end = t->start + (uint32_t)n;
			m->entity = longs[i].entity;
			m->kind = MENTION_NOMINAL;
			break;
		}
	}
	free(runs);
	free(longs);
	coref_resort(c, before);
}

void
coref_input_free(struct coref_input *in)
{
	if (in == NULL)
		return;
	free(in->c);
	free(in->links);
	free(in->roles);
	free(in);
}

/* Entities and mentions from the candidates in. */
static void
coref_resolve(struct doc *d, const struct lexicon *lx, struct coref_input *in)
{
	struct coref c;
	size_t i, n = (size_t)lexicon_ncanon(lx);

	memset(&c, 0, sizeof c);
	c.d = d;
	c.lx = lx;
	c.in = in;
	/* a mention a candidate at most: room made once, not doubled
	 * through the heap, where the copies outlived it */
	c.d->mentions.v = vec_grow(c.d->mentions.v, &c.d->mentions.cap,
	    in->n + 1, sizeof *c.d->mentions.v);
	c.canon_ent = xmalloc((n + 1) * sizeof *c.canon_ent);
	memset(c.canon_ent, 0xff, (n + 1) * sizeof *c.canon_ent);
	hmap_grow(&c.keymap, 256, coref_key_hash, &c);
	c.last_country = c.last_company = c.last_body = -1;
	c.main_company = -1;
	pronoun_track_begin(&c.pronouns, d, lx);
	for (i = 0; i < in->n; i++) {
		if (in->c[i].verify)
			continue;
		switch (in->c[i].what) {
		case CAND_LEXICON: coref_lexicon(&c, &in->c[i]); break;
		case CAND_NAME: coref_name(&c, &in->c[i]); break;
		case CAND_SHORT: coref_short(&c, &in->c[i]); break;
		case CAND_NOMINAL: coref_nominal(&c, &in->c[i]); break;
		case CAND_PRONOUN: coref_pronoun(&c, &in->c[i]); break;
		}
	}
	coref_verify(&c);
	coref_small_names(&c);
	coref_roles(&c);
	coref_homes(&c);
	free(c.canon_ent);
	hmap_free(&c.keymap);
	VEC_FREE(c.home);
	VEC_FREE(c.keys);
	VEC_FREE(c.arena);
	VEC_FREE(c.companies);
	VEC_FREE(c.named);
	pronoun_track_end(&c.pronouns);
}

void
coref_run(struct doc *d, const struct lexicon *lx)
{
	struct coref_input *in = d->cands;

	d->cands = NULL;
	if (in != NULL && lx != NULL)
		coref_resolve(d, lx, in);
	coref_input_free(in);
}
