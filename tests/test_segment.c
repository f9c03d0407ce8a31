/*
 * test_segment.c: tokens and sentences: abbreviations, initials, decimals,
 * quotations that span sentences, headlines and lines without a final mark.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "uifix.h"

/* Assert that the sentences of d are exactly the strings given. */
static void
expect_sentences(const struct doc *d, const char *const *want)
{
	size_t i;

	for (i = 0; want[i] != NULL; i++) {
		assert_true(i < d->sents.n);
		assert_int_equal(d->sents.v[i].end - d->sents.v[i].start,
		    strlen(want[i]));
		assert_memory_equal(d->text + d->sents.v[i].start, want[i],
		    strlen(want[i]));
	}
	assert_int_equal(d->sents.n, i);
}

static void
test_abbreviations(void **state)
{
	struct doc *d = uifix_doc("The U.S. Treasury met Mr. Holm and Gen. Varga on "
	    "Jan. 5 at No. 10 Downing Street. Talks went on.\n");
	const char *const want[] = {
		"The U.S. Treasury met Mr. Holm and Gen. Varga on Jan. 5 at "
		"No. 10 Downing Street.", "Talks went on.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

/* A comma after a dotted party tag opens no sentence. */
static void
test_comma_after_dot(void **state)
{
	struct doc *d = uifix_doc("Sen. Tom Arlen, R-Ky., said the vote was "
	    "close. It was.\n");
	const char *const want[] = {
		"Sen. Tom Arlen, R-Ky., said the vote was close.", "It was.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

static void
test_dotted_abbreviation_ends_sentence(void **state)
{
	struct doc *d = uifix_doc("The firm is based in the U.S. Its chief resigned.\n");
	const char *const want[] = {
		"The firm is based in the U.S.", "Its chief resigned.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

static void
test_initials_and_decimals(void **state)
{
	struct doc *d = uifix_doc("J. R. Okafor said growth was 3.5 per cent. "
	    "Prices rose 2.3% in the U.K. on Monday.\n");
	const char *const want[] = {
		"J. R. Okafor said growth was 3.5 per cent.",
		"Prices rose 2.3% in the U.K. on Monday.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

/* A period with a letter right after it ends no sentence (D-N.Y.). */
static void
test_dot_inside_tag(void **state)
{
	struct doc *d = uifix_doc("Rep. Ada Lunde (D-N.Y.), head of the panel, "
	    "spoke. It ended.\n");
	const char *const want[] = {
		"Rep. Ada Lunde (D-N.Y.), head of the panel, spoke.", "It ended.",
		NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

static void
test_quote_spanning_sentences(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cWe acted lawfully. We will appeal,"
	    "\xe2\x80\x9d Varga said. \xe2\x80\x9cThe ruling is wrong.\xe2\x80\x9d "
	    "She left.\n");
	const char *const want[] = {
		"\xe2\x80\x9cWe acted lawfully. We will appeal,\xe2\x80\x9d Varga said.",
		"\xe2\x80\x9cThe ruling is wrong.\xe2\x80\x9d", "She left.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

static void
test_quote_closing_before_lowercase(void **state)
{
	struct doc *d = uifix_doc("\"It is over. Done!\" he said. Next.\n");
	const char *const want[] = {
		"\"It is over. Done!\" he said.", "Next.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	doc_free(d);
}

static void
test_ascii_double_quotes(void **state)
{
	struct doc *d = uifix_doc("''It is over. Done,'' he said. Lund's ``plan'' "
	    "failed.\n");
	const char *const want[] = {
		"''It is over. Done,'' he said.", "Lund's ``plan'' failed.", NULL
	};

	(void)state;
	expect_sentences(d, want);
	assert_true(d->toks.v[0].flags & TOK_OPENQ);
	assert_int_equal(tok_end(&d->toks.v[0]), 2);
	assert_true(d->toks.v[1].flags & TOK_INQUOTE);
	assert_true(d->toks.v[7].flags & TOK_CLOSEQ);
	assert_true(d->toks.v[12].flags & TOK_POSS);
	assert_true(d->toks.v[13].flags & TOK_OPENQ);
	doc_free(d);
}

/* A straight mark between spaces closes a quote ("It is over, " he said). */
static void
test_quote_closing_after_space(void **state)
{
	struct doc *d = uifix_doc("\"It is over, \" he said. \"Done.\"\n");

	(void)state;
	assert_true(d->toks.v[0].flags & TOK_OPENQ);
	assert_true(d->toks.v[5].flags & TOK_CLOSEQ);
	assert_false(d->toks.v[6].flags & TOK_INQUOTE);
	assert_true(d->toks.v[9].flags & TOK_OPENQ);
	doc_free(d);
}

/* A right mark that opens a word after a space opens a quote (”Fear. I ...). */
static void
test_quote_right_mark_opening(void **state)
{
	struct doc *d = uifix_doc("Port row\n\n\xe2\x80\x9d" "Fear. I am afraid.\xe2\x80\x9d "
	    "\xe2\x80\x95 Ana Ruiz\n");
	size_t k = 2;

	(void)state;
	assert_true(d->toks.v[k].flags & TOK_OPENQ);
	assert_true(d->toks.v[k + 1].flags & TOK_INQUOTE);
	assert_true(d->toks.v[k + 7].flags & TOK_CLOSEQ);
	doc_free(d);
}

static void
test_headline_and_lines(void **state)
{
	struct doc *d = uifix_doc("Norway says Kestrel broke sanctions\n\n"
	    "Body one. Body two\n");
	const char *const want[] = {
		"Norway says Kestrel broke sanctions", "Body one.", "Body two", NULL
	};

	(void)state;
	expect_sentences(d, want);
	assert_int_equal(d->sents.v[0].para, 0);
	assert_int_equal(d->sents.v[1].para, 1);
	doc_free(d);
}

static void
test_token_flags(void **state)
{
	struct doc *d = uifix_doc("Kestrel\xe2\x80\x99s chief said \xe2\x80\x9cno\xe2\x80\x9d to O\xe2\x80\x99" "Brien.\n");
	const struct token *t = d->toks.v;

	(void)state;
	assert_true(d->toks.n >= 9);
	assert_int_equal(tok_end(&t[0]) - t[0].start, 7);		/* Kestrel */
	assert_true(t[0].flags & TOK_CAP);
	assert_true(t[0].flags & TOK_SENT_START);
	assert_true(t[1].flags & TOK_POSS);			/* ’s */
	assert_true(t[4].flags & TOK_OPENQ);
	assert_true(t[5].flags & TOK_INQUOTE);			/* no */
	assert_true(t[6].flags & TOK_CLOSEQ);
	assert_false(t[7].flags & TOK_INQUOTE);			/* to */
	assert_int_equal(tok_end(&t[8]) - t[8].start, strlen("O\xe2\x80\x99" "Brien"));
	doc_free(d);
}

static void
test_upper_and_digits(void **state)
{
	struct doc *d = uifix_doc("NATO and 5G.\n");

	(void)state;
	assert_true(d->toks.v[0].flags & TOK_UPPER);
	assert_true(d->toks.v[2].flags & TOK_DIGIT);
	assert_true(segment_tok_is(d, &d->toks.v[1], "AND"));
	doc_free(d);
}

/* The flags of plain ASCII words, which segment_ascii_word reads: all
 * capitals only with two capitals and no small letter, whatever the first. */
static void
test_ascii_word_flags(void **state)
{
	struct doc *d = uifix_doc("iPhone A1 5GW UK Ukraine I 3 x2Y.\n");
	static const uint32_t want[] = { TOK_WORD, TOK_WORD | TOK_CAP,
		TOK_WORD | TOK_DIGIT | TOK_UPPER, TOK_WORD | TOK_CAP | TOK_UPPER,
		TOK_WORD | TOK_CAP, TOK_WORD | TOK_CAP, TOK_WORD | TOK_DIGIT,
		TOK_WORD };
	const uint32_t mask = TOK_WORD | TOK_CAP | TOK_UPPER | TOK_DIGIT;
	size_t i;

	(void)state;
	assert_true(d->toks.n >= 8);
	for (i = 0; i < 8; i++)
		assert_int_equal(d->toks.v[i].flags & mask, want[i]);
	doc_free(d);
}

/* model_tok_first and model_tok_over, which search a stretch of
 * d->tok_first, answer as a reading of every token would: at every byte of
 * a text with words longer than a stretch and spaces wider than one. */
static void
test_token_at_byte(void **state)
{
	char text[2048];
	struct doc *d;
	size_t off, k, first, over;

	(void)state;
	memset(text, 0, sizeof text);
	strcat(text, "Ann said, \"we met.\" ");
	memset(text + strlen(text), 'a', 300);	/* a word over two stretches */
	strcat(text, " then");
	memset(text + strlen(text), ' ', 400);	/* spaces over three */
	strcat(text, "Roe left.\n\nA new paragraph, short.\n");
	d = uifix_doc(text);
	assert_non_null(d->tok_first);
	for (off = 0; off <= d->len + 1; off++) {
		for (first = 0; first < d->toks.n &&
		    d->toks.v[first].start < off; first++)
			;
		for (over = 0; over < d->toks.n &&
		    tok_end(&d->toks.v[over]) <= off; over++)
			;
		k = model_tok_first(d, (uint32_t)off);
		assert_int_equal(k, first);
		k = model_tok_over(d, (uint32_t)off);
		assert_int_equal(k, over);
	}
	doc_free(d);
}

/*
 * A run of letters longer than a token holds (TOK_MAXLEN bytes: a pasted
 * blob, no word) is cut into tokens that tile it, at character boundaries.
 */
static void
test_long_run_cut(void **state)
{
	size_t n = 5000, i;	/* "é" 5,000 times: 10,000 bytes */
	char *text = malloc(2 * n + 3);
	struct doc *d;

	(void)state;
	for (i = 0; i < n; i++)
		memcpy(text + 2 * i, "\xc3\xa9", 2);
	memcpy(text + 2 * n, ".\n", 3);	/* and its NUL */
	d = uifix_doc(text);
	assert_true(d->toks.n >= 3);
	assert_int_equal(d->toks.v[0].start, 0);
	assert_int_equal(tok_end(&d->toks.v[0]), 8190);	/* not mid-é */
	assert_int_equal(d->toks.v[1].start, 8190);
	assert_int_equal(tok_end(&d->toks.v[1]), 2 * n);
	assert_true(d->toks.v[1].flags & TOK_WORD);
	doc_free(d);
	free(text);
}

/*
 * A token's word through the document's memo is the lexicon's word for
 * its text, asked twice or after the text is cut again (the memo starts
 * over) and with 4096 tokens between (two tokens share a slot).
 */
static void
test_tok_word_memo(void **state)
{
	const struct lexicon *w = uifix_words();
	size_t n = 4200, i, k;
	char *text = malloc(8 * n + 32);
	struct doc *d;

	(void)state;
	for (i = 0, k = 0; i < n; i++)
		k += (size_t)sprintf(text + k, i % 2 ? "said " : "bank%zu ", i % 7);
	strcpy(text + k, "said.\n");
	d = uifix_doc(text);
	assert_non_null(d->words);
	for (k = 0; k < 2; k++)
		for (i = 0; i < d->toks.n; i++)
			assert_ptr_equal(segment_tok_word(d, w, i), lexicon_word(w,
			    d->text + d->toks.v[i].start, d->toks.v[i].len));
	assert_non_null(segment_tok_word(d, w, 1));	/* said */
	memcpy(d->text + d->toks.v[1].start, "bank", 4);
	segment_run(d, w);
	assert_ptr_equal(segment_tok_word(d, w, 1), lexicon_word(w, "bank", 4));
	doc_free(d);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_comma_after_dot),
		cmocka_unit_test(test_dotted_abbreviation_ends_sentence),
		cmocka_unit_test(test_initials_and_decimals),
		cmocka_unit_test(test_quote_spanning_sentences),
		cmocka_unit_test(test_quote_closing_before_lowercase),
		cmocka_unit_test(test_dot_inside_tag),
		cmocka_unit_test(test_ascii_double_quotes),
		cmocka_unit_test(test_quote_closing_after_space),
		cmocka_unit_test(test_quote_right_mark_opening),
		cmocka_unit_test(test_headline_and_lines),
		cmocka_unit_test(test_token_flags),
		cmocka_unit_test(test_upper_and_digits),
		cmocka_unit_test(test_ascii_word_flags),
		cmocka_unit_test(test_token_at_byte),
		cmocka_unit_test(test_long_run_cut),
		cmocka_unit_test(test_tok_word_memo),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
