/*
 * theme.c: the default style of every element and colour reduction
 * (tmux's colour.c idea: RGB to the nearest of 256, then of 16 or 8; a
 * bright colour on an 8-colour terminal becomes bold).
 */
#include <stdlib.h>

#include "theme.h"

static const struct {
	const char *name;
	struct style style;
} theme_defaults[EL_COUNT] = {
#define X(id, name, fg, bg, attrs, mono) [EL_##id] = { name, { fg, bg, attrs, mono } },
	THEME_ELEMENTS
#undef X
};

const struct style *
theme_style(enum theme_element e)
{
	return &theme_defaults[e < EL_COUNT ? e : EL_TEXT].style;
}

const char *
theme_element_name(enum theme_element e)
{
	return theme_defaults[e < EL_COUNT ? e : EL_TEXT].name;
}

struct style
theme_merge(struct style base, const struct style *over)
{
	if (over->fg != COLOUR_UNSET)
		base.fg = over->fg;
	if (over->bg != COLOUR_UNSET)
		base.bg = over->bg;
	base.attrs |= over->attrs;
	base.mono |= over->mono;
	return base;
}

/* RGB of 256-colour c (xterm's palette). */
static void
colour_rgb(int c, int *r, int *g, int *b)
{
	static const int base[16][3] = {
		{0,0,0}, {205,0,0}, {0,205,0}, {205,205,0}, {0,0,238}, {205,0,205},
		{0,205,205}, {229,229,229}, {127,127,127}, {255,0,0}, {0,255,0},
		{255,255,0}, {92,92,255}, {255,0,255}, {0,255,255}, {255,255,255}
	};
	static const int cube[6] = { 0, 95, 135, 175, 215, 255 };

	if (c < 16) {
		*r = base[c][0]; *g = base[c][1]; *b = base[c][2];
	} else if (c < 232) {
		c -= 16;
		*r = cube[c / 36]; *g = cube[(c / 6) % 6]; *b = cube[c % 6];
	} else
		*r = *g = *b = 8 + (c - 232) * 10;
}

/* Nearest of the first n (8 or 16) colours to r, g, b. */
static int
colour_nearest(int r, int g, int b, int n)
{
	int i, best = 0, bd = -1, cr, cg, cb, dd;

	for (i = 0; i < n; i++) {
		colour_rgb(i, &cr, &cg, &cb);
		dd = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb);
		if (bd < 0 || dd < bd) {
			bd = dd;
			best = i;
		}
	}
	return best;
}

/* Nearest of the 256 colours to an RGB value (cube or grey ramp). */
static int
colour_from_rgb(int rgb)
{
	int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff, i;
	int best = 16, bd = -1, cr, cg, cb, dd;

	for (i = 16; i < 256; i++) {
		colour_rgb(i, &cr, &cg, &cb);
		dd = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb);
		if (bd < 0 || dd < bd) {
			bd = dd;
			best = i;
		}
	}
	return best;
}

int
colour_reduce(int c, int ncolours, int *bold)
{
	int r, g, b;

	*bold = 0;
	if (c < 0 || ncolours < 8)
		return COLOUR_DEFAULT;
	if (c & COLOUR_RGB)
		c = colour_from_rgb(c & 0xffffff);
	if (c < ncolours)
		return c;
	if (c >= 16) {
		colour_rgb(c, &r, &g, &b);
		c = colour_nearest(r, g, b, ncolours >= 16 ? 16 : 8);
		if (c < ncolours)
			return c;
	}
	*bold = 1;	/* 8-15 on an 8-colour terminal */
	return c - 8;
}
