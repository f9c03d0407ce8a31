/*
 * theme.h: styles for the screen's elements (DESIGN.md's list), kept
 * abstract: colours are 256-colour numbers or RGB, reduced only when drawn
 * (colour.c). A later theme file fills the same table; this file holds the
 * defaults. Core: no curses.
 */
#ifndef PARTYLINE_THEME_H
#define PARTYLINE_THEME_H

#define COLOUR_UNSET	(-2)	/* inherit when merged */
#define COLOUR_DEFAULT	(-1)	/* the terminal's own */
#define COLOUR_RGB	0x1000000	/* | 0xrrggbb */

#define STYLE_BOLD	0x01
#define STYLE_DIM	0x02
#define STYLE_UNDERLINE	0x04
#define STYLE_ITALIC	0x08
#define STYLE_REVERSE	0x10
#define STYLE_BLINK	0x20
#define STYLE_STANDOUT	0x40

struct style {
	int fg, bg;		/* COLOUR_UNSET, COLOUR_DEFAULT, 0-255 or RGB */
	unsigned attrs;		/* STYLE_* */
	unsigned mono;		/* attrs instead of a background that the
				   terminal cannot show (and with no colour) */
};

/* Elements: id, name, fg, bg, attrs, mono attrs (ncdu's X-macro table).
 * The defaults read on dark and light terminals alike: claims are
 * underlined and the current one reversed rather than tinted, and the only
 * background colour (search) comes with its own foreground. */
#define THEME_ELEMENTS \
	X(TEXT,		"text",		COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0) \
	X(TITLE,	"title",	COLOUR_UNSET, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(BOILER,	"boilerplate",	COLOUR_UNSET, COLOUR_UNSET, STYLE_DIM, 0) \
	X(COUNTRY,	"country",	6, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(OFFICIAL,	"official",	13, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(COMPANY,	"company",	10, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(PERSON,	"person",	3, COLOUR_UNSET, 0, 0) \
	X(ORG,		"organisation",	12, COLOUR_UNSET, 0, 0) \
	X(CLAIM,	"claim",	COLOUR_UNSET, COLOUR_UNSET, STYLE_UNDERLINE, 0) \
	X(CLAIM_CURRENT, "claim.current", COLOUR_UNSET, COLOUR_UNSET, STYLE_REVERSE, 0) \
	X(CUE,		"cue",		COLOUR_UNSET, COLOUR_UNSET, STYLE_BOLD | STYLE_UNDERLINE, 0) \
	X(SOURCE,	"source",	COLOUR_UNSET, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(QUOTE,	"quote",	COLOUR_UNSET, COLOUR_UNSET, STYLE_ITALIC, 0) \
	X(SEARCH,	"search",	0, 11, 0, STYLE_REVERSE) \
	X(PANE,		"pane",		COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0) \
	X(PANE_TITLE,	"pane.title",	COLOUR_UNSET, COLOUR_UNSET, STYLE_BOLD | STYLE_UNDERLINE, 0) \
	X(PARTY,	"party",	COLOUR_UNSET, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(PARTY_NONE,	"party.none",	COLOUR_UNSET, COLOUR_UNSET, STYLE_DIM, 0) \
	X(STATUS,	"status",	COLOUR_DEFAULT, COLOUR_DEFAULT, STYLE_REVERSE, 0) \
	X(STATUS_KEY,	"status.key",	COLOUR_UNSET, COLOUR_UNSET, STYLE_BOLD, 0) \
	X(HELP,		"help",		COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0)

enum theme_element {
#define X(id, name, fg, bg, attrs, mono) EL_##id,
	THEME_ELEMENTS
#undef X
	EL_COUNT
};

const struct style *theme_style(enum theme_element);
const char *theme_element_name(enum theme_element);
/* over's set colours replace base's; attributes add up. */
struct style theme_merge(struct style base, const struct style *over);

/* Colour c reduced to what a terminal of ncolours can show: 0-255 or
 * COLOUR_DEFAULT. *bold is set when a bright colour becomes bold. With
 * fewer than 16 colours, colours from 16 up map to the nearest of 8. */
int colour_reduce(int c, int ncolours, int *bold);

#endif
