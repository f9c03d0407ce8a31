/*
 * theme.c: the built-in theme, the theme in use, and what styles become:
 * merged per byte of the article (theme_class, shared by the reader and
 * the dump) and SGR for the dump. Theme files are theme_file.c; colours
 * are colour.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl.h"
#include "theme.h"
#include "util.h"

static const struct {
	const char *name;
	enum theme_element parent;
	struct style style;	/* mono: stand-in attributes for any bg */
} theme_table[EL_COUNT] = {
#define X(id, name, parent, fg, bg, attrs, mono) \
	[EL_##id] = { name, EL_##parent, { fg, bg, attrs, mono } },
	THEME_ELEMENTS
#undef X
};

/* The theme in use; the built-in one until theme_use. */
static struct theme theme_current;
static int theme_ready;
static int theme_plain;		/* no colour: mono's attributes */

/* With no colour (NO_COLOR, --color=never) the elements a reader must
 * tell apart take the mono theme's attributes (themes/mono.theme says
 * why these), whatever theme is chosen: a theme that tells country from
 * company by colour alone would otherwise show both as plain bold. */
static const struct {
	enum theme_element el;
	unsigned attrs;
} theme_plain_attrs[] = {
	{ EL_TITLE, STYLE_BOLD }, { EL_BOILER, STYLE_DIM },
	{ EL_COUNTRY, STYLE_BOLD }, { EL_OFFICIAL, STYLE_BOLD | STYLE_ITALIC },
	{ EL_COMPANY, STYLE_ITALIC }, { EL_PERSON, STYLE_DIM | STYLE_ITALIC },
	{ EL_ORG, STYLE_DIM }, { EL_CLAIM, STYLE_UNDERLINE },
	{ EL_CLAIM_CURRENT, STYLE_REVERSE }, { EL_CUE, STYLE_BOLD | STYLE_REVERSE },
	{ EL_SOURCE, STYLE_UNDERLINE }, { EL_QUOTE, 0 },
	{ EL_SEARCH, STYLE_REVERSE | STYLE_UNDERLINE },
};

/* Make t's marks tell kinds apart by attributes alone. */
static void
theme_plainify(struct theme *t)
{
	size_t i;
	struct style *s;

	for (i = 0; i < sizeof theme_plain_attrs / sizeof theme_plain_attrs[0]; i++) {
		s = &t->el[theme_plain_attrs[i].el];
		s->fg = s->bg = COLOUR_DEFAULT;
		s->attrs = theme_plain_attrs[i].attrs;
		s->mono = 0;
	}
}

void
theme_builtin(struct theme *t)
{
	int e;

	t->name = xstrdup("default");
	for (e = 0; e < EL_COUNT; e++) {
		t->el[e] = theme_table[e].style;
		if (t->el[e].bg < 0)
			t->el[e].mono = 0;
	}
}

void
theme_free(struct theme *t)
{
	free(t->name);
	t->name = NULL;
}

void
theme_use(const struct theme *t)
{
	char *name = xstrdup(t->name);

	theme_free(&theme_current);
	theme_current = *t;
	theme_current.name = name;
	theme_ready = 1;
	if (theme_plain)
		theme_plainify(&theme_current);
}

void
theme_set_plain(int on)
{
	theme_plain = on;
	if (!theme_ready) {
		theme_builtin(&theme_current);
		theme_ready = 1;
	}
	if (on)
		theme_plainify(&theme_current);
}

/* The theme in use, made the built-in one on first use. */
static const struct theme *
theme_get(void)
{
	if (!theme_ready) {
		theme_builtin(&theme_current);
		theme_ready = 1;
	}
	return &theme_current;
}

const char *
theme_name(void)
{
	return theme_get()->name;
}

const struct style *
theme_style(enum theme_element e)
{
	return &theme_get()->el[(unsigned)e < EL_COUNT ? e : EL_TEXT];
}

const char *
theme_element_name(enum theme_element e)
{
	return theme_table[(unsigned)e < EL_COUNT ? e : EL_TEXT].name;
}

int
theme_element_find(const char *name)
{
	int e;

	for (e = 0; e < EL_COUNT; e++)
		if (strcmp(theme_table[e].name, name) == 0)
			return e;
	return -1;
}

enum theme_element
theme_element_parent(enum theme_element e)
{
	return theme_table[(unsigned)e < EL_COUNT ? e : EL_TEXT].parent;
}

unsigned
theme_element_mono(enum theme_element e)
{
	return theme_table[(unsigned)e < EL_COUNT ? e : EL_TEXT].style.mono;
}

struct style
theme_merge(struct style base, const struct style *over)
{
	if (over->fg >= 0)
		base.fg = over->fg;
	if (over->bg >= 0)
		base.bg = over->bg;
	base.attrs |= over->attrs;
	base.mono |= over->mono;
	return base;
}

struct style
theme_class(const struct hl_class *c, unsigned over)
{
	static const enum theme_element ent[] = { EL_TEXT, EL_COUNTRY,
	    EL_OFFICIAL, EL_COMPANY, EL_PERSON, EL_ORG };
	struct style s = *theme_style(EL_TEXT);

	if (c->flags & HL_TITLE) s = theme_merge(s, theme_style(EL_TITLE));
	if (c->flags & HL_CONTENT) s = theme_merge(s, theme_style(EL_CLAIM));
	if (c->flags & HL_QUOTE) s = theme_merge(s, theme_style(EL_QUOTE));
	if (c->ent && c->ent < 6 && !(over & THEME_DIM))
		s = theme_merge(s, theme_style(ent[c->ent]));
	else if (c->ent)
		s.attrs |= STYLE_DIM;
	if (c->flags & HL_SOURCE) s = theme_merge(s, theme_style(EL_SOURCE));
	if (c->flags & HL_CUE) s = theme_merge(s, theme_style(EL_CUE));
	if (c->flags & HL_BOILER) s = theme_merge(s, theme_style(EL_BOILER));
	if (over & THEME_CUR) s = theme_merge(s, theme_style(EL_CLAIM_CURRENT));
	if (over & THEME_HIT) s = theme_merge(s, theme_style(EL_SEARCH));
	return s;
}

void
theme_sgr(struct style s, int depth, char *buf, size_t size)
{
	static const struct { unsigned bit; const char *sgr; } at[] = {
		{ STYLE_BOLD, "1" }, { STYLE_DIM, "2" }, { STYLE_ITALIC, "3" },
		{ STYLE_UNDERLINE, "4" }, { STYLE_BLINK, "5" },
		{ STYLE_REVERSE | STYLE_STANDOUT, "7" },
	};
	size_t i, n = 0;

	buf[0] = '\0';
	if (depth < 8 && s.bg >= 0)
		s.attrs |= s.mono;
	for (i = 0; i < sizeof at / sizeof at[0]; i++)
		if ((s.attrs & at[i].bit) && n < size)
			n += (size_t)snprintf(buf + n, size - n, "%s%s",
			    n ? ";" : "", at[i].sgr);
	if (depth >= 8) {
		colour_sgr(s.fg, 0, depth, buf, size);
		colour_sgr(s.bg, 1, depth, buf, size);
	}
}
