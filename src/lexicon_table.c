/*
 * lexicon_table.c: the lexicon's tables as one file, made at build time
 * (src/mklexicon) beside the data files and mapped at start-up: a run
 * then costs a few stat calls and page faults instead of reading, cutting
 * and hashing ten thousand lines (about 10 ms of a 20 ms start).
 *
 * The file holds the tables exactly as lexicon.c builds them (entries,
 * keys, both hash maps, the bloom filter) plus the canons and offices with
 * their names as offsets. It is used only when it is whole, was written by
 * a build with the same layout, word classes, hashing and segmentation
 * (the schema), and is no older than each data file, whose size it also
 * records; otherwise the files are read as before. A user file (--lexicon,
 * $XDG_CONFIG_HOME/partyline/lexicon) first copies the tables to memory of
 * our own (lexicon_table_thaw) and then adds to them as usual.
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"
#include "lexicon_int.h"
#include "segment.h"
#include "util.h"

#define LEXICON_TABLE_MAGIC	0x31424c5478654c50ULL	/* "PLexTLB1" */
#define LEXICON_TABLE_MAXFILES	16
#define LEXICON_TABLE_ALIGN	64

enum lexicon_table_sec {
	LT_ENTS, LT_KEYS, LT_ESLOT, LT_BLOOM, LT_CANONS, LT_CSLOT,
	LT_OFFICES, LT_STRINGS, LT_N
};

struct lexicon_table_head {
	uint64_t magic;
	uint64_t schema;		/* lexicon_table_schema() */
	uint64_t size;			/* of the whole file */
	uint64_t fsize[LEXICON_TABLE_MAXFILES];	/* of each data file */
	uint64_t emask, en, cmask, cn;	/* the two maps */
	struct {
		uint64_t off, n;	/* bytes from the start, elements */
	} sec[LT_N];
};

/* A growing buffer of bytes: the file, and the strings in it. */
struct lexicon_table_buf {
	char *v;
	size_t n, cap;
};

struct lexicon_table_canon {
	uint32_t name;			/* offset in LT_STRINGS */
	int32_t type, country;
};

struct lexicon_table_office {
	uint32_t role;			/* offset in LT_STRINGS */
	int32_t person, country, body, side, from, to;
};

/* ------------------------------------------------------------ schema */

static uint64_t
lexicon_table_mix(uint64_t h, uint64_t x)
{
	return lexicon_hash_more(h, x);
}

static uint64_t
lexicon_table_mix_str(uint64_t h, const char *s)
{
	return lexicon_table_mix(h, lexicon_hash_token(s, strlen(s)));
}

/*
 * Tokens of forms as the segmenter cuts them (Mr. O'Neil's co-op): a
 * build that cuts differently would fold keys differently.
 */
static uint64_t
lexicon_table_mix_cut(uint64_t h)
{
	static const char sample[] = "The U.S. Mr. O'Neil's co-op, 3.5% "
	    "St. Kitts-Nevis AT&T \xe2\x80\x9cN.Y.\xe2\x80\x9d e.g. Ltd. BBC's";
	struct doc d;
	struct para *p;
	size_t i;

	memset(&d, 0, sizeof d);
	p = VEC_PUSH(d.paras);
	p->start = 0;
	p->end = sizeof sample - 1;
	p->kind = PARA_BODY;
	d.title = -1;
	d.text = (char *)sample;
	d.len = sizeof sample - 1;
	segment_run(&d, NULL);
	for (i = 0; i < d.toks.n; i++)
		h = lexicon_table_mix(h, (uint64_t)d.toks.v[i].start << 40 ^
		    (uint64_t)tok_end(&d.toks.v[i]) << 20 ^ d.toks.v[i].flags);
	VEC_FREE(d.paras);
	VEC_FREE(d.toks);
	VEC_FREE(d.sents);
	return h;
}

/* What the tables' meaning depends on, besides the data files. */
static uint64_t
lexicon_table_schema(void)
{
	uint64_t h = LEXICON_TABLE_MAGIC;
	int i;

	h = lexicon_table_mix(h, sizeof(struct lexicon_entry));
	h = lexicon_table_mix(h, offsetof(struct lexicon_entry, canon));
	h = lexicon_table_mix(h, sizeof(struct lexicon_table_head));
	h = lexicon_table_mix(h, sizeof(struct hmap_slot));
	h = lexicon_table_mix(h, LEXICON_BLOOM_BITS);
	h = lexicon_table_mix(h, (uint64_t)LEX_MAXTOK << 32 | LEX_ABBREV);
	for (i = 0; i < WC_N; i++)
		h = lexicon_table_mix_str(h, words_class_name((enum word_class)i));
	for (i = 0; i < ENT_NTYPES; i++)
		h = lexicon_table_mix_str(h, model_ent_type_name((enum ent_type)i));
	for (i = 0; lexicon_file_name((size_t)i) != NULL; i++)
		h = lexicon_table_mix_str(h, lexicon_file_name((size_t)i));
	return lexicon_table_mix_cut(h);
}

/* ------------------------------------------------------------ writing */

/* Append n bytes at the next aligned offset as section s. */
static void
lexicon_table_put(struct lexicon_table_buf *out, struct lexicon_table_head *hd,
    enum lexicon_table_sec s, const void *v, size_t size, size_t n)
{
	size_t off = (out->n + LEXICON_TABLE_ALIGN - 1) &
	    ~(size_t)(LEXICON_TABLE_ALIGN - 1), need = off + size * n;

	out->v = vec_grow(out->v, &out->cap, need, 1);
	memset(out->v + out->n, 0, need - out->n);
	if (n > 0)
		memcpy(out->v + off, v, size * n);
	out->n = need;
	hd->sec[s].off = off;
	hd->sec[s].n = n;
}

/* Append a string to the strings; its offset. */
static uint32_t
lexicon_table_string(struct lexicon_table_buf *s, const char *str)
{
	size_t n = strlen(str) + 1, off = s->n;

	s->v = vec_grow(s->v, &s->cap, off + n, 1);
	memcpy(s->v + off, str, n);
	s->n += n;
	return (uint32_t)off;
}

/* The canons and offices with their names in strings. */
static void
lexicon_table_put_named(const struct lexicon *lx, struct lexicon_table_buf *out,
    struct lexicon_table_head *hd)
{
	struct lexicon_table_canon *c = xcalloc(lx->canons.n + 1, sizeof *c);
	struct lexicon_table_office *o = xcalloc(lx->offices.n + 1, sizeof *o);
	struct lexicon_table_buf str = { NULL, 0, 0 };
	size_t i;

	for (i = 0; i < lx->canons.n; i++) {
		c[i].name = lexicon_table_string(&str, lx->canons.v[i].name);
		c[i].type = (int32_t)lx->canons.v[i].type;
		c[i].country = lx->canons.v[i].country;
	}
	for (i = 0; i < lx->offices.n; i++) {
		const struct lexicon_office *f = &lx->offices.v[i];

		o[i].role = lexicon_table_string(&str, f->role);
		o[i].person = f->person;
		o[i].country = f->country;
		o[i].body = f->body;
		o[i].side = (int32_t)f->side;
		o[i].from = f->from;
		o[i].to = f->to;
	}
	lexicon_table_put(out, hd, LT_CANONS, c, sizeof *c, lx->canons.n);
	lexicon_table_put(out, hd, LT_OFFICES, o, sizeof *o, lx->offices.n);
	lexicon_table_put(out, hd, LT_STRINGS, str.v, 1, str.n);
	free(c);
	free(o);
	free(str.v);
}

/* Sizes of the data files of dir into fsize; -1 and *cause if one fails. */
static int
lexicon_table_sizes(const char *dir, uint64_t *fsize, char **cause)
{
	struct stat st;
	char *path;
	size_t i;

	for (i = 0; lexicon_file_name(i) != NULL; i++) {
		path = xasprintf("%s/%s", dir, lexicon_file_name(i));
		if (stat(path, &st) != 0) {
			*cause = xasprintf("%s: %s", path, strerror(errno));
			free(path);
			return -1;
		}
		free(path);
		fsize[i] = (uint64_t)st.st_size;
	}
	return 0;
}

/* Write buf to path by way of a temporary file; -1 and *cause on error. */
static int
lexicon_table_save(const char *path, const char *buf, size_t n, char **cause)
{
	char *tmp = xasprintf("%s.tmp", path);
	FILE *f = fopen(tmp, "wb");

	if (f == NULL || fwrite(buf, 1, n, f) != n || fclose(f) != 0 ||
	    rename(tmp, path) != 0) {
		*cause = xasprintf("%s: %s", tmp, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

int
lexicon_table_write(const struct lexicon *lx, const char *dir,
    const char *path, char **cause)
{
	struct lexicon_table_head hd;
	struct lexicon_table_buf out = { NULL, 0, 0 };
	size_t emapn = lx->emap.slot ? lx->emap.mask + 1 : 0;
	size_t cmapn = lx->cmap.slot ? lx->cmap.mask + 1 : 0;
	int r;

	memset(&hd, 0, sizeof hd);
	if (lexicon_table_sizes(dir, hd.fsize, cause) != 0)
		return -1;
	hd.magic = LEXICON_TABLE_MAGIC;
	hd.schema = lexicon_table_schema();
	hd.emask = lx->emap.mask;
	hd.en = lx->emap.n;
	hd.cmask = lx->cmap.mask;
	hd.cn = lx->cmap.n;
	out.v = vec_grow(NULL, &out.cap, sizeof hd, 1);
	out.n = sizeof hd;
	lexicon_table_put(&out, &hd, LT_ENTS, lx->ents.v, sizeof *lx->ents.v,
	    lx->ents.n);
	lexicon_table_put(&out, &hd, LT_KEYS, lx->keys.v, 1, lx->keys.n);
	lexicon_table_put(&out, &hd, LT_ESLOT, lx->emap.slot,
	    sizeof *lx->emap.slot, emapn);
	lexicon_table_put(&out, &hd, LT_BLOOM, lx->bloom, 8,
	    LEXICON_BLOOM_BITS / 64);
	lexicon_table_put(&out, &hd, LT_CSLOT, lx->cmap.slot,
	    sizeof *lx->cmap.slot, cmapn);
	lexicon_table_put_named(lx, &out, &hd);
	hd.size = out.n;
	memcpy(out.v, &hd, sizeof hd);
	r = lexicon_table_save(path, out.v, out.n, cause);
	free(out.v);
	return r;
}

/* ------------------------------------------------------------ loading */

/* Section s of the map, if its n elements of size fit in the file. */
static const void *
lexicon_table_sec(const struct lexicon_table_head *hd, const char *base,
    enum lexicon_table_sec s, size_t size)
{
	if (hd->sec[s].off > hd->size || hd->sec[s].n > (hd->size -
	    hd->sec[s].off) / size || hd->sec[s].off % 8 != 0)
		return NULL;
	return base + hd->sec[s].off;
}

/* Is each data file of dir as big as when the table was made, and older? */
static int
lexicon_table_fresh(const struct lexicon_table_head *hd, const char *dir,
    const struct stat *table)
{
	struct stat st;
	char path[4096];
	size_t i;

	for (i = 0; lexicon_file_name(i) != NULL; i++) {
		if (i >= LEXICON_TABLE_MAXFILES ||
		    (size_t)snprintf(path, sizeof path, "%s/%s", dir,
		    lexicon_file_name(i)) >= sizeof path ||
		    stat(path, &st) != 0 || (uint64_t)st.st_size != hd->fsize[i])
			return 0;
		if (st.st_mtim.tv_sec > table->st_mtim.tv_sec ||
		    (st.st_mtim.tv_sec == table->st_mtim.tv_sec &&
		    st.st_mtim.tv_nsec > table->st_mtim.tv_nsec))
			return 0;
	}
	return 1;
}

/* Are the sections whole and every offset in them in range? */
static int
lexicon_table_whole(const struct lexicon_table_head *hd, const char *base)
{
	static const size_t size[LT_N] = { sizeof(struct lexicon_entry), 1,
	    sizeof(struct hmap_slot), 8, sizeof(struct lexicon_table_canon),
	    sizeof(struct hmap_slot), sizeof(struct lexicon_table_office), 1 };
	const struct lexicon_entry *e;
	const char *keys, *str;
	size_t i;
	int s;

	for (s = 0; s < LT_N; s++)
		if (lexicon_table_sec(hd, base, (enum lexicon_table_sec)s,
		    size[s]) == NULL)
			return 0;
	if (hd->sec[LT_ESLOT].n != hd->emask + 1 || (hd->emask & (hd->emask + 1)) ||
	    hd->sec[LT_CSLOT].n != hd->cmask + 1 || (hd->cmask & (hd->cmask + 1)) ||
	    hd->sec[LT_BLOOM].n != LEXICON_BLOOM_BITS / 64)
		return 0;
	keys = base + hd->sec[LT_KEYS].off;
	str = base + hd->sec[LT_STRINGS].off;
	if ((hd->sec[LT_KEYS].n > 0 && keys[hd->sec[LT_KEYS].n - 1] != '\0') ||
	    (hd->sec[LT_STRINGS].n > 0 && str[hd->sec[LT_STRINGS].n - 1] != '\0'))
		return 0;
	e = (const struct lexicon_entry *)(const void *)(base +
	    hd->sec[LT_ENTS].off);
	for (i = 0; i < hd->sec[LT_ENTS].n; i++)
		if ((size_t)e[i].key + e[i].keylen >= hd->sec[LT_KEYS].n)
			return 0;
	return 1;
}

/* A map's slots point into the table. */
static void
lexicon_table_map(struct hmap *m, const char *base,
    const struct lexicon_table_head *hd, enum lexicon_table_sec slot,
    uint64_t mask, uint64_t n)
{
	m->slot = (struct hmap_slot *)(uintptr_t)(base + hd->sec[slot].off);
	m->mask = (size_t)mask;
	m->n = (size_t)n;
	if (hd->sec[slot].n == 0)
		m->slot = NULL;
}

/* The canons and offices, their names in the table; 0, or -1 if one is bad. */
static int
lexicon_table_named(struct lexicon *lx, const char *base,
    const struct lexicon_table_head *hd)
{
	const struct lexicon_table_canon *c = (const void *)(base +
	    hd->sec[LT_CANONS].off);
	const struct lexicon_table_office *o = (const void *)(base +
	    hd->sec[LT_OFFICES].off);
	const char *str = base + hd->sec[LT_STRINGS].off;
	size_t i, nstr = hd->sec[LT_STRINGS].n;

	lx->canons.n = lx->canons.cap = hd->sec[LT_CANONS].n;
	lx->canons.v = xcalloc(lx->canons.n + 1, sizeof *lx->canons.v);
	for (i = 0; i < lx->canons.n; i++) {
		if (c[i].name >= nstr || c[i].type < 0 ||
		    c[i].type >= ENT_NTYPES)
			return -1;
		lx->canons.v[i].name = (char *)(uintptr_t)(str + c[i].name);
		lx->canons.v[i].type = (enum ent_type)c[i].type;
		lx->canons.v[i].country = c[i].country;
	}
	lx->offices.n = lx->offices.cap = hd->sec[LT_OFFICES].n;
	lx->offices.v = xcalloc(lx->offices.n + 1, sizeof *lx->offices.v);
	for (i = 0; i < lx->offices.n; i++) {
		if (o[i].role >= nstr)
			return -1;
		lx->offices.v[i].role = (char *)(uintptr_t)(str + o[i].role);
		lx->offices.v[i].person = o[i].person;
		lx->offices.v[i].country = o[i].country;
		lx->offices.v[i].body = o[i].body;
		lx->offices.v[i].side = (enum lex_side)o[i].side;
		lx->offices.v[i].from = o[i].from;
		lx->offices.v[i].to = o[i].to;
	}
	return 0;
}

/* Point the lexicon's tables into the map at base. */
static int
lexicon_table_use(struct lexicon *lx, char *base,
    const struct lexicon_table_head *hd)
{
	lx->map = base;
	lx->maplen = (size_t)hd->size;
	lx->ents.v = (struct lexicon_entry *)(void *)(base + hd->sec[LT_ENTS].off);
	lx->ents.n = (size_t)hd->sec[LT_ENTS].n;
	lx->ents.cap = 0;
	lx->keys.v = base + hd->sec[LT_KEYS].off;
	lx->keys.n = (size_t)hd->sec[LT_KEYS].n;
	lx->keys.cap = 0;
	lexicon_table_map(&lx->emap, base, hd, LT_ESLOT, hd->emask, hd->en);
	lexicon_table_map(&lx->cmap, base, hd, LT_CSLOT, hd->cmask, hd->cn);
	memcpy(lx->bloom, base + hd->sec[LT_BLOOM].off, sizeof lx->bloom);
	lexicon_changed(lx);
	if (lexicon_table_named(lx, base, hd) != 0) {
		lexicon_table_unmap(lx);
		memset(&lx->ents, 0, sizeof lx->ents);
		memset(&lx->keys, 0, sizeof lx->keys);
		memset(&lx->emap, 0, sizeof lx->emap);
		memset(&lx->cmap, 0, sizeof lx->cmap);
		memset(lx->bloom, 0, sizeof lx->bloom);
		return -1;
	}
	return 0;
}

int
lexicon_table_load(struct lexicon *lx, const char *dir, const char *path)
{
	struct lexicon_table_head hd;
	struct stat st;
	void *base;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof hd ||
	    read(fd, &hd, sizeof hd) != (ssize_t)sizeof hd ||
	    hd.magic != LEXICON_TABLE_MAGIC || hd.size != (uint64_t)st.st_size ||
	    hd.schema != lexicon_table_schema() ||
	    !lexicon_table_fresh(&hd, dir, &st)) {
		close(fd);
		return -1;
	}
	base = mmap(NULL, (size_t)hd.size, PROT_READ, MAP_PRIVATE,
	    fd, 0);
	close(fd);
	if (base == MAP_FAILED)
		return -1;
	if (!lexicon_table_whole(&hd, base)) {
		munmap(base, (size_t)hd.size);
		return -1;
	}
	return lexicon_table_use(lx, base, &hd);
}

/* ------------------------------------------------------------ thawing */

/* A copy of n elements of size at v. */
static void *
lexicon_table_dup(const void *v, size_t n, size_t size)
{
	void *p = xmalloc(n * size + 1);

	if (n > 0)
		memcpy(p, v, n * size);
	return p;
}

static void
lexicon_table_thaw_map(struct hmap *m)
{
	if (m->slot == NULL)
		return;
	m->slot = lexicon_table_dup(m->slot, m->mask + 1, sizeof *m->slot);
}

void
lexicon_table_thaw(struct lexicon *lx)
{
	size_t i;

	if (lx->map == NULL)
		return;
	lexicon_changed(lx);
	lx->ents.v = lexicon_table_dup(lx->ents.v, lx->ents.n, sizeof *lx->ents.v);
	lx->ents.cap = lx->ents.n;
	lx->keys.v = lexicon_table_dup(lx->keys.v, lx->keys.n, 1);
	lx->keys.cap = lx->keys.n;
	lexicon_table_thaw_map(&lx->emap);
	lexicon_table_thaw_map(&lx->cmap);
	for (i = 0; i < lx->canons.n; i++)
		lx->canons.v[i].name = xstrdup(lx->canons.v[i].name);
	for (i = 0; i < lx->offices.n; i++)
		lx->offices.v[i].role = xstrdup(lx->offices.v[i].role);
	munmap(lx->map, lx->maplen);
	lx->map = NULL;
	lx->maplen = 0;
}

void
lexicon_table_unmap(struct lexicon *lx)
{
	if (lx->map == NULL)
		return;
	free(lx->canons.v);
	free(lx->offices.v);
	memset(&lx->canons, 0, sizeof lx->canons);
	memset(&lx->offices, 0, sizeof lx->offices);
	munmap(lx->map, lx->maplen);
	lx->map = NULL;
	lx->maplen = 0;
}
