/* test_doc.c: ingest: UTF-8 repair, line ends, control characters, paragraphs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "dynlib.h"
#include "util.h"

static struct doc *
load(const char *s, size_t n)
{
	char *cause = NULL;
	struct doc *d = doc_from_bytes("t", s, n, 0, &cause);

	assert_non_null(d);
	return d;
}

static struct doc *
loads(const char *s)
{
	return load(s, strlen(s));
}

static void
test_plain_is_byte_for_byte(void **state)
{
	const char *s = "Title here\n\nA body paragraph \xe2\x80\x9cquoted\xe2\x80\x9d.\nSoft line.\n";
	struct doc *d = loads(s);

	(void)state;
	assert_int_equal(d->len, strlen(s));
	assert_memory_equal(d->text, s, d->len);
	assert_int_equal(d->invalid, 0);
	assert_int_equal(d->removed, 0);
	doc_free(d);
}

static void
test_invalid_utf8_replaced(void **state)
{
	struct doc *d = loads("a\xff" "b\xc3(c\xe2\x82");

	(void)state;
	assert_string_equal(d->text, "a\xef\xbf\xbd" "b\xef\xbf\xbd(c\xef\xbf\xbd");
	assert_int_equal(d->invalid, 3);
	doc_free(d);
}

static void
test_line_ends(void **state)
{
	struct doc *d = loads("one\r\ntwo\rthree\n");

	(void)state;
	assert_string_equal(d->text, "one\ntwo\nthree\n");
	doc_free(d);
}

static void
test_escape_sequences_removed(void **state)
{
	struct doc *d = loads("a\033]2;title\007b\033[2Jc\033]52;c;ZXZpbA==\033\\d"
	    "\033(Be\033Mf\x07g\x08h\x7fi\xc2\x9b" "31mj\xc2\x9d" "0;x\xc2\x9ck");

	(void)state;
	assert_string_equal(d->text, "abcdefghijk");
	assert_null(strchr(d->text, '\033'));
	doc_free(d);
}

static void
test_tabs_and_newlines_kept(void **state)
{
	struct doc *d = loads("a\tb\nc");

	(void)state;
	assert_string_equal(d->text, "a\tb\nc");
	doc_free(d);
}

static void
test_binary_refused(void **state)
{
	char *cause = NULL;
	struct doc *d = doc_from_bytes("t", "ab\0cd", 5, 0, &cause);

	(void)state;
	assert_null(d);
	assert_non_null(strstr(cause, "binary"));
	free(cause);
	d = doc_from_bytes("t", "ab\0cd", 5, DOC_FORCE, &cause);
	assert_non_null(d);
	assert_string_equal(d->text, "abcd");
	doc_free(d);
}

static void
test_empty(void **state)
{
	struct doc *d = load("", 0);

	(void)state;
	assert_int_equal(d->len, 0);
	assert_int_equal(d->paras.n, 0);
	assert_int_equal(d->title, -1);
	doc_free(d);
}

static void
test_paragraphs_and_title(void **state)
{
	const char *s = "Short headline here\n\nFirst para\nsoft.\n \nSecond para.\n\n\n\nThird.";
	struct doc *d = loads(s);

	(void)state;
	assert_int_equal(d->paras.n, 4);
	assert_int_equal(d->title, 0);
	assert_int_equal(d->paras.v[0].kind, PARA_TITLE);
	assert_int_equal(d->paras.v[1].start, 21);
	assert_int_equal(d->paras.v[1].end, 37);
	assert_memory_equal(d->text + d->paras.v[2].start, "Second para.", 12);
	assert_memory_equal(d->text + d->paras.v[3].start, "Third.", 6);
	doc_free(d);
}

static void
test_boilerplate(void **state)
{
	struct doc *d = loads("We may earn a commission if you buy.\n\nHeadline\n\n"
	    "Body text.\n\nRelated: Another story\n\nAdvertisement\n\n"
	    "Sign up for our newsletter\n\nRead more: here\n\nRelated fact in a sentence.");

	(void)state;
	assert_int_equal(d->paras.n, 8);
	assert_int_equal(d->paras.v[0].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[1].kind, PARA_TITLE);
	assert_int_equal(d->paras.v[2].kind, PARA_BODY);
	assert_int_equal(d->paras.v[3].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[4].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[5].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[6].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[7].kind, PARA_BODY);
	doc_free(d);
	/* a wire story's dates, byline and credits; prose that starts alike */
	d = loads("Harbour deal signed\n\nPublished: 5 March 2024\n\n"
	    "Mar. 5, 2024 9:30 AM EST\n\nBy ANNA LUND and Per Moen\n\n"
	    "Kai Berg, ASSOCIATED PRESS\n\nIPSO Regulated Copyright ©2024 "
	    "Fjord Post.\n\nBy Tuesday the fleet had left, Kai Berg said.\n\n"
	    "The copyright 2024 reform was opposed, the Associated Press said.");
	assert_int_equal(d->paras.n, 8);
	for (size_t i = 1; i < 6; i++)
		assert_int_equal(d->paras.v[i].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[6].kind, PARA_BODY);
	assert_int_equal(d->paras.v[7].kind, PARA_BODY);
	assert_string_equal(d->byline, "ANNA LUND and Per Moen");
	doc_free(d);
	/* share prompts, links to the site's other stories, a syndication
	 * line and an author's note; prose with an address or alike stays */
	d = loads("Harbour deal signed\n\nLike this story? Share it with a "
	    "friend!\n\nAlso on example.com Kestrel Shipping sues the board\n\n"
	    "Originally published on Harbour Weekly.\n\nPer Moen is the "
	    "harbour columnist for the Fjord Post. Follow him on Twitter: "
	    "@permoen. Reach him directly at per@example.com.\n\nThe mayor "
	    "said she would like the story told. Write to tips@example.com, "
	    "the police said; officers could not reach him at home.\n\n"
	    "Originally the port was a fishing harbour.");
	assert_int_equal(d->paras.n, 7);
	for (size_t i = 1; i < 5; i++)
		assert_int_equal(d->paras.v[i].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[5].kind, PARA_BODY);
	assert_int_equal(d->paras.v[6].kind, PARA_BODY);
	doc_free(d);
	/* a byline without "by" and an update time; prose alike stays */
	d = loads("Harbour deal signed\n\nAnna Lund, AP Harbour Writer\n\n"
	    "Updated 1:39 am EST, Wednesday, March 6, 2024\n\nAnna Lund, a "
	    "harbour writer, said the deal was signed by the editor.\n\n"
	    "Updated figures showed 1:3 odds, the editor said.");
	assert_int_equal(d->paras.n, 5);
	assert_int_equal(d->paras.v[1].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[2].kind, PARA_BOILERPLATE);
	assert_int_equal(d->paras.v[3].kind, PARA_BODY);
	assert_int_equal(d->paras.v[4].kind, PARA_BODY);
	doc_free(d);
}

/*
 * The furniture's parts (doc_boilerplate): a credit whose last word has a
 * long s (PREſS matches press without case), one ending in a no-break
 * space, a wire slug, a © late in the line, a byline, a wire credit.
 */
static void
test_boilerplate_parts(void **state)
{
	struct doc *d = loads("Harbour deal signed\n\n"
	    "The fleet sailed at dawn, crews said.\n\n"
	    "Kai Berg, ASSOCIATED PRE\xc5\xbfS\n\n"
	    "Oslo harbour, Reuters\xc2\xa0\n\n"
	    "no-harbour-deal, 2nd ld-writethru \n\n"
	    "A line that says nothing of note at all but then \xc2\xa9 2019 Post\n\n"
	    "By Ann Lund\n\nThe End, AFP\n");

	(void)state;
	assert_int_equal(d->paras.n, 8);
	assert_int_equal(d->paras.v[1].kind, PARA_BODY);
	for (size_t i = 2; i < 8; i++)
		assert_int_equal(d->paras.v[i].kind, PARA_BOILERPLATE);
	assert_string_equal(d->byline, "Ann Lund");
	doc_free(d);
}

static void
test_hard_breaks(void **state)
{
	struct doc *d = loads("Intro line\n- item one\n- item two\nsoft\ntext");

	(void)state;
	assert_true(doc_hard_break(d, 10));
	assert_true(doc_hard_break(d, 21));
	assert_true(doc_hard_break(d, 32));	/* after a list item */
	assert_false(doc_hard_break(d, 37));
	doc_free(d);
	d = loads("Table:\nPort\tShips\nSines\t312\nafter\nmore");
	assert_true(doc_hard_break(d, 6));	/* before a line with a tab */
	assert_true(doc_hard_break(d, 17));
	assert_true(doc_hard_break(d, 27));	/* after one */
	assert_false(doc_hard_break(d, 33));
	doc_free(d);
}

/* Assert paragraph k of d is the text want and of kind kind. */
static void
para_is(const struct doc *d, size_t k, const char *want, enum para_kind kind)
{
	assert_true(k < d->paras.n);
	assert_int_equal(d->paras.v[k].end - d->paras.v[k].start, strlen(want));
	assert_memory_equal(d->text + d->paras.v[k].start, want, strlen(want));
	assert_int_equal(d->paras.v[k].kind, kind);
}

static void
test_headline_then_text(void **state)
{
	struct doc *d = loads("India calls for fair trade rules\n"
	    "India, which attends the Geneva talks, said rich countries must cut farm subsidies.\n\n"
	    "Brazil backed the call.\n");

	(void)state;
	assert_int_equal(d->paras.n, 3);
	assert_int_equal(d->title, 0);
	para_is(d, 0, "India calls for fair trade rules", PARA_TITLE);
	para_is(d, 2, "Brazil backed the call.", PARA_BODY);
	doc_free(d);
}

static void
test_one_line_per_paragraph(void **state)
{
	struct doc *d = loads("Chile and Peru sign a port deal\n"
	    "Chile and Peru signed a deal on Tuesday to share the port of Arica, the two governments said in a joint statement.\n"
	    "The Chilean foreign minister, Rosa Albarran, said the deal would cut costs for farmers in both countries.\n"
	    "Peru agreed.\n");

	(void)state;
	assert_int_equal(d->paras.n, 4);
	para_is(d, 0, "Chile and Peru sign a port deal", PARA_TITLE);
	para_is(d, 3, "Peru agreed.", PARA_BODY);
	doc_free(d);
}

static void
test_hard_wrapped_paragraphs(void **state)
{
	struct doc *d = loads("Peru and Chile sign a port deal\n\n"
	    "Chile and Peru signed a deal on Tuesday to share\n"
	    "the port of Arica, the two governments said.\n"
	    "The Chilean foreign minister, Rosa Albarran, said\n"
	    "the deal would cut costs for farmers.\n");

	(void)state;
	assert_int_equal(d->paras.n, 3);
	para_is(d, 1, "Chile and Peru signed a deal on Tuesday to share\n"
	    "the port of Arica, the two governments said.", PARA_BODY);
	para_is(d, 2, "The Chilean foreign minister, Rosa Albarran, said\n"
	    "the deal would cut costs for farmers.", PARA_BODY);
	doc_free(d);
}

static void
test_windows_1252(void **state)
{
	struct doc *d = loads("Caf\xe9 owners said \x93" "enough\x94 in Z\xfcrich.");

	(void)state;
	assert_string_equal(d->text, "Caf\xc3\xa9 owners said \xe2\x80\x9c"
	    "enough\xe2\x80\x9d in Z\xc3\xbcrich.");
	assert_string_equal(d->charset, "WINDOWS-1252");
	assert_int_equal(d->invalid, 0);
	doc_free(d);
}

static void
test_bom_dropped(void **state)
{
	struct doc *d = loads("\xef\xbb\xbfHello");

	(void)state;
	assert_string_equal(d->text, "Hello");
	doc_free(d);
}

/* Is s read as English, with that note (NULL: none)? */
static void
assert_language(const char *s, int english, const char *note)
{
	struct doc *d = loads(s);
	char *got = doc_read_note(d);

	assert_int_equal(doc_english(d), english);
	if (note == NULL)
		assert_null(got);
	else
		assert_string_equal(got, note);
	free(got);
	doc_free(d);
}

/*
 * The language a page declares, or the letters of a text without one:
 * claims are looked for in English only, and the reader says so.
 */
static void
test_language(void **state)
{
	(void)state;
	assert_language("Harbour news\n\nThe mayor of Tromsø said the port "
	    "will open in \xe2\x80\x9cspring\xe2\x80\x9d.\n", 1, NULL);
	/* Мэр сказал, что порт откроется весной. (Jane Roe, Oslo) */
	assert_language("\xd0\x9c\xd1\x8d\xd1\x80 \xd1\x81\xd0\xba\xd0\xb0"
	    "\xd0\xb7\xd0\xb0\xd0\xbb, \xd1\x87\xd1\x82\xd0\xbe \xd0\xbf"
	    "\xd0\xbe\xd1\x80\xd1\x82 \xd0\xbe\xd1\x82\xd0\xba\xd1\x80"
	    "\xd0\xbe\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f \xd0\xb2\xd0\xb5"
	    "\xd1\x81\xd0\xbd\xd0\xbe\xd0\xb9. (Jane Roe, Oslo)\n", 0,
	    "the text is not in Latin letters; claims are looked for in "
	    "English only");
	/* Latin letters of another language pass: Thủ tướng nói rằng */
	assert_language("Th\xe1\xbb\xa7 t\xc6\xb0\xe1\xbb\x9bng n\xc3\xb3i "
	    "r\xe1\xba\xb1ng\n", 1, NULL);
	assert_language("<!DOCTYPE html><html lang=\"ru\"><body><p>The mayor "
	    "said the port will open.</p></body></html>", 0, "the page is in "
	    "ru; claims are looked for in English only");
	assert_language("<!DOCTYPE html><html lang=\"en-GB\"><body><p>The mayor "
	    "said the port will open.</p></body></html>", 1, NULL);
	assert_language("<!DOCTYPE html><html><head><meta property=\"og:locale\" "
	    "content=\"pt_BR\"></head><body><p>The mayor said the port will "
	    "open.</p></body></html>", 0, "the page is in pt_BR; claims are "
	    "looked for in English only");
	/* no tag, or none that is one: the letters decide */
	assert_language("<!DOCTYPE html><html lang=\"\"><body><p>The mayor "
	    "said the port will open.</p></body></html>", 1, NULL);
	assert_language("<!DOCTYPE html><html lang=\"ru [31m\"><body><p>The "
	    "mayor said the port will open.</p></body></html>", 1, NULL);
}

/* libxml2 is loaded for the first page, not before; libcurl only for a URL. */
static void
test_libraries_loaded_when_needed(void **state)
{
	struct doc *d = loads("Plain text\n\nNo page here.\n");

	(void)state;
	assert_int_equal(dynlib_loaded("xml"), 0);
	doc_free(d);
	d = loads("<!DOCTYPE html><html><body><p>A page.</p></body></html>");
	assert_string_equal(d->format, "html");
	assert_int_equal(dynlib_loaded("xml"), 1);
	assert_int_equal(dynlib_loaded("curl"), 0);
	doc_free(d);
}

/* The claims in cue order, claims of one cue start in their own order:
 * starts that differ only in high bits, or only in low ones, and ties. */
static void
test_claims_by_cue(void **state)
{
	static const uint32_t cue[] = { 5, 3, 5, 1u << 22, 3, 70000,
		(1u << 22) + 1, 0, 5, 1u << 31 };
	static const size_t want[] = { 7, 1, 4, 0, 2, 8, 5, 3, 6, 9 };
	struct doc *d = xcalloc(1, sizeof *d);
	size_t order[10], i;

	(void)state;
	for (i = 0; i < 10; i++) {
		struct claim *c = VEC_PUSH(d->claims);

		memset(c, 0, sizeof *c);
		c->cue.start = cue[i];
	}
	model_claims_by_cue(d, order);
	for (i = 0; i < 10; i++)
		assert_int_equal(order[i], want[i]);
	doc_free(d);
}

/* The claims by content start, then cue start; ties in their own order. */
static void
test_claims_sort(void **state)
{
	static const uint32_t content[] = { 9, 3, 9, 1u << 30, 3, 0, 9 };
	static const uint32_t cue[] = { 4, 7, 4, 0, 2, 1u << 25, 1 };
	static const int want[] = { 5, 4, 1, 6, 0, 2, 3 };
	struct doc *d = xcalloc(1, sizeof *d);
	size_t i;

	(void)state;
	for (i = 0; i < 7; i++) {
		struct claim *c = VEC_PUSH(d->claims);

		memset(c, 0, sizeof *c);
		c->content.start = content[i];
		c->cue.start = cue[i];
		c->party = (int)i;	/* which it was */
	}
	model_claims_sort(d);
	for (i = 0; i < 7; i++)
		assert_int_equal(d->claims.v[i].party, want[i]);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_libraries_loaded_when_needed),	/* first */
		cmocka_unit_test(test_plain_is_byte_for_byte),
		cmocka_unit_test(test_invalid_utf8_replaced),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_escape_sequences_removed),
		cmocka_unit_test(test_tabs_and_newlines_kept),
		cmocka_unit_test(test_binary_refused),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_paragraphs_and_title),
		cmocka_unit_test(test_boilerplate),
		cmocka_unit_test(test_boilerplate_parts),
		cmocka_unit_test(test_hard_breaks),
		cmocka_unit_test(test_bom_dropped),
		cmocka_unit_test(test_headline_then_text),
		cmocka_unit_test(test_one_line_per_paragraph),
		cmocka_unit_test(test_hard_wrapped_paragraphs),
		cmocka_unit_test(test_windows_1252),
		cmocka_unit_test(test_language),
		cmocka_unit_test(test_claims_by_cue),
		cmocka_unit_test(test_claims_sort),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
