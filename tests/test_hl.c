/*
 * test_hl.c: highlight classes from the model: names, aliases, demonyms
 * and descriptions are coloured by their entity's type, pronouns are not.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "analyse.h"
#include "doc.h"
#include "hl.h"
#include "lexicon.h"
#include "segment.h"
#include "tlex.h"
#include "util.h"

#define lx tlex_lx	/* the bundled lexicon, loaded once */


/* The entity class of the first byte of the first occurrence of w. */
static int
class_at(const struct doc *d, const struct hl *h, const char *w)
{
	const char *p = strstr(d->text, w);

	assert_non_null(p);
	return h->v[p - d->text].ent;
}

/* A single-quoted phrase is a quotation whole, its closing mark too;
 * a lone opening mark (‘90s) is none. */
static void
test_single_quotes_whole(void **state)
{
	const char *text = "The report said Kestrel had \xe2\x80\x98" "backdoor\xe2\x80\x99 "
	    "access to \xe2\x80\x98sensitive parts\xe2\x80\x99 of it in the "
	    "\xe2\x80\x98" "90s.\n";
	char *cause = NULL;
	struct doc *d = doc_from_bytes("test", text, strlen(text), 0, &cause);
	struct hl *h;
	const char *p;

	(void)state;
	assert_non_null(d);
	segment_run(d, lx);
	h = hl_new(d);
	p = strstr(d->text, "\xe2\x80\x98" "backdoor");
	for (; p < strstr(d->text, " access"); p++)
		assert_true(h->v[p - d->text].flags & HL_QUOTE);
	p = strstr(d->text, "\xe2\x80\x98sensitive");
	for (; p < strstr(d->text, " of it"); p++)
		assert_true(h->v[p - d->text].flags & HL_QUOTE);
	assert_false(h->v[strstr(d->text, " access") - d->text].flags & HL_QUOTE);
	assert_false(h->v[strstr(d->text, "\xe2\x80\x98" "90s") - d->text].flags & HL_QUOTE);
	hl_free(h);
	doc_free(d);
}

static void
test_pronouns_plain(void **state)
{
	const char *text = "Acme Holdings opened a plant in Oslo. Company head "
	    "Mark Tull said the firm would grow. He added that Norwegian "
	    "buyers were keen.\n";
	char *cause = NULL;
	struct doc *d = doc_from_bytes("test", text, strlen(text), 0, &cause);
	struct hl *h;

	(void)state;
	assert_non_null(d);
	analyse_between(d, lx, "segment", "office");
	h = hl_new(d);
	assert_int_equal(class_at(d, h, "Acme"), 1 + ENT_COMPANY);
	assert_int_equal(class_at(d, h, "firm"), 1 + ENT_COMPANY);
	assert_int_equal(class_at(d, h, "Norwegian"), 1 + ENT_COUNTRY);
	assert_int_not_equal(class_at(d, h, "Tull"), 0);
	assert_int_equal(class_at(d, h, "He "), 0);	/* a pronoun */
	hl_free(h);
	doc_free(d);
}

/* A window's classes equal the whole text's, byte for byte, for each
 * paragraph and for spans that cut through a quotation, a name and a
 * claim: the dump fills one paragraph at a time. */
static void
test_window_equals_whole(void **state)
{
	const char *text = "Lawmakers Back Plan\n\n"
	    "\"We will not raise taxes this year,\" Finance Minister Ada "
	    "Brenner told reporters in Vienna. She called the \xe2\x80\x98"
	    "bridge fund\xe2\x80\x99 a stopgap.\n\n"
	    "\"It is a first step. It is not the last\n"
	    "one,\" said Tom Reyes, who leads the Green Party in Austria.\n\n"
	    "Acme Holdings, which builds\tturbines, said orders rose.\n";
	char *cause = NULL;
	struct doc *d = doc_from_bytes("test", text, strlen(text), 0, &cause);
	struct hl *whole, *w;
	uint32_t a, b, k;
	size_t i;

	(void)state;
	assert_non_null(d);
	analyse_between(d, lx, "segment", "parties");
	assert_true(d->claims.n > 0);
	whole = hl_new(d);
	w = hl_window_new(d);
	assert_non_null(w->ix);	/* mentions sorted: a real window */
	for (i = 0; i < d->paras.n + d->len; i++) {
		if (i < d->paras.n) {
			a = d->paras.v[i].start;
			b = d->paras.v[i].end;
		} else {	/* every start, to 40 bytes on */
			a = (uint32_t)(i - d->paras.n);
			b = a + 40 < d->len ? a + 40 : (uint32_t)d->len;
		}
		hl_window_fill(w, d, a, b);
		for (k = a; k < b; k++) {
			assert_int_equal(hl_at(w, k)->ent, whole->v[k].ent);
			assert_int_equal(hl_at(w, k)->flags, whole->v[k].flags);
		}
	}
	hl_free(w);
	hl_free(whole);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pronouns_plain),
		cmocka_unit_test(test_single_quotes_whole),
		cmocka_unit_test(test_window_equals_whole),
	};

	return cmocka_run_group_tests(tests, tlex_setup, tlex_teardown);
}
