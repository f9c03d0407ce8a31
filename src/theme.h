/*
 * theme.h: styles for the screen's elements (DESIGN.md's list), kept
 * abstract: colours are as the theme wrote them (colour.h), reduced only
 * when drawn. The built-in theme is the table below; theme files
 * (theme_file.c) fill the same table. Core: no curses.
 */
#ifndef PARTYLINE_THEME_H
#define PARTYLINE_THEME_H

#include <stddef.h>

#include "colour.h"

#define STYLE_BOLD	0x01
#define STYLE_DIM	0x02
#define STYLE_UNDERLINE	0x04
#define STYLE_ITALIC	0x08
#define STYLE_REVERSE	0x10
#define STYLE_BLINK	0x20
#define STYLE_STANDOUT	0x40

struct style {
	int fg, bg;		/* COLOUR_DEFAULT (what lies beneath), 0-255
				   or COLOUR_RGB | 0xrrggbb */
	unsigned attrs;		/* STYLE_* */
	unsigned mono;		/* attrs instead of a background that the
				   terminal cannot show (or with no colour) */
};

/* Elements: id, name, parent, fg, bg, attrs, and the attributes that
 * stand in for the element's background where it cannot be shown (ncdu's
 * X-macro table). An element a theme does not set takes its parent's
 * style; one whose parent is text looks like plain text. The defaults
 * read on dark and light terminals alike: claims are underlined and the
 * current one reversed rather than tinted, and the only background colour
 * (search) comes with its own foreground. Parents come before children. */
#define THEME_ELEMENTS \
	X(TEXT,		"text",		TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0) \
	X(TITLE,	"title",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(BOILER,	"boilerplate",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_DIM, STYLE_REVERSE) \
	X(COUNTRY,	"country",	TEXT,	6, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(OFFICIAL,	"official",	TEXT,	13, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(COMPANY,	"company",	TEXT,	10, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(PERSON,	"person",	TEXT,	3, COLOUR_DEFAULT, 0, STYLE_REVERSE) \
	X(ORG,		"organisation",	TEXT,	12, COLOUR_DEFAULT, 0, STYLE_REVERSE) \
	X(CLAIM,	"claim",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_UNDERLINE, STYLE_REVERSE) \
	X(CLAIM_CURRENT, "claim.current", CLAIM, COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_REVERSE, STYLE_REVERSE) \
	X(CUE,		"cue",		TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_BOLD | STYLE_UNDERLINE, STYLE_REVERSE) \
	X(SOURCE,	"source",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(QUOTE,	"quote",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_ITALIC, STYLE_REVERSE) \
	X(SEARCH,	"search",	TEXT,	0, 11, 0, STYLE_REVERSE) \
	X(PANE,		"pane",		TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0) \
	X(PANE_TITLE,	"pane.title",	PANE,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_BOLD | STYLE_UNDERLINE, STYLE_REVERSE) \
	X(PARTY,	"party",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(PARTY_NONE,	"party.none",	PARTY,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_DIM, STYLE_REVERSE) \
	X(STATUS,	"status",	TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_REVERSE, 0) \
	X(STATUS_KEY,	"status.key",	STATUS,	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_BOLD, STYLE_REVERSE) \
	X(HELP,		"help",		TEXT,	COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0)

enum theme_element {
#define X(id, name, parent, fg, bg, attrs, mono) EL_##id,
	THEME_ELEMENTS
#undef X
	EL_COUNT
};

struct theme {
	char *name;		/* "default" for the built-in one */
	struct style el[EL_COUNT];
};

/* Overlays on a byte of the article (theme_class). */
#define THEME_CUR	0x1	/* in the current claim */
#define THEME_HIT	0x2	/* a search match */
#define THEME_DIM	0x4	/* an entity the filter leaves out */

struct hl_class;

/* The style of element e in the theme in use. */
const struct style *theme_style(enum theme_element);
const char *theme_element_name(enum theme_element);
/* The element named name, or -1. */
int theme_element_find(const char *name);
enum theme_element theme_element_parent(enum theme_element);
/* The attributes that stand in for element e's background. */
unsigned theme_element_mono(enum theme_element);
/* over's colours replace base's unless default; attributes add up. */
struct style theme_merge(struct style base, const struct style *over);
/* The style of a byte of the article of class c with overlays THEME_*. */
struct style theme_class(const struct hl_class *c, unsigned over);
/* SGR parameters for s on a terminal of depth colours (0: attributes
 * only; 256; COLOUR_TRUE) into buf; "" for plain text. */
void theme_sgr(struct style s, int depth, char *buf, size_t size);

/* The built-in theme into t (name allocated). */
void theme_builtin(struct theme *t);
/* Use t from now on (copied; the name too). */
void theme_use(const struct theme *t);
/* No colour from now on (NO_COLOR, --color=never): every theme used,
 * this one too, marks entities and claims with the mono theme's
 * attributes, so each kind stays distinct. */
void theme_set_plain(int on);
/* The name of the theme in use. */
const char *theme_name(void);
void theme_free(struct theme *t);

/* theme_file.c: theme files. Load path into t: 0, or -1 with *cause
 * ("FILE:LINE: message") and t unchanged. The name is the file's base
 * name without ".theme". */
int theme_load(struct theme *t, const char *path, char **cause);
/* The directories named themes live in, the user's first:
 * $XDG_CONFIG_HOME/partyline/themes, datadir/themes. NULL-terminated. */
char **theme_dirs(const char *datadir);
/* Where `include NAME` looks after the including file's directory
 * (copied; NULL: nowhere else). */
void theme_include_dirs(char *const *dirs);
void theme_strings_free(char **);
/* The file of a theme given as a name or a path (with a '/' or ending in
 * ".theme"); NULL and *cause if no such theme. */
char *theme_find(const char *spec, char *const *dirs, char **cause);
/* The names of the themes in dirs, sorted and unique; NULL-terminated. */
char **theme_list(char *const *dirs);

#endif
