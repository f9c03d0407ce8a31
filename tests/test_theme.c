/* test_theme.c: colour words, theme files (every colour form, attribute,
 * fallback, include, error), the bundled default.theme against the
 * built-in table, reduction, SGR, and where named themes are found. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "hl.h"
#include "safe.h"
#include "theme.h"
#include "util.h"

static char tdir[] = "/tmp/test_theme.XXXXXX";

/* Write text to file name in the test directory; returns its path. */
static char *
put(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", tdir, name);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Load text as a theme; 0 or -1 with *cause. */
static int
load(struct theme *t, const char *text, char **cause)
{
	char *path = put("t.theme", text);
	int r = theme_load(t, path, cause);

	free(path);
	return r;
}

static void
test_colour_words(void **state)
{
	static const struct { const char *w; int c; } tab[] = {
		{ "default", COLOUR_DEFAULT }, { "black", 0 }, { "red", 1 },
		{ "green", 2 }, { "yellow", 3 }, { "blue", 4 }, { "magenta", 5 },
		{ "cyan", 6 }, { "white", 7 }, { "brightblack", 8 },
		{ "brightred", 9 }, { "brightwhite", 15 }, { "Cyan", 6 },
		{ "colour0", 0 }, { "colour255", 255 }, { "color17", 17 },
		{ "#000000", COLOUR_RGB }, { "#ff8000", COLOUR_RGB | 0xff8000 },
		{ "#A0b0C0", COLOUR_RGB | 0xa0b0c0 },
		{ "colour256", COLOUR_INVALID }, { "colour", COLOUR_INVALID },
		{ "colour-1", COLOUR_INVALID }, { "colour1x", COLOUR_INVALID },
		{ "color0255", COLOUR_INVALID }, { "#ff800", COLOUR_INVALID },
		{ "#gg0000", COLOUR_INVALID }, { "#ff00000", COLOUR_INVALID },
		{ "brightpink", COLOUR_INVALID }, { "bright", COLOUR_INVALID },
		{ "orange", COLOUR_INVALID }, { "", COLOUR_INVALID },
		{ "12", COLOUR_INVALID },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof tab / sizeof tab[0]; i++) {
		assert_int_equal(colour_parse(tab[i].w), tab[i].c);
		if (tab[i].c != COLOUR_INVALID)	/* and back */
			assert_int_equal(colour_parse(colour_tostring(tab[i].c,
			    buf, sizeof buf)), tab[i].c);
	}
}

/* Each attribute word, alone and together; none clears. */
static void
test_attributes(void **state)
{
	static const struct { const char *words; unsigned bits; } tab[] = {
		{ "bold", STYLE_BOLD }, { "dim", STYLE_DIM },
		{ "underline", STYLE_UNDERLINE }, { "italic", STYLE_ITALIC },
		{ "reverse", STYLE_REVERSE }, { "blink", STYLE_BLINK },
		{ "standout", STYLE_STANDOUT }, { "none", 0 },
		{ "bold italic", STYLE_BOLD | STYLE_ITALIC },
		{ "bold none underline", STYLE_UNDERLINE },
		{ "bold bold", STYLE_BOLD },
	};
	struct theme t = { 0 };
	char *text, *cause = NULL;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof tab / sizeof tab[0]; i++) {
		text = xasprintf("color country red default %s\n", tab[i].words);
		assert_int_equal(load(&t, text, &cause), 0);
		assert_int_equal(t.el[EL_COUNTRY].attrs, tab[i].bits);
		assert_int_equal(t.el[EL_COUNTRY].fg, 1);
		free(text);
	}
	theme_free(&t);
}

/* Every colour form in FG and BG; BG optional; comments and blanks. */
static void
test_file_colours(void **state)
{
	struct theme t = { 0 };
	char *cause = NULL;

	(void)state;
	assert_int_equal(load(&t,
	    "# a comment\n"
	    "\n"
	    "   # another, indented\n"
	    "color text default default\n"
	    "colour country brightcyan\t#102030   bold  # trailing comment\n"
	    "color official colour200 color17\n"
	    "color company #ABCDEF\n"
	    "color search black yellow\r\n", &cause), 0);
	assert_string_equal(t.name, "t");
	assert_int_equal(t.el[EL_TEXT].fg, COLOUR_DEFAULT);
	assert_int_equal(t.el[EL_COUNTRY].fg, 14);
	assert_int_equal(t.el[EL_COUNTRY].bg, COLOUR_RGB | 0x102030);
	assert_int_equal(t.el[EL_COUNTRY].attrs, STYLE_BOLD);
	assert_int_equal(t.el[EL_COUNTRY].mono, STYLE_REVERSE);	/* has a bg */
	assert_int_equal(t.el[EL_OFFICIAL].fg, 200);
	assert_int_equal(t.el[EL_OFFICIAL].bg, 17);
	assert_int_equal(t.el[EL_COMPANY].fg, COLOUR_RGB | 0xabcdef);
	assert_int_equal(t.el[EL_COMPANY].bg, COLOUR_DEFAULT);
	assert_int_equal(t.el[EL_COMPANY].mono, 0);	/* no bg to stand in for */
	assert_int_equal(t.el[EL_SEARCH].fg, 0);
	assert_int_equal(t.el[EL_SEARCH].bg, 3);
	theme_free(&t);
}

/* Unset elements: claim.current -> claim, party.none -> party,
 * status.key -> status, pane.title -> pane; others look like text. */
static void
test_fallback(void **state)
{
	static const struct style plain = { COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0 };
	struct theme t = { 0 };
	char *cause = NULL;

	(void)state;
	assert_int_equal(load(&t,
	    "color text white black\n"
	    "color claim red default underline\n"
	    "color party green default bold\n"
	    "color status blue white reverse\n"
	    "color pane yellow default italic\n"
	    "color party.none magenta\n", &cause), 0);
	assert_memory_equal(&t.el[EL_CLAIM_CURRENT], &t.el[EL_CLAIM], sizeof plain);
	assert_memory_equal(&t.el[EL_STATUS_KEY], &t.el[EL_STATUS], sizeof plain);
	assert_memory_equal(&t.el[EL_PANE_TITLE], &t.el[EL_PANE], sizeof plain);
	assert_int_equal(t.el[EL_PARTY_NONE].fg, 5);	/* set: its own */
	assert_int_equal(t.el[EL_PARTY_NONE].attrs, 0);
	assert_memory_equal(&t.el[EL_COUNTRY], &plain, sizeof plain);
	assert_memory_equal(&t.el[EL_SEARCH], &plain, sizeof plain);
	assert_int_equal(t.el[EL_TEXT].fg, 7);
	assert_int_equal(t.el[EL_TEXT].bg, 0);
	assert_int_equal(t.el[EL_TEXT].mono, 0);	/* text never reverses */
	/* an empty theme: everything plain */
	assert_int_equal(load(&t, "", &cause), 0);
	assert_memory_equal(&t.el[EL_TEXT], &plain, sizeof plain);
	assert_memory_equal(&t.el[EL_CLAIM_CURRENT], &plain, sizeof plain);
	theme_free(&t);
}

/* include is relative to the including file; later lines win. */
static void
test_include(void **state)
{
	struct theme t = { 0 };
	char *sub = xasprintf("%s/sub", tdir), *top, *cause = NULL;

	(void)state;
	mkdir(sub, 0700);
	free(put("sub/base.theme", "color country red\ncolor company blue\n"));
	free(put("sub/mid.theme", "include base.theme\ncolor company green\n"));
	top = put("top.theme", "include sub/mid.theme\ncolor country cyan\n");
	assert_int_equal(theme_load(&t, top, &cause), 0);
	assert_string_equal(t.name, "top");
	assert_int_equal(t.el[EL_COUNTRY].fg, 6);
	assert_int_equal(t.el[EL_COMPANY].fg, 2);
	theme_free(&t);
	free(top);
	free(sub);
}

/* A user's theme includes a bundled one by its file name or its name,
 * from the include directories; a user's default.theme may include ours. */
static void
test_include_by_name(void **state)
{
	const char *src = getenv("top_srcdir");
	char *themes = xasprintf("%s/themes", src ? src : ".");
	char *dirs[] = { themes, NULL }, *user, *cause = NULL;
	struct theme t = { 0 };

	(void)state;
	user = put("mine.theme", "include default.theme\ncolor cue red\n");
	assert_int_equal(theme_load(&t, user, &cause), -1);	/* not found yet */
	assert_non_null(strstr(cause, "mine.theme:1: include 'default.theme'"));
	free(cause);
	theme_include_dirs(dirs);
	assert_int_equal(theme_load(&t, user, &cause), 0);
	assert_int_equal(t.el[EL_COUNTRY].fg, 6);	/* default's cyan */
	assert_int_equal(t.el[EL_CUE].fg, 1);
	free(user);
	user = put("mono2.theme", "include mono\n");
	assert_int_equal(theme_load(&t, user, &cause), 0);
	assert_int_equal(t.el[EL_OFFICIAL].attrs, STYLE_BOLD | STYLE_ITALIC);
	free(user);
	user = put("default.theme", "include default.theme\ncolor cue red\n");
	assert_int_equal(theme_load(&t, user, &cause), 0);
	assert_int_equal(t.el[EL_COUNTRY].fg, 6);
	unlink(user);
	free(user);
	theme_include_dirs(NULL);
	theme_free(&t);
	free(themes);
}

/* Errors: FILE:LINE: message, and the theme as it was. */
static void
test_errors(void **state)
{
	static const struct { const char *text, *msg; } tab[] = {
		{ "color nope red\n", "t.theme:1: unknown element 'nope'" },
		{ "\ncolor text reddish\n", "t.theme:2: bad colour 'reddish'" },
		{ "color text red #12345\n", "t.theme:1: bad colour '#12345'" },
		{ "color text red blue shiny\n", "t.theme:1: bad attribute 'shiny'" },
		{ "color text red blue bold \033[31m\n",
		    "t.theme:1: bad attribute '^[[31m'" },	/* as shown */
		{ "color text red blue \xc2\x9b" "31m\n",
		    "t.theme:1: bad attribute '\\x9b31m'" },
		{ "color text\n", "t.theme:1: color needs an element and a colour" },
		{ "include a.theme b.theme\n", "t.theme:1: too many arguments" },
		{ "include\n", "t.theme:1: include needs a file" },
		{ "include missing.theme\n",
		    "t.theme:1: include 'missing.theme': No such file or directory" },
		{ "include t.theme\n",
		    "t.theme:1: include loop: 't.theme' is already being read" },
		{ "include loop1.theme\n",
		    "loop2.theme:1: include loop: 'loop1.theme' is already being read" },
		{ "include bad.theme\n", "bad.theme:3: bad colour 'blu'" },
		{ "colour text red\nset x y\n", "t.theme:2: unknown command 'set'" },
		{ "color text red blue bold bold bold bold bold bold bold bold "
		    "bold bold bold bold bold\n", "t.theme:1: too many arguments" },
	};
	struct theme t = { 0 }, before;
	char *cause, *want, *shown;
	size_t i, n;

	(void)state;
	free(put("loop1.theme", "include loop2.theme\n"));
	free(put("loop2.theme", "include loop1.theme\n"));
	free(put("bad.theme", "color text red\n\ncolor country blu\n"));
	theme_builtin(&t);
	before = t;
	for (i = 0; i < sizeof tab / sizeof tab[0]; i++) {
		cause = NULL;
		assert_int_equal(load(&t, tab[i].text, &cause), -1);
		assert_non_null(cause);
		want = xasprintf("%s/%s", tdir, tab[i].msg);
		shown = safe_str(cause);	/* as every message is shown */
		assert_string_equal(shown, want);
		free(shown);
		assert_null(strchr(cause, '\n'));
		n = strlen(cause);
		assert_true(n > 0);
		/* nothing changed: not the styles, not the name */
		assert_ptr_equal(t.name, before.name);
		assert_memory_equal(t.el, before.el, sizeof t.el);
		free(want);
		free(cause);
	}
	theme_free(&t);
}

/* Includes nested too deeply stop with a message, not a crash. */
static void
test_depth(void **state)
{
	struct theme t = { 0 };
	char name[32], text[64], *cause = NULL;
	int i;

	(void)state;
	for (i = 0; i < 20; i++) {
		snprintf(name, sizeof name, "d%d.theme", i);
		snprintf(text, sizeof text, "include d%d.theme\n", i + 1);
		free(put(name, text));
	}
	free(put("d20.theme", "color text red\n"));
	assert_int_equal(load(&t, "include d0.theme\n", &cause), -1);
	assert_non_null(strstr(cause, "nested too deeply"));
	free(cause);
	theme_free(&t);
}

/* The bundled default.theme is the built-in table, element by element. */
static void
test_default_theme_is_builtin(void **state)
{
	const char *src = getenv("top_srcdir");
	struct theme file = { 0 }, builtin = { 0 };
	char *path = xasprintf("%s/themes/default.theme", src ? src : ".");
	char *cause = NULL, a[32], b[32];
	int e;

	(void)state;
	if (theme_load(&file, path, &cause) != 0)
		fail_msg("%s", cause);
	theme_builtin(&builtin);
	for (e = 0; e < EL_COUNT; e++) {
		if (memcmp(&file.el[e], &builtin.el[e], sizeof file.el[e]) != 0)
			print_message("%s: %s/%s\n", theme_element_name(e),
			    colour_tostring(file.el[e].fg, a, sizeof a),
			    colour_tostring(builtin.el[e].fg, b, sizeof b));
		assert_int_equal(file.el[e].fg, builtin.el[e].fg);
		assert_int_equal(file.el[e].bg, builtin.el[e].bg);
		assert_int_equal(file.el[e].attrs, builtin.el[e].attrs);
		assert_int_equal(file.el[e].mono, builtin.el[e].mono);
	}
	assert_string_equal(file.name, "default");
	theme_free(&file);
	theme_free(&builtin);
	free(path);
}

/* Every bundled theme loads; mono has no colour at all. */
static void
test_bundled(void **state)
{
	static const char *names[] = { "default", "light", "ink", "mono" };
	const char *src = getenv("top_srcdir");
	struct theme t = { 0 };
	char *path, *cause = NULL;
	size_t i;
	int e;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		path = xasprintf("%s/themes/%s.theme", src ? src : ".", names[i]);
		if (theme_load(&t, path, &cause) != 0)
			fail_msg("%s", cause);
		free(path);
		if (strcmp(names[i], "mono") == 0)
			for (e = 0; e < EL_COUNT; e++) {
				assert_int_equal(t.el[e].fg, COLOUR_DEFAULT);
				assert_int_equal(t.el[e].bg, COLOUR_DEFAULT);
			}
	}
	assert_int_not_equal(t.el[EL_CLAIM_CURRENT].attrs, 0);
	theme_free(&t);
}

/* truecolor -> 256 -> 16 -> 8 -> none. */
static void
test_reduce(void **state)
{
	static const struct { int c, n, want, bold; } tab[] = {
		{ COLOUR_RGB | 0xff0000, 256, 196, 0 },
		{ COLOUR_RGB | 0x000000, 256, 16, 0 },
		{ COLOUR_RGB | 0x808080, 256, 244, 0 },
		{ COLOUR_RGB | 0x5f87d7, 256, 68, 0 },
		{ COLOUR_RGB | 0xff0000, 16, 9, 0 },
		{ COLOUR_RGB | 0xff0000, 8, 1, 1 },
		{ 196, 16, 9, 0 }, { 196, 8, 1, 1 }, { 21, 16, 4, 0 },
		{ 24, 256, 24, 0 }, { 11, 16, 11, 0 }, { 11, 8, 3, 1 },
		{ 3, 8, 3, 0 }, { 244, 8, 0, 1 },	/* grey: bold black */
		{ 6, 0, COLOUR_DEFAULT, 0 }, { COLOUR_RGB | 0xffffff, 0, COLOUR_DEFAULT, 0 },
		{ COLOUR_DEFAULT, 256, COLOUR_DEFAULT, 0 },
	};
	size_t i;
	int bold;

	(void)state;
	for (i = 0; i < sizeof tab / sizeof tab[0]; i++) {
		assert_int_equal(colour_reduce(tab[i].c, tab[i].n, &bold), tab[i].want);
		assert_int_equal(bold, tab[i].bold);
	}
}

/* Styles to SGR at each depth. */
static void
test_sgr(void **state)
{
	static const struct { struct style s; int depth; const char *want; } tab[] = {
		{ { 6, COLOUR_DEFAULT, STYLE_BOLD, 0 }, 256, "1;36" },
		{ { 13, COLOUR_DEFAULT, 0, 0 }, 256, "95" },
		{ { 0, 11, 0, STYLE_REVERSE }, 256, "30;103" },
		{ { 0, 11, 0, STYLE_REVERSE }, 0, "7" },
		{ { 200, 17, STYLE_ITALIC | STYLE_UNDERLINE, 0 }, 256, "3;4;38;5;200;48;5;17" },
		{ { COLOUR_RGB | 0x102030, COLOUR_RGB | 0xffffff, 0, 0 }, COLOUR_TRUE,
		    "38;2;16;32;48;48;2;255;255;255" },
		{ { COLOUR_RGB | 0xff0000, COLOUR_DEFAULT, 0, 0 }, 256, "38;5;196" },
		{ { 4, COLOUR_DEFAULT, 0, 0 }, COLOUR_TRUE, "34" },
		{ { 6, 1, STYLE_BOLD | STYLE_DIM | STYLE_BLINK | STYLE_STANDOUT, 0 }, 0,
		    "1;2;5;7" },
		{ { COLOUR_DEFAULT, COLOUR_DEFAULT, 0, 0 }, 256, "" },
	};
	char buf[128];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof tab / sizeof tab[0]; i++) {
		theme_sgr(tab[i].s, tab[i].depth, buf, sizeof buf);
		assert_string_equal(buf, tab[i].want);
	}
}

/* A byte's style: entity colour kept under claim, cue and the current
 * claim (their colour is default); the filter dims entities. */
static void
test_class(void **state)
{
	struct hl_class c = { 1, HL_CONTENT | HL_CUE };	/* a country */
	struct theme t = { 0 };
	struct style s;

	(void)state;
	theme_builtin(&t);
	theme_use(&t);
	s = theme_class(&c, THEME_CUR);
	assert_int_equal(s.fg, 6);
	assert_int_equal(s.attrs, STYLE_BOLD | STYLE_UNDERLINE | STYLE_REVERSE);
	s = theme_class(&c, THEME_DIM);
	assert_int_equal(s.fg, COLOUR_DEFAULT);
	assert_true(s.attrs & STYLE_DIM);
	s = theme_class(&c, THEME_HIT);
	assert_int_equal(s.fg, 0);
	assert_int_equal(s.bg, 11);
	assert_string_equal(theme_name(), "default");
	theme_free(&t);
}

/* Names: the user's directory first, then the data directory; paths. */
static void
test_find(void **state)
{
	char *user = xasprintf("%s/user", tdir), *data = xasprintf("%s/data", tdir);
	char *dirs[] = { user, data, NULL }, **names, *p, *cause = NULL, *want;

	(void)state;
	mkdir(user, 0700);
	mkdir(data, 0700);
	free(put("user/mine.theme", ""));
	free(put("user/both.theme", ""));
	free(put("data/both.theme", ""));
	free(put("data/ours.theme", ""));
	free(put("data/README", ""));
	p = theme_find("both", dirs, &cause);
	want = xasprintf("%s/both.theme", user);
	assert_string_equal(p, want);
	free(p);
	free(want);
	p = theme_find("ours", dirs, &cause);
	want = xasprintf("%s/ours.theme", data);
	assert_string_equal(p, want);
	free(p);
	free(want);
	p = theme_find("x/y", dirs, &cause);	/* a path is taken as is */
	assert_string_equal(p, "x/y");
	free(p);
	p = theme_find("z.theme", dirs, &cause);
	assert_string_equal(p, "z.theme");
	free(p);
	assert_null(theme_find("nope", dirs, &cause));
	want = xasprintf("theme 'nope': not found (looked in %s, %s; "
	    "--list-themes shows them)", user, data);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	assert_null(theme_find("bothe", dirs, &cause));	/* one letter off */
	assert_string_equal(cause, "theme 'bothe': not found (did you mean both?)");
	free(cause);
	names = theme_list(dirs);
	assert_string_equal(names[0], "both");
	assert_string_equal(names[1], "mine");
	assert_string_equal(names[2], "ours");
	assert_null(names[3]);
	theme_strings_free(names);
	free(user);
	free(data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_colour_words),
		cmocka_unit_test(test_attributes),
		cmocka_unit_test(test_file_colours),
		cmocka_unit_test(test_fallback),
		cmocka_unit_test(test_include),
		cmocka_unit_test(test_include_by_name),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_default_theme_is_builtin),
		cmocka_unit_test(test_bundled),
		cmocka_unit_test(test_reduce),
		cmocka_unit_test(test_sgr),
		cmocka_unit_test(test_class),
		cmocka_unit_test(test_find),
	};
	char *cmd;
	int r;

	if (mkdtemp(tdir) == NULL)
		return 1;
	r = cmocka_run_group_tests(tests, NULL, NULL);
	cmd = xasprintf("rm -rf '%s'", tdir);
	if (system(cmd) != 0)
		r = 1;
	free(cmd);
	return r;
}
