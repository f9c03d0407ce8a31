/* test_ui_search.c: pcre2 search: smart case, UTF-8, bad patterns, empty
 * matches, stepping with wrap-around; and colour reduction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "search.h"
#include "theme.h"

static const char text[] =
    "Kestrel Mining denied it. KESTREL said kestrel birds nest. Élan and élan.";

static struct search *
run(const char *pat)
{
	char *cause = NULL;
	struct search *s = search_new(pat, text, strlen(text), &cause);

	assert_non_null(s);
	return s;
}

static void
test_smart_case(void **state)
{
	struct search *s;

	(void)state;
	assert_false(search_has_capital("kestrel\\S+"));
	assert_true(search_has_capital("Kestrel"));
	assert_true(search_has_capital("élan|Élan"));
	s = run("kestrel");
	assert_int_equal(s->hits.n, 3);
	search_free(s);
	s = run("Kestrel");
	assert_int_equal(s->hits.n, 1);
	assert_int_equal(s->hits.v[0].start, 0);
	assert_int_equal(s->hits.v[0].end, 7);
	search_free(s);
	s = run("élan");	/* caseless in UTF-8: É matches é */
	assert_int_equal(s->hits.n, 2);
	search_free(s);
}

static void
test_bad_pattern(void **state)
{
	char *cause = NULL;

	(void)state;
	assert_null(search_new("(unclosed", text, strlen(text), &cause));
	assert_non_null(cause);
	assert_non_null(strstr(cause, "parenthesis"));
	free(cause);
}

/* \C (one byte, even in UTF mode) is refused: its hits fell inside
 * characters (tests/fuzz/fuzz_search found it on "\\C" over U+FFFD). */
static void
test_backslash_c_refused(void **state)
{
	const char *t = "caf\xc3\xa9 \xef\xbf\xbd";
	char *cause = NULL;

	(void)state;
	assert_null(search_new("\\C", t, strlen(t), &cause));
	assert_non_null(cause);
	free(cause);
}

static void
test_empty_matches(void **state)
{
	struct search *s = run("x*");

	(void)state;
	assert_int_equal(s->hits.n, 0);
	search_free(s);
	s = run("\\b");
	assert_int_equal(s->hits.n, 0);
	search_free(s);
}

static void
test_find_and_wrap(void **state)
{
	struct search *s = run("kestrel");
	int wrapped;

	(void)state;
	assert_int_equal(search_find(s, 0, 1, &wrapped), 0);
	assert_false(wrapped);
	assert_int_equal(search_find(s, 1, 1, &wrapped), 1);
	assert_int_equal(search_find(s, (uint32_t)strlen(text), 1, &wrapped), 0);
	assert_true(wrapped);
	assert_int_equal(search_find(s, 0, 0, &wrapped), 2);
	assert_true(wrapped);
	assert_int_equal(search_find(s, s->hits.v[2].start, 0, &wrapped), 1);
	assert_int_equal(search_hit_at(s, 3), 0);
	assert_int_equal(search_hit_at(s, 7), -1);
	search_free(s);
}

/* Every match in a long text, in one pass: the UTF-8 check of the text is
 * made once (it used to run at every match: minutes on a 30 MB article;
 * here that would be 200 000 checks of 2 MB). */
static void
test_many_matches_one_check(void **state)
{
	size_t n = 2 * 1024 * 1024, i;
	char *big = malloc(n + 1), *cause = NULL;
	struct search *s;

	(void)state;
	for (i = 0; i < n; i++)
		big[i] = "said "[i % 10 < 5 ? i % 5 : 4];	/* "said      " */
	big[n] = '\0';
	s = search_new("said", big, n, &cause);
	assert_non_null(s);
	assert_int_equal(s->hits.n, (n - 4) / 10 + 1);
	assert_int_equal(s->hits.v[1].start, 10);
	search_free(s);
	free(big);
}

/*
 * A search a window at a time, from any place (the reader on a long
 * article), finds the hits of one pass, in text order: matches across a
 * window's end (partial matching), lookbehind, ^ and $, empty matches, a
 * hit across the place it started from. Until done, search_find says
 * -2 rather than a hit that is not the right one yet.
 */
static void
test_incremental_same_hits(void **state)
{
	static const char *const pats[] = { "said", "minister said", "\\bsai",
	    "(?<=a )m\\w+", "^\\w+", "said$", "x*", "é\\w*", "said\\s+that", "\\n" };
	const char *line = "The minister said that \xc3\xa9lan is said\n"
	    "a moment, said a minister. Said\nno one said";
	size_t n = 0, i, p, k, ll = strlen(line), origins[] = { 0, 1, 17, 333, 1000 };
	char *t = malloc(20 * ll + 1), *cause = NULL;
	struct search *one, *s;
	int w, steps, d;

	(void)state;
	for (i = 0; i < 20; i++, n += ll)
		memcpy(t + n, line, ll);
	t[n] = '\0';
	for (p = 0; p < sizeof pats / sizeof *pats; p++) {
		one = search_new(pats[p], t, n, &cause);
		assert_non_null(one);
		for (k = 0; k < sizeof origins / sizeof *origins; k++) {
			s = search_start(pats[p], t, n, origins[k], &cause);
			assert_non_null(s);
			for (steps = 0; !search_more(s, 7); steps++) {
				for (d = 0; d < 2; d++) {	/* known answers are final */
					long f = search_find(s, (uint32_t)origins[k], d, &w);
					long g = search_find(one, (uint32_t)origins[k], d, &w);

					assert_true(f == -2 || (f == -1 && g == -1) ||
					    (f >= 0 && g >= 0 && search_hit(s, (size_t)f).start ==
					    one->hits.v[g].start));
				}
				assert_true(steps < 100000);
			}
			assert_int_equal(s->hits.n, one->hits.n);
			for (i = 0; i < one->hits.n; i++) {
				assert_int_equal(s->hits.v[i].start, one->hits.v[i].start);
				assert_int_equal(s->hits.v[i].end, one->hits.v[i].end);
			}
			search_free(s);
		}
		search_free(one);
	}
	free(t);
}

static void
test_colour_reduce(void **state)
{
	int bold;

	(void)state;
	assert_int_equal(colour_reduce(COLOUR_DEFAULT, 256, &bold), COLOUR_DEFAULT);
	assert_int_equal(colour_reduce(24, 256, &bold), 24);
	assert_int_equal(colour_reduce(196, 8, &bold), 1);	/* red */
	assert_int_equal(colour_reduce(11, 8, &bold), 3);	/* bright yellow */
	assert_true(bold);
	assert_int_equal(colour_reduce(11, 16, &bold), 11);
	assert_false(bold);
	assert_int_equal(colour_reduce(COLOUR_RGB | 0xff0000, 256, &bold), 196);
	assert_int_equal(colour_reduce(6, 0, &bold), COLOUR_DEFAULT);
}

static void
test_merge(void **state)
{
	struct style base = { 1, COLOUR_DEFAULT, STYLE_BOLD, 0 };
	struct style over = { COLOUR_UNSET, 4, STYLE_UNDERLINE, STYLE_REVERSE };
	struct style m = theme_merge(base, &over);

	(void)state;
	assert_int_equal(m.fg, 1);
	assert_int_equal(m.bg, 4);
	assert_int_equal(m.attrs, STYLE_BOLD | STYLE_UNDERLINE);
	assert_int_equal(m.mono, STYLE_REVERSE);
	assert_string_equal(theme_element_name(EL_CLAIM_CURRENT), "claim.current");
	assert_int_equal(theme_style(EL_TEXT)->fg, COLOUR_DEFAULT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_smart_case),
		cmocka_unit_test(test_bad_pattern),
		cmocka_unit_test(test_backslash_c_refused),
		cmocka_unit_test(test_empty_matches),
		cmocka_unit_test(test_find_and_wrap),
		cmocka_unit_test(test_many_matches_one_check),
		cmocka_unit_test(test_incremental_same_hits),
		cmocka_unit_test(test_colour_reduce),
		cmocka_unit_test(test_merge),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
