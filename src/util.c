/* util.c: allocation wrappers, vec growth, whole-file reading, model names. */
#include <errno.h>
#ifdef __linux__
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "model.h"
#include "util.h"

static void
util_oom(void)
{
	fputs("partyline: out of memory\n", stderr);
	exit(2);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		util_oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		util_oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		util_oom();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char small[256], *p;

	va_copy(aq, ap);
	n = vsnprintf(small, sizeof small, fmt, aq);
	va_end(aq);
	if (n < 0)
		util_oom();
	if ((size_t)n < sizeof small)
		return xstrdup(small);
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

#define UTIL_HUGE ((size_t)2 << 20)	/* a huge page on x86-64 and arm64 */

/*
 * Ask for huge pages under a big array: the tokens of a 30 MB text fault
 * in 2 MB at a time instead of 4 KB (page faults were a tenth of --json).
 */
void
util_huge(void *v, size_t bytes)
{
#ifdef MADV_HUGEPAGE
	uintptr_t a = ((uintptr_t)v + UTIL_HUGE - 1) & ~(uintptr_t)(UTIL_HUGE - 1);
	uintptr_t b = ((uintptr_t)v + bytes) & ~(uintptr_t)(UTIL_HUGE - 1);

	if (bytes >= 4 * UTIL_HUGE && b > a)
		(void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
	(void)v;
	(void)bytes;
#endif
}

void
util_malloc_tune(void)
{
#ifdef M_MMAP_THRESHOLD
	/*
	 * glibc raises its threshold to the largest block freed, so the
	 * analysis's big passing arrays (the entity candidates, the quote
	 * pairs) were kept in the heap after their free: 158 MB peak on
	 * 30 MB of text, 149 with a fixed threshold. Not lower: a stream of
	 * articles would map and unmap its arrays for each.
	 */
	mallopt(M_MMAP_THRESHOLD, 4 << 20);
	mallopt(M_TRIM_THRESHOLD, 8 << 20);	/* as glibc's own would be */
#endif
}

/* Grow an array to hold at least need elements of size bytes. */
void *
vec_grow(void *v, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 8;

	while (n < need)
		n *= 2;
	if (n == *cap)
		return v;
	*cap = n;
	v = xrealloc(v, n * size);
	util_huge(v, n * size);
	return v;
}

char *
util_read_file(const char *path, size_t *len, char **cause)
{
	FILE *f;
	struct stat st;
	char *buf = NULL;
	size_t n = 0, cap = 0, got;
	int dash = strcmp(path, "-") == 0;

	f = dash ? stdin : fopen(path, "rb");
	if (f == NULL) {
		*cause = xstrdup(strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode))
		st.st_size = 0;		/* a pipe: read as it comes */
	if (st.st_size > (off_t)UTIL_INPUT_MAX) {	/* say so before reading */
		*cause = xstrdup(UTIL_TOO_LARGE);
		if (!dash)
			fclose(f);
		return NULL;
	}
	if (st.st_size > 0) {
		cap = (size_t)st.st_size + 1;	/* one allocation, one read */
		buf = xmalloc(cap);
		util_huge(buf, cap);	/* 30 MB: 7,300 faults of 4 KB */
	}
	for (;;) {
		if (n == cap)	/* a pipe, or a file that grew */
			buf = vec_grow(buf, &cap, n + 65536, 1);
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		/* end of file seen, not only a short read: on a terminal
		 * (partyline -) one Ctrl-D ends the text, as for cat; another
		 * fread would wait for one more */
		if (got == 0 || feof(f) || ferror(f) || n > UTIL_INPUT_MAX)
			break;
	}
	if (n > UTIL_INPUT_MAX) {	/* a pipe or a growing file */
		*cause = xstrdup(UTIL_TOO_LARGE);
		if (!dash)
			fclose(f);
		free(buf);
		return NULL;
	}
	if (ferror(f)) {
		*cause = xstrdup(errno ? strerror(errno) : "read error");
		if (!dash)
			fclose(f);
		free(buf);
		return NULL;
	}
	if (!dash)
		fclose(f);
	buf = xrealloc(buf, n + 1);
	buf[n] = '\0';
	*len = n;
	return buf;
}

const char *
model_ent_type_name(enum ent_type t)
{
	static const char *names[] = { "country", "official", "company",
	    "person", "organisation" };

	return t < ENT_NTYPES ? names[t] : "?";
}

const char *
model_mention_kind_name(enum mention_kind k)
{
	static const char *names[] = { "name", "alias", "demonym", "metonym",
	    "nominal", "pronoun" };

	return k <= MENTION_PRONOUN ? names[k] : "?";
}

const char *
model_claim_kind_name(enum claim_kind k)
{
	static const char *names[] = { "speech", "belief", "position" };

	return k <= CLAIM_POSITION ? names[k] : "?";
}

const char *
model_para_kind_name(enum para_kind k)
{
	static const char *names[] = { "title", "body", "boilerplate", "meta" };

	return k <= PARA_META ? names[k] : "?";
}

/* Edit distance between a and b (both short: names of commands, actions,
 * options), capped at 99. */
static int
util_distance(const char *a, const char *b)
{
	int row[64], i, j, prev, cur, la = (int)strlen(a), lb = (int)strlen(b);

	if (la > 63 || lb > 63)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = row[j];
			row[j] = a[i - 1] == b[j - 1] ? prev :
			    1 + (prev < row[j] ? (prev < row[j - 1] ? prev : row[j - 1]) :
			    (row[j] < row[j - 1] ? row[j] : row[j - 1]));
			prev = cur;
		}
	}
	return row[lb];
}

const char *
util_closest(const char *word, const char *const *names, size_t n)
{
	const char *best = NULL;
	int d, bd = 99, max = (int)strlen(word) / 3 + 1;
	size_t i;

	for (i = 0; i < n; i++)
		if (names[i] != NULL && (d = util_distance(word, names[i])) < bd) {
			bd = d;
			best = names[i];
		}
	if (max < 2)
		max = 2;
	return bd <= max ? best : NULL;
}

/*
 * The indices 0 to n - 1 in the order of their keys, indices of equal
 * keys in their own order (a stable sort), into order: passes of eleven
 * bits from the lowest, as many as bits needs, each stable (a count of
 * each digit, then the indices in turn). The claims are sorted so, not
 * by qsort, whose comparisons through the claims cost ten times as much
 * (95,000 claims on 30 MB).
 */
static void
model_radix_order(const uint64_t *key, size_t n, int bits, size_t *order)
{
	size_t i, *tmp = xmalloc((n + 1) * sizeof *tmp);
	size_t *from = order, *to = tmp, *t;
	uint32_t at[2048], sum, c;
	int shift;

	for (i = 0; i < n; i++)
		order[i] = i;
	for (shift = 0; shift < bits; shift += 11) {
		memset(at, 0, sizeof at);
		for (i = 0; i < n; i++)
			at[key[from[i]] >> shift & 2047]++;
		if (n > 0 && at[key[from[0]] >> shift & 2047] == n)
			continue;	/* one digit for all: nothing moves */
		for (i = 0, sum = 0; i < 2048; i++) {
			c = at[i];
			at[i] = sum;	/* where the digit's indices begin */
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[at[key[from[i]] >> shift & 2047]++] = from[i];
		t = from, from = to, to = t;
	}
	if (from != order)	/* an odd number of passes ends in tmp */
		memcpy(order, from, n * sizeof *order);
	free(tmp);
}

void
model_claims_by_cue(const struct doc *d, size_t *order)
{
	uint64_t *key = xmalloc((d->claims.n + 1) * sizeof *key);
	size_t i;

	for (i = 0; i < d->claims.n; i++)
		key[i] = d->claims.v[i].cue.start;
	model_radix_order(key, d->claims.n, 32, order);
	free(key);
}

void
model_claims_sort(struct doc *d)
{
	size_t n = d->claims.n, i, j, k, *order;
	uint64_t *key;
	struct claim *v = d->claims.v, hold;

	if (n < 2)
		return;
	order = xmalloc(n * sizeof *order);
	key = xmalloc(n * sizeof *key);
	for (i = 0; i < n; i++)
		key[i] = (uint64_t)v[i].content.start << 32 | v[i].cue.start;
	model_radix_order(key, n, 64, order);
	free(key);
	/* in place, cycle by cycle (no second copy of the claims): place j
	 * takes claim order[j]; a place filled is marked order[j] = j */
	for (i = 0; i < n; i++) {
		if (order[i] == i)
			continue;
		hold = v[i];
		for (j = i; (k = order[j]) != i; j = k) {
			v[j] = v[k];
			order[j] = j;
		}
		v[j] = hold;
		order[j] = j;
	}
	free(order);
}

int *
model_mention_lists(const struct doc *d)
{
	size_t k, m = d->mentions.n;
	int *next = xmalloc((m + d->ents.n + 1) * sizeof *next);
	int e;

	for (k = 0; k < d->ents.n; k++)
		next[m + k] = -1;
	for (k = m; k-- > 0;) {
		e = d->mentions.v[k].entity;
		if (e < 0 || (size_t)e >= d->ents.n)
			continue;
		next[k] = next[m + (size_t)e];
		next[m + (size_t)e] = (int)k;
	}
	return next;
}
