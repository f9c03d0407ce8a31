/*
 * json.c: prints the document model as JSON. Reads the model only. Every
 * string is valid UTF-8 in the output whatever it held: the text is after
 * ingest, but a file name (caf\xe9.txt) or a user lexicon's name may not
 * be; a byte that is not UTF-8 becomes U+FFFD. Control characters, C1 and
 * bidi controls are written as \u escapes, so JSON shown on a terminal
 * carries no command and a parser gets the characters back. Output
 * goes through a buffer of our own, written out in large blocks: the
 * mentions of a long article are hundreds of thousands of small pieces.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json.h"
#include "safe.h"
#include "util.h"

#define JSON_BUF (256 * 1024)

struct json_out {
	FILE *f;
	int line;		/* JSON Lines: the layout's newlines left out */
	size_t n;
	char buf[JSON_BUF];
};

/* Write out what the buffer holds. */
static void
json_flush(struct json_out *o)
{
	if (o->n > 0)
		fwrite(o->buf, 1, o->n, o->f);
	o->n = 0;
}

/* Append n bytes that do not fit in what the buffer has left. */
static void
json_put_big(struct json_out *o, const char *s, size_t n)
{
	json_flush(o);
	if (n >= JSON_BUF) {
		fwrite(s, 1, n, o->f);
		return;
	}
	memcpy(o->buf + o->n, s, n);
	o->n += n;
}

/*
 * Append n bytes. Inline, as json_lit and json_s are: the layout is
 * hundreds of thousands of short pieces (a fifth of the JSON's time went
 * to calls and strlen of literals the compiler now measures).
 */
static inline __attribute__((always_inline)) void
json_put(struct json_out *o, const char *s, size_t n)
{
	if (n > JSON_BUF - o->n) {
		json_put_big(o, s, n);
		return;
	}
	memcpy(o->buf + o->n, s, n);
	o->n += n;
}

static void
json_c(struct json_out *o, char c)
{
	if (o->n == JSON_BUF)
		json_flush(o);
	o->buf[o->n++] = c;
}

/* json_lit on one line: the pieces between newlines and their indent. */
static void
json_lit_line(struct json_out *o, const char *s, size_t n)
{
	size_t i = 0, run;

	while (i < n) {
		for (run = i; i < n && s[i] != '\n'; i++)
			;
		json_put(o, s + run, i - run);
		while (i < n && (s[i] == '\n' || s[i] == ' '))
			i++;
	}
}

/*
 * Append a piece of the layout (never a string's contents): on one line,
 * without its newlines and the indent after them ("},\n    {" -> "},{").
 */
static inline __attribute__((always_inline)) void
json_lit(struct json_out *o, const char *s, size_t n)
{
	if (o->line)
		json_lit_line(o, s, n);
	else
		json_put(o, s, n);
}

static inline __attribute__((always_inline)) void
json_s(struct json_out *o, const char *s)
{
	json_lit(o, s, strlen(s));
}

/*
 * How many of the eight bytes at s are plain ASCII before the first that
 * is not (a control, quote, backslash, DEL or byte above 0x7f, which
 * safe_next must see whole): 8 if all are. Word-at-a-time tests: the
 * article's text is most of the output. A test flags its lowest byte
 * only where the byte is one (a borrow runs upward only), so the plain
 * bytes before it are skipped at once: a paragraph's end or a curly quote
 * is not reached a byte at a time.
 */
static inline __attribute__((always_inline)) size_t
json_plain8(const char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t x, bad;

	memcpy(&x, s, 8);
	bad = x | ((x - ones * 0x20) & ~x);		/* high, or below 0x20 */
	bad |= ((x ^ (ones * '"')) - ones) & ~(x ^ (ones * '"'));
	bad |= ((x ^ (ones * '\\')) - ones) & ~(x ^ (ones * '\\'));
	bad |= ((x ^ (ones * 0x7f)) - ones) & ~(x ^ (ones * 0x7f));
	if ((bad &= high) == 0)
		return 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(bad) / 8;	/* the first byte in s */
#else
	return 0;
#endif
}

#ifdef __SSE2__
/* json_plain8 of sixteen bytes, 16 if all are plain: one compare of each
 * kind for all (the article's text is a tenth of the output). */
static inline __attribute__((always_inline)) size_t
json_plain16(const char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s), bad;
	unsigned m;

	/* signed: the bytes above 0x7f are below 0x20 too */
	bad = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
	bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f)));
	bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
	bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
	m = (unsigned)_mm_movemask_epi8(bad);
	return m == 0 ? 16 : (size_t)__builtin_ctz(m);
}
#endif

/* Is byte c plain as json_plain8 says (printable ASCII, not a quote or a
 * backslash)? */
static inline int
json_plain(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

/*
 * Past the plain bytes of s[i, n): eight at a time, then the last few
 * (a name, a cue: "said") by their last eight or one by one, not each by
 * safe_next.
 */
static inline size_t
json_plain_run(const char *s, size_t i, size_t n)
{
	size_t p;

#ifdef __SSE2__
	while (i + 16 <= n && (p = json_plain16(s + i)) == 16)
		i += 16;
	if (i + 16 <= n)
		return i + p;
#endif
	while (i + 8 <= n && (p = json_plain8(s + i)) == 8)
		i += 8;
	if (i + 8 <= n)
		return i + p;	/* to the first byte that is not plain */
	if (n >= 8 && json_plain8(s + n - 8) == 8)
		return n;	/* the last eight hold the rest */
	while (i < n && json_plain((unsigned char)s[i]))
		i++;
	return i;
}

/* Escape the character c of kind k (not SAFE_OK), or a quote or a
 * backslash. */
static void
json_escape(struct json_out *o, enum safe_kind k, ucs4_t c)
{
	char esc[8];

	if (k == SAFE_INVALID) {
		json_put(o, "\xef\xbf\xbd", 3);	/* U+FFFD */
		return;
	}
	switch (c) {
	case '"':  json_put(o, "\\\"", 2); break;
	case '\\': json_put(o, "\\\\", 2); break;
	case '\n': json_put(o, "\\n", 2); break;
	case '\t': json_put(o, "\\t", 2); break;
	case '\r': json_put(o, "\\r", 2); break;
	default:
		snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
		json_put(o, esc, 6);
	}
}

static void
json_str(struct json_out *o, const char *s, size_t n)
{
	size_t i = 0, run = 0, len;
	enum safe_kind k;
	ucs4_t c;

	json_c(o, '"');
	while (i < n) {
		if ((i = json_plain_run(s, i, n)) >= n)
			break;
		k = safe_next(s + i, n - i, &c, &len);
		if (k == SAFE_OK && c != '"' && c != '\\') {
			i += len;
			continue;
		}
		json_put(o, s + run, i - run);	/* the plain bytes before */
		json_escape(o, k, c);
		i += len;
		run = i;
	}
	json_put(o, s + run, n - run);
	json_c(o, '"');
}

/* A NUL-terminated string, or null. */
static void
json_str_or_null(struct json_out *o, const char *s)
{
	if (s == NULL)
		json_s(o, "null");
	else
		json_str(o, s, strlen(s));
}

/* "00" to "99": json_uint writes two digits a step. */
static const char json_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/*
 * An unsigned number, by hand: printf's parsing was a tenth of the time.
 * Two digits a step: the offsets of a 30 MB text have eight. Inline: a
 * call's saving of registers was a fifth of its cost.
 */
static inline __attribute__((always_inline)) void
json_uint(struct json_out *o, uint32_t v)
{
	static const uint32_t ten[10] = { 0, 10, 100, 1000, 10000, 100000,
	    1000000, 10000000, 100000000, 1000000000 };
	/* its digits: from its bits (1233 / 4096 is nearly log10 2) */
	size_t n = (size_t)((32 - __builtin_clz(v | 1)) * 1233 >> 12);
	char *p;

	n += v >= ten[n];	/* ten[0] is 0: one digit at least */
	if (JSON_BUF - o->n < n)
		json_flush(o);
	o->n += n;
	p = o->buf + o->n;	/* written in place, from the last digit */
	for (; v >= 100; v /= 100) {
		p -= 2;
		memcpy(p, json_pairs + 2 * (v % 100), 2);
	}
	if (v >= 10) {
		p -= 2;
		memcpy(p, json_pairs + 2 * v, 2);
	} else
		*--p = (char)('0' + v);
}

/* A signed number (party and claim ids). */
static void
json_int(struct json_out *o, int v)
{
	if (v < 0)
		json_c(o, '-');
	json_uint(o, v < 0 ? 0u - (uint32_t)v : (uint32_t)v);
}

/* Print pre, then "start": a, "end": b. Inline: pre is a literal, its
 * length then known (a strlen and a memcpy call each, 70,000 on 2 MB). */
static inline __attribute__((always_inline)) void
json_start_end(struct json_out *o, const char *pre, uint32_t a, uint32_t b)
{
	json_s(o, pre);
	json_s(o, "\"start\": ");
	json_uint(o, a);
	json_s(o, ", \"end\": ");
	json_uint(o, b);
}

static void
json_span(struct json_out *o, const struct doc *d, uint32_t a, uint32_t b)
{
	json_start_end(o, "{", a, b);
	json_s(o, ", \"text\": ");
	json_str(o, d->text + a, b - a);
	json_c(o, '}');
}

static void
json_paras(struct json_out *o, const struct doc *d)
{
	size_t i;

	json_s(o, ",\n  \"paragraphs\": [");
	for (i = 0; i < d->paras.n; i++) {
		json_start_end(o, i ? ",\n    {" : "\n    {", d->paras.v[i].start,
		    d->paras.v[i].end);
		json_s(o, ", \"kind\": \"");
		json_s(o, model_para_kind_name(d->paras.v[i].kind));
		json_s(o, "\"}");
	}
	json_s(o, d->paras.n ? "\n  ]" : "]");
	json_s(o, ",\n  \"sentences\": [");
	for (i = 0; i < d->sents.n; i++)
	{
		json_start_end(o, i ? ",\n    {" : "\n    {", d->sents.v[i].start,
		    d->sents.v[i].end);
		json_c(o, '}');
	}
	json_s(o, d->sents.n ? "\n  ]" : "]");
}

static void
json_id_or_null(struct json_out *o, char prefix, int i)
{
	if (i < 0) {
		json_s(o, "null");
		return;
	}
	json_c(o, '"');
	json_c(o, prefix);
	json_uint(o, (uint32_t)i + 1);
	json_c(o, '"');
}

/*
 * next[k] is the next mention of mention k's entity (-1 at the end), so
 * each entity's mentions are listed in one pass, not one scan per entity.
 */
static void
json_entity(struct json_out *o, const struct doc *d, size_t i, const int *next)
{
	const struct entity *e = &d->ents.v[i];
	int k, first = 1;

	/* numbers by hand, not printf: a 30 MB text has 100,000 claims */
	json_s(o, "\n    {\"id\": \"e");
	json_uint(o, (uint32_t)i + 1);
	json_s(o, "\", \"type\": \"");
	json_s(o, model_ent_type_name(e->type));
	json_s(o, "\", \"name\": ");
	json_str(o, e->name, strlen(e->name));
	json_s(o, ", \"affiliation\": ");
	json_id_or_null(o, 'e', e->affiliation);
	json_s(o, ", \"role\": ");
	if (e->role != NULL)
		json_str(o, e->role, strlen(e->role));
	else
		json_s(o, "null");
	json_s(o, ",\n     \"mentions\": [");
	for (k = next[d->mentions.n + i]; k >= 0; k = next[k]) {
		const struct mention *m = &d->mentions.v[k];

		json_start_end(o, first ? "\n       {" : ",\n       {", m->start,
		    m->end);
		json_s(o, ", \"text\": ");
		json_str(o, d->text + m->start, m->end - m->start);
		json_s(o, ", \"kind\": \"");
		json_s(o, model_mention_kind_name(m->kind));
		json_s(o, "\"}");
		first = 0;
	}
	json_s(o, "]}");
}

static void
json_claim(struct json_out *o, const struct doc *d, size_t i)
{
	const struct claim *c = &d->claims.v[i];

	json_s(o, "\n    {\"id\": \"c");
	json_uint(o, (uint32_t)i + 1);
	json_s(o, "\", \"kind\": \"");
	json_s(o, model_claim_kind_name(c->kind));
	json_s(o, "\", \"party\": ");
	json_id_or_null(o, 'e', c->party);
	json_s(o, ", \"speaker\": ");
	json_id_or_null(o, 'e', c->speaker);
	json_s(o, ",\n     \"source\": ");
	if (c->has_source)
		json_span(o, d, c->source.start, c->source.end);
	else
		json_s(o, "null");
	json_s(o, ",\n     \"cue\": ");
	json_span(o, d, c->cue.start, c->cue.end);
	json_s(o, ",\n     \"content\": ");
	json_span(o, d, c->content.start, c->content.end);
	json_s(o, ",\n     \"quoted\": ");
	json_s(o, c->quoted ? "true" : "false");
	/* where the party came from: the article, or the officials lexicon */
	json_s(o, ", \"party_from\": ");
	json_s(o, c->party < 0 ? "null" : c->party_lexicon ? "\"lexicon\"" :
	    "\"text\"");
	json_c(o, '}');
}

void
json_write_string(FILE *f, const char *s, size_t n)
{
	struct json_out *o = xmalloc(sizeof *o);

	o->f = f;
	o->line = 0;
	o->n = 0;
	json_str(o, s, n);
	json_flush(o);
	free(o);
}

static void
json_doc(struct json_out *o, const struct doc *d, const char *pre,
    const char *post)
{
	size_t i, k;
	int *next;

	json_c(o, '{');
	if (pre != NULL) {
		json_put(o, pre, strlen(pre));
		json_c(o, ',');
	}
	json_s(o, "\n  \"partyline\": 1,\n  \"source\": ");
	json_str(o, d->name, strlen(d->name));
	json_s(o, ",\n  \"format\": ");
	json_str_or_null(o, d->format != NULL ? d->format : "text");
	json_s(o, ",\n  \"url\": ");
	json_str_or_null(o, d->url);
	json_s(o, ",\n  \"byline\": ");
	json_str_or_null(o, d->byline);
	json_s(o, ",\n  \"published\": ");
	json_str_or_null(o, d->published);
	json_s(o, ",\n  \"text\": ");
	json_str(o, d->text, d->len);
	json_s(o, ",\n  \"title\": ");
	if (d->title >= 0)
		json_span(o, d, d->paras.v[d->title].start,
		    d->paras.v[d->title].end);
	else
		json_s(o, "null");
	json_paras(o, d);
	json_s(o, ",\n  \"entities\": [");
	next = model_mention_lists(d);
	for (i = 0; i < d->ents.n; i++) {
		json_s(o, i ? "," : "");
		json_entity(o, d, i, next);
	}
	free(next);
	json_s(o, d->ents.n ? "\n  ]" : "]");
	json_s(o, ",\n  \"claims\": [");
	for (i = 0; i < d->claims.n; i++) {
		json_s(o, i ? "," : "");
		json_claim(o, d, i);
	}
	json_s(o, d->claims.n ? "\n  ]" : "]");
	json_s(o, ",\n  \"parties\": [");
	for (i = 0; i < d->parties.n; i++) {
		const struct party *p = &d->parties.v[i];

		json_s(o, i ? ",\n    {\"entity\": \"e" : "\n    {\"entity\": \"e");
		json_int(o, p->entity + 1);
		json_s(o, "\", \"claims\": [");
		for (k = 0; k < p->claims.n; k++) {
			json_s(o, k ? ", \"c" : "\"c");
			json_int(o, p->claims.v[k] + 1);
			json_c(o, '"');
		}
		json_s(o, "]}");
	}
	json_s(o, d->parties.n ? "\n  ]" : "]");
	if (post != NULL)
		json_put(o, post, strlen(post));
	json_s(o, "\n}");
	json_c(o, '\n');
}

void
json_write(FILE *f, const struct doc *d)
{
	struct json_out *o = xmalloc(sizeof *o);

	o->f = f;
	o->line = 0;
	o->n = 0;
	json_doc(o, d, NULL, NULL);
	json_flush(o);
	free(o);
}

void
json_write_line(FILE *f, const struct doc *d, const char *pre,
    const char *post)
{
	struct json_out *o = xmalloc(sizeof *o);

	o->f = f;
	o->line = 1;
	o->n = 0;
	json_doc(o, d, pre, post);
	json_flush(o);
	free(o);
}
