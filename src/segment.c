/*
 * segment.c: tokens and sentences. Words keep internal apostrophes and
 * hyphens (O'Brien, Shenzhen-based) and letter-dot abbreviations (U.S.);
 * a possessive 's is its own token so a mention never includes it. Double
 * quotation marks set TOK_INQUOTE on the words they enclose. Sentences end
 * at . ! ? unless an abbreviation or an initial precedes, and always at a
 * paragraph's or a hard line's end.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "util.h"

/* Decode the character at off; its length goes to *n. */
static ucs4_t
segment_char(const struct doc *d, size_t off, int *n)
{
	ucs4_t c;
	unsigned char b = (unsigned char)d->text[off];

	if (b < 0x80) {
		*n = 1;
		return b;
	}
	*n = u8_mbtouc(&c, (const uint8_t *)d->text + off, d->len - off);
	return c;
}

/* A letter beyond ASCII, or a combining mark. */
static int
segment_is_wide_letter(ucs4_t c)
{
	return uc_is_alpha(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

/* Inline, as segment_is_alnum: the words that leave the ASCII path
 * (it's, O'Brien, Shenzhen-based) ask it of each of their letters. */
static inline int
segment_is_letter(ucs4_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return segment_is_wide_letter(c);
}

static inline int
segment_is_alnum(ucs4_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z');
	return segment_is_wide_letter(c);
}

static int
segment_is_apos(ucs4_t c)
{
	return c == '\'' || c == 0x2019;
}

static ucs4_t
segment_peek(const struct doc *d, size_t off)
{
	int n;

	return off < d->len ? segment_char(d, off, &n) : 0;
}

/* Scan letter-dot pairs such as U.S. or e.g.; returns the end or 0. */
static size_t
segment_dotted(const struct doc *d, size_t off)
{
	size_t i = off;
	int n, pairs = 0;

	while (i < d->len && segment_is_letter(segment_char(d, i, &n)) &&
	    i + (size_t)n < d->len && d->text[i + n] == '.') {
		i += (size_t)n + 1;
		pairs++;
		if (i < d->len && segment_is_letter(segment_peek(d, i)) &&
		    (i + 1 >= d->len || d->text[i + 1] != '.') &&
		    !(i + 1 < d->len && !segment_is_alnum(segment_peek(d, i + 1))))
			return 0;	/* "U.Shere": not an abbreviation */
	}
	return pairs >= 2 ? i : 0;
}

/* Scan a word from off; returns its end. */
static size_t
segment_word(const struct doc *d, size_t off)
{
	size_t i = off, dot;
	ucs4_t c, nx;
	int n, m;

	if ((dot = segment_dotted(d, off)) != 0)
		return dot;
	while (i < d->len) {
		c = segment_char(d, i, &n);
		if (segment_is_alnum(c)) {
			i += (size_t)n;
			continue;
		}
		nx = i + (size_t)n < d->len ? segment_char(d, i + (size_t)n, &m) : 0;
		if (segment_is_apos(c) && segment_is_letter(nx)) {
			/* 's at a word's end is a possessive or a clitic */
			if ((nx == 's' || nx == 'S') &&
			    !segment_is_alnum(segment_peek(d, i + (size_t)n + 1)))
				break;
			i += (size_t)n;
			continue;
		}
		if ((c == '-' || c == 0x2010) && segment_is_alnum(nx)) {
			i += (size_t)n;
			continue;
		}
		if ((c == '.' || c == ',') && nx >= '0' && nx <= '9' && i > off &&
		    d->text[i - 1] >= '0' && d->text[i - 1] <= '9') {
			i += (size_t)n;
			continue;
		}
		break;
	}
	return i;
}

static uint32_t
segment_word_flags(const struct doc *d, size_t start, size_t end)
{
	uint32_t f = TOK_WORD;
	size_t i = start;
	int n, letters = 0, upper = 0, first = 1;
	ucs4_t c;

	while (i < end) {
		c = segment_char(d, i, &n);
		i += (size_t)n;
		if (first && c >= '0' && c <= '9')
			f |= TOK_DIGIT;
		if (segment_is_letter(c)) {
			letters++;
			if (c < 0x80 ? (c >= 'A' && c <= 'Z') : uc_is_upper(c)) {
				upper++;
				if (first)
					f |= TOK_CAP;
			}
			first = 0;
		} else if (c >= '0' && c <= '9')
			first = 0;
	}
	if (letters > 1 && upper == letters)
		f |= TOK_UPPER;
	return f;
}

/* Token [start, end), at most TOK_MAXLEN bytes; inline: once per token. */
static inline __attribute__((always_inline)) void
segment_push_one(struct doc *d, size_t start, size_t end, uint32_t flags)
{
	struct token *t = VEC_PUSH(d->toks);

	/* whole, not field by field: the bit fields were each a read,
	 * a mask and a write of the same bytes */
	*t = (struct token){ .start = (uint32_t)start, .flags = flags,
	    .len = (uint32_t)(end - start) };
}

/*
 * A run of letters longer than TOK_MAXLEN (8 KB: no word of any
 * language; a pasted blob): tokens cut at UTF-8 character boundaries.
 */
static void
segment_push_long(struct doc *d, size_t start, size_t end, uint32_t flags)
{
	size_t cut;

	while (end - start > TOK_MAXLEN) {
		cut = start + TOK_MAXLEN;
		while (cut > start + 1 && ((unsigned char)d->text[cut] & 0xc0) == 0x80)
			cut--;
		segment_push_one(d, start, cut, flags);
		start = cut;
	}
	segment_push_one(d, start, end, flags);
}

/* Token [start, end). */
static inline void
segment_push(struct doc *d, size_t start, size_t end, uint32_t flags)
{
	if (end - start > TOK_MAXLEN)
		segment_push_long(d, start, end, flags);
	else
		segment_push_one(d, start, end, flags);
}

/* Flags of a quotation mark c at off, or 0 if c is not one. */
static uint32_t
segment_quote_flags(const struct doc *d, size_t off, ucs4_t c)
{
	unsigned char prev = off > 0 ? (unsigned char)d->text[off - 1] : ' ';
	unsigned char next = off + 1 < d->len ? (unsigned char)d->text[off + 1] :
	    ' ';

	switch (c) {
	case 0x201c: case 0x201e: case 0xab:
		return TOK_QUOTE | TOK_OPENQ;
	case 0x201d:
		/* a right mark opening a word after a space opens (”Fear. I ...) */
		next = off + 3 < d->len ? (unsigned char)d->text[off + 3] : ' ';
		if ((off == 0 || prev == ' ' || prev == '\n' || prev == '\t') &&
		    next != ' ' && next != '\n' && next != '\t' && next != ',' &&
		    next != '.')
			return TOK_QUOTE | TOK_OPENQ;
		return TOK_QUOTE | TOK_CLOSEQ;
	case 0xbb:
		return TOK_QUOTE | TOK_CLOSEQ;
	case '"':
		/* a mark between spaces closes ("... France, " he said) */
		if ((prev == ' ' || prev == '\n' || prev == '\t' || prev == '(' ||
		    prev == '[' || prev == '-') && !(prev == ' ' && (next == ' ' ||
		    next == '\n')))
			return TOK_QUOTE | TOK_OPENQ;
		return TOK_QUOTE | TOK_CLOSEQ;
	case 0x2018:
		return TOK_QUOTE;
	}
	return 0;
}

/*
 * The class of an ASCII byte: a space that parts tokens, a digit, a small
 * or a capital letter; 0 for any other. One load per byte, not three
 * range tests (the tokeniser reads every byte of the text); 0 for any
 * byte of a multibyte character.
 */
#define SEG_SPACE	0x01
#define SEG_DIGIT	0x02
#define SEG_LOWER	0x04
#define SEG_UPPER	0x08
#define SEG_ALNUM	(SEG_DIGIT | SEG_LOWER | SEG_UPPER)

static const unsigned char segment_ascii[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
	0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
	8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 0, 0, 0, 0, 0,
	0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0,
	/* 0x80 to 0xff: not ASCII */
};

/*
 * A word of plain ASCII letters and digits from off: its end, with its
 * flags in *f, or 0 when what follows may extend it (an apostrophe, a
 * hyphen, a dotted abbreviation, a number's point, a non-ASCII letter) and
 * segment_word must decide. Most words of an article take this path.
 */
static inline size_t
segment_ascii_word(const struct doc *d, size_t off, uint32_t *f)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t i = off, n = d->len, j;
	unsigned seen, upper = 0, k;
	unsigned char c;

	seen = k = segment_ascii[s[i]];
	*f = TOK_WORD | (k & SEG_DIGIT ? TOK_DIGIT : 0) |
	    (k & SEG_UPPER ? TOK_CAP : 0);
	/* the text's NUL (class 0) ends a word at its end: no bound test;
	 * a word that starts small is never all capitals: its classes
	 * need not be gathered (most words) */
	if (k & SEG_LOWER)
		while (segment_ascii[s[++i]] & SEG_ALNUM)
			;
	else
		while ((k = segment_ascii[s[i]]) & SEG_ALNUM) {
			seen |= k;
			i++;
		}
	if (i < n) {
		c = s[i];
		if (c >= 0x80 || c == '\'' || c == '-' ||
		    ((c == '.' || c == ',') && i + 1 < n && s[i + 1] >= '0' &&
		    s[i + 1] <= '9') || (c == '.' && i - off == 1))
			return 0;
	}
	/* two letters or more, all capitals (counted only then) */
	if (!(seen & SEG_LOWER) && (seen & SEG_UPPER)) {
		for (j = off; j < i; j++)
			upper += segment_ascii[s[j]] >> 3;	/* SEG_UPPER */
		if (upper > 1)
			*f |= TOK_UPPER;
	}
	return i;
}

/*
 * The line breaks inside a paragraph, each by the token after it and its
 * first newline there: the tokeniser passes them as it skips spaces, and
 * the sentence splitter, which asks at every token whether a line ended
 * before it, reads them from here, not the bytes between tokens again.
 */
struct segment_break {
	size_t tok;		/* the token after the break */
	uint32_t nl;		/* the first newline before it */
};

struct segment_breaks {
	VEC(struct segment_break) v;
};

/* Tokenise one paragraph; set quotation state within it; note its line
 * breaks in br. */
static void
segment_para(struct doc *d, const struct para *p, struct segment_breaks *br)
{
	size_t i = p->start, end;
	ucs4_t c;
	int n, inq = 0;
	uint32_t f;
	struct segment_break *b;

	br->v.n = 0;
	while (i < p->end) {
		c = (unsigned char)d->text[i];
		if (segment_ascii[c] & SEG_SPACE) {
			if (c == '\n' && (br->v.n == 0 ||
			    br->v.v[br->v.n - 1].tok != d->toks.n)) {
				b = VEC_PUSH(br->v);
				b->tok = d->toks.n;
				b->nl = (uint32_t)i;
			}
			i++;
			continue;
		}
		if ((segment_ascii[c] & SEG_ALNUM) &&
		    (end = segment_ascii_word(d, i, &f)) != 0) {
			segment_push(d, i, end, f | (inq ? TOK_INQUOTE : 0));
			i = end;
			continue;
		}
		c = segment_char(d, i, &n);
		if (c == 0xa0 || (c >= 0x80 && uc_is_space(c))) {
			i += (size_t)n;
			continue;
		}
		if (segment_is_alnum(c)) {
			end = segment_word(d, i);
			segment_push(d, i, end, segment_word_flags(d, i, end) |
			    (inq ? TOK_INQUOTE : 0));
			i = end;
			continue;
		}
		/* '' and `` stand for double quotation marks in ASCII text */
		if ((c == '\'' || c == '`') && i + 1 < p->end &&
		    d->text[i + 1] == (char)c) {
			f = c == '`' ? TOK_QUOTE | TOK_OPENQ :
			    segment_quote_flags(d, i, '"');
			inq = (f & TOK_OPENQ) != 0;
			segment_push(d, i, i + 2, f | (inq && !(f & TOK_OPENQ) ?
			    TOK_INQUOTE : 0));
			i += 2;
			continue;
		}
		if (segment_is_apos(c) && (d->toks.n > 0 &&
		    tok_end(&d->toks.v[d->toks.n - 1]) == i)) {
			ucs4_t nx = segment_peek(d, i + (size_t)n);
			size_t e = i + (size_t)n;

			if (nx == 's' || nx == 'S')
				e++;
			if (nx == 's' || nx == 'S' ||
			    (d->text[i - 1] == 's' && !segment_is_alnum(nx))) {
				segment_push(d, i, e, TOK_POSS |
				    (inq ? TOK_INQUOTE : 0));
				i = e;
				continue;
			}
		}
		f = segment_quote_flags(d, i, c);
		if (f & TOK_OPENQ)
			inq = 1;
		else if (f & TOK_CLOSEQ)
			inq = 0;
		segment_push(d, i, i + (size_t)n, (f ? f : TOK_PUNCT) |
		    (inq && !(f & TOK_OPENQ) ? TOK_INQUOTE : 0));
		i += (size_t)n;
	}
}

static int
segment_tok_eq(const struct doc *d, const struct token *t, const char *w)
{
	size_t n = strlen(w);

	return tok_end(t) - t->start == n &&
	    strncasecmp(d->text + t->start, w, n) == 0;
}

int
segment_tok_is(const struct doc *d, const struct token *t, const char *w)
{
	return segment_tok_eq(d, t, w);
}

/* Is token t a word of class c of the lexicon (none without one)? */
static int
segment_word_is(const struct doc *d, const struct token *t,
    const struct lexicon *lx, enum word_class c)
{
	return lx != NULL && (t->flags & TOK_WORD) &&
	    lexicon_word_is(lexicon_word(lx, d->text + t->start,
	    tok_end(t) - t->start), c);
}

/*
 * Is token t (the word before a period) an abbreviation: in abbrevs.tsv as
 * written (Calif.), in words.tsv's class abbrev in any case (Mr., No. 10),
 * or an initial? Without a lexicon (the lexicon cutting its own forms)
 * only initials are.
 */
static int
segment_abbrev(const struct doc *d, const struct token *t,
    const struct lexicon *lx)
{
	char buf[32];
	size_t n = tok_end(t) - t->start;

	if (!(t->flags & TOK_WORD))
		return 0;
	if (lx != NULL && n + 1 < sizeof buf) {
		memcpy(buf, d->text + t->start, n);
		buf[n] = '.';
		if (lexicon_is_abbrev(lx, buf, n + 1))
			return 1;
	}
	if (segment_word_is(d, t, lx, WC_ABBREV))
		return 1;
	/* an initial: one capital letter */
	return n == 1 && (t->flags & TOK_CAP);
}

/* Does t start a sentence after a dotted abbreviation (the U.S. Its chief)? */
static int
segment_starter(const struct doc *d, const struct token *t,
    const struct lexicon *lx)
{
	return segment_word_is(d, t, lx, WC_SENT_STARTER);
}

static void
segment_add_sentence(struct doc *d, int para, size_t first, size_t last)
{
	struct sentence *s;
	size_t k;

	if (last < first)
		return;
	s = VEC_PUSH(d->sents);
	s->start = d->toks.v[first].start;
	s->end = tok_end(&d->toks.v[last]);
	s->tok_first = (uint32_t)first;
	s->tok_count = (uint32_t)(last - first + 1);
	s->para = para;
	for (k = first; k <= last; k++)
		if (d->toks.v[k].flags & TOK_WORD) {
			d->toks.v[k].flags |= TOK_SENT_START;
			break;
		}
}

/* Does the token at k end a sentence, given what follows? */
static int
segment_ends(const struct doc *d, size_t k, size_t end,
    const struct lexicon *lx, size_t *last)
{
	const struct token *t = &d->toks.v[k], *nx;
	unsigned char c = (unsigned char)d->text[t->start];
	size_t j = k + 1;
	int dotted = 0;

	if (t->flags & TOK_WORD) {
		if (d->text[tok_end(t) - 1] != '.')
			return 0;
		dotted = 1;	/* U.S. at a sentence's end */
	} else if (!(c == '.' || c == '!' || c == '?' ||
	    (tok_end(t) - t->start == 3 && memcmp(d->text + t->start, "\xe2\x80\xa6", 3) == 0)))
		return 0;
	if (c == '.' && k > 0 && tok_end(&d->toks.v[k - 1]) == t->start &&
	    segment_abbrev(d, &d->toks.v[k - 1], lx))
		dotted = 1;
	/* absorb closing quotes, brackets and further marks */
	while (j < end && (d->toks.v[j].flags & (TOK_CLOSEQ | TOK_PUNCT)) &&
	    !(d->toks.v[j].flags & TOK_OPENQ) &&
	    strchr(".!?)]\"'", d->text[d->toks.v[j].start]) != NULL)
		j++;
	while (j < end && (d->toks.v[j].flags & TOK_CLOSEQ))
		j++;
	*last = j - 1;
	if (j >= end)
		return 1;
	nx = &d->toks.v[j];
	if (util_byte_in(d->text + tok_end(&d->toks.v[j - 1]), '\n',
	    nx->start - tok_end(&d->toks.v[j - 1])) != NULL &&
	    doc_hard_break(d, (uint32_t)(tok_end(&d->toks.v[j - 1]))))
		return 1;
	/* a word right after the period is the same token run (D-N.Y.) */
	if (nx->start == tok_end(&d->toks.v[j - 1]) && (nx->flags & TOK_WORD))
		return 0;
	/* a comma opens no sentence (Mitch McConnell, R-Ky., said) */
	if (tok_end(nx) - nx->start == 1 && strchr(",;", d->text[nx->start]) != NULL)
		return 0;
	if (dotted)
		return (nx->flags & TOK_CAP) && segment_starter(d, nx, lx);
	return (nx->flags & (TOK_CAP | TOK_DIGIT | TOK_OPENQ | TOK_QUOTE)) != 0 ||
	    !(nx->flags & TOK_WORD);
}

/*
 * Does a sentence end at token last fall inside a quotation that the outer
 * sentence goes on after (“We acted. We will appeal,” she said.)? *close
 * caches the closing mark found, so a long quote is scanned once.
 */
static int
segment_quote_embedded(const struct doc *d, size_t last, size_t end,
    size_t *close)
{
	size_t j = last + 1;

	if (j >= end || !(d->toks.v[j].flags & TOK_INQUOTE))
		return 0;
	if (*close <= last || *close >= end) {
		for (*close = j; *close < end &&
		    !(d->toks.v[*close].flags & (TOK_CLOSEQ | TOK_OPENQ)); (*close)++)
			;
	}
	j = *close;
	if (j >= end || !(d->toks.v[j].flags & TOK_CLOSEQ))
		return 0;
	if (d->text[d->toks.v[j - 1].start] == ',' &&
	    tok_end(&d->toks.v[j - 1]) - d->toks.v[j - 1].start == 1)
		return 1;
	return j + 1 < end && (d->toks.v[j + 1].flags & TOK_WORD) &&
	    !(d->toks.v[j + 1].flags & (TOK_CAP | TOK_DIGIT));
}

/* Split the tokens of paragraph p (tokens [first, end), its line breaks
 * br) into sentences. */
static void
segment_sentences(struct doc *d, int p, size_t first, size_t end,
    const struct lexicon *lx, const struct segment_breaks *br)
{
	size_t k, s = first, last, close = 0, b = 0;

	for (k = first; k < end; k++) {
		/* a hard line break (list item, heading) ends a sentence */
		while (b < br->v.n && br->v.v[b].tok < k)
			b++;
		if (b < br->v.n && br->v.v[b].tok == k && k > s &&
		    doc_hard_break(d, br->v.v[b].nl)) {
			segment_add_sentence(d, p, s, k - 1);
			s = k;
		}
		if (segment_ends(d, k, end, lx, &last) &&
		    !segment_quote_embedded(d, last, end, &close)) {
			segment_add_sentence(d, p, s, last);
			s = k = last + 1;
			k--;
		}
	}
	if (s < end)
		segment_add_sentence(d, p, s, end - 1);
}

/* d->tok_first for d's tokens (model.h): the first token at or after
 * each MODEL_TOK_STEP bytes, and toks.n after the text's end. */
static void
segment_index(struct doc *d)
{
	size_t b, j = 0, n = (d->len >> MODEL_TOK_SHIFT) + 2;

	free(d->tok_first);
	d->tok_first = xmalloc(n * sizeof *d->tok_first);
	d->ntok_first = n;
	for (b = 0; b < n; b++) {
		while (j < d->toks.n &&
		    d->toks.v[j].start < (uint64_t)b << MODEL_TOK_SHIFT)
			j++;
		d->tok_first[b] = (uint32_t)j;
	}
}

void
segment_run(struct doc *d, const struct lexicon *lx)
{
	size_t p, first;
	struct segment_breaks br = { { NULL, 0, 0 } };

	d->toks.n = d->sents.n = 0;
	/* new tokens: no look-up holds; a memo only for a document the
	 * stages will read (the lexicon's own phrases come with no lx) */
	if (d->words == NULL && lx != NULL)
		d->words = lexicon_memo_new();
	else
		lexicon_memo_clear(d->words);
	/* about a token for every five bytes of news: grow once, not often */
	d->toks.v = vec_grow(d->toks.v, &d->toks.cap, d->len / 5 + 16,
	    sizeof *d->toks.v);
	for (p = 0; p < d->paras.n; p++) {
		first = d->toks.n;
		segment_para(d, &d->paras.v[p], &br);
		segment_sentences(d, (int)p, first, d->toks.n, lx, &br);
	}
	VEC_FREE(br.v);
	if (lx != NULL)		/* a document the stages will read */
		segment_index(d);
	else {
		free(d->tok_first);
		d->tok_first = NULL;
		d->ntok_first = 0;
	}
}

const struct lexicon_entry *
segment_tok_word(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct token *t = &d->toks.v[k];

	if (d->words == NULL)
		return lexicon_word(lx, d->text + t->start, t->len);
	return lexicon_memo_word(d->words, lx, k, d->text + t->start, t->len);
}
