/* test_ui_keys.c: key names, the default table, binding, generated help. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "keys.h"

static void
test_parse_names(void **state)
{
	char buf[32];

	(void)state;
	assert_int_equal(keys_parse("j"), 'j');
	assert_int_equal(keys_parse("Space"), ' ');
	assert_int_equal(keys_parse("C-l"), 12);
	assert_int_equal(keys_parse("PgDn"), KEYC_PGDN);
	assert_int_equal(keys_parse("é"), 0xe9);
	assert_int_equal(keys_parse("Nope"), -1);
	assert_int_equal(keys_parse(""), -1);
	assert_string_equal(keys_name(KEYC_TAB, buf, sizeof buf), "Tab");
	assert_string_equal(keys_name(12, buf, sizeof buf), "C-l");
	assert_string_equal(keys_name(0xe9, buf, sizeof buf), "é");
	assert_string_equal(keys_name(']', buf, sizeof buf), "]");
}

/* Keys as tmux and newsboat write them. */
static void
test_parse_tmux_newsboat(void **state)
{
	char buf[32];

	(void)state;
	assert_int_equal(keys_parse("C-r"), 0x12);
	assert_int_equal(keys_parse("^R"), 0x12);
	assert_int_equal(keys_parse("^r"), 0x12);
	assert_int_equal(keys_parse("F5"), KEYC_F(5));
	assert_int_equal(keys_parse("F12"), KEYC_F(12));
	assert_int_equal(keys_parse("F13"), -1);
	assert_int_equal(keys_parse("SPACE"), ' ');
	assert_int_equal(keys_parse("NPage"), KEYC_PGDN);
	assert_int_equal(keys_parse("PAGEDOWN"), KEYC_PGDN);
	assert_int_equal(keys_parse("S-Tab"), KEYC_BTAB);
	assert_int_equal(keys_parse("BTab"), KEYC_BTAB);
	assert_int_equal(keys_parse("ENTER"), KEYC_ENTER);
	assert_int_equal(keys_parse("^"), '^');
	assert_int_equal(keys_parse("C-"), -1);
	assert_int_equal(keys_parse("C-1"), -1);
	/* the help shows S-Tab, tmux's name, not curses' BTab */
	assert_string_equal(keys_name(KEYC_BTAB, buf, sizeof buf), "S-Tab");
	assert_string_equal(keys_name(KEYC_F(5), buf, sizeof buf), "F5");
}

static void
test_unbind(void **state)
{
	struct keys *t = keys_new();
	char *cause = NULL;

	(void)state;
	assert_int_equal(keys_unbind(t, "j", &cause), 0);
	assert_int_equal(keys_lookup(t, 'j'), KA_NONE);
	assert_int_equal(keys_lookup(t, 'k'), KA_LINE_UP);
	assert_int_equal(keys_unbind(t, "Hyper-j", &cause), -1);
	assert_string_equal(cause, "unknown key: Hyper-j");
	free(cause);
	keys_free(t);
}

static void
test_defaults(void **state)
{
	struct keys *t = keys_new();

	(void)state;
	assert_int_equal(keys_lookup(t, 'j'), KA_LINE_DOWN);
	assert_int_equal(keys_lookup(t, KEYC_DOWN), KA_LINE_DOWN);
	assert_int_equal(keys_lookup(t, ' '), KA_PAGE_DOWN);
	assert_int_equal(keys_lookup(t, ']'), KA_CLAIM_NEXT);
	assert_int_equal(keys_lookup(t, '{'), KA_PARTY_PREV);
	assert_int_equal(keys_lookup(t, KEYC_TAB), KA_FOCUS);
	assert_int_equal(keys_lookup(t, '/'), KA_SEARCH_FWD);
	assert_int_equal(keys_lookup(t, '?'), KA_HELP);
	assert_int_equal(keys_lookup(t, 'q'), KA_QUIT);
	assert_int_equal(keys_lookup(t, KEYC_ESC), KA_CLOSE);
	assert_int_equal(keys_lookup(t, 12), KA_REDRAW);
	assert_int_equal(keys_lookup(t, 'Z'), KA_NONE);
	keys_free(t);
}

static void
test_bind(void **state)
{
	struct keys *t = keys_new();
	char *cause = NULL;

	(void)state;
	assert_int_equal(keys_bind(t, "x", "next-claim", &cause), 0);
	assert_int_equal(keys_lookup(t, 'x'), KA_CLAIM_NEXT);
	assert_int_equal(keys_bind(t, "j", "none", &cause), 0);
	assert_int_equal(keys_lookup(t, 'j'), KA_NONE);
	assert_int_equal(keys_bind(t, "k", "fly", &cause), -1);
	assert_string_equal(cause, "unknown action: fly");
	free(cause);
	/* a misspelt action gets a hint */
	assert_int_equal(keys_bind(t, "k", "nxt-claim", &cause), -1);
	assert_string_equal(cause, "unknown action: nxt-claim (did you mean next-claim?)");
	free(cause);
	assert_int_equal(keys_lookup(t, 'k'), KA_LINE_UP);	/* unchanged */
	assert_int_equal(keys_bind(t, "Hyper-k", "quit", &cause), -1);
	free(cause);
	keys_free(t);
}

/* The help line of action text, or NULL. */
static const char *
help_line(char **lines, const char *text)
{
	size_t i;

	for (i = 0; lines[i] != NULL; i++)
		if (strstr(lines[i], text) != NULL)
			return lines[i];
	return NULL;
}

/* Index of the help line with text, or -1. */
static long
help_index(char **lines, const char *text)
{
	long i;

	for (i = 0; lines[i] != NULL; i++)
		if (strstr(lines[i], text) != NULL)
			return i;
	return -1;
}

static void
test_help_from_table(void **state)
{
	struct keys *t = keys_new();
	char **h = keys_help(t), *cause = NULL;
	const char *l;

	(void)state;
	l = help_line(h, "next claim");
	assert_non_null(l);
	assert_non_null(strstr(l, "]"));
	assert_non_null(help_line(h, "Claims"));
	assert_non_null((l = help_line(h, "down a page")));
	assert_non_null(strstr(l, "Space f PgDn"));
	/* the mouse has its section, after the keys */
	assert_non_null(help_line(h, "Mouse"));
	assert_non_null((l = help_line(h, "wheel")));
	assert_non_null(strstr(l, "pane under the pointer"));
	assert_non_null(help_line(h, "click entity"));
	assert_true(help_index(h, "Mouse") > help_index(h, "next claim"));
	keys_help_free(h);
	/* a new binding shows; an action left without keys disappears */
	keys_bind(t, "x", "next-claim", &cause);
	keys_bind(t, "e", "none", &cause);
	h = keys_help(t);
	assert_non_null(strstr(help_line(h, "next claim"), "] x"));
	assert_null(help_line(h, "entity filter"));
	/* the words of the README: companies, not firms; tmux's S-Tab */
	keys_help_free(h);
	keys_free(t);
	t = keys_new();
	h = keys_help(t);
	assert_non_null(help_line(h, "companies"));
	assert_null(help_line(h, "firms"));
	assert_null(help_line(h, "BTab"));
	assert_non_null(strstr(help_line(h, "switch focus"), "Tab S-Tab"));
	keys_help_free(h);
	keys_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_names),
		cmocka_unit_test(test_parse_tmux_newsboat),
		cmocka_unit_test(test_unbind),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_bind),
		cmocka_unit_test(test_help_from_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
