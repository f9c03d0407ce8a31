/*
 * lexicon.c: loading the data TSV files and user additions into one hash
 * table of case-folded token sequences (see lexicon.h), plus the table of
 * canonical entities they name. Forms are cut into tokens by the segmenter
 * itself, so a key is folded exactly as the same words in an article are.
 * A malformed line is an error "FILE:LINE: message"; loading a file either
 * succeeds or leaves the tables as they were before it.
 *
 * Longer than 1,200 lines: it is the one reader of all the data files
 * (a short loader per file, sharing the line reader, the error format and
 * the table's private entry maker); the mapped table is lexicon_table.c,
 * the class names words.c, the maps wordmaps.c.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicase.h>
#include <uninorm.h>

#include "cues.h"
#include "lexicon.h"
#include "lexicon_int.h"
#include "segment.h"
#include "textfile.h"
#include "util.h"
#include "wordmaps.h"

#define LEXICON_MAXFIELDS 8

/* One line of a TSV file, cut into fields (modified in place). */
struct lexicon_line {
	const char *file;
	size_t lineno;
	char *f[LEXICON_MAXFIELDS];
	int n;
};

typedef int (*lexicon_line_cb)(struct lexicon *, struct lexicon_line *,
    char **);

static int lexicon_words_line(struct lexicon *, struct lexicon_line *,
    char **);
static int lexicon_add_role(struct lexicon *, const char *, int, int,
    const char **);

struct lexicon *
lexicon_new(void)
{
	struct lexicon *lx = xcalloc(1, sizeof *lx);
	struct para *p = VEC_PUSH(lx->scratch.paras);

	p->start = 0;
	p->kind = PARA_BODY;
	lx->scratch.title = -1;
	lexicon_changed(lx);
	return lx;
}

void
lexicon_free(struct lexicon *lx)
{
	size_t i;

	if (lx == NULL)
		return;
	cues_free(lx->cues);
	wordmaps_free(lx->maps);
	if (lx->map != NULL) {	/* names and tables are in the map */
		lexicon_table_unmap(lx);
		VEC_FREE(lx->scratch.paras);
		VEC_FREE(lx->scratch.toks);
		VEC_FREE(lx->scratch.sents);
		free(lx);
		return;
	}
	for (i = 0; i < lx->offices.n; i++)
		free(lx->offices.v[i].role);
	VEC_FREE(lx->offices);
	for (i = 0; i < lx->canons.n; i++)
		free(lx->canons.v[i].name);
	VEC_FREE(lx->canons);
	VEC_FREE(lx->ents);
	VEC_FREE(lx->keys);
	free(lx->emap.slot);
	free(lx->cmap.slot);
	VEC_FREE(lx->scratch.paras);
	VEC_FREE(lx->scratch.toks);
	VEC_FREE(lx->scratch.sents);
	free(lx);
}

/* ---------------------------------------------------------------- hashing */

/* Eight bytes at a time: tokens are short and this runs once per token. */
uint64_t
lexicon_hash_token(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	if (i < n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		for (w = 0; i < n; i++)
			w |= (uint64_t)(unsigned char)s[i] << (8 * (i & 7));
#else
		w = lexicon_load_short(s + i, n - i);	/* no byte loop */
#endif
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	}
	return h ^ (h >> 29);
}


/*
 * Marks that folding leaves as they are (no case, no decomposition) and
 * that no mark before or after composes with: – — ― “ ” … £. The length
 * of the one at s (n bytes), or 0.
 */
static size_t
lexicon_fold_mark(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xc2 && u[1] == 0xa3)
		return 2;
	if (n >= 3 && u[0] == 0xe2 && u[1] == 0x80 && ((u[2] >= 0x93 &&
	    u[2] <= 0x95) || u[2] == 0x9c || u[2] == 0x9d || u[2] == 0xa6))
		return 3;
	return 0;
}

/*
 * Fold s (n bytes) into buf if it is ASCII and such marks only, as
 * libunistring would: 0 if not (don't, O'Malley, —: nine in ten tokens
 * that are not plain ASCII, at 2,700 instructions each through
 * u8_casefold).
 */
static size_t
lexicon_fold_marks(const char *s, size_t n, char *buf, size_t size)
{
	size_t i, m;
	unsigned char c;

	if (n > size)
		return 0;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c < 0x80) {
			buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		if ((m = lexicon_fold_mark(s + i, n - i)) == 0)
			return 0;
		memcpy(buf + i, s + i, m);
		i += m - 1;
	}
	return n;
}

/* Fold non-ASCII bytes: apostrophes first, then libunistring. */
static size_t
lexicon_fold_wide(const char *s, size_t n, char *buf, size_t size)
{
	char tmp[256];
	size_t i, k = 0, len = size;
	uint8_t *r;

	if (n >= sizeof tmp)
		return 0;
	for (i = 0; i < n; i++) {
		if (i + 2 < n && memcmp(s + i, "\xe2\x80", 2) == 0 &&
		    ((unsigned char)s[i + 2] == 0x99 ||
		    (unsigned char)s[i + 2] == 0x98)) {
			tmp[k++] = '\'';
			i += 2;
		} else
			tmp[k++] = s[i];
	}
	if ((len = lexicon_fold_marks(tmp, k, buf, size)) != 0)
		return len;
	len = size;
	r = u8_casefold((const uint8_t *)tmp, k, NULL, UNINORM_NFC,
	    (uint8_t *)buf, &len);
	if (r == NULL)
		return 0;
	if (r != (uint8_t *)buf) {	/* did not fit */
		free(r);
		return 0;
	}
	return len;
}

size_t
lexicon_fold(const char *s, size_t n, char *buf, size_t size)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t x, up;
	size_t i;
	unsigned char c;

	if (n > size)
		return 0;
	/* eight ASCII bytes a step (coref's keys of names), A-Z to a-z as
	 * lexicon_fold_ascii does; the rest a byte at a time */
	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&x, s + i, 8);
		if (x & high)
			return lexicon_fold_wide(s, n, buf, size);
		up = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1));
		x |= (up & high) >> 2;
		memcpy(buf + i, &x, 8);
	}
	for (; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x80)
			return lexicon_fold_wide(s, n, buf, size);
		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return n;
}

/* ---------------------------------------------------------------- tables */

struct lexicon_keyarg {
	uint64_t hash;
	const char *key;
	size_t len;
};

static int
lexicon_entry_eq(const void *ctx, uint32_t i, const void *arg)
{
	const struct lexicon *lx = ctx;
	const struct lexicon_keyarg *a = arg;
	const struct lexicon_entry *e = &lx->ents.v[i];

	return e->hash == a->hash && e->keylen == a->len &&
	    memcmp(lx->keys.v + e->key, a->key, a->len) == 0;
}

static uint64_t
lexicon_entry_hash(const void *ctx, uint32_t i)
{
	return ((const struct lexicon *)ctx)->ents.v[i].hash;
}

/* The bloom filter's bit for hash h (its top bits: the table uses the low). */
static size_t
lexicon_bloom_bit(uint64_t h)
{
	return (size_t)(h >> 40) & (LEXICON_BLOOM_BITS - 1);
}

static int
lexicon_bloom_has(const struct lexicon *lx, uint64_t h)
{
	size_t b = lexicon_bloom_bit(h);

	return (lx->bloom[b / 64] >> (b % 64)) & 1;
}

static void
lexicon_bloom_add(struct lexicon *lx, uint64_t h)
{
	size_t b = lexicon_bloom_bit(h);

	lx->bloom[b / 64] |= (uint64_t)1 << (b % 64);
}

/*
 * Recent look-ups, one table per thread (--jobs): news repeats its words
 * ("said", "the", "minister"), and a look-up in the lexicon touches three
 * places far apart in 4 MB (its slot, its entry, its key), which mostly
 * miss the processor's caches: on 30 MB, a fifth of the time. A recent
 * key's answer (its entry's index, or none) sits in one 32-byte slot of a
 * 256 KB table. Keys longer than LEXICON_RECENT_KEY bytes are looked up
 * in the lexicon each time.
 */
#define LEXICON_RECENT_SLOTS 8192
#define LEXICON_RECENT_KEY 11

struct lexicon_recent {
	uint64_t hash;
	uint64_t stamp;		/* the lexicon's stamp when filled; 0 empty */
	uint32_t ent;		/* index of the entry + 1, 0 if none */
	uint8_t keylen;
	char key[LEXICON_RECENT_KEY];
};

/*
 * Recent single words as they stand in a text (lexicon_word), by their
 * bytes, for words of one to eight ASCII bytes ("said", "he", "The"):
 * the stages ask about the same few hundred words again and again, and
 * a hit skips the fold, the hash and lexicon_find. In the same block as
 * the recent look-ups (LEXICON_RECENT_SLOTS of them first).
 */
#define LEXICON_WORD_BITS 14
#define LEXICON_WORD_SLOTS (1u << LEXICON_WORD_BITS)	/* 384 KB */

struct lexicon_word_slot {
	uint64_t bytes;		/* the word's bytes, little-endian, 0 after */
	uint64_t stamp;		/* the lexicon's stamp when filled; 0 empty */
	uint32_t ent;		/* index of the entry + 1, 0 if none */
	uint8_t n;		/* the word's length */
};

static _Thread_local struct lexicon_recent *lexicon_recent;

static const struct lexicon_entry *lexicon_word_folded(const struct lexicon *,
    const char *, size_t);
static pthread_once_t lexicon_recent_once = PTHREAD_ONCE_INIT;
static pthread_key_t lexicon_recent_key;
/* The last stamp given to a lexicon. */
static _Atomic uint64_t lexicon_stamps;

void
lexicon_changed(struct lexicon *lx)
{
	lx->stamp = ++lexicon_stamps;
}

static void
lexicon_recent_make_key(void)
{
	if (pthread_key_create(&lexicon_recent_key, free) != 0)
		abort();
}

/* This thread's recent look-ups, made the first time it asks (freed when
 * the thread ends). */
static __attribute__((noinline)) struct lexicon_recent *
lexicon_recent_table(void)
{
	pthread_once(&lexicon_recent_once, lexicon_recent_make_key);
	lexicon_recent = xcalloc(1, LEXICON_RECENT_SLOTS * sizeof *lexicon_recent +
	    LEXICON_WORD_SLOTS * sizeof(struct lexicon_word_slot));
	pthread_setspecific(lexicon_recent_key, lexicon_recent);
	return lexicon_recent;
}

/* The entry for a key, looked up in the table itself. */
static __attribute__((noinline)) const struct lexicon_entry *
lexicon_find_slow(const struct lexicon *lx, uint64_t h, const char *key,
    size_t keylen)
{
	struct lexicon_keyarg a = { h, key, keylen };
	size_t s = hmap_slot(&lx->emap, h, lexicon_entry_eq, lx, &a);

	return lx->emap.slot[s].i ? &lx->ents.v[lx->emap.slot[s].i - 1] : NULL;
}

/* Look the key up in the table and keep the answer in slot r. */
static __attribute__((noinline)) const struct lexicon_entry *
lexicon_find_fill(const struct lexicon *lx, struct lexicon_recent *r,
    uint64_t h, const char *key, size_t keylen)
{
	const struct lexicon_entry *e = lexicon_find_slow(lx, h, key, keylen);

	r->stamp = lx->stamp;
	r->hash = h;
	r->keylen = (uint8_t)keylen;
	memcpy(r->key, key, keylen);
	r->ent = e != NULL ? (uint32_t)(e - lx->ents.v) + 1 : 0;
	return e;
}

/*
 * Are the n bytes at a and b the same, n at least w (4 or 8, a constant:
 * inline)? Two loads of w bytes each that overlap, not a loop: nothing
 * read past either.
 */
static inline int
lexicon_same_ends(const char *a, const char *b, size_t n, size_t w)
{
	uint64_t x = 0, y = 0, z = 0, v = 0;

	memcpy(&x, a, w);
	memcpy(&y, b, w);
	memcpy(&z, a + n - w, w);
	memcpy(&v, b + n - w, w);
	return x == y && z == v;
}

/* Is slot r the answer for key (keylen bytes, hash h) in lx? */
static inline int
lexicon_recent_is(const struct lexicon_recent *r, const struct lexicon *lx,
    uint64_t h, const char *key, size_t keylen)
{
	size_t i;

	if (r->stamp != lx->stamp || r->hash != h || r->keylen != keylen)
		return 0;
	/* a few bytes: no call to memcmp */
	if (keylen >= 8)
		return lexicon_same_ends(r->key, key, keylen, 8);
	if (keylen >= 4)
		return lexicon_same_ends(r->key, key, keylen, 4);
	for (i = 0; i < keylen; i++)
		if (r->key[i] != key[i])
			return 0;
	return 1;
}

static const struct lexicon_entry *lexicon_find_first(const struct lexicon *,
    uint64_t, const char *, size_t);

const struct lexicon_entry *
lexicon_find(const struct lexicon *lx, uint64_t h, const char *key,
    size_t keylen)
{
	struct lexicon_recent *r = lexicon_recent;

	if (lx->emap.slot == NULL || !lexicon_bloom_has(lx, h))
		return NULL;
	if (keylen > LEXICON_RECENT_KEY)
		return lexicon_find_slow(lx, h, key, keylen);
	if (r == NULL)
		return lexicon_find_first(lx, h, key, keylen);
	r += (h >> 20) & (LEXICON_RECENT_SLOTS - 1);
	if (lexicon_recent_is(r, lx, h, key, keylen))
		return r->ent != 0 ? &lx->ents.v[r->ent - 1] : NULL;
	return lexicon_find_fill(lx, r, h, key, keylen);
}

/* lexicon_find, the first time this thread asks: the table made first
 * (out of line: lexicon_find itself makes no call but its last). */
static __attribute__((noinline)) const struct lexicon_entry *
lexicon_find_first(const struct lexicon *lx, uint64_t h, const char *key,
    size_t keylen)
{
	lexicon_recent_table();
	return lexicon_find(lx, h, key, keylen);
}

/* The entry for a key, made (with no roles) if new. */
static struct lexicon_entry *
lexicon_entry(struct lexicon *lx, uint64_t h, const char *key, size_t keylen,
    int ntok)
{
	struct lexicon_keyarg a = { h, key, keylen };
	struct lexicon_entry *e;
	size_t s, i;

	hmap_grow(&lx->emap, 1024, lexicon_entry_hash, lx);
	s = hmap_slot(&lx->emap, h, lexicon_entry_eq, lx, &a);
	if (lx->emap.slot[s].i != 0)
		return &lx->ents.v[lx->emap.slot[s].i - 1];
	e = VEC_PUSH(lx->ents);
	memset(e, 0, sizeof *e);
	lexicon_bloom_add(lx, h);	/* stays set if a load fails: harmless */
	e->hash = h;
	e->key = (uint32_t)lx->keys.n;
	e->keylen = (uint16_t)keylen;
	e->ntok = (uint8_t)ntok;
	e->canon = -1;
	for (i = 0; i < keylen; i++)
		*VEC_PUSH(lx->keys) = key[i];
	*VEC_PUSH(lx->keys) = '\0';
	hmap_set(&lx->emap, s, (uint32_t)lx->ents.n - 1, h);
	lexicon_changed(lx);
	return e;
}

/* ---------------------------------------------------------------- canons */

struct lexicon_canonarg {
	const char *name;
	enum ent_type type;
};

static uint64_t
lexicon_canon_hash_of(const char *name, enum ent_type type)
{
	return lexicon_hash_more(lexicon_hash_token(name, strlen(name)),
	    (uint64_t)type + 1);
}

static uint64_t
lexicon_canon_hash(const void *ctx, uint32_t i)
{
	const struct lexicon *lx = ctx;

	return lexicon_canon_hash_of(lx->canons.v[i].name, lx->canons.v[i].type);
}

static int
lexicon_canon_eq(const void *ctx, uint32_t i, const void *arg)
{
	const struct lexicon *lx = ctx;
	const struct lexicon_canonarg *a = arg;

	return lx->canons.v[i].type == a->type &&
	    strcmp(lx->canons.v[i].name, a->name) == 0;
}

int
lexicon_canon_find(const struct lexicon *lx, const char *name,
    enum ent_type type)
{
	struct lexicon_canonarg a = { name, type };
	size_t s;

	if (lx->cmap.slot == NULL)
		return -1;
	s = hmap_slot(&lx->cmap, lexicon_canon_hash_of(name, type),
	    lexicon_canon_eq, lx, &a);
	return (int)lx->cmap.slot[s].i - 1;
}

/* The canon of that name and type, made if new. */
static int
lexicon_canon_get(struct lexicon *lx, const char *name, enum ent_type type,
    int country)
{
	struct lexicon_canonarg a = { name, type };
	struct lexicon_canon *c;
	size_t s;

	hmap_grow(&lx->cmap, 1024, lexicon_canon_hash, lx);
	s = hmap_slot(&lx->cmap, lexicon_canon_hash_of(name, type),
	    lexicon_canon_eq, lx, &a);
	if (lx->cmap.slot[s].i != 0) {
		c = &lx->canons.v[lx->cmap.slot[s].i - 1];
		if (country >= 0)
			c->country = country;
		return (int)lx->cmap.slot[s].i - 1;
	}
	c = VEC_PUSH(lx->canons);
	c->name = xstrdup(name);
	c->type = type;
	c->country = country;
	hmap_set(&lx->cmap, s, (uint32_t)lx->canons.n - 1,
	    lexicon_canon_hash_of(name, type));
	return (int)lx->canons.n - 1;
}

const struct lexicon_canon *
lexicon_canon(const struct lexicon *lx, int i)
{
	return &lx->canons.v[i];
}

int
lexicon_ncanon(const struct lexicon *lx)
{
	return (int)lx->canons.n;
}

/* ---------------------------------------------------------------- forms */

/* A form cut into tokens and folded: the key and its case rules. */
struct lexicon_form {
	char key[512];
	size_t keylen;
	size_t prefix[LEX_MAXTOK];	/* key length after each token */
	uint64_t hash[LEX_MAXTOK];	/* key hash after each token */
	int ntok;
	uint16_t caps, upper;
};

/* Cut a form into tokens with the segmenter; 0, or -1 with *why. */
static int
lexicon_cut(struct doc *d, const char *form, int strip_article,
    struct lexicon_form *f, const char **why)
{
	const struct token *t;
	size_t i, first = 0, n;
	uint64_t h = 0;

	d->text = (char *)form;
	d->len = strlen(form);
	d->paras.v[0].end = (uint32_t)d->len;
	segment_run(d, NULL);
	if (strip_article && d->toks.n > 1 &&
	    segment_tok_is(d, &d->toks.v[0], "the"))
		first = 1;
	memset(f, 0, sizeof *f);
	if (d->toks.n - first == 0 || d->toks.n - first > LEX_MAXTOK) {
		*why = d->toks.n == 0 ? "empty form" : "form has too many words";
		return -1;
	}
	for (i = first; i < d->toks.n; i++) {
		t = &d->toks.v[i];
		if (f->ntok > 0)
			f->key[f->keylen++] = ' ';
		n = lexicon_fold(form + t->start, tok_end(t) - t->start,
		    f->key + f->keylen, sizeof f->key - f->keylen - 1);
		if (n == 0) {
			*why = "form is too long";
			return -1;
		}
		h = lexicon_hash_more(h, lexicon_hash_token(f->key + f->keylen, n));
		f->keylen += n;
		if (t->flags & TOK_CAP)
			f->caps |= (uint16_t)(1u << f->ntok);
		if (t->flags & TOK_UPPER)
			f->upper |= (uint16_t)(1u << f->ntok);
		f->prefix[f->ntok] = f->keylen;
		f->hash[f->ntok++] = h;
	}
	d->text = NULL;
	return 0;
}

/* The entry of a cut form; its proper prefixes are marked. */
static struct lexicon_entry *
lexicon_put(struct lexicon *lx, const struct lexicon_form *f)
{
	int k;

	for (k = 0; k + 1 < f->ntok; k++)
		lexicon_entry(lx, f->hash[k], f->key, f->prefix[k], k + 1)->roles |=
		    LEX_PREFIX;
	return lexicon_entry(lx, f->hash[f->ntok - 1], f->key, f->keylen,
	    f->ntok);
}

/*
 * A text of words of ASCII letters and digits one space apart (John
 * Kerry, chairman), at most 64 bytes and LEX_MAXTOK words: the segmenter
 * makes a token of each word, so its entry is found here with the same
 * key and hash as lexicon_cut would give, and *hit is 1. 0 if the text
 * is not such.
 */
static const struct lexicon_entry *
lexicon_find_plain(const struct lexicon *lx, const char *text, int *hit)
{
	char key[65];
	size_t n = 0, w = 0;
	uint64_t h = 0;
	int ntok = 0;
	char c;

	*hit = 0;
	for (;; n++) {
		c = text[n];
		if (c == ' ' || c == '\0') {
			if (n == w || ++ntok > LEX_MAXTOK)
				return NULL;	/* two spaces, an end space */
			h = lexicon_hash_more(h, lexicon_hash_token(key + w, n - w));
			if (c == '\0')
				break;
			key[n] = ' ';
			w = n + 1;
		} else if (n >= 64)
			return NULL;
		else if (c >= 'A' && c <= 'Z')
			key[n] = (char)(c + 32);
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			key[n] = c;
		else
			return NULL;
	}
	*hit = 1;
	return lexicon_find(lx, h, key, n);
}

const struct lexicon_entry *
lexicon_find_text(const struct lexicon *lx, const char *text)
{
	struct lexicon_form f;
	const char *why;
	struct doc d;	/* our own scratch: the lexicon is read only */
	struct para *p;
	const struct lexicon_entry *e;
	int r, plain;

	/* plain words need no segmenting (affil asks this of title words
	 * and names: 1,400 instructions a time through the segmenter) */
	e = lexicon_find_plain(lx, text, &plain);
	if (plain)
		return e;
	memset(&d, 0, sizeof d);
	p = VEC_PUSH(d.paras);
	p->start = 0;
	p->kind = PARA_BODY;
	d.title = -1;
	r = lexicon_cut(&d, text, 0, &f, &why);
	VEC_FREE(d.paras);
	VEC_FREE(d.toks);
	VEC_FREE(d.sents);
	if (r != 0)
		return NULL;
	return lexicon_find(lx, f.hash[f.ntok - 1], f.key, f.keylen);
}

/* Add an entity form naming canon c. */
static int
lexicon_add_form(struct lexicon *lx, const char *form, enum mention_kind kind,
    int c, const char **why)
{
	struct lexicon_form f;
	struct lexicon_entry *e;

	if (lexicon_cut(&lx->scratch, form, 1, &f, why) != 0)
		return -1;
	e = lexicon_put(lx, &f);
	if ((e->roles & LEX_ENT) && e->canon == c) {
		/* al-Qaeda and Al-Qaeda: the looser case rule of the two */
		e->caps &= f.caps;
		e->upper &= f.upper;
		return 0;
	}
	e->roles |= LEX_ENT;
	e->kind = (uint8_t)kind;
	e->canon = c;
	e->caps = f.caps;
	e->upper = f.upper;
	return 0;
}

/* Add a word or phrase with a role that has no entity. */
static int
lexicon_add_role(struct lexicon *lx, const char *form, int role, int cls,
    const char **why)
{
	struct lexicon_form f;
	struct lexicon_entry *e;

	if (lexicon_cut(&lx->scratch, form, 0, &f, why) != 0)
		return -1;
	e = lexicon_put(lx, &f);
	e->roles |= (uint8_t)role;
	if (role == LEX_TITLE)
		e->title_class = (uint8_t)cls;
	if (role == LEX_PLACE && e->caps == 0 && !(e->roles & LEX_ENT))
		e->caps = f.caps;
	return 0;
}


/* ---------------------------------------------------------------- files */

/* Cut a line into TAB-separated fields; trailing spaces are dropped. */
static void
lexicon_split(char *s, struct lexicon_line *ln)
{
	char *p, *e;

	ln->n = 0;
	for (p = s; ln->n < LEXICON_MAXFIELDS; p = e + 1) {
		e = strchr(p, '\t');
		if (e != NULL)
			*e = '\0';
		ln->f[ln->n++] = p;
		if (e == NULL)
			break;
	}
	for (int i = 0; i < ln->n; i++) {
		e = ln->f[i] + strlen(ln->f[i]);
		while (e > ln->f[i] && (e[-1] == ' ' || e[-1] == '\r'))
			*--e = '\0';
		while (*ln->f[i] == ' ')
			ln->f[i]++;
	}
}

/* Read path line by line, calling cb for every line that is not a comment. */
static int
lexicon_read(struct lexicon *lx, const char *path, lexicon_line_cb cb,
    char **cause)
{
	struct lexicon_line ln = { path, 0, { NULL }, 0 };
	struct textfile *tf;
	char *s, *why = NULL;

	if ((tf = textfile_open(path, cause)) == NULL)
		return -1;
	while ((s = textfile_next(tf, NULL)) != NULL) {
		ln.lineno = tf->line;
		if (*s == '#' || s[strspn(s, " \t\r")] == '\0')
			continue;
		lexicon_split(s, &ln);
		if (cb(lx, &ln, &why) != 0) {
			*cause = textfile_error(tf, "%s", why);
			free(why);
			textfile_close(tf);
			return -1;
		}
	}
	textfile_close(tf);
	return 0;
}

static int
lexicon_fail(char **why, const char *fmt, const char *arg)
{
	*why = xasprintf(fmt, arg);
	return -1;
}

/* Check the number of fields and that none is empty. */
static int
lexicon_fields(struct lexicon_line *ln, int want, char **why)
{
	int i;

	if (ln->n != want) {
		*why = xasprintf("expected %d TAB-separated fields, found %d",
		    want, ln->n);
		return -1;
	}
	for (i = 0; i < want; i++)
		if (*ln->f[i] == '\0')
			return lexicon_fail(why, "empty field %s",
			    (const char *[]){ "1", "2", "3", "4", "5", "6",
			    "7", "8" }[i]);
	return 0;
}

static int
lexicon_kind(const char *s, enum mention_kind *k)
{
	static const char *names[] = { "name", "alias", "demonym", "metonym" };
	int i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*k = (enum mention_kind)i;
			return 0;
		}
	return -1;
}

static int
lexicon_type(const char *s, enum ent_type *t)
{
	int i;

	for (i = 0; i < ENT_NTYPES; i++)
		if (strcmp(s, model_ent_type_name((enum ent_type)i)) == 0) {
			*t = (enum ent_type)i;
			return 0;
		}
	return -1;
}

/* Add a form line; why is set from a static message on failure. */
static int
lexicon_form_done(int r, const char *msg, char **why)
{
	if (r != 0)
		*why = xstrdup(msg);
	return r;
}

/* countries.tsv: form kind country. */
static int
lexicon_country_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	enum mention_kind k;
	const char *msg = NULL;
	int c;

	if (lexicon_fields(ln, 3, why) != 0)
		return -1;
	if (lexicon_kind(ln->f[1], &k) != 0)
		return lexicon_fail(why, "unknown kind %s (name, alias, demonym "
		    "or metonym)", ln->f[1]);
	c = lexicon_canon_get(lx, ln->f[2], ENT_COUNTRY, -1);
	return lexicon_form_done(lexicon_add_form(lx, ln->f[0], k, c, &msg),
	    msg, why);
}

/* Common part of entity lines: form kind canonical type country. */
static int
lexicon_entity_line(struct lexicon *lx, struct lexicon_line *ln, int user,
    char **why)
{
	enum mention_kind k;
	enum ent_type t;
	const char *msg = NULL;
	int c, country = -1;

	if (lexicon_fields(ln, 5, why) != 0)
		return -1;
	if (lexicon_kind(ln->f[1], &k) != 0 || (!user && k > MENTION_ALIAS))
		return lexicon_fail(why, user ? "unknown kind %s (name, alias, "
		    "demonym or metonym)" : "unknown kind %s (name or alias)",
		    ln->f[1]);
	if (lexicon_type(ln->f[3], &t) != 0 || (!user &&
	    t != ENT_COMPANY && t != ENT_ORGANISATION))
		return lexicon_fail(why, user ? "unknown type %s (country, "
		    "official, company, person or organisation)" :
		    "unknown type %s (company or organisation)", ln->f[3]);
	if (strcmp(ln->f[4], "-") != 0 && t != ENT_COUNTRY &&
	    (country = lexicon_canon_find(lx, ln->f[4], ENT_COUNTRY)) < 0)
		return lexicon_fail(why, "unknown country %s", ln->f[4]);
	c = lexicon_canon_get(lx, ln->f[2], t, country);
	return lexicon_form_done(lexicon_add_form(lx, ln->f[0], k, c, &msg),
	    msg, why);
}

static int
lexicon_org_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	return lexicon_entity_line(lx, ln, 0, why);
}

static int
lexicon_user_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	if (ln->n == 2)		/* a word and its classes, as in words.tsv */
		return lexicon_words_line(lx, ln, why);
	return lexicon_entity_line(lx, ln, 1, why);
}

/* A year of officials.tsv, or -1. */
static int
lexicon_year(const char *s)
{
	char *end;
	long y = strtol(s, &end, 10);

	return *end == '\0' && y >= 1900 && y <= 2100 ? (int)y : -1;
}

/*
 * officials.tsv: "name role country body speaks from to", an office held
 * (Tony Blair, Prime Minister, United Kingdom, Labour Party, state, 1997,
 * 2007); or "form alias name", another form of a name given before.
 */
static int
lexicon_office_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	struct lexicon_office *o;
	const char *msg = NULL;
	int c, country = -1, body = -1, from, to;

	if (ln->n == 3 && strcmp(ln->f[1], "alias") == 0) {
		if ((c = lexicon_canon_find(lx, ln->f[2], ENT_OFFICIAL)) < 0)
			return lexicon_fail(why, "unknown official %s", ln->f[2]);
		return lexicon_form_done(lexicon_add_form(lx, ln->f[0],
		    MENTION_ALIAS, c, &msg), msg, why);
	}
	if (lexicon_fields(ln, 7, why) != 0)
		return -1;
	if (strcmp(ln->f[2], "-") != 0 &&
	    (country = lexicon_canon_find(lx, ln->f[2], ENT_COUNTRY)) < 0)
		return lexicon_fail(why, "unknown country %s", ln->f[2]);
	if (strcmp(ln->f[4], "state") != 0 && strcmp(ln->f[4], "body") != 0)
		return lexicon_fail(why, "unknown side %s (state or body)",
		    ln->f[4]);
	if ((from = lexicon_year(ln->f[5])) < 0 ||
	    (to = lexicon_year(ln->f[6])) < from)
		return lexicon_fail(why, "bad years %s", ln->f[5]);
	if (strcmp(ln->f[3], "-") != 0 && (body = lexicon_canon_find(lx,
	    ln->f[3], ENT_ORGANISATION)) < 0)
		body = lexicon_canon_get(lx, ln->f[3], ENT_ORGANISATION,
		    country);
	c = lexicon_canon_find(lx, ln->f[0], ENT_OFFICIAL);
	if (c < 0 && lexicon_form_done(lexicon_add_form(lx, ln->f[0],
	    MENTION_NAME, c = lexicon_canon_get(lx, ln->f[0], ENT_OFFICIAL,
	    country), &msg), msg, why) != 0)
		return -1;
	o = VEC_PUSH(lx->offices);
	o->person = c;
	o->role = xstrdup(ln->f[1]);
	o->country = country;
	o->body = body;
	o->side = ln->f[4][0] == 's' ? LEX_SIDE_STATE : LEX_SIDE_BODY;
	o->from = from;
	o->to = to;
	return 0;
}

const struct lexicon_office *
lexicon_offices(const struct lexicon *lx, int person, size_t *n)
{
	size_t i, j;

	for (i = 0; i < lx->offices.n && lx->offices.v[i].person != person; i++)
		;
	for (j = i; j < lx->offices.n && lx->offices.v[j].person == person; j++)
		;
	*n = j - i;
	return *n > 0 ? &lx->offices.v[i] : NULL;
}

/* titles.tsv: title class. */
static int
lexicon_title_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	static const char *cls[] = { "head", "minister", "official", "military",
	    "corporate", "honorific" };
	const char *msg = NULL;
	int i;

	if (lexicon_fields(ln, 2, why) != 0)
		return -1;
	for (i = 0; i < 6; i++)
		if (strcmp(ln->f[1], cls[i]) == 0)
			break;
	if (i == 6)
		return lexicon_fail(why, "unknown title class %s (head, minister, "
		    "official, military, corporate or honorific)", ln->f[1]);
	return lexicon_form_done(lexicon_add_role(lx, ln->f[0], LEX_TITLE, i,
	    &msg), msg, why);
}

/* A one-column word list with the role given by the file. */
static int
lexicon_word_line(struct lexicon *lx, struct lexicon_line *ln, int role,
    char **why)
{
	const char *msg = NULL;

	if (lexicon_fields(ln, 1, why) != 0)
		return -1;
	return lexicon_form_done(lexicon_add_role(lx, ln->f[0], role, 0, &msg),
	    msg, why);
}

static int
lexicon_first_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	return lexicon_word_line(lx, ln, LEX_FIRST, why);
}

static int
lexicon_stop_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	return lexicon_word_line(lx, ln, LEX_STOP, why);
}

static int
lexicon_place_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	return lexicon_word_line(lx, ln, LEX_PLACE, why);
}

/* The entry of one word, folded to its key, made if new; NULL if too long. */
static struct lexicon_entry *
lexicon_word_get(struct lexicon *lx, const char *word)
{
	char buf[64];
	size_t n = lexicon_fold(word, strlen(word), buf, sizeof buf);

	if (n == 0)
		return NULL;
	return lexicon_entry(lx, lexicon_hash_more(0, lexicon_hash_token(buf, n)),
	    buf, n, 1);
}

/* Put word entry e in class c, keeping its first classes for the entities. */
static void
lexicon_word_class(struct lexicon_entry *e, enum word_class c)
{
	e->wc[c >> 6] |= (uint64_t)1 << (c & 63);
	if (c <= WC_ENTITY_LAST && (e->wclass == 0 || (int)c < e->wclass - 1))
		e->wclass = (uint8_t)(c + 1);
	if (c >= WC_CAP_FIRST && c <= WC_CAP_LAST &&
	    (e->wcap == 0 || (int)c < e->wcap - 1))
		e->wcap = (uint8_t)(c + 1);
}

/* The longest ending words.tsv may give, with its hyphen (-ousness). */
#define LEXICON_ENDING_MAX 8

/*
 * Is word w in class c wrong for an ending? An ending class takes an
 * ending, a hyphen and one to seven small letters (-ous), and an ending
 * takes only ending classes; *why says what is wrong.
 */
static int
lexicon_ending_bad(const char *w, enum word_class c, char **why)
{
	int ending = c >= WC_ADJECTIVE_END && c <= WC_CREED_END;
	size_t n = strlen(w);

	if (ending != (w[0] == '-'))
		*why = xasprintf(ending ? "class %s takes an ending (-ous), not "
		    "%s" : "class %s takes a word, not an ending: %s",
		    words_class_name(c), w);
	else if (ending && (n < 2 || n > LEXICON_ENDING_MAX ||
	    strspn(w + 1, "abcdefghijklmnopqrstuvwxyz") != n - 1))
		*why = xasprintf("not an ending of 1 to %d small letters: %s",
		    LEXICON_ENDING_MAX - 1, w);
	else
		return 0;
	return 1;
}

/* words.tsv (and user files): word, classes separated by spaces. */
static int
lexicon_words_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	struct lexicon_entry *e;
	const char *p, *end;
	int c;

	if (lexicon_fields(ln, 2, why) != 0)
		return -1;
	if (strchr(ln->f[0], ' ') != NULL)
		return lexicon_fail(why, "not one word: %s", ln->f[0]);
	for (p = ln->f[1]; *p != '\0'; p = end + strspn(end, " ")) {
		end = p + strcspn(p, " ");
		if ((c = words_class(p, (size_t)(end - p))) < 0) {
			*why = xasprintf("unknown word class %.*s", (int)(end - p),
			    p);
			return -1;
		}
		if (lexicon_ending_bad(ln->f[0], (enum word_class)c, why))
			return -1;
		if ((e = lexicon_word_get(lx, ln->f[0])) == NULL)
			return lexicon_fail(why, "word too long: %s", ln->f[0]);
		if (lexicon_word_is(e, (enum word_class)c)) {
			*why = xasprintf("%s is already in class %s", ln->f[0],
			    words_class_name((enum word_class)c));
			return -1;
		}
		lexicon_word_class(e, (enum word_class)c);
	}
	return 0;
}

/* Does the comma-separated list hold one of the words (space-separated)? */
static int
lexicon_list_has(const char *list, const char *words)
{
	const char *p, *w;
	size_t n, m;

	for (w = words; *w != '\0'; w += m + strspn(w + m, " ")) {
		m = strcspn(w, " ");
		for (p = list; *p != '\0'; p += n + (p[n] == ',')) {
			n = strcspn(p, ",");
			if (n == m && strncmp(p, w, m) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * cues.tsv (lemma, kind, forms, frame), for the class saying: the forms of
 * a verb of speech or belief that takes a clause, a that-clause or a quote,
 * but its lemma and its -ing form (said, tells, believed; not say, telling,
 * nor the noun claims of "claim speech claim,claims noun,that"). The cue
 * table itself is read by cues.c.
 */
static int
lexicon_cue_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	struct lexicon_entry *e;
	char *p, *end;
	size_t n;

	if (ln->n < 4)		/* cues.c says what is wrong */
		return 0;
	if (!lexicon_list_has(ln->f[1], "speech belief") ||
	    !lexicon_list_has(ln->f[3], "clause that quote") ||
	    lexicon_list_has(ln->f[3], "noun"))
		return 0;
	for (p = ln->f[2]; p != NULL; p = end) {
		n = strcspn(p, ",");
		end = p[n] == ',' ? p + n + 1 : NULL;
		p[n] = '\0';
		if (memchr(p, ' ', n) != NULL || strcmp(p, ln->f[0]) == 0 ||
		    (n > 3 && strcmp(p + n - 3, "ing") == 0))
			continue;
		if ((e = lexicon_word_get(lx, p)) == NULL)
			return lexicon_fail(why, "word too long: %s", p);
		if (!lexicon_word_is(e, WC_SAYING))
			lexicon_word_class(e, WC_SAYING);
	}
	return 0;
}

unsigned
lexicon_marks(const char *s, size_t n)
{
	unsigned marks = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			marks |= LEXICON_MARK_CAPITAL;
		else if (s[i] == '-')
			marks |= LEXICON_MARK_HYPHEN;
	return marks;
}

/* A recent word missed: look it up and keep it in slot w. */
static __attribute__((noinline)) const struct lexicon_entry *
lexicon_word_fill(const struct lexicon *lx, struct lexicon_word_slot *w,
    uint64_t x, size_t n)
{
	const struct lexicon_entry *e;
	char buf[8];

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	for (size_t i = 0; i < n; i++)	/* x is little-endian */
		buf[i] = (char)(x >> (8 * i));
#else
	memcpy(buf, &x, 8);
#endif
	e = lexicon_word_folded(lx, buf, n);
	w->bytes = x;
	w->n = (uint8_t)n;
	w->stamp = lx->stamp;
	w->ent = e != NULL ? (uint32_t)(e - lx->ents.v) + 1 : 0;
	return e;
}

static const struct lexicon_entry *lexicon_word_first(const struct lexicon *,
    uint64_t, size_t);

/*
 * lexicon_word of a word of n ASCII bytes (1 to 8), given as their value
 * x (little-endian, 0 after): its recent slot, else the look-up, kept.
 * Inline, the look-up out of line (and the table's making): a hit is a
 * few steps, with no call and no register saved.
 */
static inline const struct lexicon_entry *
lexicon_word_x(const struct lexicon *lx, uint64_t x, size_t n)
{
	struct lexicon_word_slot *w;

	if (lexicon_recent == NULL)
		return lexicon_word_first(lx, x, n);
	w = (struct lexicon_word_slot *)(lexicon_recent +
	    LEXICON_RECENT_SLOTS) + (((x ^ n) * 0x9e3779b97f4a7c15ULL) >>
	    (64 - LEXICON_WORD_BITS));
	if (w->bytes == x && w->n == n && w->stamp == lx->stamp)
		return w->ent != 0 ? &lx->ents.v[w->ent - 1] : NULL;
	return lexicon_word_fill(lx, w, x, n);
}

/* lexicon_word_x, the first time this thread asks: the table made first. */
static __attribute__((noinline)) const struct lexicon_entry *
lexicon_word_first(const struct lexicon *lx, uint64_t x, size_t n)
{
	lexicon_recent_table();
	return lexicon_word_x(lx, x, n);
}

const struct lexicon_entry *
lexicon_word(const struct lexicon *lx, const char *s, size_t n)
{
	uint64_t x;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return lexicon_word_folded(lx, s, n);	/* the loads are little-endian */
#endif
	if (n >= 1 && n <= 8) {
		if (n == 8)
			memcpy(&x, s, 8);
		else
			x = lexicon_load_short(s, n);
		if (!(x & 0x8080808080808080ULL))
			return lexicon_word_x(lx, x, n);
	}
	return lexicon_word_folded(lx, s, n);
}

/* lexicon_word's answer from the fold of the word. */
static const struct lexicon_entry *
lexicon_word_folded(const struct lexicon *lx, const char *s, size_t n)
{
	char buf[64 + 8];	/* lexicon_fold_ascii writes 8 bytes a step */
	uint64_t h;

	/* an ASCII word: folded and hashed 8 bytes at a time, in one pass */
	if (n <= 64 && lexicon_fold_ascii(s, n, n, buf, &h) == n && n > 0)
		return lexicon_find(lx, lexicon_hash_more(0, h), buf, n);
	if ((n = lexicon_fold(s, n, buf, 64)) == 0)
		return NULL;
	return lexicon_find(lx, lexicon_hash_more(0, lexicon_hash_token(buf, n)),
	    buf, n);
}

int
lexicon_ends_like(const struct lexicon *lx, const char *s, size_t n,
    enum word_class c)
{
	uint64_t tail = 0;	/* the last m letters, little-endian */
	size_t m;

	if (lx == NULL)
		return 0;
	for (m = 1; m < LEXICON_ENDING_MAX && m + 3 <= n; m++) {
		if (s[n - m] < 'a' || s[n - m] > 'z')
			return 0;	/* as written: no capital, no mark */
		tail = tail << 8 | (unsigned char)s[n - m];
		/* "-ous": the hyphen, then the letters, as one number */
		if (lexicon_word_is(lexicon_word_x(lx, '-' | tail << 8, m + 1),
		    c))
			return 1;
	}
	return 0;
}

struct lexicon_memo *
lexicon_memo_new(void)
{
	return xcalloc(1, sizeof(struct lexicon_memo));
}

void
lexicon_memo_clear(struct lexicon_memo *m)
{
	if (m != NULL)
		memset(m, 0, sizeof *m);
}

const struct lexicon_entry *
lexicon_memo_fill(struct lexicon_memo *m, const struct lexicon *lx, size_t k,
    const char *s, size_t n)
{
	size_t i = k & (LEXICON_MEMO_SLOTS - 1);

	if (m->lx != lx) {		/* another lexicon: start again */
		memset(m, 0, sizeof *m);
		m->lx = lx;
	}
	m->slot[i].k = (uint32_t)k + 1;
	return m->slot[i].e = lexicon_word(lx, s, n);
}

/* abbrevs.tsv: one abbreviation with its period, stored whole. */
static int
lexicon_abbrev_line(struct lexicon *lx, struct lexicon_line *ln, char **why)
{
	char buf[64];
	size_t n;

	if (lexicon_fields(ln, 1, why) != 0)
		return -1;
	n = lexicon_fold(ln->f[0], strlen(ln->f[0]), buf, sizeof buf);
	if (n < 2 || buf[n - 1] != '.' || strchr(ln->f[0], ' ') != NULL)
		return lexicon_fail(why, "not an abbreviation with a final "
		    "period: %s", ln->f[0]);
	lexicon_entry(lx, lexicon_hash_more(0, lexicon_hash_token(buf, n)), buf,
	    n, 1)->roles |=
	    LEX_ABBREV;
	return 0;
}

int
lexicon_is_abbrev(const struct lexicon *lx, const char *s, size_t n)
{
	/* the same fold and key as lexicon_word's, which recalls "Mr." */
	const struct lexicon_entry *e = lexicon_word(lx, s, n);

	return e != NULL && (e->roles & LEX_ABBREV);
}

/* ---------------------------------------------------------------- loading */

/* Tables as they were, to restore when a file fails half-way. */
struct lexicon_mark {
	size_t nents, nkeys, ncanons, noffices;
};

static void
lexicon_mark(const struct lexicon *lx, struct lexicon_mark *m)
{
	m->nents = lx->ents.n;
	m->nkeys = lx->keys.n;
	m->ncanons = lx->canons.n;
	m->noffices = lx->offices.n;
}

/* Drop what was added since the mark; rebuild the maps. */
static void
lexicon_restore(struct lexicon *lx, const struct lexicon_mark *m)
{
	size_t i;

	for (i = m->ncanons; i < lx->canons.n; i++)
		free(lx->canons.v[i].name);
	for (i = m->noffices; i < lx->offices.n; i++)
		free(lx->offices.v[i].role);
	lx->offices.n = m->noffices;
	lx->ents.n = m->nents;
	lx->keys.n = m->nkeys;
	lx->canons.n = m->ncanons;
	hmap_clear(&lx->emap);
	hmap_clear(&lx->cmap);
	for (i = 0; i < lx->ents.n; i++)
		hmap_add(&lx->emap, (uint32_t)i, lx->ents.v[i].hash);
	for (i = 0; i < lx->canons.n; i++)
		hmap_add(&lx->cmap, (uint32_t)i, lexicon_canon_hash(lx,
		    (uint32_t)i));
	lexicon_changed(lx);
}

/*
 * A user file that fails leaves the tables as they were. Roles set on
 * entries that existed before are not undone: user files are read only at
 * start-up, where an error ends the program.
 */
static int
lexicon_read_all(struct lexicon *lx, const char *path, lexicon_line_cb cb,
    char **cause)
{
	struct lexicon_mark m;

	if (lx->map != NULL)	/* a table of the data files: now ours */
		lexicon_table_thaw(lx);
	lexicon_mark(lx, &m);
	if (lexicon_read(lx, path, cb, cause) != 0) {
		if (lx->emap.slot != NULL && lx->cmap.slot != NULL)
			lexicon_restore(lx, &m);
		return -1;
	}
	return 0;
}

/* The data files of the lexicon, in the order they are read. */
static const struct {
	const char *name;
	lexicon_line_cb cb;
} lexicon_files[] = {
	{ "countries.tsv", lexicon_country_line },
	/* before the hand-kept bodies: a form they give wins */
	{ "parties.tsv", lexicon_org_line },
	{ "organisations.tsv", lexicon_org_line },
	{ "companies.tsv", lexicon_org_line },
	{ "titles.tsv", lexicon_title_line },
	{ "firstnames.tsv", lexicon_first_line },
	{ "stopcaps.tsv", lexicon_stop_line },
	{ "places.tsv", lexicon_place_line },
	{ "cities.tsv", lexicon_place_line },
	{ "states.tsv", lexicon_user_line },
	{ "abbrevs.tsv", lexicon_abbrev_line },
	{ "officials.tsv", lexicon_office_line },
	{ "words.tsv", lexicon_words_line },
	/* given names of one sex, in words.tsv's columns */
	{ "genders.tsv", lexicon_words_line },
	/* after words.tsv: the verbs of its cues are of the class saying */
	{ "cues.tsv", lexicon_cue_line },
};

const char *
lexicon_file_name(size_t i)
{
	return i < sizeof lexicon_files / sizeof lexicon_files[0] ?
	    lexicon_files[i].name : NULL;
}

int
lexicon_parse_dir(struct lexicon *lx, const char *dir, char **cause)
{
	char *path;
	size_t i;
	int r;

	for (i = 0; lexicon_file_name(i) != NULL; i++) {
		path = xasprintf("%s/%s", dir, lexicon_files[i].name);
		r = lexicon_read_all(lx, path, lexicon_files[i].cb, cause);
		free(path);
		if (r != 0)
			return -1;
	}
	return 0;
}

/*
 * The table made at build time (lexicon_table.c) when it is there and
 * newer than the files, else the files themselves; then the cues and the
 * word maps (read as text: small).
 */
int
lexicon_load_dir(struct lexicon *lx, const char *dir, char **cause)
{
	char *path;

	path = xasprintf("%s/" LEXICON_TABLE_NAME, dir);
	if (lx->ents.n > 0 || lx->canons.n > 0 ||
	    lexicon_table_load(lx, dir, path) != 0) {
		if (lexicon_parse_dir(lx, dir, cause) != 0) {
			free(path);
			return -1;
		}
	}
	free(path);
	path = xasprintf("%s/cues.tsv", dir);
	if (access(path, R_OK) != 0) {	/* missing like any data file */
		*cause = xasprintf("%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	cues_free(lx->cues);
	lx->cues = cues_load(path, cause);
	free(path);
	if (lx->cues == NULL)
		return -1;
	path = xasprintf("%s/maps.tsv", dir);
	wordmaps_free(lx->maps);
	lx->maps = wordmaps_load(path, cause);
	free(path);
	return lx->maps == NULL ? -1 : 0;
}

int
lexicon_load_words(struct lexicon *lx, const char *path, char **cause)
{
	return lexicon_read_all(lx, path, lexicon_words_line, cause);
}

const char *
lexicon_key(const struct lexicon *lx, const struct lexicon_entry *e)
{
	return lx->keys.v + e->key;
}

int
lexicon_load_user(struct lexicon *lx, const char *path, char **cause)
{
	return lexicon_read_all(lx, path, lexicon_user_line, cause);
}

static int
lexicon_cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
lexicon_load_user_dir(struct lexicon *lx, const char *dir, char **cause)
{
	DIR *dp;
	struct dirent *de;
	VEC(char *) names = { NULL, 0, 0 };
	size_t i, n;
	int r = 0;
	char *path;

	if ((dp = opendir(dir)) == NULL) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		*cause = xasprintf("%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		n = strlen(de->d_name);
		if (n > 4 && de->d_name[0] != '.' &&
		    strcmp(de->d_name + n - 4, ".tsv") == 0)
			*VEC_PUSH(names) = xstrdup(de->d_name);
	}
	closedir(dp);
	if (names.n > 0)
		qsort(names.v, names.n, sizeof *names.v, lexicon_cmp_names);
	for (i = 0; i < names.n; i++) {
		path = xasprintf("%s/%s", dir, names.v[i]);
		if (r == 0)
			r = lexicon_load_user(lx, path, cause);
		free(path);
		free(names.v[i]);
	}
	VEC_FREE(names);
	return r;
}

const struct cues *
lexicon_cues(const struct lexicon *lx)
{
	return lx->cues;
}

const struct wordmap *
lexicon_wordmap(const struct lexicon *lx, enum wordmap_kind k, size_t *n)
{
	return wordmaps_get(lx != NULL ? lx->maps : NULL, k, n);
}
