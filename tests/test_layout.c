/* test_layout.c: wrapping, display widths and the offset <-> cell maps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "layout.h"

static struct doc *
mkdoc(const char *s)
{
	char *cause = NULL;
	struct doc *d = doc_from_bytes("t", s, strlen(s), 0, &cause);

	assert_non_null(d);
	return d;
}

/* Every line fits, every byte of every paragraph is on some line or a space. */
static void
check_invariants(const struct doc *d, const struct layout *l)
{
	size_t i;
	uint32_t prev_end = 0;

	for (i = 0; i < l->lines.n; i++) {
		const struct layout_line *ln = &l->lines.v[i];

		assert_true(layout_line_width(d, l, ln) <= l->width);
		assert_true(ln->start <= ln->end);
		assert_true(ln->start >= prev_end);
		for (uint32_t k = prev_end; k < ln->start && ln->para >= 0 && i > 0 &&
		    l->lines.v[i - 1].para == ln->para; k++)
			assert_true(d->text[k] == ' ' || d->text[k] == '\n');
		prev_end = ln->end;
	}
}

static void
test_wraps_at_spaces(void **state)
{
	struct doc *d = mkdoc("aaa bbb ccc ddd");
	struct layout *l = layout_new(d, 8);

	(void)state;
	assert_int_equal(l->lines.n, 2);
	assert_int_equal(l->lines.v[0].start, 0);
	assert_int_equal(l->lines.v[0].end, 7);
	assert_int_equal(l->lines.v[1].start, 8);
	assert_int_equal(l->lines.v[1].end, 15);
	check_invariants(d, l);
	layout_free(l);
	doc_free(d);
}

static void
test_long_word_split(void **state)
{
	struct doc *d = mkdoc("abcdefghijklmnopqrstuvwxyz end");
	struct layout *l = layout_new(d, 10);

	(void)state;
	assert_true(l->lines.n >= 3);
	assert_int_equal(l->lines.v[0].end - l->lines.v[0].start, 10);
	check_invariants(d, l);
	layout_free(l);
	doc_free(d);
}

static void
test_cjk_double_width(void **state)
{
	/* eight CJK ideographs: 16 columns */
	struct doc *d = mkdoc("\xe4\xb8\xad\xe5\x9b\xbd\xe4\xb8\xad\xe5\x9b\xbd"
	    "\xe4\xb8\xad\xe5\x9b\xbd\xe4\xb8\xad\xe5\x9b\xbd");
	struct layout *l = layout_new(d, 7);

	(void)state;
	/* 3 ideographs (6 columns) a line: never 7 columns with half a glyph */
	assert_int_equal(l->lines.n, 3);
	assert_int_equal(layout_line_width(d, l, &l->lines.v[0]), 6);
	assert_int_equal(l->lines.v[0].end - l->lines.v[0].start, 9);
	check_invariants(d, l);
	layout_free(l);
	doc_free(d);
}

static void
test_combining_zero_width(void **state)
{
	/* "e" + COMBINING ACUTE, five times: 5 columns */
	struct doc *d = mkdoc("e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81");
	struct layout *l = layout_new(d, 5);
	const struct layout_line *ln = &l->lines.v[0];

	(void)state;
	assert_int_equal(l->lines.n, 1);
	assert_int_equal(layout_line_width(d, l, ln), 5);
	/* the mark after the first e sits in column 1 too: byte 1 is at col 1 */
	assert_int_equal(layout_col_of(d, l, ln, 3), 1);
	layout_free(l);
	doc_free(d);
}

static void
test_emoji_width(void **state)
{
	struct doc *d = mkdoc("ab\xf0\x9f\x98\x80" "cd");
	struct layout *l = layout_new(d, 40);
	const struct layout_line *ln = &l->lines.v[0];

	(void)state;
	assert_int_equal(layout_line_width(d, l, ln), 6);
	assert_int_equal(layout_col_of(d, l, ln, 6), 4);
	assert_int_equal(layout_offset_at(d, l, ln, 3), 2);
	layout_free(l);
	doc_free(d);
}

static void
test_tabs_expand(void **state)
{
	struct doc *d = mkdoc("a\tb");
	struct layout *l = layout_new(d, 40);
	const struct layout_line *ln = &l->lines.v[0];

	(void)state;
	assert_int_equal(layout_col_of(d, l, ln, 2), 8);
	assert_int_equal(layout_line_width(d, l, ln), 9);
	layout_free(l);
	doc_free(d);
}

static void
test_paragraph_gaps_and_soft_newlines(void **state)
{
	struct doc *d = mkdoc("one\ntwo\n\nthree\n- item\n- item");
	struct layout *l = layout_new(d, 40);

	(void)state;
	/* "one two", gap, "three", "- item", "- item" */
	assert_int_equal(l->lines.n, 5);
	assert_int_equal(l->lines.v[0].end, 7);
	assert_int_equal(l->lines.v[1].para, -1);
	assert_int_equal(l->lines.v[3].start, 15);
	check_invariants(d, l);
	layout_free(l);
	doc_free(d);
}

static void
test_offsets_round_trip(void **state)
{
	const char *s = "Ni\xc3\xb1o \xe4\xb8\xad\xe5\x9b\xbd says: \xe2\x80\x9cyes\xe2\x80\x9d, "
	    "and e\xcc\x81t\xc3\xa9 \xf0\x9f\x98\x80 came back with more words to wrap.";
	struct doc *d = mkdoc(s);
	int w;

	(void)state;
	for (w = 4; w <= 30; w++) {
		struct layout *l = layout_new(d, w);
		size_t i;

		check_invariants(d, l);
		for (i = 0; i < l->lines.n; i++) {
			const struct layout_line *ln = &l->lines.v[i];
			struct layout_cell c = { ln->start, ln->start, 0, 0 };

			while (layout_next_cell(d, l, ln, &c)) {
				if (c.width == 0)
					continue;
				assert_int_equal(layout_col_of(d, l, ln, c.start), c.col);
				assert_int_equal(layout_offset_at(d, l, ln, c.col), c.start);
				assert_int_equal(layout_line_of(l, c.start), i);
			}
		}
		layout_free(l);
	}
	doc_free(d);
}

static void
test_empty_doc(void **state)
{
	struct doc *d = mkdoc("");
	struct layout *l = layout_new(d, 20);

	(void)state;
	assert_int_equal(l->lines.n, 0);
	layout_free(l);
	doc_free(d);
}

/* A line or paragraph separator (U+2028, U+2029) ends a line as a newline
 * does; the layout stayed on it and pushed empty lines without end. */
static void
test_line_separators(void **state)
{
	struct doc *d = mkdoc("Norway said\xe2\x80\xa8it would\xe2\x80\xa9stay.");
	struct layout *l = layout_new(d, 40);

	(void)state;
	assert_int_equal(l->lines.n, 3);
	assert_int_equal(l->lines.v[0].start, 0);
	assert_int_equal(l->lines.v[0].end, 11);
	assert_int_equal(l->lines.v[1].start, 14);
	assert_int_equal(l->lines.v[1].end, 22);
	assert_int_equal(l->lines.v[2].start, 25);
	layout_free(l);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wraps_at_spaces),
		cmocka_unit_test(test_long_word_split),
		cmocka_unit_test(test_cjk_double_width),
		cmocka_unit_test(test_combining_zero_width),
		cmocka_unit_test(test_emoji_width),
		cmocka_unit_test(test_tabs_expand),
		cmocka_unit_test(test_paragraph_gaps_and_soft_newlines),
		cmocka_unit_test(test_offsets_round_trip),
		cmocka_unit_test(test_empty_doc),
		cmocka_unit_test(test_line_separators),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
