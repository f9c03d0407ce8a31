/*
 * doc.c: ingest. Turns arbitrary bytes into valid UTF-8 text with LF line
 * ends and no control characters, escape sequences or bidi controls (an
 * override such as U+202E would reorder what the reader sees), then finds the
 * paragraphs, the title and the boilerplate. Plain UTF-8 input with LF line
 * ends and no control characters passes through byte for byte, so offsets
 * into doc->text are offsets into the file.
 *
 * Stays in C: the page-furniture pattern (Advertisement, Read more, a
 * byline, a date alone), English web-page layout rather than language,
 * compiled once for ingest, which runs before and without the lexicon.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <unistr.h>

#include "charset.h"
#include "claims.h"
#include "coref.h"
#include "doc.h"
#include "feed.h"
#include "fetch.h"
#include "html.h"
#include "newsboat.h"
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

	util_huge(s.p, len + 1);	/* what is written, the text's size */
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

static int doc_list_item(const char *, size_t, size_t);

/* A line of a block: [start, end), end at its newline or the block's end. */
struct doc_line {
	size_t start, end;
};

/* Does the line end a sentence (". ", "?", "!", a closing quote after one)? */
static int
doc_line_ends_sentence(const char *t, const struct doc_line *l)
{
	size_t e = l->end;

	while (e > l->start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	while (e > l->start && (t[e - 1] == '"' || t[e - 1] == '\'' ||
	    t[e - 1] == ')' || (e - l->start >= 3 && (unsigned char)t[e - 3] == 0xe2 &&
	    (unsigned char)t[e - 2] == 0x80 && ((unsigned char)t[e - 1] == 0x9d ||
	    (unsigned char)t[e - 1] == 0x99))))
		e -= (unsigned char)t[e - 1] >= 0x80 ? 3 : 1;
	return e > l->start && strchr(".!?:", t[e - 1]) != NULL;
}

/* A headline: one short line of at most 20 words that does not end with
 * a full stop, comma or colon ("India calls for fair trade rules"). */
static int
doc_line_headline(const char *t, const struct doc_line *l)
{
	size_t i, words = 1, n = l->end - l->start;

	if (n == 0 || n > 120 || strchr(".,;:", t[l->end - 1]) != NULL)
		return 0;
	for (i = l->start; i < l->end; i++)
		words += t[i] == ' ';
	return words <= 20;
}

/* Split [start, end) into its lines; the number of them. */
static size_t
doc_lines(const char *t, size_t start, size_t end, struct doc_line **out)
{
	size_t n = 0, cap = 16, i = start;
	struct doc_line *v = xmalloc(cap * sizeof *v);

	while (i < end) {
		const char *nl = memchr(t + i, '\n', end - i);
		size_t e = nl != NULL ? (size_t)(nl - t) : end;

		if (n == cap)
			v = xrealloc(v, (cap *= 2) * sizeof *v);
		v[n].start = i;
		v[n++].end = e;
		i = e + 1;
	}
	*out = v;
	return n;
}

/* Bytes of the line's first word: had the line before room for it, the
 * break before it was not made by wrapping. */
static size_t
doc_first_word(const char *t, const struct doc_line *l)
{
	size_t i = l->start;

	while (i < l->end && t[i] != ' ')
		i++;
	return i - l->start;
}

/* Lists, tables and markdown headings keep their lines together. */
static int
doc_block_structured(const struct doc *d, const struct doc_line *v, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (doc_list_item(d->text, d->len, v[k].start) ||
		    memchr(d->text + v[k].start, '\t', v[k].end - v[k].start) != NULL ||
		    d->text[v[k].start] == '#')
			return 1;
	return 0;
}

/*
 * A block of lines between blank lines is one paragraph, unless people
 * wrote it otherwise: a headline line directly followed by the text; one
 * line per paragraph (most lines longer than a wrapped line would be);
 * hard-wrapped paragraphs with no blank line between them (a line that
 * ends a sentence, where the next line's first word would have fitted,
 * ends its paragraph).
 */
static void
doc_add_block(struct doc *d, size_t start, size_t end)
{
	struct doc_line *v;
	size_t n = doc_lines(d->text, start, end, &v), k, longs = 0, w = 0, from = 0;

	if (n < 2 || doc_block_structured(d, v, n)) {
		doc_add_para(d, start, end);
		free(v);
		return;
	}
	for (k = 0; k < n; k++) {
		longs += v[k].end - v[k].start > 100;
		if (k > 0 && v[k].end - v[k].start > w)
			w = v[k].end - v[k].start;
	}
	if (d->paras.n == 0 && doc_line_headline(d->text, &v[0]) &&
	    (v[0].end - v[0].start) * 10 < w * 7) {
		doc_add_para(d, v[0].start, v[0].end);
		from = 1;
	}
	if (v[0].end - v[0].start > w)
		w = v[0].end - v[0].start;
	for (k = from; k + 1 < n; k++) {
		size_t len = v[k].end - v[k].start;

		if (longs * 2 >= n || (len + 1 + doc_first_word(d->text, &v[k + 1]) <= w &&
		    doc_line_ends_sentence(d->text, &v[k]))) {
			doc_add_para(d, v[from].start, v[k].end);
			from = k + 1;
		}
	}
	doc_add_para(d, v[from].start, end);
	free(v);
}

/* Split the text into paragraphs at blank lines (and see doc_add_block). */
static void
doc_paragraphs(struct doc *d)
{
	size_t i = 0, start = 0, next;
	const char *nl;

	while (i < d->len) {
		if (doc_blank_line(d->text, d->len, i, &next)) {
			doc_add_block(d, start, i);
			start = i = next;
			continue;
		}
		nl = memchr(d->text + i, '\n', d->len - i);
		i = nl != NULL ? (size_t)(nl - d->text) + 1 : d->len;
	}
	doc_add_block(d, start, d->len);
}

/*
 * Paragraphs that are page furniture rather than the article, as one
 * anchored alternation split in four by what a paragraph must hold for
 * each part to match, so that most paragraphs meet only the first, whose
 * every branch opens with its own words (5% of --json was the whole
 * alternation on every short paragraph). In the order of the one
 * pattern it was: a match of an earlier part wins, so the byline (the
 * only group) is taken only when no part before it matched.
 */
enum { DOC_BOILER_LEAD, DOC_BOILER_COPY, DOC_BOILER_WORDS, DOC_BOILER_WIRE,
	DOC_BOILER_BIO, DOC_BOILER_N };

static pcre2_code *doc_boiler_re[DOC_BOILER_N];
/*
 * What pcre2 says a match of each part needs: its fewest bytes, and the
 * bytes it can start with (NULL: any). Asked before the match, they turn
 * two matches in five away in a few instructions (He said, “We ...: 18,209
 * calls of the matcher, some 800 instructions each, were 11,353 on 2 MB of
 * news).
 */
static uint32_t doc_boiler_min[DOC_BOILER_N];
static const uint8_t *doc_boiler_first[DOC_BOILER_N];

/* Opening words; then, after the © part, the byline and dates. */
static const char doc_boiler_lead_pattern[] =
    "^(?:advertisement|advertising|sponsored(?: content)?|related(?: articles?| stories| coverage)?\\s*:"
    "|(?:also )?read (?:more|next|also|the rest)\\b|see also\\s*:|more on this\\b|recommended\\b"
    "|sign up\\b|subscribe\\b|(?:click|tap) here\\b|follow us\\b|share this\\b|share on\\b"
    "|like (?:this|the) (?:story|article)\\?|also on [\\w-]+\\.[a-z]{2,}\\b"
    "|originally (?:published|appeared) (?:on|in|at|by)\\b"
    "|we may (?:earn|receive) (?:a )?(?:commission|compensation)|this (?:article|post|page) (?:contains|may contain|includes) affiliate"
    "|(?:©|\\(c\\)|copyright)\\s|all rights reserved|image (?:copyright|source|caption)\\b|photo\\s*:|getty images\\s*$"
    "|(?:reporting|additional reporting|editing|writing) by\\b|this story has been (?:updated|corrected)"
    "|get (?:the|our) [\\w ]{0,30}newsletter|newsletter\\s*:|watch\\s*:|listen\\s*:|download (?:the|our) app"
    "|(?:related|more|top|latest|trending|popular) (?:articles|stories|news|posts|videos|content|coverage)\\s*$"
    "|most (?:popular|read|viewed|shared)(?: in [\\w ]{1,30})?\\s*$|trending(?: now)?\\s*$|you (?:may|might) also like\\b|recommended for you\\s*$"
    "|(?:first )?(?:published|updated|posted|last (?:updated|modified))(?: on)?\\s*(?::\\s*\\S"
    "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
    "|\\d{1,2}[/.:-]\\d|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))";

/* A copyright line anywhere in its first 80 characters: holds "©". */
static const char doc_boiler_copy_pattern[] =
    "^.{0,80}©\\s*(?:19|20)\\d\\d\\b";

/* A byline, a date alone (no part before could match these). */
static const char doc_boiler_words_pattern[] =
    "^(?:by\\s+((?-i:\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,11}))\\s*$"
    "|(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\.?,?\\s+)?"
    "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
    "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?\\s*$)";

/* A photo credit, a wire slug, a byline without "by" (Ann Lund, AP Auto
 * Writer): end with "press", "photo", "images", "reuters", "afp",
 * "writethru", "writer", "correspondent", "reporter" or "editor"
 * (doc_boiler_wire_may). */
static const char doc_boiler_wire_pattern[] =
    "^(?:[^.!?\\n]{0,60},\\s*(?:the )?(?:associated press|ap photo|getty images|reuters|afp)\\s*$"
    "|[a-z]{2}-[\\w-]+,\\s*\\d+(?:st|nd|rd|th) ld-writethru\\s*$"
    "|(?-i:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}),\\s+[\\p{L} ]{0,40}\\b"
    "(?:writer|correspondent|reporter|editor)\\s*$)";

/* An author's note, anywhere in a paragraph that holds "@" (a handle, an
 * address): "Follow him on Twitter: @jroe", "Reach her at jroe@paper.com"
 * (not "could not reach him at home"). */
static const char doc_boiler_bio_pattern[] =
    "\\b(?:follow (?:him|her|them|me) (?:on|at) (?:twitter|x|facebook|instagram)"
    "|(?:reach|contact|e-?mail) (?:him|her|them|me)(?: directly)? at [^\\s@]+@)";

static void
doc_boiler_compile(void)
{
	static const char *const pat[DOC_BOILER_N] = {
		doc_boiler_lead_pattern, doc_boiler_copy_pattern,
		doc_boiler_words_pattern, doc_boiler_wire_pattern,
		doc_boiler_bio_pattern
	};
	int err, i;
	PCRE2_SIZE eoff;

	for (i = 0; i < DOC_BOILER_N; i++) {
		doc_boiler_re[i] = pcre2_compile((PCRE2_SPTR)pat[i],
		    PCRE2_ZERO_TERMINATED, PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP,
		    &err, &eoff, NULL);
		if (doc_boiler_re[i] == NULL)
			abort();	/* our own pattern: a bug, not input */
		pcre2_jit_compile(doc_boiler_re[i], PCRE2_JIT_COMPLETE);
		if (pcre2_pattern_info(doc_boiler_re[i], PCRE2_INFO_MINLENGTH,
		    &doc_boiler_min[i]) != 0)
			doc_boiler_min[i] = 0;
		/* a match of an anchored part (^) starts at the start */
		if (i == DOC_BOILER_BIO || pcre2_pattern_info(doc_boiler_re[i],
		    PCRE2_INFO_FIRSTBITMAP, &doc_boiler_first[i]) != 0)
			doc_boiler_first[i] = NULL;
	}
}

/* Does s[0, n) hold the sign ©? */
static int
doc_has_copyright(const char *s, size_t n)
{
	const char *p = s, *e = s + n;

	while ((p = memchr(p, '\xc2', (size_t)(e - p))) != NULL && p + 1 < e) {
		if (p[1] == '\xa9')
			return 1;
		p++;
	}
	return 0;
}

/*
 * May the wire part match s[0, n)? It ends with one of its words and
 * spaces (\s: tab to carriage return, space); a byte above ASCII near the
 * end may be a wider space, or ſ matching s.
 */
static int
doc_boiler_wire_may(const char *s, size_t n)
{
	static const struct {
		const char *w;
		size_t n;
	} end[] = { { "press", 5 }, { "photo", 5 }, { "images", 6 },
		{ "reuters", 7 }, { "afp", 3 }, { "writethru", 9 },
		{ "writer", 6 }, { "correspondent", 13 }, { "reporter", 8 },
		{ "editor", 6 } };
	size_t i, m;

	while (n > 0 && (s[n - 1] == ' ' || (s[n - 1] >= '\t' && s[n - 1] <= '\r')))
		n--;
	for (i = n > 12 ? n - 12 : 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	/* the last letter first (in any case): most paragraphs end in a
	 * period, and each was compared with all ten words */
	for (i = 0; n > 0 && i < sizeof end / sizeof *end; i++) {
		m = end[i].n;
		if (n >= m && (s[n - 1] | 0x20) == end[i].w[m - 1] &&
		    strncasecmp(s + n - m, end[i].w, m) == 0)
			return 1;
	}
	return 0;
}

/* Does part i of the furniture match s[0, n)? */
static int
doc_boiler_match(int i, const char *s, size_t n, pcre2_match_data *md)
{
	const uint8_t *first = doc_boiler_first[i];
	unsigned char c = (unsigned char)s[0];

	if (n < doc_boiler_min[i] || (first != NULL && n > 0 &&
	    !((first[c / 8] >> (c % 8)) & 1)))
		return 0;
	/* the text is valid UTF-8 once cleaned (DESIGN.md, ingest): no
	 * check of each paragraph again */
	return pcre2_match(doc_boiler_re[i], (PCRE2_SPTR)s, n, 0,
	    PCRE2_NO_UTF_CHECK, md, NULL) >= 0;
}

/* Is s[0, n) furniture? *by: the byline group's match, if it was that. */
static int
doc_boiler_is(const char *s, size_t n, pcre2_match_data *md, int *by)
{
	*by = 0;
	if (doc_boiler_match(DOC_BOILER_LEAD, s, n, md))
		return 1;
	if (doc_has_copyright(s, n) &&
	    doc_boiler_match(DOC_BOILER_COPY, s, n, md))
		return 1;
	if (doc_boiler_match(DOC_BOILER_WORDS, s, n, md)) {
		*by = 1;
		return 1;
	}
	if (memchr(s, '@', n) != NULL &&
	    doc_boiler_match(DOC_BOILER_BIO, s, n, md))
		return 1;
	return doc_boiler_wire_may(s, n) &&
	    doc_boiler_match(DOC_BOILER_WIRE, s, n, md);
}

/*
 * Mark boilerplate paragraphs, so views can dim them; the first byline
 * ("By ANNA LUND and PER MOEN") names the authors if the page did not.
 */
static void
doc_boilerplate(struct doc *d)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pcre2_match_data *md;
	PCRE2_SIZE *ov;
	size_t i;
	int by;

	pthread_once(&once, doc_boiler_compile);	/* threads: --jobs */
	md = pcre2_match_data_create_from_pattern(doc_boiler_re[DOC_BOILER_WORDS],
	    NULL);
	for (i = 0; i < d->paras.n; i++) {
		struct para *p = &d->paras.v[i];
		size_t n = p->end - p->start;

		if (n > 400)
			continue;	/* furniture is short */
		if (p->kind != PARA_BODY ||
		    !doc_boiler_is(d->text + p->start, n, md, &by))
			continue;
		p->kind = PARA_BOILERPLATE;
		ov = pcre2_get_ovector_pointer(md);
		if (by && d->byline == NULL && ov[2] != PCRE2_UNSET)
			d->byline = xstrndup(d->text + p->start + ov[2],
			    ov[3] - ov[2]);
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

/* Plain text: the bytes themselves, cleaned, split at blank lines. */
static struct doc *
doc_from_text(const char *name, const char *bytes, size_t len)
{
	struct doc *d = xcalloc(1, sizeof *d);
	char *conv = NULL, *cause = NULL;
	const char *cs = charset_is_utf16(bytes, len) ? "UTF-16" :
	    charset_looks_8bit(bytes, len) ? "WINDOWS-1252" : NULL;

	d->name = xstrdup(name);
	d->format = "text";
	if (cs != NULL && (conv = charset_to_utf8(bytes, len, cs, &len,
	    &cause)) != NULL) {
		d->charset = xstrdup(cs);
		bytes = conv;
	}
	free(cause);
	doc_clean(d, bytes, len);
	free(conv);
	doc_paragraphs(d);
	doc_boilerplate(d);
	doc_title(d);
	return d;
}

/* Does name end with suffix, ignoring case? */
static int
doc_has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), k = strlen(suffix);

	return n > k && strcasecmp(name + n - k, suffix) == 0;
}

/* Does the text at b (after a BOM and white space) start with word, any case? */
static const char *
doc_skip_space(const char *b, const char *end)
{
	if (end - b >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0)
		b += 3;
	while (b < end && strchr(" \t\r\n", *b) != NULL)
		b++;
	return b;
}

/* The format the bytes are in, from the content first, then the name. */
static int
doc_sniff(const char *name, const char *bytes, size_t len)
{
	const char *end = bytes + (len < 4096 ? len : 4096);
	const char *b = doc_skip_space(bytes, end);
	char head[4097];
	size_t n = (size_t)(end - b);

	size_t i;

	for (i = 0; i < n; i++)	/* ASCII lower case: tags are case-blind */
		head[i] = b[i] >= 'A' && b[i] <= 'Z' ? (char)(b[i] + 32) : b[i];
	head[n] = '\0';
	if (strncmp(head, "<?xml", 5) == 0 && strstr(head, "<html") == NULL &&
	    (strstr(head, "<rss") != NULL || strstr(head, "<feed") != NULL ||
	    strstr(head, "<rdf:rdf") != NULL))
		return DOC_FEED;
	if (strncmp(head, "<rss", 4) == 0 || strncmp(head, "<feed", 5) == 0)
		return DOC_FEED;
	if (strncmp(head, "<!doctype html", 14) == 0 ||
	    strncmp(head, "<html", 5) == 0 || (head[0] == '<' &&
	    (strstr(head, "<html") != NULL || strstr(head, "<body") != NULL ||
	    strstr(head, "<head") != NULL)))
		return DOC_HTML;
	if (newsboat_sniff(bytes, len))
		return DOC_NEWSBOAT;
	if (doc_has_suffix(name, ".html") || doc_has_suffix(name, ".htm") ||
	    doc_has_suffix(name, ".xhtml"))
		return DOC_HTML;
	return DOC_TEXT;
}

/* What kind of file the first bytes say, for a file we do not read. */
static const char *
doc_magic(const char *bytes, size_t len)
{
	static const struct {
		const char *magic;
		size_t n;
		const char *what;
	} kinds[] = {
		{ "\x1f\x8b", 2, "compressed with gzip: unpack it first "
		    "(zcat FILE | partyline -)" },
		{ "BZh", 3, "compressed with bzip2: unpack it first "
		    "(bzcat FILE | partyline -)" },
		{ "\xfd" "7zXZ", 5, "compressed with xz: unpack it first "
		    "(xzcat FILE | partyline -)" },
		{ "\x28\xb5\x2f\xfd", 4, "compressed with zstd: unpack it first "
		    "(zstdcat FILE | partyline -)" },
		{ "PK\x03\x04", 4, "a zip archive, not an article" },
		{ "%PDF-", 5, "a PDF file: partyline reads text, web pages, "
		    "newsboat articles and feeds" },
	};
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (len >= kinds[i].n &&
		    memcmp(bytes, kinds[i].magic, kinds[i].n) == 0)
			return kinds[i].what;
	return NULL;
}

/* Refuse bytes over the span limit, or that look binary (a NUL early on)
 * unless forced. */
static int
doc_binary(const char *bytes, size_t len, int flags, char **cause)
{
	size_t head = len < 8192 ? len : 8192;
	const char *what;

	if (len > UTIL_INPUT_MAX) {
		*cause = xstrdup(UTIL_TOO_LARGE);
		return 1;
	}
	if (!(flags & DOC_FORCE) && (what = doc_magic(bytes, len)) != NULL) {
		*cause = xstrdup(what);
		return 1;
	}

	if (!(flags & DOC_FORCE) && memchr(bytes, '\0', head) != NULL &&
	    !charset_is_utf16(bytes, len)) {
		*cause = xstrdup("looks like a binary file (--force reads it anyway)");
		return 1;
	}
	return 0;
}

struct doc *
doc_from_bytes(const char *name, const char *bytes, size_t len, int flags,
    char **cause)
{
	int fmt = flags & DOC_FORMATS;

	if (doc_binary(bytes, len, flags, cause))
		return NULL;
	if (fmt == 0)
		fmt = doc_sniff(name, bytes, len);
	switch (fmt) {
	case DOC_HTML:
		return html_doc(name, bytes, len, NULL, cause);
	case DOC_NEWSBOAT:
		return newsboat_doc(name, bytes, len, cause);
	case DOC_FEED:
		return feed_doc(name, bytes, len, cause);
	}
	return doc_from_text(name, bytes, len);
}

/*
 * Building a document paragraph by paragraph, for the formats whose text
 * ingest writes itself (pages, newsboat articles, feeds): each paragraph
 * is cleaned as plain text is, its white space runs become one space, and
 * paragraphs are separated by a blank line.
 */
void
doc_build_begin(struct doc_build *b, const char *name, const char *format)
{
	b->d = xcalloc(1, sizeof *b->d);
	b->d->name = xstrdup(name);
	b->d->format = format;
	b->d->title = -1;
	b->cap = 4096;
	b->d->text = xmalloc(b->cap);
}

/* Is the UTF-8 character at s (n bytes left) white space a reader sees as one? */
static size_t
doc_space_len(const char *s, size_t n)
{
	if (*s == ' ' || *s == '\t' || *s == '\n')
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
		return 2;	/* no-break space */
	if (n >= 3 && (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] <= 0x8a || (unsigned char)s[2] == 0xaf))
		return 3;	/* en quad .. hair space, narrow no-break space */
	return 0;
}

/* Append a paragraph of kind k; white space only adds nothing. */
void
doc_build_para(struct doc_build *b, const char *s, size_t n, enum para_kind k)
{
	struct doc tmp;
	struct doc *d = b->d;
	struct para *p;
	size_t i = 0, sp, start;
	int gap = 0;

	memset(&tmp, 0, sizeof tmp);
	doc_clean(&tmp, s, n);
	d->invalid += tmp.invalid;
	d->removed += tmp.removed;
	if (d->len + tmp.len + 3 > b->cap) {
		while (d->len + tmp.len + 3 > b->cap)
			b->cap *= 2;
		d->text = xrealloc(d->text, b->cap);
	}
	start = d->len + (d->paras.n > 0 ? 2 : 0);
	d->len = start;
	while (i < tmp.len) {
		if ((sp = doc_space_len(tmp.text + i, tmp.len - i)) > 0) {
			gap = d->len > start;
			i += sp;
			continue;
		}
		if (gap)
			d->text[d->len++] = ' ';
		gap = 0;
		d->text[d->len++] = tmp.text[i++];
	}
	free(tmp.text);
	if (d->len == start) {
		d->len = start - (d->paras.n > 0 ? 2 : 0);
		return;
	}
	if (d->paras.n > 0)
		memcpy(d->text + start - 2, "\n\n", 2);
	p = VEC_PUSH(d->paras);
	p->start = (uint32_t)start;
	p->end = (uint32_t)d->len;
	p->kind = k;
	if (k == PARA_TITLE && d->title < 0)
		d->title = (int)(d->paras.n - 1);
}

/* The finished document: body paragraphs that are furniture are marked. */
struct doc *
doc_build_end(struct doc_build *b)
{
	struct doc *d = b->d;

	d->text[d->len] = '\0';
	doc_boilerplate(d);
	b->d = NULL;
	return d;
}

struct doc *
doc_load(const char *path, int flags, char **cause)
{
	size_t n, i;
	struct doc **all = doc_load_all(path, flags, &n, cause), *d;

	if (all == NULL)
		return NULL;
	d = all[0];
	for (i = 1; i < n; i++)
		doc_free(all[i]);
	free(all);
	return d;
}

/* The format a server's Content-Type names, or 0 to look at the bytes. */
static int
doc_type_format(const char *type)
{
	if (type == NULL)
		return 0;
	if (strncasecmp(type, "text/html", 9) == 0 ||
	    strncasecmp(type, "application/xhtml", 17) == 0)
		return DOC_HTML;
	if (strncasecmp(type, "text/plain", 10) == 0)
		return DOC_TEXT;
	return 0;
}

/* Bytes in any format to documents: a feed gives one per item. */
static struct doc **
doc_from_bytes_all(const char *name, const char *bytes, size_t len, int flags,
    const char *url, size_t *n, char **cause)
{
	struct doc **all, *d;
	int fmt = flags & DOC_FORMATS;

	if (fmt == 0)
		fmt = doc_sniff(name, bytes, len);
	if (fmt == DOC_FEED)	/* --format=feed on text: "not a feed" */
		return feed_docs(name, bytes, len, n, cause);
	if (fmt == DOC_HTML)
		d = doc_binary(bytes, len, flags, cause) ? NULL :
		    html_doc(name, bytes, len, url, cause);
	else
		d = doc_from_bytes(name, bytes, len, (flags & ~DOC_FORMATS) | fmt, cause);
	if (d == NULL)
		return NULL;
	if (d->url == NULL && url != NULL)
		d->url = xstrdup(url);
	all = xmalloc(sizeof *all);
	all[0] = d;
	*n = 1;
	return all;
}

struct doc **
doc_load_all(const char *path, int flags, size_t *n, char **cause)
{
	size_t len;
	char *bytes, *final = NULL, *type = NULL;
	struct doc **all;

	*n = 0;
	if (fetch_is_url(path)) {
		bytes = fetch_url(path, &len, &final, &type, cause);
		if (bytes != NULL && (flags & DOC_FORMATS) == 0)
			flags |= doc_type_format(type);
	} else if (fetch_other_scheme(path)) {
		*cause = xstrdup("only http:// and https:// URLs can be read");
		return NULL;
	} else
		bytes = util_read_file(path, &len, cause);
	if (bytes == NULL)
		return NULL;
	all = doc_from_bytes_all(path, bytes, len, flags, final, n, cause);
	free(bytes);
	free(final);
	free(type);
	return all;
}

/* How much of a text without a declared language doc_english reads. */
#define DOC_SCRIPT_SAMPLE (64 * 1024)

/*
 * Are most letters of the first 64 KB of d Latin? ASCII letters and the
 * two-byte Latin blocks (U+00C0 to U+024F: é, ø, ł) and U+1E00 to U+1EFF
 * (ệ) against the letters of other scripts by their first byte: U+0340 on
 * (Greek, Cyrillic, Hebrew, Arabic) and the three- and four-byte planes
 * but U+2000 to U+2FFF (punctuation: quotation marks, dashes).
 */
static int
doc_latin(const struct doc *d)
{
	const unsigned char *p = (const unsigned char *)d->text;
	size_t i, n = d->len < DOC_SCRIPT_SAMPLE ? d->len : DOC_SCRIPT_SAMPLE;
	size_t latin = 0, other = 0;

	for (i = 0; i < n; i++) {
		unsigned c = p[i];

		if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
		    (c >= 0xc3 && c <= 0xc9) || (c == 0xe1 && i + 1 < n &&
		    p[i + 1] >= 0xb8 && p[i + 1] <= 0xbb))
			latin++;
		else if ((c >= 0xcd && c <= 0xdf) || c == 0xe0 || c == 0xe1 ||
		    c >= 0xe3)
			other++;
	}
	return latin >= other;
}

int
doc_english(const struct doc *d)
{
	if (d->lang != NULL)
		return (d->lang[0] | 0x20) == 'e' && (d->lang[1] | 0x20) == 'n' &&
		    (d->lang[2] == '\0' || d->lang[2] == '-' || d->lang[2] == '_');
	return doc_latin(d);
}

/* Is d's text empty or only white space? */
static int
doc_blank(const struct doc *d)
{
	size_t i;
	char c;

	for (i = 0; i < d->len; i++)
		if ((c = d->text[i]) != ' ' && c != '\t' && c != '\n' &&
		    c != '\r' && c != '\f' && c != '\v')
			return 0;
	return 1;
}

char *
doc_read_note(const struct doc *d)
{
	if (doc_blank(d))	/* nothing to read: say so, or it looks broken */
		return xstrdup(strcmp(d->format, "text") != 0 ?
		    "no article text found in it" : d->len == 0 ?
		    "the file is empty" : "there is only white space in it");
	if (!doc_english(d))
		return d->lang != NULL ? xasprintf("the page is in %s; claims "
		    "are looked for in English only", d->lang) :
		    xstrdup("the text is not in Latin letters; claims are "
		    "looked for in English only");
	if (d->invalid > 0)
		return xasprintf("%zu invalid UTF-8 sequence%s replaced with "
		    "U+FFFD", d->invalid, d->invalid == 1 ? "" : "s");
	if (d->charset != NULL && strcmp(d->format, "text") == 0)
		return xasprintf("not UTF-8; read as %s",
		    strcmp(d->charset, "WINDOWS-1252") == 0 ?
		    "Windows-1252 (Latin-1)" : d->charset);
	return NULL;
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
	coref_input_free(d->cands);
	claims_state_free(d->claims_state);
	free(d->words);
	free(d->tok_first);
	free(d->text);
	free(d->name);
	free(d->url);
	free(d->byline);
	free(d->published);
	free(d->site);
	free(d->lang);
	free(d->charset);
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
