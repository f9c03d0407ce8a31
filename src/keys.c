/*
 * keys.c: key names, the default bindings (a declarative table parsed at
 * start, as a user's `bind` lines will be), lookup, and the help text,
 * which is generated from the table so it never disagrees with it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	{ "d", "half-down" }, { "u", "half-up" },
	{ "g", "top" }, { "Home", "top" },
	{ "G", "bottom" }, { "End", "bottom" },
	{ "]", "claim-next" }, { "[", "claim-prev" },
	{ "}", "party-next" }, { "{", "party-prev" },
	{ "Tab", "focus" }, { "BTab", "focus" },
	{ "Enter", "enter" },
	{ "/", "search-forward" }, { "\\", "search-backward" },
	{ "n", "match-next" }, { "N", "match-prev" },
	{ "e", "filter" }, { "s", "side-pane" }, { "t", "theme" },
	{ "?", "help" }, { "F1", "help" },
	{ "C-l", "redraw" },
	{ "Esc", "close" },
	{ "q", "quit" },
};

static const struct {
	const char *name;
	int key;
} keys_names[] = {
	{ "Up", KEYC_UP }, { "Down", KEYC_DOWN }, { "Left", KEYC_LEFT },
	{ "Right", KEYC_RIGHT }, { "PgUp", KEYC_PGUP }, { "PgDn", KEYC_PGDN },
	{ "Home", KEYC_HOME }, { "End", KEYC_END }, { "Enter", KEYC_ENTER },
	{ "Tab", KEYC_TAB }, { "BTab", KEYC_BTAB }, { "Esc", KEYC_ESC },
	{ "BSpace", KEYC_BSPACE }, { "F1", KEYC_F1 }, { "Space", ' ' },
};

int
keys_parse(const char *name)
{
	size_t i, n = strlen(name);
	ucs4_t c;

	for (i = 0; i < sizeof keys_names / sizeof keys_names[0]; i++)
		if (strcmp(name, keys_names[i].name) == 0)
			return keys_names[i].key;
	if (n == 3 && name[0] == 'C' && name[1] == '-' &&
	    ((name[2] >= 'a' && name[2] <= 'z') || (name[2] >= '@' && name[2] <= '_')))
		return (name[2] & 0x1f);
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
	if (k > 0 && k < 0x20)
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

/* The action named name, or KA_NONE. */
static enum keys_action
keys_find_action(const char *name)
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
	enum keys_action a = keys_find_action(action);
	struct keys_binding *b;
	size_t i;

	if (k < 0) {
		*cause = xasprintf("unknown key: %s", key);
		return -1;
	}
	if (a == KA_NONE && strcmp(action, "none") != 0) {
		*cause = xasprintf("unknown action: %s", action);
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
