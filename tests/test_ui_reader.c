/* test_ui_reader.c: the reader's non-curses logic on a hand-made document:
 * party pane rows and order, positions, claim and party steps, hit tests,
 * cutting to a width. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "act.h"
#include "doc.h"
#include "hl.h"
#include "reader.h"
#include "uifix.h"
#include "util.h"

static int
setup(void **state)
{
	*state = uifix_standard();
	return 0;
}

static int
teardown(void **state)
{
	doc_free(*state);
	return 0;
}

/* Name of the party of row i. */
static const char *
row_party(const struct reader *r, size_t i)
{
	return r->doc->ents.v[r->doc->parties.v[r->rows.v[i].party].entity].name;
}

static void
test_rows_order_and_silent(void **state)
{
	struct reader *r = reader_new(*state);

	/* Norway and Kestrel have two claims each: Norway speaks first;
	 * silent Chile takes one row at the end */
	assert_int_equal(r->rows.n, 7);
	assert_int_equal(r->rows.v[0].kind, ROW_PARTY);
	assert_string_equal(row_party(r, 0), "Norway");
	assert_int_equal(r->rows.v[1].kind, ROW_POSITION);
	assert_int_equal(r->rows.v[1].claim, 0);
	assert_int_equal(r->rows.v[2].claim, 1);
	assert_string_equal(row_party(r, 3), "Kestrel Mining");
	assert_int_equal(r->rows.v[6].kind, ROW_SILENT);
	assert_string_equal(row_party(r, 6), "Chile");
	reader_free(r);
}

static void
test_more_claims_first(void **state)
{
	struct doc *d = *state;
	struct reader *r;

	/* give Kestrel a third claim: it now leads */
	*VEC_PUSH(d->parties.v[1].claims) = 3;
	r = reader_new(d);
	assert_string_equal(row_party(r, 0), "Kestrel Mining");
	reader_free(r);
}

static void
test_position_names_speaker(void **state)
{
	struct reader *r = reader_new(*state);
	char *s;

	s = reader_position(r, 0);
	assert_string_equal(s, "says: Kestrel Mining broke the export rules");
	free(s);
	s = reader_position(r, 1);	/* the minister speaks for Norway */
	assert_string_equal(s, "Vangen: said Kestrel Mining had ignored three warnings");
	free(s);
	s = reader_position(r, 2);	/* a rejection reads as one */
	assert_string_equal(s, "denied: the charge");
	free(s);
	reader_free(r);
}

static void
test_rows_of_claims_and_steps(void **state)
{
	struct reader *r = reader_new(*state);

	assert_int_equal(reader_row_of_claim(r, 2), 4);
	assert_int_equal(reader_row_step(r, 2, 1), 4);	/* skips a header */
	assert_int_equal(reader_row_step(r, 5, 1), -1);	/* only silence after */
	assert_int_equal(reader_row_step(r, -1, 1), 1);
	assert_int_equal(reader_row_of_party(r, 1), 4);
	assert_int_equal(reader_row_of_party(r, 2), 6);	/* silent: its one row */
	reader_free(r);
}

/* An article opens with the pane at its top: the first claim is current
 * only when its position is on the rows shown there. */
static void
test_first_current(void **state)
{
	struct doc *d = *state;
	struct reader *r = reader_new(d);

	assert_int_equal(reader_first_current(r, 2), 0);	/* Norway leads */
	assert_int_equal(reader_first_current(r, 1), -1);	/* header only */
	reader_free(r);
	*VEC_PUSH(d->parties.v[1].claims) = 3;	/* Kestrel leads: 4 rows */
	r = reader_new(d);
	assert_int_equal(reader_first_current(r, 5), -1);
	assert_int_equal(reader_first_current(r, 6), 0);
	reader_free(r);
}

static void
test_party_step(void **state)
{
	struct reader *r = reader_new(*state);

	assert_int_equal(reader_party_step(r, -1, 1), 0);
	assert_int_equal(reader_party_step(r, 1, 1), 2);
	assert_int_equal(reader_party_step(r, 2, 1), -1);	/* Chile is silent */
	assert_int_equal(reader_party_step(r, 3, -1), 0);
	assert_int_equal(reader_party_step(r, 0, -1), -1);
	assert_int_equal(reader_party_step(r, -1, -1), 2);
	reader_free(r);
}

static void
test_hit_tests(void **state)
{
	struct doc *d = *state;
	struct reader *r = reader_new(d);
	uint32_t off = uifix_at(d, "Vangen", 0);
	int m = reader_mention_at(d, off);

	assert_true(m >= 0);
	assert_string_equal(d->ents.v[d->mentions.v[m].entity].name, "Sigrid Vangen");
	/* the official's party is her country */
	assert_int_equal(reader_party_of_entity(r, d->mentions.v[m].entity), 0);
	assert_int_equal(reader_mention_at(d, uifix_at(d, "trade", 0)), -1);
	assert_int_equal(reader_mention_at(d, uifix_at(d, " says", 0)), -1);
	/* the claim from an offset: the minister's claim starts at her name */
	assert_int_equal(reader_claim_from(d, uifix_at(d, "The Norwegian", 0)), 1);
	assert_int_equal(reader_claim_from(d, (uint32_t)d->len), -1);
	assert_int_equal(reader_claim_span(d, 1).start, off - strlen("Sigrid "));
	reader_free(r);
}

static void
test_filter(void **state)
{
	(void)state;
	assert_true(reader_filter_pass(FILTER_ALL, ENT_PERSON));
	assert_true(reader_filter_pass(FILTER_COUNTRY, ENT_COUNTRY));
	assert_false(reader_filter_pass(FILTER_COUNTRY, ENT_COMPANY));
	assert_false(reader_filter_pass(FILTER_COMPANY, ENT_OFFICIAL));
	assert_string_equal(reader_filter_name(FILTER_OFFICIAL), "officials");
}

/* A long file name loses its middle, keeping its start and extension. */
static void
test_elide(void **state)
{
	struct doc *d;
	char *s;

	(void)state;
	s = reader_elide("abcdefghij", 5);
	assert_string_equal(s, "ab…ij");
	free(s);
	s = reader_elide("short.txt", 20);
	assert_string_equal(s, "short.txt");
	free(s);
	s = reader_elide("a-very-long-article-name.txt", 12);
	assert_string_equal(s, "a-very…e.txt");
	free(s);
	s = reader_elide("東京都庁舎.txt", 9);	/* 14 columns; no half character */
	assert_string_equal(s, "東京….txt");
	free(s);
	d = uifix_doc("Text.\n");
	assert_string_equal(reader_file_name(d), "fixture.txt");
	free(d->name);
	d->name = xstrdup("-");
	assert_string_equal(reader_file_name(d), "(standard input)");
	free(d->name);
	d->name = xstrdup("some/dir/piece.txt");
	assert_string_equal(reader_file_name(d), "piece.txt");
	doc_free(d);
}

static void
test_cut(void **state)
{
	char *s;
	int cols;

	(void)state;
	s = reader_cut("short", 10);
	assert_string_equal(s, "short");
	free(s);
	s = reader_cut("a longer line", 8);
	assert_string_equal(s, "a longe…");
	free(s);
	/* wide characters are never split over the width */
	s = reader_cut("東京都庁舎", 5);
	assert_string_equal(s, "東京…");
	free(s);
	assert_int_equal(reader_fit("東京", 6, 3, &cols), 3);
	assert_int_equal(cols, 2);
	s = reader_cut("anything", 0);
	assert_string_equal(s, "");
	free(s);
}

static void
test_no_parties(void **state)
{
	struct doc *d = uifix_doc("Nothing here speaks.\n");
	struct reader *r = reader_new(d);

	(void)state;
	assert_int_equal(r->rows.n, 0);
	assert_int_equal(reader_party_step(r, -1, 1), -1);
	assert_int_equal(reader_row_step(r, -1, 1), -1);
	reader_free(r);
	doc_free(d);
}

static void
test_unknown_party_listed_last(void **state)
{
	struct doc *d = uifix_doc("Peru said the port would reopen. "
	    "A spokesman said the ships were waiting.\n");
	int pe = uifix_ent(d, "Peru", ENT_COUNTRY, -1);
	int cl = uifix_ent(d, "Chile", ENT_COUNTRY, -1);
	int silent[] = { cl, -1 };
	struct reader *r;
	char *s;

	(void)state;
	uifix_mention(d, "Peru", 0, pe);
	uifix_claim(d, pe, pe, "Peru", "said", "the port would reopen");
	uifix_claim(d, -1, -1, "A spokesman", "said", "the ships were waiting");
	uifix_parties(d, silent);
	r = reader_new(d);
	assert_int_equal(r->unattributed, 1);
	assert_int_equal(r->rows.n, 5);	/* Peru 2, unknown 2, silent Chile 1 */
	assert_int_equal(r->rows.v[2].kind, ROW_PARTY);
	assert_int_equal(r->rows.v[2].party, -1);
	assert_int_equal(r->rows.v[3].claim, 1);
	assert_int_equal(reader_row_of_claim(r, 1), 3);
	assert_int_equal(r->rows.v[4].kind, ROW_SILENT);	/* after the unknown */
	assert_int_equal(reader_party_step(r, 0, 1), -1);	/* not a party */
	s = reader_position(r, 1);
	assert_string_equal(s, "said: the ships were waiting");
	free(s);
	reader_free(r);
	doc_free(d);
}

static void
test_detail(void **state)
{
	struct reader *r = reader_new(*state);
	char *s;

	s = reader_detail(r, 1);
	assert_string_equal(s, "Sigrid Vangen (Norway) said: "
	    "Kestrel Mining had ignored three warnings");
	free(s);
	s = reader_detail(r, 2);
	assert_string_equal(s, "Kestrel Mining denied: the charge");
	free(s);
	reader_free(r);
}

/* "according to X": the pane says "X: content", the detail "according to
 * X (party): content", never "X according to content". */
static void
test_according_to(void **state)
{
	struct doc *d = uifix_doc("Repairs will take weeks, according to "
	    "Ada Lund of Fjordnet.\n");
	struct reader *r;
	int firm = uifix_ent(d, "Fjordnet", ENT_COMPANY, -1);
	int lund = uifix_ent(d, "Ada Lund", ENT_OFFICIAL, firm);
	char *s;

	(void)state;
	uifix_mention(d, "Fjordnet", 0, firm);
	uifix_mention(d, "Ada Lund", 0, lund);
	uifix_claim(d, firm, lund, NULL, "according to",
	    "Repairs will take weeks");
	uifix_parties(d, (const int[]){ -1 });
	r = reader_new(d);
	s = reader_position(r, 0);
	assert_string_equal(s, "Lund: Repairs will take weeks");
	free(s);
	s = reader_detail(r, 0);
	assert_string_equal(s, "according to Ada Lund (Fjordnet): Repairs will "
	    "take weeks");
	free(s);
	reader_free(r);
	doc_free(d);
}

/* An unnamed source is named by its own words in the detail, with the
 * party it speaks for, not "someone". */
static void
test_detail_unnamed(void **state)
{
	struct doc *d = uifix_doc("A spokesman for Fjordnet said the cable "
	    "held. Prosecutors said the case was closed. Officials said the "
	    "port would open.\n");
	struct reader *r;
	int firm = uifix_ent(d, "Fjordnet", ENT_COMPANY, -1);
	char *s;

	(void)state;
	uifix_mention(d, "Fjordnet", 0, firm);
	uifix_claim(d, firm, -1, "A spokesman for Fjordnet", "said",
	    "the cable held");
	uifix_claim(d, -1, -1, "Prosecutors", "said", "the case was closed");
	uifix_claim(d, firm, -1, "Officials", "said", "the port would open");
	uifix_parties(d, (const int[]){ -1 });
	r = reader_new(d);
	s = reader_detail(r, 0);
	assert_string_equal(s, "A spokesman for Fjordnet said: "
	    "the cable held");
	free(s);
	s = reader_detail(r, 1);
	assert_string_equal(s, "Prosecutors said: the case was closed");
	free(s);
	s = reader_detail(r, 2);
	assert_string_equal(s, "Officials (Fjordnet) said: the port would open");
	free(s);
	reader_free(r);
	doc_free(d);
}

/* The pipe's party list and the list's summary line, silent parties
 * included. */
static void
test_party_text_and_summary(void **state)
{
	struct reader *r = reader_new(*state);
	char *s;

	s = reader_party_text(r);
	assert_string_equal(s,
	    "Norway (2)\n"
	    "  says: Kestrel Mining broke the export rules\n"
	    "  Vangen: said Kestrel Mining had ignored three warnings\n"
	    "Kestrel Mining (2)\n"
	    "  denied: the charge\n"
	    "  saying: its cargo was legal\n"
	    "Chile: no stated position\n");
	free(s);
	s = reader_summary(r);
	assert_string_equal(s, "3 parties, 4 claims - Norway, Kestrel Mining; "
	    "silent: Chile");
	free(s);
	reader_free(r);
}

/* The clipboard sequence: base64 of the text in OSC 52; in tmux, also
 * wrapped for its passthrough. */
static void
test_osc52(void **state)
{
	char *s;

	(void)state;
	s = act_base64((const unsigned char *)"Norway said", 11);
	assert_string_equal(s, "Tm9yd2F5IHNhaWQ=");
	free(s);
	s = act_base64((const unsigned char *)"ab", 2);
	assert_string_equal(s, "YWI=");
	free(s);
	s = act_base64((const unsigned char *)"abc", 3);
	assert_string_equal(s, "YWJj");
	free(s);
	s = act_osc52("hi", 2, 0);
	assert_string_equal(s, "\033]52;c;aGk=\a");
	free(s);
	s = act_osc52("hi", 2, 1);
	assert_string_equal(s, "\033]52;c;aGk=\a\033Ptmux;\033\033]52;c;aGk=\a\033\\");
	free(s);
}

/* A quote continued after its attribution shows the quoted parts only. */
static void
test_position_continued_quote(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cWe will appeal,\xe2\x80\x9d "
	    "Sigrid Vangen told reporters. \xe2\x80\x9cThe fine is unfair.\xe2\x80\x9d");
	int no = uifix_ent(d, "Norway", ENT_COUNTRY, -1);
	int sv = uifix_ent(d, "Sigrid Vangen", ENT_OFFICIAL, no);
	struct reader *r;
	struct claim *c;
	char *s;

	(void)state;
	uifix_mention(d, "Sigrid Vangen", 0, sv);
	uifix_claim(d, no, sv, "Sigrid Vangen", "told",
	    "\xe2\x80\x9cThe fine is unfair.\xe2\x80\x9d");
	c = &d->claims.v[0];
	c->quoted = true;
	c->content.start = 0;	/* the content runs over the attribution */
	uifix_parties(d, (const int[]){ -1 });
	r = reader_new(d);
	s = reader_position(r, 0);
	assert_string_equal(s, "Vangen: told \xe2\x80\x9cWe will appeal,\xe2\x80\x9d \xe2\x80\xa6 "
	    "\xe2\x80\x9cThe fine is unfair.\xe2\x80\x9d");
	free(s);
	reader_free(r);
	doc_free(d);
}

/* A headline's colon or dash is its cue ("Vangen: Kestrel broke the
 * rules"): the pane reads it as "says", never "::". */
static void
test_position_colon_cue(void **state)
{
	struct doc *d = uifix_doc("Vangen: Kestrel broke the rules\n\n"
	    "Norway \xe2\x80\x94 the fine stands");
	int no = uifix_ent(d, "Norway", ENT_COUNTRY, -1);
	int sv = uifix_ent(d, "Sigrid Vangen", ENT_OFFICIAL, no);
	struct reader *r;
	char *s;

	(void)state;
	uifix_mention(d, "Vangen", 0, sv);
	uifix_claim(d, sv, sv, "Vangen", ":", "Kestrel broke the rules");
	uifix_claim(d, no, no, "Norway", "\xe2\x80\x94", "the fine stands");
	uifix_parties(d, (const int[]){ -1 });
	r = reader_new(d);
	s = reader_position(r, 0);
	assert_string_equal(s, "says: Kestrel broke the rules");
	free(s);
	s = reader_position(r, 1);
	assert_string_equal(s, "says: the fine stands");
	free(s);
	s = reader_detail(r, 0);
	assert_string_equal(s, "Sigrid Vangen says: Kestrel broke the rules");
	free(s);
	reader_free(r);
	doc_free(d);
}

static void
test_wrap(void **state)
{
	size_t st[4], ln[4];
	int more, n;

	(void)state;
	n = reader_wrap("the port would reopen soon", 10, st, ln, 4, &more);
	assert_int_equal(n, 4);	/* the port / would / reopen / soon */
	assert_false(more);
	assert_int_equal(st[0], 0);
	assert_int_equal(ln[0], 8);
	assert_int_equal(st[1], 9);
	assert_int_equal(ln[1], 5);
	assert_int_equal(st[2], 15);
	assert_int_equal(ln[2], 6);
	assert_int_equal(st[3], 22);
	assert_int_equal(ln[3], 4);
	n = reader_wrap("the port would reopen soon", 10, st, ln, 2, &more);
	assert_int_equal(n, 2);
	assert_true(more);
	/* a word wider than the line is split, never overflows */
	n = reader_wrap("Shenzhen-based", 5, st, ln, 4, &more);
	assert_int_equal(n, 3);
	assert_int_equal(ln[0], 5);
	assert_int_equal(ln[2], 4);
	/* wide characters count two columns */
	n = reader_wrap("東京 大阪", 4, st, ln, 4, &more);
	assert_int_equal(n, 2);
	assert_int_equal(ln[0], 6);
}

/* A quotation is marked whole, spaces included, and nothing outside it. */
static void
test_hl_quote_whole(void **state)
{
	struct doc *d = uifix_doc("She said: \u201cThe ships will sail today\u201d and left.\n");
	struct hl *h = hl_new(d);
	uint32_t open = uifix_at(d, "\u201c", 0), close = uifix_at(d, "\u201d", 0);
	uint32_t i;

	(void)state;
	for (i = open; i < close + 3; i++)
		assert_true(h->v[i].flags & HL_QUOTE);
	assert_false(h->v[uifix_at(d, " and", 0)].flags & HL_QUOTE);
	assert_false(h->v[uifix_at(d, "said", 0)].flags & HL_QUOTE);
	hl_free(h);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rows_order_and_silent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_more_claims_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_position_names_speaker, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rows_of_claims_and_steps, setup, teardown),
		cmocka_unit_test_setup_teardown(test_first_current, setup, teardown),
		cmocka_unit_test_setup_teardown(test_party_step, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hit_tests, setup, teardown),
		cmocka_unit_test_setup_teardown(test_detail, setup, teardown),
		cmocka_unit_test_setup_teardown(test_party_text_and_summary, setup, teardown),
		cmocka_unit_test(test_osc52),
		cmocka_unit_test(test_position_continued_quote),
		cmocka_unit_test(test_position_colon_cue),
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_detail_unnamed),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_hl_quote_whole),
		cmocka_unit_test(test_filter),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_elide),
		cmocka_unit_test(test_no_parties),
		cmocka_unit_test(test_unknown_party_listed_last),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
