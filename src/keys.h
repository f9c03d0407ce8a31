/*
 * keys.h: the key table. Actions are named; keys are our own codes (a
 * Unicode code point, or a KEYC_ value for keys without one) so that the
 * table, its parser and the help text need no curses. The UI translates
 * curses keys to these codes and looks the action up.
 */
#ifndef PARTYLINE_KEYS_H
#define PARTYLINE_KEYS_H

#include <stddef.h>

/* Keys with no code point of their own. */
enum {
	KEYC_BASE = 0x110000,
	KEYC_UP, KEYC_DOWN, KEYC_LEFT, KEYC_RIGHT,
	KEYC_PGUP, KEYC_PGDN, KEYC_HOME, KEYC_END,
	KEYC_ENTER, KEYC_TAB, KEYC_BTAB, KEYC_ESC, KEYC_BSPACE,
	KEYC_IC, KEYC_DC,
	KEYC_F1		/* ... KEYC_F1 + 11: F12 */
};
#define KEYC_F(n)	(KEYC_F1 + (n) - 1)

/* Every action a key can be bound to: name, help group, help text. */
#define KEYS_ACTIONS \
	X(LINE_DOWN,	"line-down",	"Move",	"down a line (party pane: next position)") \
	X(LINE_UP,	"line-up",	"Move",	"up a line (party pane: previous position)") \
	X(PAGE_DOWN,	"page-down",	"Move",	"down a page") \
	X(PAGE_UP,	"page-up",	"Move",	"up a page") \
	X(HALF_DOWN,	"half-page-down", "Move", "down half a page") \
	X(HALF_UP,	"half-page-up",	"Move",	"up half a page") \
	X(TOP,		"top",		"Move",	"to the top") \
	X(BOTTOM,	"bottom",	"Move",	"to the end") \
	X(CLAIM_NEXT,	"next-claim",	"Claims", "next claim") \
	X(CLAIM_PREV,	"prev-claim",	"Claims", "previous claim") \
	X(PARTY_NEXT,	"next-party",	"Claims", "next party (its first claim)") \
	X(PARTY_PREV,	"prev-party",	"Claims", "previous party (its first claim)") \
	X(FOCUS,	"focus",	"Claims", "switch focus: article / party pane") \
	X(ENTER,	"enter",	"Claims", "claim whole (party pane: in the article too); list: open") \
	X(COPY,		"copy",		"Act",	"copy the current claim (OSC 52 clipboard)") \
	X(PIPE,		"pipe",		"Act",	"pipe the article, the claim or the party list to a command") \
	X(OPEN,		"open-link",	"Act",	"open the article's link with $BROWSER") \
	X(ARTICLE_NEXT,	"next-article",	"Articles", "next article of the list") \
	X(ARTICLE_PREV,	"prev-article",	"Articles", "previous article of the list") \
	X(SEARCH_FWD,	"search-forward", "Search", "search forward (pcre2; smart case)") \
	X(SEARCH_BACK,	"search-backward", "Search", "search backward") \
	X(MATCH_NEXT,	"next-match",	"Search", "next match") \
	X(MATCH_PREV,	"prev-match",	"Search", "previous match") \
	X(FILTER,	"filter",	"View",	"entity filter: all, countries, officials, companies") \
	X(SIDE,		"side-pane",	"View",	"show or hide the party pane") \
	X(THEME,	"theme",	"View",	"next colour theme (built-in, bundled, your own)") \
	X(HELP,		"help",		"View",	"this help") \
	X(REDRAW,	"redraw",	"View",	"redraw the screen") \
	X(CLOSE,	"close",	"View",	"close the overlay, prompt, search or whole claim") \
	X(QUIT,		"quit",		"View",	"close the overlay; back to the list; quit")

enum keys_action {
	KA_NONE,
#define X(id, name, group, help) KA_##id,
	KEYS_ACTIONS
#undef X
	KA_COUNT
};

struct keys;

/* A table with the default bindings. */
struct keys *keys_new(void);
void keys_free(struct keys *);
/* Bind key name (e.g. "j", "C-l", "PgDn", "Space") to action name;
 * -1 and *cause on error, the table unchanged. */
int keys_bind(struct keys *, const char *key, const char *action, char **cause);
/* Remove key's binding; -1 and *cause if the key name is unknown. */
int keys_unbind(struct keys *, const char *key, char **cause);
/* The action bound to key code k, or KA_NONE. */
enum keys_action keys_lookup(const struct keys *, int k);

/* Key code of a key name as tmux or newsboat write it ("C-r", "^R",
 * "F5", "Space", "PgDn", "NPage", "S-Tab", "ENTER"), or -1. */
int keys_parse(const char *name);
/* Name of key code k into buf. */
const char *keys_name(int k, char *buf, size_t size);
const char *keys_action_name(enum keys_action);
/* The name of the first key bound to a ("]"), into buf; NULL if none. */
const char *keys_first(const struct keys *, enum keys_action, char *buf,
    size_t size);
/* The action named name, or KA_NONE. */
enum keys_action keys_action_find(const char *name);
/* The action name closest to a misspelt one, or NULL. */
const char *keys_action_guess(const char *name);

/* The help text: NULL-terminated array of lines, generated from the
 * table; free with keys_help_free. */
char **keys_help(const struct keys *);
void keys_help_free(char **);

#endif
