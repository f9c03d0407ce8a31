/*
 * colour.c: colour words, reduction and SGR (tmux's colour.c idea: a
 * colour stays as the theme wrote it, RGB or one of 256, and is reduced
 * only for the terminal in front: RGB to the nearest of 256, then of 16;
 * a bright colour on an 8-colour terminal becomes bold).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "colour.h"

static const char *colour_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

/* The number 0-255 in s, or -1. */
static int
colour_number(const char *s)
{
	char *end;
	long n;

	if (*s < '0' || *s > '9' || strlen(s) > 3)
		return -1;
	n = strtol(s, &end, 10);
	return *end == '\0' && n <= 255 ? (int)n : -1;
}

/* The RGB value of "#rrggbb", or -1. */
static int
colour_hex(const char *s)
{
	int i, v = 0, d;

	if (s[0] != '#' || strlen(s) != 7)
		return -1;
	for (i = 1; i < 7; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f')
			d = (s[i] | 0x20) - 'a' + 10;
		else
			return -1;
		v = v * 16 + d;
	}
	return v;
}

int
colour_parse(const char *s)
{
	int i, n;

	if (strcasecmp(s, "default") == 0)
		return COLOUR_DEFAULT;
	if ((n = colour_hex(s)) >= 0)
		return COLOUR_RGB | n;
	if (strncasecmp(s, "colour", 6) == 0 && (n = colour_number(s + 6)) >= 0)
		return n;
	if (strncasecmp(s, "color", 5) == 0 && (n = colour_number(s + 5)) >= 0)
		return n;
	for (i = 0; i < 8; i++) {
		if (strcasecmp(s, colour_names[i]) == 0)
			return i;
		if (strncasecmp(s, "bright", 6) == 0 &&
		    strcasecmp(s + 6, colour_names[i]) == 0)
			return 8 + i;
	}
	return COLOUR_INVALID;
}

const char *
colour_tostring(int c, char *buf, size_t size)
{
	if (c < 0)
		snprintf(buf, size, "default");
	else if (c & COLOUR_RGB)
		snprintf(buf, size, "#%06x", c & 0xffffff);
	else if (c < 8)
		snprintf(buf, size, "%s", colour_names[c]);
	else if (c < 16)
		snprintf(buf, size, "bright%s", colour_names[c - 8]);
	else
		snprintf(buf, size, "colour%d", c);
	return buf;
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

/* Nearest of colours [from, to) to r, g, b. */
static int
colour_nearest(int r, int g, int b, int from, int to)
{
	int i, best = from, bd = -1, cr, cg, cb, dd;

	for (i = from; i < to; i++) {
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
	if (c & COLOUR_RGB)	/* the cube and grey ramp only: 0-15 vary */
		c = colour_nearest((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff,
		    16, 256);
	if (c < ncolours)
		return c;
	if (c >= 16) {	/* the nearest of 16 (a grey becomes bright black) */
		colour_rgb(c, &r, &g, &b);
		c = colour_nearest(r, g, b, 0, 16);
		if (c < ncolours)
			return c;
	}
	*bold = 1;	/* 8-15 on an 8-colour terminal */
	return c - 8;
}

void
colour_sgr(int c, int bg, int depth, char *buf, size_t size)
{
	size_t n = strlen(buf);
	const char *sep = n > 0 ? ";" : "";
	int bold = 0;

	if (c < 0 || n >= size)
		return;
	if ((c & COLOUR_RGB) && depth >= COLOUR_TRUE) {
		snprintf(buf + n, size - n, "%s%d;2;%d;%d;%d", sep, bg ? 48 : 38,
		    (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
		return;
	}
	c = colour_reduce(c, depth > 256 ? 256 : depth, &bold);
	if (c < 0)
		return;
	if (c < 8)
		snprintf(buf + n, size - n, "%s%s%d", sep, bold && !bg ? "1;" : "",
		    (bg ? 40 : 30) + c);
	else if (c < 16)
		snprintf(buf + n, size - n, "%s%d", sep, (bg ? 100 : 90) + c - 8);
	else
		snprintf(buf + n, size - n, "%s%d;5;%d", sep, bg ? 48 : 38, c);
}
