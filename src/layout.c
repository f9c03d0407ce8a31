/*
 * layout.c: wraps paragraphs to a width. Break opportunities come from
 * libunistring's line breaking (UAX #14) and widths from uc_width; lines are
 * filled greedily, a word longer than a line is split between characters,
 * and no line is ever wider than the width. Soft newlines inside a paragraph
 * are spaces; hard ones (list items, headings) break the line.
 */
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "doc.h"
#include "layout.h"
#include "util.h"

int
layout_char_width(uint32_t c, int col)
{
	int w;

	if (c == '\t')
		return LAYOUT_TAB - col % LAYOUT_TAB;
	if (c < 0x20)
		return 0;
	if (c < 0x80)	/* ASCII, most of a text: uc_width's answer, 1 */
		return 1;
	w = uc_width(c, "UTF-8");
	return w < 0 ? 1 : w;
}

static uint32_t
layout_decode(const struct doc *d, uint32_t off, int *n)
{
	ucs4_t c;

	if ((unsigned char)d->text[off] < 0x80) {
		*n = 1;
		return (unsigned char)d->text[off];
	}
	*n = u8_mbtouc(&c, (const uint8_t *)d->text + off, d->len - off);
	return c;
}

static void
layout_push(struct layout *l, const struct doc *d, uint32_t start,
    uint32_t end, int para)
{
	struct layout_line *ln;

	while (end > start && (d->text[end - 1] == ' ' || d->text[end - 1] == '\n'))
		end--;
	ln = VEC_PUSH(l->lines);
	ln->start = start;
	ln->end = end;
	ln->para = para;
}

/* Skip spaces that a wrapped line must not start with. */
static uint32_t
layout_skip_spaces(const struct doc *d, uint32_t i, uint32_t end)
{
	while (i < end && (d->text[i] == ' ' || d->text[i] == '\n'))
		i++;
	return i;
}

/* Columns from byte a to byte b when a starts a line. */
static int
layout_measure(const struct doc *d, uint32_t a, uint32_t b)
{
	int col = 0, n;

	while (a < b) {
		col += layout_char_width(layout_decode(d, a, &n), col);
		a += (uint32_t)n;
	}
	return col;
}

/* Wrap paragraph pi, whose break opportunities are in brk. */
static void
layout_para(struct layout *l, const struct doc *d, int pi, char *brk)
{
	const struct para *p = &d->paras.v[pi];
	uint32_t i = p->start, ls = p->start, lastbrk = 0;
	int col = 0, n, w;
	uint32_t c;

	while (i < p->end) {
		char b = brk[i - p->start];

		if (b == UC_BREAK_MANDATORY) {
			/* libunistring marks the newline itself, and so a line
			 * or paragraph separator (U+2028, U+2029), which ends
			 * the line as a newline does: staying on it pushed
			 * empty lines until memory ran out */
			layout_push(l, d, ls, i, pi);
			layout_decode(d, i, &n);
			ls = i + (uint32_t)n;
			i = ls;
			col = 0;
			lastbrk = 0;
			continue;
		} else if (b == UC_BREAK_POSSIBLE)
			lastbrk = i;
		c = layout_decode(d, i, &n);
		if (c == '\n')
			c = ' ';
		w = layout_char_width(c, col);
		if (col + w > l->width && c != ' ' && i > ls) {
			if (lastbrk > ls) {
				layout_push(l, d, ls, lastbrk, pi);
				ls = layout_skip_spaces(d, lastbrk, p->end);
			} else {
				layout_push(l, d, ls, i, pi);
				ls = i;
			}
			lastbrk = 0;
			col = layout_measure(d, ls, i);
			w = layout_char_width(c, col);
			if (col + w > l->width) {	/* still too long: split here */
				layout_push(l, d, ls, i, pi);
				ls = i;
				col = 0;
				w = layout_char_width(c, 0);
			}
		}
		col += w;
		i += (uint32_t)n;
	}
	if (i > ls || ls == p->start)
		layout_push(l, d, ls, p->end, pi);
}

struct layout *
layout_new(const struct doc *d, int width)
{
	struct layout *l = xcalloc(1, sizeof *l);
	char *brk = NULL, *buf = NULL;
	size_t cap = 0, pi, j;
	uint32_t k;

	l->width = width < 4 ? 4 : width;
	for (pi = 0; pi < d->paras.n; pi++) {
		const struct para *p = &d->paras.v[pi];
		size_t n = p->end - p->start;

		if (n > cap) {
			cap = n;
			brk = xrealloc(brk, cap);
			buf = xrealloc(buf, cap);
		}
		/* soft newlines are spaces to the line breaker; offsets stay */
		memcpy(buf, d->text + p->start, n);
		for (j = 0; j < n; j++) {
			k = p->start + (uint32_t)j;
			if (buf[j] == '\n' && !doc_hard_break(d, k))
				buf[j] = ' ';
			else if (buf[j] == '\t')
				buf[j] = ' ';
		}
		u8_possible_linebreaks((const uint8_t *)buf, n, "UTF-8", brk);
		if (pi > 0) {
			struct layout_line *gap = VEC_PUSH(l->lines);

			gap->start = gap->end = p->start;
			gap->para = -1;
		}
		layout_para(l, d, (int)pi, brk);
	}
	free(brk);
	free(buf);
	return l;
}

void
layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	VEC_FREE(l->lines);
	free(l);
}

int
layout_next_cell(const struct doc *d, const struct layout *l,
    const struct layout_line *ln, struct layout_cell *c)
{
	uint32_t ch;
	int n, col = c->col + c->width;

	if (c->end >= ln->end)
		return 0;
	if (c->end == ln->start)
		col = 0;
	ch = layout_decode(d, c->end, &n);
	if (ch == '\n')
		ch = ' ';
	c->start = c->end;
	c->end += (uint32_t)n;
	c->col = col;
	c->width = layout_char_width(ch, col);
	if (c->col + c->width > l->width)
		c->width = l->width - c->col;	/* a tab at the edge */
	return 1;
}

int
layout_line_width(const struct doc *d, const struct layout *l,
    const struct layout_line *ln)
{
	struct layout_cell c = { ln->start, ln->start, 0, 0 };
	int w = 0;

	while (layout_next_cell(d, l, ln, &c))
		w = c.col + c.width;
	return w;
}

size_t
layout_line_of(const struct layout *l, uint32_t off)
{
	size_t lo = 0, hi = l->lines.n;

	/* the last line whose start is <= off */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (l->lines.v[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	while (lo > 0 && l->lines.v[lo].para < 0 && l->lines.v[lo].start == off)
		lo++;	/* a gap shares its offset with the paragraph after it */
	return lo < l->lines.n ? lo : l->lines.n - 1;
}

int
layout_col_of(const struct doc *d, const struct layout *l,
    const struct layout_line *ln, uint32_t off)
{
	struct layout_cell c = { ln->start, ln->start, 0, 0 };

	while (layout_next_cell(d, l, ln, &c))
		if (c.end > off)
			return c.col;
	return c.col + c.width;
}

uint32_t
layout_offset_at(const struct doc *d, const struct layout *l,
    const struct layout_line *ln, int col)
{
	struct layout_cell c = { ln->start, ln->start, 0, 0 };

	while (layout_next_cell(d, l, ln, &c))
		if (col < c.col + c.width)
			return c.start;
	return ln->end;
}
