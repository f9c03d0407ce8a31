/*
 * keys.c: key names, the default bindings (a declarative table parsed at
 * start, as a user's `bind` lines will be), lookup, and the help text,
 * which is generated from the table so it never disagrees with it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "keys.h"
#include "util.h"
#include "vec.h"

struct keys_binding {
	int key;
	enum keys_action action;
};

struct keys {
	VEC(struct keys_binding) b;
};

static const struct {
	const char *name, *group, *help;
} keys_actions[KA_COUNT] = {
	[KA_NONE] = { "none", "", "" },
#define X(id, name, group, help) [KA_##id] = { name, group, help },
	KEYS_ACTIONS
#undef X
};

/* Default bindings: key name, action name. */
static const char *keys_defaults[][2] = {
	{ "j", "line-down" }, { "Down", "line-down" },
	{ "k", "line-up" }, { "Up", "line-up" },
	{ "Space", "page-down" }, { "f", "page-down" }, { "PgDn", "page-down" },
	{ "b", "page-up" }, { "PgUp", "page-up" },
	{ "d", "half-page-down" }, { "u", "half-page-up" },
	{ "g", "top" }, { "Home", "top" },
	{ "G", "bottom" }, { "End", "bottom" },
	{ "]", "next-claim" }, { "[", "prev-claim" },
	{ "}", "next-party" }, { "{", "prev-party" },
	{ "Tab", "focus" }, { "S-Tab", "focus" },
	{ "Enter", "enter" },
	{ "y", "copy" }, { "|", "pipe" }, { "o", "open-link" },
	{ "J", "next-article" }, { "K", "prev-article" },
	{ "/", "search-forward" }, { "\\", "search-backward" },
	{ "n", "next-match" }, { "N", "prev-match" },
	{ "e", "filter" }, { "s", "side-pane" }, { "t", "theme" },
	{ "?", "help" }, { "F1", "help" },
	{ "C-l", "redraw" },
	{ "Esc", "close" },
	{ "q", "quit" },
};

/* Names of keys with no character of their own, the name shown first;
 * then the other spellings of tmux (NPage, BSpace), newsboat (PAGEDOWN,
 * ENTER) and others, matched without case. */
static const struct {
	const char *name;
	int key;
} keys_names[] = {
	{ "Up", KEYC_UP }, { "Down", KEYC_DOWN }, { "Left", KEYC_LEFT },
	{ "Right", KEYC_RIGHT }, { "PgUp", KEYC_PGUP }, { "PgDn", KEYC_PGDN },
	{ "Home", KEYC_HOME }, { "End", KEYC_END }, { "Enter", KEYC_ENTER },
	{ "Tab", KEYC_TAB }, { "S-Tab", KEYC_BTAB }, { "Esc", KEYC_ESC },
	{ "BSpace", KEYC_BSPACE }, { "IC", KEYC_IC }, { "DC", KEYC_DC },
	{ "Space", ' ' },
	{ "PageUp", KEYC_PGUP }, { "PPage", KEYC_PGUP }, { "PageDown", KEYC_PGDN },
	{ "NPage", KEYC_PGDN }, { "Return", KEYC_ENTER }, { "BTab", KEYC_BTAB },
	{ "Escape", KEYC_ESC }, { "Backspace", KEYC_BSPACE },
	{ "Insert", KEYC_IC }, { "Delete", KEYC_DC },
};

/* The function key F1-F12 that name spells, or -1. */
static int
keys_parse_fkey(const char *name)
{
	char *end;
	long n;

	if ((name[0] != 'F' && name[0] != 'f') || name[1] < '1' || name[1] > '9')
		return -1;
	n = strtol(name + 1, &end, 10);
	return *end == '\0' && n >= 1 && n <= 12 ? KEYC_F((int)n) : -1;
}

/* A control key: tmux's C-r, newsboat's ^R (either case); -1 if not. */
static int
keys_parse_ctrl(const char *name)
{
	char c;

	if (name[0] == '^' && name[1] != '\0' && name[2] == '\0')
		c = name[1];
	else if ((name[0] == 'C' || name[0] == 'c') && name[1] == '-' &&
	    name[2] != '\0' && name[3] == '\0')
		c = name[2];
	else
		return -1;
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	if (c < '@' || c > '_')
		return -1;
	return c & 0x1f;
}

int
keys_parse(const char *name)
{
	size_t i, n = strlen(name);
	ucs4_t c;
	int k;

	for (i = 0; n > 1 && i < sizeof keys_names / sizeof keys_names[0]; i++)
		if (strcasecmp(name, keys_names[i].name) == 0)
			return keys_names[i].key;
	if (n > 1 && ((k = keys_parse_fkey(name)) >= 0 ||
	    (k = keys_parse_ctrl(name)) >= 0))
		return k;
	if (n == 0 || u8_mbtouc(&c, (const uint8_t *)name, n) != (int)n)
		return -1;
	if (c < 0x20 || c == 0x7f || c == 0xfffd)
		return -1;
	return (int)c;
}

const char *
keys_name(int k, char *buf, size_t size)
{
	size_t i;
	int n;

	for (i = 0; i < sizeof keys_names / sizeof keys_names[0]; i++)
		if (k == keys_names[i].key) {
			snprintf(buf, size, "%s", keys_names[i].name);
			return buf;
		}
	if (k >= KEYC_F(1) && k <= KEYC_F(12))
		snprintf(buf, size, "F%d", k - KEYC_F1 + 1);
	else if (k > 0 && k < 0x20)
		snprintf(buf, size, "C-%c", k + 'a' - 1);
	else if (k > 0 && k < KEYC_BASE && size > 6 &&
	    (n = u8_uctomb((uint8_t *)buf, (ucs4_t)k, 6)) > 0)
		buf[n] = '\0';
	else
		snprintf(buf, size, "?");
	return buf;
}

const char *
keys_action_name(enum keys_action a)
{
	return a < KA_COUNT ? keys_actions[a].name : "none";
}

enum keys_action
keys_action_find(const char *name)
{
	int a;

	for (a = 1; a < KA_COUNT; a++)
		if (strcmp(keys_actions[a].name, name) == 0)
			return (enum keys_action)a;
	return KA_NONE;
}

int
keys_bind(struct keys *t, const char *key, const char *action, char **cause)
{
	int k = keys_parse(key);
	enum keys_action a = keys_action_find(action);
	struct keys_binding *b;
	size_t i;

	if (k < 0) {
		*cause = xasprintf("unknown key: %s", key);
		return -1;
	}
	if (a == KA_NONE && strcmp(action, "none") != 0) {
		const char *g = keys_action_guess(action);

		*cause = xasprintf("unknown action: %s%s%s%s", action,
		    g != NULL ? " (did you mean " : "", g != NULL ? g : "",
		    g != NULL ? "?)" : "");
		return -1;
	}
	for (i = 0; i < t->b.n; i++)
		if (t->b.v[i].key == k) {
			t->b.v[i].action = a;
			return 0;
		}
	b = VEC_PUSH(t->b);
	b->key = k;
	b->action = a;
	return 0;
}

const char *
keys_action_guess(const char *name)
{
	const char *names[KA_COUNT];
	int a;

	for (a = 0; a < KA_COUNT; a++)
		names[a] = keys_actions[a].name;
	return util_closest(name, names, KA_COUNT);
}

int
keys_unbind(struct keys *t, const char *key, char **cause)
{
	int k = keys_parse(key);
	size_t i;

	if (k < 0) {
		*cause = xasprintf("unknown key: %s", key);
		return -1;
	}
	for (i = 0; i < t->b.n; i++)
		if (t->b.v[i].key == k) {	/* the help keeps its order */
			memmove(t->b.v + i, t->b.v + i + 1,
			    (t->b.n - i - 1) * sizeof *t->b.v);
			t->b.n--;
			break;
		}
	return 0;
}

struct keys *
keys_new(void)
{
	struct keys *t = xcalloc(1, sizeof *t);
	char *cause = NULL;
	size_t i;

	for (i = 0; i < sizeof keys_defaults / sizeof keys_defaults[0]; i++)
		if (keys_bind(t, keys_defaults[i][0], keys_defaults[i][1], &cause) != 0)
			abort();	/* a typo in the table above */
	return t;
}

void
keys_free(struct keys *t)
{
	if (t == NULL)
		return;
	VEC_FREE(t->b);
	free(t);
}

enum keys_action
keys_lookup(const struct keys *t, int k)
{
	size_t i;

	for (i = 0; i < t->b.n; i++)
		if (t->b.v[i].key == k)
			return t->b.v[i].action;
	return KA_NONE;
}

/* The keys bound to action a, space-separated, into buf. */
static void
keys_of_action(const struct keys *t, enum keys_action a, char *buf, size_t size)
{
	char name[32];
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < t->b.n && n + 1 < size; i++)
		if (t->b.v[i].action == a)
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? " " : "",
			    keys_name(t->b.v[i].key, name, sizeof name));
}

const char *
keys_first(const struct keys *t, enum keys_action a, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < t->b.n; i++)
		if (t->b.v[i].action == a)
			return keys_name(t->b.v[i].key, buf, size);
	return NULL;
}

/* The mouse, after the keys: not bindable, but a reader looks for it. */
static const char *keys_mouse[] = {
	"",
	"Mouse",
	"  wheel            scroll the pane under the pointer",
	"  click entity     show its party in the party pane",
	"  click claim      make it current (article or party pane)",
	"  click article    select it in the list; again: open it",
	NULL
};

char **
keys_help(const struct keys *t)
{
	VEC(char *) out = { 0 };
	const char *group = "";
	char keys[128];
	int a;

	for (a = 1; a < KA_COUNT; a++) {
		keys_of_action(t, (enum keys_action)a, keys, sizeof keys);
		if (*keys == '\0')
			continue;
		if (strcmp(group, keys_actions[a].group) != 0) {
			group = keys_actions[a].group;
			if (out.n > 0)
				*VEC_PUSH(out) = xstrdup("");
			*VEC_PUSH(out) = xstrdup(group);
		}
		*VEC_PUSH(out) = xasprintf("  %-16s %s", keys, keys_actions[a].help);
	}
	for (a = 0; keys_mouse[a] != NULL; a++)
		*VEC_PUSH(out) = xstrdup(keys_mouse[a]);
	*VEC_PUSH(out) = NULL;
	return out.v;
}

void
keys_help_free(char **lines)
{
	size_t i;

	if (lines == NULL)
		return;
	for (i = 0; lines[i] != NULL; i++)
		free(lines[i]);
	free(lines);
}
