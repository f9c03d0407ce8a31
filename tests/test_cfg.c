/* test_cfg.c: the config file: every command, includes, errors with
 * FILE:LINE and a hint. Files are written to a temporary directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cfg.h"
#include "util.h"

static char dir[] = "/tmp/test_cfg.XXXXXX";

/* Write text to dir/name; returns the path (allocated). */
static char *
put(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Load text as a config; returns cfg_load's result, *cause on error. */
static int
load(struct cfg *c, const char *text, char **cause)
{
	char *path = put("config", text);
	int r = cfg_load(c, path, cause);

	free(path);
	return r;
}

static void
test_commands(void **state)
{
	struct cfg *c = cfg_new();
	char *cause = NULL, *lex;

	(void)state;
	assert_int_equal(load(c,
	    "# my settings\n"
	    "theme colorblind\n"
	    "bind C-r next-claim   # tmux's way\n"
	    "bind ^P prev-claim\n"
	    "bind F5 redraw\n"
	    "unbind q\n"
	    "bind \"#\" help\n"
	    "set pane-width 45%\n"
	    "set pane off\n"
	    "set wrap 72\n"
	    "lexicon extra.tsv\n", &cause), 0);
	assert_string_equal(c->theme, "colorblind");
	assert_int_equal(keys_lookup(c->keys, 0x12), KA_CLAIM_NEXT);
	assert_int_equal(keys_lookup(c->keys, 0x10), KA_CLAIM_PREV);
	assert_int_equal(keys_lookup(c->keys, KEYC_F(5)), KA_REDRAW);
	assert_int_equal(keys_lookup(c->keys, 'q'), KA_NONE);
	assert_int_equal(keys_lookup(c->keys, '#'), KA_HELP);
	assert_int_equal(keys_lookup(c->keys, ']'), KA_CLAIM_NEXT);	/* kept */
	assert_int_equal(c->pane_width, 45);
	assert_true(c->pane_pct);
	assert_int_equal(cfg_pane_columns(c, 200), 90);
	assert_int_equal(c->pane, 0);
	assert_int_equal(c->wrap, 72);
	assert_int_equal(c->lexicons.n, 1);
	lex = xasprintf("%s/extra.tsv", dir);	/* beside the config */
	assert_string_equal(c->lexicons.v[0], lex);
	free(lex);
	cfg_free(c);
}

static void
test_include(void **state)
{
	struct cfg *c = cfg_new();
	char *cause = NULL, *p;

	(void)state;
	p = put("keys.conf", "bind x quit\nset pane-width 50\n");
	free(p);
	assert_int_equal(load(c, "include keys.conf\nset pane on\n", &cause), 0);
	assert_int_equal(keys_lookup(c->keys, 'x'), KA_QUIT);
	assert_int_equal(cfg_pane_columns(c, 200), 50);
	assert_int_equal(c->pane, 1);
	cfg_free(c);
	/* a loop is an error, not a hang */
	c = cfg_new();
	p = put("loop.conf", "include config\n");
	free(p);
	assert_int_equal(load(c, "include loop.conf\n", &cause), -1);
	assert_non_null(strstr(cause, "loop.conf:1: include loop"));
	free(cause);
	cfg_free(c);
}

/* cause must be "DIR/config:LINE: rest". */
static void
assert_error(const char *text, const char *rest)
{
	struct cfg *c = cfg_new();
	char *cause = NULL, *want = xasprintf("%s/config:%s", dir, rest);

	assert_int_equal(load(c, text, &cause), -1);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	cfg_free(c);
}

static void
test_errors(void **state)
{
	(void)state;
	assert_error("\n\nbind x nxt-claim\n",
	    "3: unknown action: nxt-claim (did you mean next-claim?)");
	assert_error("bnid x quit\n", "1: unknown command 'bnid' (did you mean bind?)");
	assert_error("set pane-wdth 40%\n",
	    "1: unknown option 'pane-wdth' (did you mean pane-width?)");
	assert_error("set pane maybe\n", "1: pane is on or off, not 'maybe'");
	assert_error("set pane-width 5%\n",
	    "1: bad pane-width '5%' (10%-90%, or 20-1000 columns)");
	assert_error("set wrap x\n", "1: bad wrap 'x' (20-10000 columns)");
	assert_error("bind Hyper-x quit\n", "1: unknown key: Hyper-x");
	assert_error("bind x\n", "1: usage: bind KEY ACTION");
	assert_error("frobnicate\n", "1: unknown command 'frobnicate'");
	assert_error("bind \"x quit\n", "1: too many words or an unclosed quote");
	assert_error("include nowhere.conf\n",
	    "1: include 'nowhere.conf': No such file or directory");
}

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	const char *names[] = { "config", "keys.conf", "loop.conf" };
	char *p;
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		p = xasprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	return rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commands),
		cmocka_unit_test(test_include),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
