/*
 * dump.c: prints the article wrapped to a width, like a pager's output, with
 * SGR for entities and claims in the theme's styles when asked. The text has no control
 * characters after ingest; tabs are expanded here, so nothing but our own
 * SGR sequences reaches the terminal. After the article come the parties,
 * each with its positions, one line a claim, wrapped to the width.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>
#include <uniwidth.h>

#include "claims.h"
#include "dump.h"
#include "hl.h"
#include "layout.h"
#include "safe.h"
#include "theme.h"
#include "util.h"

#define DUMP_SGR	128	/* room for SGR parameters: attributes, two RGB */

/* SGR parameters of the theme's style for element e over plain text
 * (over ground first, unless it is EL_TEXT), at depth colours. */
static void
dump_sgr_el(enum theme_element ground, enum theme_element e, int depth,
    char *buf, size_t size)
{
	struct style s = theme_merge(*theme_style(EL_TEXT), theme_style(ground));

	theme_sgr(theme_merge(s, theme_style(e)), depth, buf, size);
}

/* Do two highlight classes differ? */
static int
dump_class_differs(const struct hl_class *a, const struct hl_class *b)
{
	return a->ent != b->ent || a->flags != b->flags;
}

#define DUMP_CLASSES	(16 * 64)	/* hl_class: ent < 16, six flags */

/*
 * The SGR of each highlight class met so far, made once per class: equal
 * codes share one number, so that comparing numbers compares codes
 * (code 0 is the plain text's, ""). An entity with a theme of default
 * colours and a claim under it write one code, not two.
 */
struct dump_codes {
	int depth;
	short of[DUMP_CLASSES];		/* 1 + code of a class, 0: not made */
	VEC(char *) sgr;		/* parameters, "1;38;5;33" */
	VEC(char *) esc;		/* the whole sequence, "\033[0;1;38;5;33m" */
	char cue[DUMP_SGR], content[DUMP_SGR];	/* the party list's, or "" */
};

static void
dump_codes_init(struct dump_codes *dc, int depth)
{
	memset(dc, 0, sizeof *dc);
	dc->depth = depth;
	if (depth >= 0) {
		dump_sgr_el(EL_TEXT, EL_CUE, depth, dc->cue, sizeof dc->cue);
		dump_sgr_el(EL_TEXT, EL_CLAIM, depth, dc->content,
		    sizeof dc->content);
	}
	*VEC_PUSH(dc->sgr) = xstrdup("");
	*VEC_PUSH(dc->esc) = xstrdup("\033[0m");
}

static void
dump_codes_free(struct dump_codes *dc)
{
	size_t i;

	for (i = 0; i < dc->sgr.n; i++) {
		free(dc->sgr.v[i]);
		free(dc->esc.v[i]);
	}
	VEC_FREE(dc->sgr);
	VEC_FREE(dc->esc);
}

/* The number of class c's code. */
static int
dump_code(struct dump_codes *dc, const struct hl_class *c)
{
	char want[DUMP_SGR];
	size_t i, k = (size_t)c->ent * 64 + c->flags;

	if (k < DUMP_CLASSES && dc->of[k])
		return dc->of[k] - 1;
	theme_sgr(theme_class(c, 0), dc->depth, want, sizeof want);
	for (i = 0; i < dc->sgr.n && strcmp(dc->sgr.v[i], want) != 0; i++)
		;
	if (i == dc->sgr.n) {
		*VEC_PUSH(dc->sgr) = xstrdup(want);
		*VEC_PUSH(dc->esc) = xasprintf("\033[0;%sm", want);
	}
	if (k < DUMP_CLASSES)
		dc->of[k] = (short)(i + 1);
	return (int)i;
}

/*
 * One line of the article. Bytes are written a run at a time, a run
 * ending where the SGR changes or a tab or line end is drawn as spaces;
 * the SGR is looked up only where the highlight class changes (was: a
 * style merge, an snprintf, a strcmp and an fwrite for every character
 * cell), and made once per class.
 */
static void
dump_line(FILE *f, const struct doc *d, const struct layout *l,
    const struct layout_line *ln, const struct hl *h, struct dump_codes *dc)
{
	struct layout_cell c = { ln->start, ln->start, 0, 0 };
	struct hl_class prev = { 0xff, 0xff };
	int cur = 0, want;
	uint32_t run = ln->start;	/* bytes [run, c.start) not written yet */

	while (layout_next_cell(d, l, ln, &c)) {
		if (h != NULL && dump_class_differs(hl_at(h, c.start), &prev)) {
			prev = *hl_at(h, c.start);
			want = dump_code(dc, &prev);
			if (want != cur) {
				fwrite(d->text + run, 1, c.start - run, f);
				run = c.start;
				fputs(dc->esc.v[want], f);
				cur = want;
			}
		}
		if (d->text[c.start] == '\t' || d->text[c.start] == '\n') {
			fwrite(d->text + run, 1, c.start - run, f);
			fprintf(f, "%*s", c.width, "");
			run = c.end;
		}
	}
	fwrite(d->text + run, 1, c.end - run, f);
	if (h != NULL && cur != 0)
		fputs("\033[0m", f);
	putc('\n', f);
}

/* A word-wrapping writer for the party list. */
struct dump_wrap {
	FILE *f;
	int width, col, indent;
};

/* Display width of n bytes of UTF-8. */
static int
dump_width(const char *s, size_t n)
{
	size_t i = 0;
	ucs4_t c;
	int w = 0, k, cw;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {	/* uc_width's answer */
			w += s[i] >= 0x20 && s[i] < 0x7f;
			i++;
			continue;
		}
		k = u8_mbtouc(&c, (const uint8_t *)s + i, n - i);
		cw = uc_width(c, "UTF-8");
		w += cw > 0 ? cw : 0;
		i += k > 0 ? (size_t)k : 1;
	}
	return w;
}

/* Write a word wider than the line a character at a time, breaking it. */
static void
dump_split(struct dump_wrap *w, const char *s, size_t n)
{
	size_t i = 0;
	ucs4_t c;
	int k, cw;

	while (i < n) {
		k = u8_mbtouc(&c, (const uint8_t *)s + i, n - i);
		if (k <= 0)
			k = 1;
		cw = uc_width(c, "UTF-8");
		cw = cw > 0 ? cw : 0;
		if (w->col + cw > w->width && w->col > w->indent) {
			fprintf(w->f, "\n%*s", w->indent, "");
			w->col = w->indent;
		}
		fwrite(s + i, 1, (size_t)k, w->f);
		w->col += cw;
		i += (size_t)k;
	}
}

/* Is c white space between words of the party list? */
static int
dump_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\0';	/* as strchr(" \t\n", c) */
}

/* Write text with its white space squeezed, breaking lines between words. */
static void
dump_words(struct dump_wrap *w, const char *s, size_t n, const char *sgr)
{
	size_t i = 0, a;
	int ww;

	while (i < n) {
		while (i < n && dump_is_space(s[i]))
			i++;
		for (a = i; i < n && !dump_is_space(s[i]); i++)
			;
		if (a == i)
			break;
		ww = dump_width(s + a, i - a);
		if (w->col > w->indent && w->col + 1 + ww > w->width) {
			fprintf(w->f, "\n%*s", w->indent, "");
			w->col = w->indent;
		} else if (w->col > w->indent) {
			putc(' ', w->f);
			w->col++;
		}
		if (sgr != NULL) {
			fputs("\033[", w->f);
			fputs(sgr, w->f);
			putc('m', w->f);
		}
		if (w->col + ww <= w->width)
			fwrite(s + a, 1, i - a, w->f);
		else
			dump_split(w, s + a, i - a);
		if (sgr != NULL)
			fputs("\033[0m", w->f);
		w->col += ww <= w->width - w->col ? ww : 0;
	}
}

/* Who said it, when not the party itself: a name or the source's words;
 * then the mark after it. */
static void
dump_source(struct dump_wrap *w, const struct doc *d, const struct party *p,
    const struct claim *c, const char *mark)
{
	char *name;

	if (c->speaker >= 0 && (p == NULL || c->speaker != p->entity))
		name = safe_str(d->ents.v[c->speaker].name);
	else if (c->speaker < 0 && c->has_source)
		name = xstrndup(d->text + c->source.start,
		    c->source.end - c->source.start);
	else
		return;
	if (*mark != '\0') {
		char *s = xasprintf("%s%s", name, mark);

		free(name);
		name = s;
	}
	dump_words(w, name, strlen(name), NULL);
	free(name);
}

/* One position of a party: "speaker cue: content". */
static void
dump_position(FILE *f, const struct doc *d, const struct party *p,
    const struct claim *c, int width, const struct dump_codes *dc)
{
	struct dump_wrap w = { f, width, 0, 4 };
	const char *cue = dc->cue, *content = dc->content;
	struct span parts[2];
	int i, n;

	fputs("  - ", f);
	w.col = 4;
	if (claims_cue_leads(d, c)) {	/* according to Marit Dahl: ... */
		dump_words(&w, d->text + c->cue.start, c->cue.end - c->cue.start,
		    *cue ? cue : NULL);
		dump_source(&w, d, p, c, ":");
	} else {
		dump_source(&w, d, p, c, "");
		if (c->cue.end > c->cue.start)
			dump_words(&w, d->text + c->cue.start,
			    c->cue.end - c->cue.start, *cue ? cue : NULL);
		else
			dump_words(&w, "(quote)", 7, NULL);
	}
	/* the quoted text only, not an attribution inside it */
	n = claims_content_parts(d, c, parts);
	for (i = 0; i < n; i++) {
		if (i > 0)
			dump_words(&w, "\xe2\x80\xa6", 3, NULL);
		dump_words(&w, d->text + parts[i].start,
		    parts[i].end - parts[i].start, *content ? content : NULL);
	}
	putc('\n', f);
}

/* Claims whose party is not known, after the parties (as the reader's
 * "party unknown" group): a reader should see them, not lose them. */
static void
dump_unknown(FILE *f, const struct doc *d, int width,
    const struct dump_codes *dc)
{
	struct dump_wrap w = { f, width, 0, 2 };
	char count[48];
	size_t i, n = 0;

	for (i = 0; i < d->claims.n; i++)
		n += d->claims.v[i].party < 0;
	if (n == 0)
		return;
	snprintf(count, sizeof count, "Party unknown: %zu claim%s", n,
	    n == 1 ? "" : "s");
	dump_words(&w, count, strlen(count), NULL);
	putc('\n', f);
	for (i = 0; i < d->claims.n; i++)
		if (d->claims.v[i].party < 0)
			dump_position(f, d, NULL, &d->claims.v[i], width, dc);
}

/* The parties and their positions, after the article. */
static void
dump_parties(FILE *f, const struct doc *d, int width,
    const struct dump_codes *dc)
{
	static const enum theme_element ent[] = { EL_COUNTRY, EL_OFFICIAL,
	    EL_COMPANY, EL_PERSON, EL_ORG };
	const struct party *p;
	const struct entity *e;
	size_t i, k;

	if (d->parties.n == 0 && d->claims.n == 0)
		return;
	fputs("\nParties\n", f);
	for (i = 0; i < d->parties.n; i++) {
		struct dump_wrap w = { f, width, 0, 2 };
		char *head, *tmp, count[32], sgr[DUMP_SGR] = "";

		p = &d->parties.v[i];
		e = &d->ents.v[p->entity];
		head = safe_str(e->name);	/* a lexicon's name: anything */
		tmp = xasprintf("%s:", head);
		free(head);
		head = tmp;
		if (dc->depth >= 0 && e->type < ENT_NTYPES)	/* as the party pane's swatch */
			dump_sgr_el(p->claims.n ? EL_PARTY : EL_PARTY_NONE,
			    ent[e->type], dc->depth, sgr, sizeof sgr);
		dump_words(&w, head, strlen(head), *sgr ? sgr : NULL);
		free(head);
		if (p->claims.n == 0)
			snprintf(count, sizeof count, "no stated position");
		else
			snprintf(count, sizeof count, "%zu claim%s", p->claims.n,
			    p->claims.n == 1 ? "" : "s");
		dump_words(&w, count, strlen(count), NULL);
		putc('\n', f);
		for (k = 0; k < p->claims.n; k++)
			dump_position(f, d, p, &d->claims.v[p->claims.v[k]], width,
			    dc);
	}
	dump_unknown(f, d, width, dc);
}

void
dump_write(FILE *f, const struct doc *d, int width, int depth)
{
	struct layout *l = layout_new(d, width);
	struct hl *h = depth >= 0 ? hl_window_new(d) : NULL;
	struct dump_codes dc;
	int para = -1;
	size_t i;

	dump_codes_init(&dc, depth);
	for (i = 0; i < l->lines.n; i++) {
		const struct layout_line *ln = &l->lines.v[i];

		if (h != NULL && ln->para >= 0 && ln->para != para) {
			para = ln->para;	/* a paragraph's classes at a time */
			hl_window_fill(h, d, d->paras.v[para].start,
			    d->paras.v[para].end);
		}
		dump_line(f, d, l, ln, h, &dc);
	}
	dump_parties(f, d, width, &dc);
	dump_codes_free(&dc);
	hl_free(h);
	layout_free(l);
}
