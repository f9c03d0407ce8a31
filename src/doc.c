/*
 * doc.c: ingest. Turns arbitrary bytes into valid UTF-8 text with LF line
 * ends and no control characters, escape sequences or bidi controls (an
 * override such as U+202E would reorder what the reader sees), then finds the
 * paragraphs, the title and the boilerplate. Plain UTF-8 input with LF line
 * ends and no control characters passes through byte for byte, so offsets
 * into doc->text are offsets into the file.
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <unistr.h>

#include "doc.h"
#include "safe.h"
#include "util.h"

struct sink {
	char *p;
	size_t n;
};

static void
doc_put(struct sink *s, const char *b, size_t n)
{
	memcpy(s->p + s->n, b, n);
	s->n += n;
}

/* Length of an escape sequence starting at ESC (b[0] == 0x1b). */
static size_t
doc_skip_escape(const unsigned char *b, size_t len)
{
	size_t i;

	if (len < 2)
		return len;
	switch (b[1]) {
	case '[':	/* CSI: parameters, intermediates, one final byte */
		for (i = 2; i < len; i++)
			if (b[i] >= 0x40 && b[i] <= 0x7e)
				return i + 1;
		return len;
	case ']': case 'P': case 'X': case '^': case '_':
		/* OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \) */
		for (i = 2; i < len; i++) {
			if (b[i] == 0x07)
				return i + 1;
			if (b[i] == 0x1b)
				return i + 1 < len && b[i + 1] == '\\' ? i + 2 : i;
			if (b[i] == '\n')
				return i;	/* unterminated: stop at the line */
		}
		return len;
	default:
		/* nF: intermediates then a final byte; else a two-byte Fp/Fe/Fs */
		for (i = 1; i < len && b[i] >= 0x20 && b[i] <= 0x2f; i++)
			;
		return i < len ? i + 1 : len;
	}
}

/* Length of a C1 string or CSI (U+009B, U+009D...) encoded in UTF-8 at b. */
static size_t
doc_skip_c1(const unsigned char *b, size_t len, ucs4_t c)
{
	size_t i = 2;

	if (c == 0x9b) {
		for (; i < len; i++)
			if (b[i] >= 0x40 && b[i] <= 0x7e)
				return i + 1;
		return len;
	}
	if (c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) {
		for (; i < len; i++) {
			if (b[i] == 0x07 || b[i] == '\n')
				return b[i] == 0x07 ? i + 1 : i;
			if (b[i] == 0xc2 && i + 1 < len && b[i + 1] == 0x9c)
				return i + 2;
			if (b[i] == 0x1b)
				return i + 1 < len && b[i + 1] == '\\' ? i + 2 : i;
		}
		return len;
	}
	return 2;
}

/*
 * Are the eight bytes at b plain ASCII that cleaning keeps as they are (no
 * control, no DEL, nothing above 0x7f)? Most of an article is.
 */
static int
doc_plain8(const unsigned char *b)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t x, bad;

	memcpy(&x, b, 8);
	bad = x | ((x - ones * 0x20) & ~x);		/* high, or below 0x20 */
	bad |= ((x ^ (ones * 0x7f)) - ones) & ~(x ^ (ones * 0x7f));
	return (bad & high) == 0;
}

/* Clean bytes into text: valid UTF-8, LF only, no controls but \n and \t,
 * no bidi embeddings, overrides or isolates. */
static void
doc_clean(struct doc *d, const char *bytes, size_t len)
{
	const unsigned char *b = (const unsigned char *)bytes;
	struct sink s = { xmalloc(len * 3 + 1), 0 };
	size_t i = 0;
	ucs4_t c;
	int n;

	if (len >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0)
		i = 3;		/* a byte order mark says nothing to a reader */
	while (i < len) {
		while (i + 8 <= len && doc_plain8(b + i)) {
			memcpy(s.p + s.n, b + i, 8);
			s.n += 8;
			i += 8;
		}
		if (i >= len)
			break;
		if (b[i] < 0x80) {
			if (b[i] == '\r') {
				doc_put(&s, "\n", 1);
				i += i + 1 < len && b[i + 1] == '\n' ? 2 : 1;
			} else if (b[i] == 0x1b) {
				i += doc_skip_escape(b + i, len - i);
				d->removed++;
			} else if ((b[i] < 0x20 && b[i] != '\n' && b[i] != '\t') ||
			    b[i] == 0x7f) {
				i++;
				d->removed++;
			} else
				s.p[s.n++] = (char)b[i++];
			continue;
		}
		n = u8_mbtoucr(&c, b + i, len - i);
		if (n < 0) {
			/* one U+FFFD per maximal invalid subpart */
			doc_put(&s, "\xef\xbf\xbd", 3);
			d->invalid++;
			n = u8_mbtouc(&c, b + i, len - i);
			i += n > 0 ? (size_t)n : 1;
		} else if (c >= 0x80 && c <= 0x9f) {
			i += doc_skip_c1(b + i, len - i, c);
			d->removed++;
		} else if (safe_is_bidi(c)) {
			i += (size_t)n;
			d->removed++;
		} else {
			doc_put(&s, bytes + i, (size_t)n);
			i += (size_t)n;
		}
	}
	s.p[s.n] = '\0';
	d->text = xrealloc(s.p, s.n + 1);
	d->len = s.n;
}

/* Does the line at off hold only white space (up to its newline)? */
static int
doc_blank_line(const char *t, size_t len, size_t off, size_t *next)
{
	size_t i = off;

	while (i < len && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (i < len && t[i] != '\n')
		return 0;
	*next = i < len ? i + 1 : len;
	return 1;
}

static void
doc_add_para(struct doc *d, size_t start, size_t end)
{
	struct para *p;

	while (end > start && strchr(" \t\n", d->text[end - 1]) != NULL)
		end--;
	while (start < end && (d->text[start] == ' ' || d->text[start] == '\t'))
		start++;
	if (end <= start)
		return;
	p = VEC_PUSH(d->paras);
	p->start = (uint32_t)start;
	p->end = (uint32_t)end;
	p->kind = PARA_BODY;
}

/* Split the text into paragraphs at blank lines. */
static void
doc_paragraphs(struct doc *d)
{
	size_t i = 0, start = 0, next;

	while (i < d->len) {
		if (doc_blank_line(d->text, d->len, i, &next)) {
			doc_add_para(d, start, i);
			start = i = next;
			continue;
		}
		while (i < d->len && d->text[i] != '\n')
			i++;
		if (i < d->len)
			i++;
	}
	doc_add_para(d, start, d->len);
}

static pcre2_code *doc_boiler_re;

/* Paragraphs that are page furniture rather than the article. */
static const char doc_boiler_pattern[] =
    "^(?:advertisement|advertising|sponsored(?: content)?|related(?: articles?| stories| coverage)?\\s*:"
    "|(?:also )?read (?:more|next|also|the rest)\\b|see also\\s*:|more on this\\b|recommended\\b"
    "|sign up\\b|subscribe\\b|(?:click|tap) here\\b|follow us\\b|share this\\b|share on\\b"
    "|we may (?:earn|receive) (?:a )?(?:commission|compensation)|this (?:article|post|page) (?:contains|may contain|includes) affiliate"
    "|(?:©|\\(c\\)|copyright)\\s|all rights reserved|image (?:copyright|source|caption)\\b|photo\\s*:|getty images\\s*$"
    "|(?:reporting|additional reporting|editing|writing) by\\b|this story has been (?:updated|corrected)"
    "|get (?:the|our) [\\w ]{0,30}newsletter|newsletter\\s*:|watch\\s*:|listen\\s*:|download (?:the|our) app)";

/* Mark boilerplate paragraphs, so views can dim them. */
static void
doc_boilerplate(struct doc *d)
{
	pcre2_match_data *md;
	size_t i;
	int err;
	PCRE2_SIZE eoff;

	if (doc_boiler_re == NULL) {
		doc_boiler_re = pcre2_compile((PCRE2_SPTR)doc_boiler_pattern,
		    PCRE2_ZERO_TERMINATED, PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP,
		    &err, &eoff, NULL);
		if (doc_boiler_re == NULL)
			abort();	/* our own pattern: a bug, not input */
		pcre2_jit_compile(doc_boiler_re, PCRE2_JIT_COMPLETE);
	}
	md = pcre2_match_data_create_from_pattern(doc_boiler_re, NULL);
	for (i = 0; i < d->paras.n; i++) {
		struct para *p = &d->paras.v[i];
		size_t n = p->end - p->start;

		if (n > 400)
			continue;	/* furniture is short */
		if (pcre2_match(doc_boiler_re, (PCRE2_SPTR)d->text + p->start,
		    n, 0, 0, md, NULL) >= 0)
			p->kind = PARA_BOILERPLATE;
	}
	pcre2_match_data_free(md);
}

/* The title: the first non-boilerplate paragraph, if it is one short line. */
static void
doc_title(struct doc *d)
{
	size_t i, words = 0;
	const char *t;
	struct para *p = NULL;

	d->title = -1;
	for (i = 0; i < d->paras.n; i++)
		if (d->paras.v[i].kind != PARA_BOILERPLATE) {
			p = &d->paras.v[i];
			break;
		}
	if (p == NULL || i + 1 >= d->paras.n || p->end - p->start > 300)
		return;
	for (t = d->text + p->start; t < d->text + p->end; t++) {
		if (*t == '\n')
			return;
		if (*t == ' ' && t[1] != ' ')
			words++;
	}
	if (words + 1 > 30)
		return;
	p->kind = PARA_TITLE;
	d->title = (int)i;
}

struct doc *
doc_from_bytes(const char *name, const char *bytes, size_t len, int flags,
    char **cause)
{
	struct doc *d;
	size_t head = len < 8192 ? len : 8192;

	if (len > UTIL_INPUT_MAX) {
		*cause = xstrdup(UTIL_TOO_LARGE);
		return NULL;
	}
	if (!(flags & DOC_FORCE) && memchr(bytes, '\0', head) != NULL) {
		*cause = xstrdup("looks like a binary file (--force reads it anyway)");
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->name = xstrdup(name);
	doc_clean(d, bytes, len);
	doc_paragraphs(d);
	doc_boilerplate(d);
	doc_title(d);
	return d;
}

struct doc *
doc_load(const char *path, int flags, char **cause)
{
	size_t len;
	char *bytes = util_read_file(path, &len, cause);
	struct doc *d;

	if (bytes == NULL)
		return NULL;
	d = doc_from_bytes(path, bytes, len, flags, cause);
	free(bytes);
	return d;
}

void
doc_free(struct doc *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->ents.n; i++) {
		free(d->ents.v[i].name);
		free(d->ents.v[i].role);
	}
	for (i = 0; i < d->parties.n; i++)
		VEC_FREE(d->parties.v[i].claims);
	VEC_FREE(d->paras);
	VEC_FREE(d->sents);
	VEC_FREE(d->toks);
	VEC_FREE(d->mentions);
	VEC_FREE(d->ents);
	VEC_FREE(d->claims);
	VEC_FREE(d->parties);
	free(d->text);
	free(d->name);
	free(d);
}

/* Does the line starting at off look like a list item? */
static int
doc_list_item(const char *t, size_t len, size_t off)
{
	size_t i = off;

	while (i < len && t[i] == ' ')
		i++;
	if (i + 1 < len && strchr("-*+", t[i]) != NULL && t[i + 1] == ' ')
		return 1;
	if (i + 3 < len && memcmp(t + i, "\xe2\x80\xa2", 3) == 0)
		return 1;	/* • */
	if (i < len && t[i] >= '0' && t[i] <= '9') {
		while (i < len && t[i] >= '0' && t[i] <= '9')
			i++;
		return i + 1 < len && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
	}
	return 0;
}

/* Does the line around off hold a tab (a table or preformatted text)? */
static int
doc_line_has_tab(const char *t, size_t len, size_t off)
{
	size_t a = off, b = off;

	while (a > 0 && t[a - 1] != '\n')
		a--;
	while (b < len && t[b] != '\n')
		b++;
	return memchr(t + a, '\t', b - a) != NULL;
}

int
doc_hard_break(const struct doc *d, uint32_t off)
{
	size_t ls = off;

	if (off >= d->len || d->text[off] != '\n')
		return 0;
	if (doc_list_item(d->text, d->len, (size_t)off + 1) ||
	    doc_line_has_tab(d->text, d->len, (size_t)off + 1))
		return 1;
	while (ls > 0 && d->text[ls - 1] != '\n')
		ls--;
	return d->text[ls] == '#' || doc_list_item(d->text, d->len, ls) ||
	    doc_line_has_tab(d->text, d->len, ls);
}
