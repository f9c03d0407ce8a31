/*
 * test_claims.c: the claim engine on sentences of our own: every shape,
 * every resolution rule, every non-claim, the party list and the cue
 * table. Entities are set by hand here, so the tests do not depend on the
 * entity engine.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "affil.h"
#include "analyse.h"
#include "claims.h"
#include "cues.h"
#include "doc.h"
#include "lexicon.h"
#include "parties.h"
#include "segment.h"
#include "speakers.h"
#include "uifix.h"
#include "util.h"

static struct cues *cues;
static struct lexicon *words;	/* data/words.tsv alone */

/* Load data/cues.tsv and data/words.tsv from the source tree. */
static int
setup(void **state)
{
	const char *top = getenv("top_srcdir");
	char *path = xasprintf("%s/data/cues.tsv", top != NULL ? top : ".");
	char *wpath = xasprintf("%s/data/words.tsv", top != NULL ? top : ".");
	char *cause = NULL;

	(void)state;
	cues = cues_load(path, &cause);
	words = lexicon_new();
	if (cues == NULL || lexicon_load_words(words, wpath, &cause) != 0)
		fprintf(stderr, "%s\n", cause);
	free(path);
	free(wpath);
	return cues == NULL || cause != NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	cues_free(cues);
	lexicon_free(words);
	return 0;
}

/* Add an entity; returns its index. */
static int
ent(struct doc *d, const char *name, enum ent_type t, int aff, const char *role)
{
	struct entity *e = VEC_PUSH(d->ents);

	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->role = role != NULL ? xstrdup(role) : NULL;
	e->type = t;
	e->affiliation = aff;
	e->first_mention = -1;
	e->colour = 0;
	return (int)d->ents.n - 1;
}

static int
mention_cmp(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Mark every whole-word occurrence of s as a mention of entity e. */
static void
mention(struct doc *d, const char *s, int e)
{
	const char *p = d->text;
	size_t n = strlen(s), i;
	struct mention *m;

	while ((p = strstr(p, s)) != NULL) {
		uint32_t a = (uint32_t)(p - d->text);
		char after = p[n], before = a > 0 ? p[-1] : ' ';

		p += n;
		if ((before >= 'A' && before <= 'z') || (after >= 'A' && after <= 'z'))
			continue;
		m = VEC_PUSH(d->mentions);
		m->start = a;
		m->end = a + (uint32_t)n;
		m->entity = e;
		m->kind = MENTION_NAME;
	}
	qsort(d->mentions.v, d->mentions.n, sizeof *d->mentions.v, mention_cmp);
	for (i = 0; i < d->ents.n; i++)
		d->ents.v[i].first_mention = -1;
	for (i = d->mentions.n; i > 0; i--)
		d->ents.v[d->mentions.v[i - 1].entity].first_mention = (int)i - 1;
}

/*
 * The stages from claims on (analyse.c's order) with the cue table and
 * the word classes alone: no lexicon of names and titles.
 */
static void
run(struct doc *d)
{
	claims_run_cues(d, cues, words);
	affil_run(d, words);
	speakers_resolve(d, words, NULL);
	claims_quotes_run(d, words);
	affil_claims(d, words);
	parties_run(d, NULL);
}

static void
expect_span(const struct doc *d, const struct span *s, const char *want)
{
	if (s->end - s->start != strlen(want) ||
	    memcmp(d->text + s->start, want, strlen(want)) != 0)
		fail_msg("span \"%.*s\", wanted \"%s\"", (int)(s->end - s->start),
		    d->text + s->start, want);
}

/* Assert claim i: source (NULL for none), cue and content. */
static void
expect_claim(const struct doc *d, size_t i, const char *src, const char *cue,
    const char *content)
{
	const struct claim *c;

	if (i >= d->claims.n)
		fail_msg("claim %zu missing (%zu claims)", i, d->claims.n);
	c = &d->claims.v[i];
	if (src == NULL)
		assert_false(c->has_source);
	else {
		assert_true(c->has_source);
		expect_span(d, &c->source, src);
	}
	expect_span(d, &c->cue, cue);
	expect_span(d, &c->content, content);
}

/* ---- shapes (most are cases of claim_cases, below) */

static void
test_source_cue_that(void **state)
{
	struct doc *d = uifix_doc("Norway said that the border would reopen on Monday.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Norway", "said",
	    "that the border would reopen on Monday");
	assert_int_equal(d->claims.v[0].kind, CLAIM_SPEECH);
	assert_false(d->claims.v[0].quoted);
	doc_free(d);
}

static void
test_cue_with_auxiliaries(void **state)
{
	struct doc *d = uifix_doc("The ministry has long suspected the firm of hiding "
	    "losses. Kestrel does say it will pay. The board had hoped the "
	    "vote would pass. Oslo has even hinted the deal could collapse.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "The ministry", "has long suspected",
	    "the firm of hiding losses");
	assert_int_equal(d->claims.v[0].kind, CLAIM_BELIEF);
	expect_claim(d, 1, "Kestrel", "does say", "it will pay");
	expect_claim(d, 2, "The board", "had hoped", "the vote would pass");
	expect_claim(d, 3, "Oslo", "has even hinted", "the deal could collapse");
	doc_free(d);
}

static void
test_quote_cue_source(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cWe will not back down,\xe2\x80\x9d said "
	    "Anna Varga.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Anna Varga", "said",
	    "\xe2\x80\x9cWe will not back down,\xe2\x80\x9d");
	assert_true(d->claims.v[0].quoted);
	doc_free(d);
}

static void
test_quote_source_cue(void **state)
{
	struct doc *d = uifix_doc("\"The talks have failed,\" the minister said on Friday.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "the minister", "said", "\"The talks have failed,\"");
	assert_true(d->claims.v[0].quoted);
	doc_free(d);
}

static void
test_source_cue_colon_quote(void **state)
{
	struct doc *d = uifix_doc("Varga told reporters: \xe2\x80\x9cThe deal is dead.\xe2\x80\x9d\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Varga", "told",
	    "\xe2\x80\x9cThe deal is dead.\xe2\x80\x9d");
	assert_true(d->claims.v[0].quoted);
	doc_free(d);
}

/* A cue word second in the text, with nothing before its subject ("The
 * decline was evident"): no claim, and no token read before the first
 * (claims_try_interrupted read token -1: found by AddressSanitizer). */
static void
test_cue_near_text_start(void **state)
{
	static const char *texts[] = {
	    "The decline was evident before the election.\n",
	    "Opposed by the unions, the plan for the harbour failed.\n",
	    "Declined to say more, the minister left Lima.\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct doc *d = uifix_doc(texts[i]);

		run(d);
		assert_int_equal(d->claims.n, 0);
		doc_free(d);
	}
}

/*
 * Content that ends with a possessive keeps it: "She denies it is Mr
 * Bell's" cut at "Mr Bell" says the opposite.
 */
static void
test_content_ends_possessive(void **state)
{
	struct doc *d = uifix_doc("Ann Roe denies the dog is Mr Bell's.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Ann Roe", "denies", "the dog is Mr Bell's");
	doc_free(d);
}

/*
 * An indirect question of ability ("how a son of farmers can propose
 * water charges"): no one proposed anything, so no claim of "can
 * propose"; the asking stays a claim.
 */
static void
test_wh_ability_no_claim(void **state)
{
	struct doc *d = uifix_doc("Voters wonder how a son of farmers can "
	    "propose water charges. Nobody knows why a mayor could promise "
	    "lower rents.\n");
	size_t i;

	(void)state;
	run(d);
	for (i = 0; i < d->claims.n; i++)
		assert_true(d->claims.v[i].cue.end - d->claims.v[i].cue.start <
		    8 || memcmp(d->text + d->claims.v[i].cue.start, "can ", 4) != 0);
	for (i = 0; i < d->claims.n; i++)
		assert_true(memcmp(d->text + d->claims.v[i].content.start,
		    "water", 5) != 0 && memcmp(d->text +
		    d->claims.v[i].content.start, "lower", 5) != 0);
	doc_free(d);
}

/* A position coordinated inside the content is part of it (X say he A and refused B). */
static void
test_coordinated_inside_content(void **state)
{
	struct doc *d = uifix_doc("Police say he ran a red light and refused to "
	    "stop.\n");

	(void)state;
	run(d);
	assert_true(d->claims.n >= 1);
	expect_claim(d, 0, "Police", "say",
	    "he ran a red light and refused to stop");
	doc_free(d);
}

/*
 * A clause with a claim of its own, then ", according to SOURCE": one
 * claim voiced by SOURCE and the position of the clause's own source. A
 * belief's content is what is believed (the reader sees the belief under
 * the one who reports it); a statement stays whole, as PolNeAR spans it.
 */
static void
test_according_to_after_claim(void **state)
{
	struct doc *d = uifix_doc("The mine\xe2\x80\x99s operator, the Perth-based group "
	    "Redgum Minerals, believes output will fall by a third, according "
	    "to its chairman Tom Ashby. Sweden wants to leave the pact, "
	    "according to a Danish diplomat.\n");
	int r = ent(d, "Redgum Minerals", ENT_COMPANY, -1, NULL);
	int ash = ent(d, "Tom Ashby", ENT_OFFICIAL, -1, "chairman");
	int se = ent(d, "Sweden", ENT_COUNTRY, -1, NULL);
	int dk = ent(d, "Denmark", ENT_COUNTRY, -1, NULL);

	(void)state;
	mention(d, "Redgum Minerals", r);
	mention(d, "Tom Ashby", ash);
	mention(d, "Sweden", se);
	mention(d, "Danish", dk);
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "its chairman Tom Ashby", "according to",
	    "output will fall by a third");
	assert_int_equal(d->claims.v[0].speaker, ash);
	assert_int_equal(d->claims.v[0].party, r);
	expect_claim(d, 1, "a Danish diplomat", "according to",
	    "Sweden wants to leave the pact");
	assert_int_equal(d->claims.v[1].speaker, dk);
	assert_int_equal(d->claims.v[1].party, se);
	doc_free(d);
}

/*
 * The leading form takes the inner claim in the same way: "According to
 * Z, X said Y" is one claim voiced by Z, whose content is the clause and
 * whose party is X's.
 */
static void
test_according_to_leading_claim(void **state)
{
	struct doc *d = uifix_doc("According to two Danish diplomats, Sweden\xe2\x80\x99s "
	    "trade minister Eva Dahl said the pact would lapse in June.\n");
	int se = ent(d, "Sweden", ENT_COUNTRY, -1, NULL);
	int dahl = ent(d, "Eva Dahl", ENT_OFFICIAL, se, "trade minister");
	int dk = ent(d, "Denmark", ENT_COUNTRY, -1, NULL);

	(void)state;
	mention(d, "Sweden", se);
	mention(d, "Eva Dahl", dahl);
	mention(d, "Danish", dk);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "two Danish diplomats", "According to",
	    "Sweden\xe2\x80\x99s trade minister Eva Dahl said the pact would "
	    "lapse in June");
	assert_int_equal(d->claims.v[0].speaker, dk);
	assert_int_equal(d->claims.v[0].party, se);
	doc_free(d);
}

static void
test_headline(void **state)
{
	struct doc *d = uifix_doc("Norway says Kestrel broke sanctions, as row deepens\n\n"
	    "Body text here.\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);

	(void)state;
	mention(d, "Norway", no);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Norway", "says", "Kestrel broke sanctions");
	doc_free(d);
}

static void
test_positions(void **state)
{
	struct doc *d = uifix_doc("Denmark decided to leave the pact. Kestrel wants to "
	    "sell its plant. The union opposes the merger.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Denmark", "decided", "to leave the pact");
	assert_int_equal(d->claims.v[0].kind, CLAIM_POSITION);
	expect_claim(d, 1, "Kestrel", "wants", "to sell its plant");
	expect_claim(d, 2, "The union", "opposes", "the merger");
	doc_free(d);
}

/* Asking someone to act is a position; its content is "OBJECT to VP". */
static void
test_position_object_to(void **state)
{
	struct doc *d = uifix_doc("Finland has asked both sides to let Red Cross staff "
	    "reach the port. Chile pressed the board to delay the vote. The "
	    "union called on the Danish ministry to publish the audit. Peru "
	    "demanded that Kestrel halt the drilling. Ghana called for a "
	    "second count. Holm asked them to stay calm.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 6);
	expect_claim(d, 0, "Finland", "has asked",
	    "both sides to let Red Cross staff reach the port");
	expect_claim(d, 1, "Chile", "pressed", "the board to delay the vote");
	expect_claim(d, 2, "The union", "called on",
	    "the Danish ministry to publish the audit");
	expect_claim(d, 3, "Peru", "demanded", "that Kestrel halt the drilling");
	expect_claim(d, 4, "Ghana", "called for", "a second count");
	expect_claim(d, 5, "Holm", "asked", "them to stay calm");
	assert_int_equal(d->claims.v[0].kind, CLAIM_POSITION);
	assert_int_equal(d->claims.v[1].kind, CLAIM_POSITION);
	assert_int_equal(d->claims.v[5].kind, CLAIM_POSITION);
	doc_free(d);
}

/*
 * A quote continued after its attribution is one claim, as PolNeAR's gold
 * spans it; its parts for the party pane leave the attribution out.
 */
static void
test_quote_continued_parts(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cThe pumps were sabotaged,\xe2\x80\x9d Lise "
	    "Moen told reporters in Bergen. \xe2\x80\x9cWe have the logs.\xe2\x80\x9d\n\n"
	    "Moen said the port stays shut.\n");
	struct span parts[2];

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	assert_int_equal(claims_content_parts(d, &d->claims.v[0], parts), 2);
	expect_span(d, &parts[0], "\xe2\x80\x9cThe pumps were sabotaged,\xe2\x80\x9d");
	expect_span(d, &parts[1], "\xe2\x80\x9cWe have the logs.\xe2\x80\x9d");
	assert_int_equal(claims_content_parts(d, &d->claims.v[1], parts), 1);
	expect_span(d, &parts[0], "the port stays shut");
	doc_free(d);
}

static void
test_quote_continued_next_paragraph(void **state)
{
	struct doc *d = uifix_doc("Varga said: \xe2\x80\x9cWe acted lawfully.\xe2\x80\x9d\n\n"
	    "\xe2\x80\x9cWe will appeal.\xe2\x80\x9d\n");
	int varga = ent(d, "Varga", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Varga", varga);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Varga", "said", "\xe2\x80\x9cWe acted lawfully.\xe2\x80\x9d"
	    "\n\n\xe2\x80\x9cWe will appeal.\xe2\x80\x9d");
	doc_free(d);
}

static void
test_quote_inherits_last_speaker(void **state)
{
	struct doc *d = uifix_doc("Anna Varga said the plan had failed.\n\n"
	    "The vote was held in Oslo.\n\n"
	    "\xe2\x80\x9cWe will appeal.\xe2\x80\x9d\n");
	int varga = ent(d, "Anna Varga", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Anna Varga", varga);
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 1, NULL, "", "\xe2\x80\x9cWe will appeal.\xe2\x80\x9d");
	assert_true(d->claims.v[1].quoted);
	assert_int_equal(d->claims.v[1].speaker, varga);
	assert_int_equal(d->claims.v[1].party, varga);
	doc_free(d);
}

static void
test_colon_headline(void **state)
{
	struct doc *d = uifix_doc("Mette Lund: Harbour work will go ahead\n\n"
	    "Related: What does the ruling mean?\n\nUpdate: talks resume today.\n"
	    "\nBREAKING: Harbour closes for the winter\n\nWATCH: the ferry "
	    "leaves Tromsø\n\nNATO: Troops will stay in the north\n");
	int lund = ent(d, "Mette Lund", ENT_PERSON, -1, NULL);
	int nato = ent(d, "NATO", ENT_ORGANISATION, -1, NULL);

	(void)state;
	mention(d, "Mette Lund", lund);
	mention(d, "NATO", nato);
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Mette Lund", ":", "Harbour work will go ahead");
	expect_claim(d, 1, "NATO", ":", "Troops will stay in the north");
	doc_free(d);
}

/*
 * A title-case headline whose colon follows a label, not a source (A
 * Bold Plan:, Budget Review:), and one whose cue has no known source:
 * no claims. A known entity before the colon still speaks.
 */
static void
test_colon_headline_label(void **state)
{
	struct doc *d = uifix_doc("A Bold Plan: to Save the Fjords: Ban Trawlers, "
	    "Pay Fishers\n\nBudget Review: Oslo Cuts Spending Again\n\n"
	    "The Quiet Plan to Sell Kestrel\n\n"
	    "Kestrel: We Will Keep the Plant Open\n\nBody text here.\n");
	int k = ent(d, "Kestrel", ENT_COMPANY, -1, NULL);
	int o = ent(d, "Norway", ENT_COUNTRY, -1, NULL);

	(void)state;
	mention(d, "Kestrel", k);
	mention(d, "Oslo", o);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Kestrel", ":", "We Will Keep the Plant Open");
	assert_int_equal(d->claims.v[0].party, k);
	doc_free(d);
}

/* ---- wrong readings (more in claim_cases) */

static void
test_quote_in_same_sentence_no_continuation(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cIs it over?\xe2\x80\x9d she said, but "
	    "Moreau kept talking about \xe2\x80\x9cthe long winter\xe2\x80\x9d and "
	    "the harvest.\n");

	(void)state;
	run(d);
	/* the quote is no continuation; "talking about" is a claim of its own */
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "she", "said", "\xe2\x80\x9cIs it over?\xe2\x80\x9d");
	expect_span(d, &d->claims.v[1].cue, "talking about");
	expect_span(d, &d->claims.v[1].content,
	    "\xe2\x80\x9cthe long winter\xe2\x80\x9d and the harvest");
	doc_free(d);
}

/* ---- speakers and parties */

/*
 * "for" joins a body's name as "of" does (the Office for Fair Roads
 * said): the whole name is the source, the body the speaker.
 */
static void
test_source_body_for(void **state)
{
	struct doc *d = uifix_doc("The fund grew after the Office for Fair "
	    "Roads said it had erred.\n");
	int o = ent(d, "Office for Fair Roads", ENT_ORGANISATION, -1, NULL);

	(void)state;
	mention(d, "Office for Fair Roads", o);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "the Office for Fair Roads", "said", "it had erred");
	assert_int_equal(d->claims.v[0].speaker, o);
	doc_free(d);
}

/*
 * A body named in a relative clause after the source is not the speaker
 * (Nordvik Radio, which covers Sweden, said: Nordvik Radio; none when
 * the head names no entity).
 */
static void
test_source_relative_clause_body(void **state)
{
	struct doc *d = uifix_doc("Nordvik Radio, which covers Sweden, said it "
	    "would bid. A small station, which covers Sweden, said it would "
	    "not.\n");
	int se = ent(d, "Sweden", ENT_COUNTRY, -1, NULL);
	int nr = ent(d, "Nordvik Radio", ENT_COMPANY, -1, NULL);

	(void)state;
	mention(d, "Sweden", se);
	mention(d, "Nordvik Radio", nr);
	run(d);
	assert_int_equal(d->claims.n, 2);
	assert_int_equal(d->claims.v[0].speaker, nr);
	assert_int_not_equal(d->claims.v[1].speaker, se);
	doc_free(d);
}

static void
test_official_speaks_for_country(void **state)
{
	struct doc *d = uifix_doc("Lars Holm said the tariffs were illegal.\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);
	int holm = ent(d, "Lars Holm", ENT_OFFICIAL, no, "trade minister");

	(void)state;
	mention(d, "Lars Holm", holm);
	run(d);
	assert_int_equal(d->claims.n, 1);
	assert_int_equal(d->claims.v[0].speaker, holm);
	assert_int_equal(d->claims.v[0].party, no);
	doc_free(d);
}

static void
test_pronoun_last_speaker(void **state)
{
	struct doc *d = uifix_doc("Lars Holm said the tariffs were illegal. Kestrel "
	    "makes engines. He said: \xe2\x80\x9cWe will fight.\xe2\x80\x9d\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);
	int holm = ent(d, "Lars Holm", ENT_OFFICIAL, no, NULL);
	int k = ent(d, "Kestrel", ENT_COMPANY, -1, NULL);

	(void)state;
	mention(d, "Lars Holm", holm);
	mention(d, "Kestrel", k);
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 1, "He", "said", "\xe2\x80\x9cWe will fight.\xe2\x80\x9d");
	assert_int_equal(d->claims.v[1].speaker, holm);
	assert_int_equal(d->claims.v[1].party, no);
	doc_free(d);
}

/* he after a sentence whose subject is a newly named person: that person. */
static void
test_pronoun_previous_subject(void **state)
{
	struct doc *d = uifix_doc("Lars Holm said the tariffs were illegal. Sweden\xe2\x80"
	    "\x99s trade envoy, Erik Dahl, arrived in Oslo on Monday. "
	    "\xe2\x80\x9cWe will talk,\xe2\x80\x9d he said. The visit angered Anna "
	    "Varga. \xe2\x80\x9cIt is a trick,\xe2\x80\x9d he said.\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);
	int se = ent(d, "Sweden", ENT_COUNTRY, -1, NULL);
	int holm = ent(d, "Lars Holm", ENT_OFFICIAL, no, NULL);
	int dahl = ent(d, "Erik Dahl", ENT_OFFICIAL, se, "trade envoy");
	int varga = ent(d, "Anna Varga", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Lars Holm", holm);
	mention(d, "Sweden", se);
	mention(d, "Erik Dahl", dahl);
	mention(d, "Anna Varga", varga);
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 1, "he", "said", "\xe2\x80\x9cWe will talk,\xe2\x80\x9d");
	assert_int_equal(d->claims.v[1].speaker, dahl);
	assert_int_equal(d->claims.v[1].party, se);
	/* Varga is the object, not the subject: the last speaker stays */
	assert_int_equal(d->claims.v[2].speaker, dahl);
	doc_free(d);
}

static void
test_pronoun_introduced(void **state)
{
	/*
	 * a person the sentence before introduces with a relative clause
	 * of their own, or ends with as a passive's agent, is "he"
	 */
	struct doc *d = uifix_doc("Anna Varga said the plan had failed. The "
	    "panel also heard from Lord Berrow of Ely, who was a minister "
	    "then. He denied that the port was sold. The sale was opposed "
	    "by the union\xe2\x80\x99s former leader, Erik Dahl. He said the "
	    "talks were over.\n");
	int varga = ent(d, "Anna Varga", ENT_PERSON, -1, NULL);
	int berrow = ent(d, "Berrow", ENT_PERSON, -1, NULL);
	int dahl = ent(d, "Erik Dahl", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Anna Varga", varga);
	mention(d, "Lord Berrow", berrow);
	mention(d, "Erik Dahl", dahl);
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 1, "He", "denied", "that the port was sold");
	assert_int_equal(d->claims.v[1].speaker, berrow);
	expect_claim(d, 2, "He", "said", "the talks were over");
	assert_int_equal(d->claims.v[2].speaker, dahl);
	doc_free(d);
}

static void
test_pronoun_skips_quoted_names(void **state)
{
	struct doc *d = uifix_doc("Anna Varga said the plan had failed. \xe2\x80\x9cI "
	    "told Erik Dahl so,\xe2\x80\x9d she said.\n");
	int varga = ent(d, "Anna Varga", ENT_PERSON, -1, NULL);
	int dahl = ent(d, "Erik Dahl", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Anna Varga", varga);
	mention(d, "Erik Dahl", dahl);
	run(d);
	assert_int_equal(d->claims.n, 2);
	assert_int_equal(d->claims.v[1].speaker, varga);
	doc_free(d);
}

static void
test_description_latest_company(void **state)
{
	struct doc *d = uifix_doc("Kestrel Motors met Norway and Birch Ltd. in Oslo. "
	    "The company said it would appeal.\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);
	int k = ent(d, "Kestrel Motors", ENT_COMPANY, -1, NULL);
	int b = ent(d, "Birch Ltd.", ENT_COMPANY, -1, NULL);

	(void)state;
	mention(d, "Kestrel Motors", k);
	mention(d, "Norway", no);
	mention(d, "Birch Ltd.", b);
	run(d);
	assert_int_equal(d->claims.n, 1);
	assert_int_equal(d->claims.v[0].speaker, b);
	assert_int_equal(d->claims.v[0].party, b);
	doc_free(d);
}

/* Load the whole lexicon of the source tree (first names, cues). */
static struct lexicon *
lexicon(void)
{
	const char *top = getenv("top_srcdir");
	char *cause = NULL, *dir = xasprintf("%s/data", top != NULL ? top : ".");
	struct lexicon *lx = lexicon_new();

	if (lexicon_load_dir(lx, dir, &cause) != 0)
		fail_msg("%s", cause);
	free(dir);
	return lx;
}

/*
 * "The company" with no company known: the latest source typed a person
 * that bears no given name, role or affiliation (the entity engine missed
 * the company); a real person with a given name is never "the company".
 */
static void
test_description_company_typed_person(void **state)
{
	struct lexicon *lx = lexicon();
	struct doc *d = uifix_doc("Kestrel Logistics said the ship had been seized. "
	    "The company has long insisted that its crews obey the law.\n");
	struct doc *d2 = uifix_doc("Erik Dahl said the ship had been seized. "
	    "The company has long insisted that its crews obey the law.\n");
	int k = ent(d, "Kestrel Logistics", ENT_PERSON, -1, NULL);
	int dahl = ent(d2, "Erik Dahl", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Kestrel Logistics", k);
	mention(d2, "Erik Dahl", dahl);
	analyse_between(d, lx, "claims", "parties");
	analyse_between(d2, lx, "claims", "parties");
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 1, "The company", "has long insisted",
	    "that its crews obey the law");
	assert_int_equal(d->claims.v[1].speaker, k);
	assert_int_equal(d->claims.v[1].party, k);
	assert_int_equal(d2->claims.n, 2);
	assert_int_equal(d2->claims.v[1].speaker, -1);
	doc_free(d);
	doc_free(d2);
	lexicon_free(lx);
}

/* "its chief executive" speaks for the body just named, even one typed a person. */
static void
test_its_executive_body_typed_person(void **state)
{
	struct lexicon *lx = lexicon();
	struct doc *d = uifix_doc("Birch Networks runs the cable. Its chief executive "
	    "Mona Lind said repairs would take weeks.\n");
	int b = ent(d, "Birch Networks", ENT_PERSON, -1, NULL);
	int lind = ent(d, "Mona Lind", ENT_OFFICIAL, -1, "chief executive");

	(void)state;
	mention(d, "Birch Networks", b);
	mention(d, "Mona Lind", lind);
	analyse_between(d, lx, "claims", "parties");
	assert_int_equal(d->claims.n, 1);
	assert_int_equal(d->claims.v[0].speaker, lind);
	assert_int_equal(d->claims.v[0].party, b);
	doc_free(d);
	lexicon_free(lx);
}

/*
 * A paragraph with no tokens (a lone no-break space) before one with no
 * claim: the quote opened and never closed paragraphs before ("a trap.)
 * does not carry the last claim over the paragraphs after it.
 */
static void
test_quote_after_empty_paragraph(void **state)
{
	struct lexicon *lx = lexicon();
	struct doc *d = uifix_doc("The mayor called it \"a trap.\n\n"
	    "Tomas Okoro said the plan is \"a costly mistake that helps no "
	    "one.\"\n\nIlse Tamm\n\n\xc2\xa0\n\n"
	    "The council members are wary. They booed twice.\n");

	(void)state;
	analyse_between(d, lx, "claims", "parties");
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 1, "Tomas Okoro", "said",
	    "the plan is \"a costly mistake that helps no one.\"");
	doc_free(d);
	lexicon_free(lx);
}

/*
 * An inverted source after the cue takes a title with its period (said
 * Mr. Okoro, said Gen. Tamm): the whole title and name, and its speaker.
 */
static void
test_inverted_source_title(void **state)
{
	struct lexicon *lx = lexicon();
	char *cause = NULL;
	const char *s = "Tomas Okoro runs the harbour board.\n\n"
	    "\"The cranes are idle,\" said Mr. Okoro.\n\n"
	    "''We will not wait,'' said Gen. Ilse Tamm of Estonia.\n\n"
	    "\"The quay is safe,\" Mr. Okoro said.\n\n"
	    /* an inverted source that names no one: the apposition that
	     * closes the sentence names the speaker */
	    "\"The strike will go on,\" said the union's president, Capt. "
	    "Rosa Okafor.\n\n"
	    "\"Pay is too low,\" said the chairman of the harbour board, "
	    "Labour MP Ivo Sand.\n\n"
	    /* a complement that names the body: part of the source */
	    "\"The figures are clear,\" said a spokeswoman for the Treasury."
	    "\n\nAccording to a statement from Tarn Foods, sales rose.\n";
	struct doc *d = doc_from_bytes("t", s, strlen(s), 0, &cause);
	int okoro, tamm, okafor, sand, treasury, tarn;

	(void)state;
	assert_non_null(d);
	segment_run(d, lx);
	okoro = ent(d, "Tomas Okoro", ENT_PERSON, -1, NULL);
	tamm = ent(d, "Ilse Tamm", ENT_OFFICIAL, -1, "general");
	mention(d, "Okoro", okoro);
	mention(d, "Ilse Tamm", tamm);
	okafor = ent(d, "Rosa Okafor", ENT_PERSON, -1, NULL);
	sand = ent(d, "Ivo Sand", ENT_OFFICIAL, -1, "MP");
	mention(d, "Rosa Okafor", okafor);
	mention(d, "Ivo Sand", sand);
	treasury = ent(d, "Treasury", ENT_ORGANISATION, -1, NULL);
	tarn = ent(d, "Tarn Foods", ENT_COMPANY, -1, NULL);
	mention(d, "Treasury", treasury);
	mention(d, "Tarn Foods", tarn);
	analyse_between(d, lx, "claims", "parties");
	assert_int_equal(d->claims.n, 7);
	expect_claim(d, 0, "Mr. Okoro", "said", "\"The cranes are idle,\"");
	assert_int_equal(d->claims.v[0].speaker, okoro);
	expect_claim(d, 1, "Gen. Ilse Tamm of Estonia", "said",
	    "''We will not wait,''");
	assert_int_equal(d->claims.v[1].speaker, tamm);
	expect_claim(d, 2, "Mr. Okoro", "said", "\"The quay is safe,\"");
	assert_int_equal(d->claims.v[2].speaker, okoro);
	expect_claim(d, 3, "the union's president, Capt. Rosa Okafor", "said",
	    "\"The strike will go on,\"");
	assert_int_equal(d->claims.v[3].speaker, okafor);
	expect_claim(d, 4, "the chairman of the harbour board, Labour MP Ivo "
	    "Sand", "said", "\"Pay is too low,\"");
	assert_int_equal(d->claims.v[4].speaker, sand);
	expect_claim(d, 5, "a spokeswoman for the Treasury", "said",
	    "\"The figures are clear,\"");
	assert_int_equal(d->claims.v[5].party, treasury);
	expect_claim(d, 6, "a statement from Tarn Foods", "According to",
	    "sales rose");
	assert_int_equal(d->claims.v[6].party, tarn);
	doc_free(d);
	lexicon_free(lx);
}

/* "the senator" may be a person the entity engine gave no title. */
static void
test_title_description_person(void **state)
{
	struct doc *d = uifix_doc("Anna Varga said the vote was rigged. The Ohio "
	    "senator later acknowledged that some ballots were valid.\n");
	int varga = ent(d, "Anna Varga", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Anna Varga", varga);
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 1, "The Ohio senator", "later acknowledged",
	    "that some ballots were valid");
	assert_int_equal(d->claims.v[1].speaker, varga);
	doc_free(d);
}

static void
test_country_official_named(void **state)
{
	struct doc *d = uifix_doc("A Norwegian trade adviser said the deal was unfair. "
	    "Lars Holm later left.\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);
	int holm = ent(d, "Lars Holm", ENT_OFFICIAL, no, "trade adviser");

	(void)state;
	mention(d, "Norwegian", no);
	mention(d, "Lars Holm", holm);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "A Norwegian trade adviser", "said", "the deal was unfair");
	assert_int_equal(d->claims.v[0].speaker, holm);
	assert_int_equal(d->claims.v[0].party, no);
	doc_free(d);
}

/*
 * A person with no affiliation named in a source that gives a country and
 * a title (Peru's trade envoy in Berlin, Ana Ruiz) speaks for that
 * country; a country after a preposition is no affiliation (the envoy to
 * Peru).
 */
static void
test_source_country_title(void **state)
{
	struct doc *d = uifix_doc("Peru\xe2\x80\x99s trade envoy in Berlin, Ana Ruiz, "
	    "dismissed the report. \xe2\x80\x9cIt is false,\xe2\x80\x9d she said. "
	    "The envoy to Peru, Jon Berg, rejected the plan.\n");
	int pe = ent(d, "Peru", ENT_COUNTRY, -1, NULL);
	int de = ent(d, "Germany", ENT_COUNTRY, -1, NULL);
	int ruiz = ent(d, "Ana Ruiz", ENT_PERSON, -1, NULL);
	int berg = ent(d, "Jon Berg", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Peru", pe);
	mention(d, "Berlin", de);
	mention(d, "Ana Ruiz", ruiz);
	mention(d, "Jon Berg", berg);
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Peru\xe2\x80\x99s trade envoy in Berlin, Ana Ruiz",
	    "dismissed", "the report");
	assert_int_equal(d->claims.v[0].speaker, ruiz);
	assert_int_equal(d->claims.v[0].party, pe);
	/* she keeps the country her title gave her */
	assert_int_equal(d->claims.v[1].speaker, ruiz);
	assert_int_equal(d->claims.v[1].party, pe);
	assert_int_equal(d->claims.v[2].speaker, berg);
	assert_int_equal(d->claims.v[2].party, berg);
	doc_free(d);
}

static void
test_country_source_no_official(void **state)
{
	struct doc *d = uifix_doc("Swedish officials said the deal was unfair.\n");
	int se = ent(d, "Sweden", ENT_COUNTRY, -1, NULL);

	(void)state;
	mention(d, "Swedish", se);
	run(d);
	assert_int_equal(d->claims.v[0].speaker, se);
	assert_int_equal(d->claims.v[0].party, se);
	doc_free(d);
}

static void
test_parties_order(void **state)
{
	struct doc *d = uifix_doc("Norway met Denmark and Kestrel. Denmark said the "
	    "talks failed. Denmark wants to leave. Erik Dahl said he was glad. "
	    "Kestrel opposes the plan.\n");
	int no = ent(d, "Norway", ENT_COUNTRY, -1, NULL);
	int dk = ent(d, "Denmark", ENT_COUNTRY, -1, NULL);
	int k = ent(d, "Kestrel", ENT_COMPANY, -1, NULL);
	int dahl = ent(d, "Erik Dahl", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Norway", no);
	mention(d, "Denmark", dk);
	mention(d, "Kestrel", k);
	mention(d, "Erik Dahl", dahl);
	run(d);
	assert_int_equal(d->claims.n, 4);
	assert_int_equal(d->parties.n, 4);
	assert_int_equal(d->parties.v[0].entity, dk);
	assert_int_equal(d->parties.v[0].claims.n, 2);
	assert_int_equal(d->parties.v[0].claims.v[0], 0);
	assert_int_equal(d->parties.v[0].claims.v[1], 1);
	assert_int_equal(d->parties.v[1].entity, k);	/* 1 claim, met first */
	assert_int_equal(d->parties.v[2].entity, dahl);
	assert_int_equal(d->parties.v[3].entity, no);	/* no claim, listed */
	assert_int_equal(d->parties.v[3].claims.n, 0);
	doc_free(d);
}

/* ---- the cue table */

static void
test_cues_longest_first(void **state)
{
	struct doc *d = uifix_doc("They called for calm.\n");
	struct cue_hit h[4];
	int n;

	(void)state;
	n = cues_match(cues, d, 1, d->toks.n, h, 4);
	assert_true(n >= 2);
	assert_int_equal(h[0].ntok, 2);
	assert_string_equal(h[0].cue->lemma, "call for");
	assert_int_equal(h[0].cue->kind, CLAIM_POSITION);
	assert_int_equal(cues_match(cues, d, 0, d->toks.n, h, 4), 0);
	doc_free(d);
}

static void
test_cues_errors(void **state)
{
	char *cause = NULL;
	struct cues *c;
	const char ok[] = "# comment\nsay\tspeech\tsay,says,said\tthat,quote\n";
	const char bad[] = "# c\n\nsay\tgossip\tsay\tthat\n";
	const char bad2[] = "say\tspeech\tsay\tthat,shout\n";
	const char bad3[] = "say\tspeech\tsay\n";

	(void)state;
	c = cues_parse("ok.tsv", ok, strlen(ok), &cause);
	assert_non_null(c);
	assert_int_equal(cues_count(c), 3);
	cues_free(c);
	assert_null(cues_parse("x.tsv", bad, strlen(bad), &cause));
	assert_string_equal(cause, "x.tsv:3: unknown kind (speech, belief or position): gossip");
	free(cause);
	assert_null(cues_parse("x.tsv", bad2, strlen(bad2), &cause));
	assert_string_equal(cause, "x.tsv:1: unknown frame word: shout");
	free(cause);
	assert_null(cues_parse("x.tsv", bad3, strlen(bad3), &cause));
	assert_non_null(strstr(cause, "x.tsv:1: expected 4"));
	free(cause);
	assert_null(cues_load("/nonexistent/cues.tsv", &cause));
	assert_non_null(strstr(cause, "/nonexistent/cues.tsv: "));
	free(cause);
}

/* ---- cases: a text, the number of claims found, the first ones in order */

/* A claim wanted: its source (NULL for none), cue and content. */
struct claim_want {
	const char *src, *cue, *content;
};

/* A case: adding one is an entry of claim_cases. */
struct claim_case {
	const char *name;
	const char *text;
	size_t n;				/* claims found */
	struct claim_want want[7];		/* the first ones (cue NULL: end) */
};

static const struct claim_case claim_cases[] = {
	/* A listener named after "told" is no part of the content. */
	{ .name = "named_listener", .n = 2,
	  .text = "Ms Haddad told the BBC the port would close. Officials told "
	    "Reuters they had reached a settlement.\n",
	  .want = {
		{ "Ms Haddad", "told", "the port would close" },
		{ "Officials", "told", "they had reached a settlement" },
	  } },
	/* A dateline is no part of a claim: where and by whom it was filed. */
	{ .name = "dateline_not_content", .n = 3,
	  .text = "Brekkel probe widens\n\nOSLO, March 3 (Reuters) \xe2\x80\x94 "
	    "The regulator is investigating Brekkel Holdings, according to two "
	    "people familiar with the matter.\n\n(AP) -- Ms Haddad said the "
	    "port would close.\n\nUS officials - who asked not to be named - "
	    "said the talks had failed.\n",
	  .want = {
		{ "two people familiar", "according to",
		  "The regulator is investigating Brekkel Holdings" },
		{ "Ms Haddad", "said", "the port would close" },
		{ "US officials - who asked not to be named", "said",
		  "the talks had failed" },
	  } },
	/*
	 * A subject a relative clause interrupts before "said": the subject is
	 * the source, not content (a title in small letters, an acronym in
	 * brackets, "A spokeswoman for X" may open it).
	 */
	{ .name = "relative_subject", .n = 3,
	  .text = "A spokeswoman for Vale Homes, which builds flats, said its "
	    "staff welcomed the deal. But shadow housing secretary Ann Roe, who "
	    "was in Leeds, said the plan would fail. The Dock Workers Union "
	    "(DWU), which represents 900 staff, said it would strike.\n",
	  .want = {
		{ "A spokeswoman for Vale Homes, which builds flats", "said",
		  "its staff welcomed the deal" },
		{ "shadow housing secretary Ann Roe, who was in Leeds", "said",
		  "the plan would fail" },
		{ "The Dock Workers Union (DWU), which represents 900 staff",
		  "said", "it would strike" },
	  } },
	/* A "that" after a verb of the content's own is no complementiser. */
	{ .name = "that_after_own_verb", .n = 3,
	  .text = "Mayor Ilse Varga vowed not to repeat that mistake. Ms Haddad "
	    "vowed to repeat that success. Mr Okafor explained to the "
	    "committee on Monday that the bridge would hold.\n",
	  .want = {
		{ "Mayor Ilse Varga", "vowed", "not to repeat that mistake" },
		{ "Ms Haddad", "vowed", "to repeat that success" },
		{ "Mr Okafor", "explained", "that the bridge would hold" },
	  } },
	/* Stances and topics: a noun phrase or a wh-clause for content. */
	{ .name = "noun_phrase_content", .n = 4,
	  .text = "Senator Varga has been critical of the treaty. Ms Lindqvist "
	    "cited the falling harvest. The minister expressed concern over "
	    "the delay. Mr Okafor questioned whether the bridge would hold.\n",
	  .want = {
		{ "Senator Varga", "has been critical of", "the treaty" },
		{ "Ms Lindqvist", "cited", "the falling harvest" },
		{ "The minister", "expressed", "concern over the delay" },
		{ "Mr Okafor", "questioned", "whether the bridge would hold" },
	  } },
	/* A final % belongs to the content; the period does not. */
	{ .name = "percent_at_end", .n = 2,
	  .text = "Kestrel Mills said that sales rose 5%. The central bank "
	    "said growth would be 1.8%.\n",
	  .want = {
		{ "Kestrel Mills", "said", "that sales rose 5%" },
		{ "The central bank", "said", "growth would be 1.8%" },
	  } },
	/* Cues added or widened: show, decline, talk about, a bare clause. */
	{ .name = "widened_cues", .n = 3,
	  .text = "The survey shows farmers leaving the valley. Tallinn "
	    "Freight declined to comment. Ms Haddad talked about her years in "
	    "Accra.\n",
	  .want = {
		{ "The survey", "shows", "farmers leaving the valley" },
		{ "Tallinn Freight", "declined", "to comment" },
		{ "Ms Haddad", "talked about", "her years in Accra" },
	  } },
	/*
	 * No bare object that belongs to the cue's clause (known as, showed
	 * off).
	 */
	{ .name = "no_bare_particle", .n = 0,
	  .text = "The group, known as Vesna, showed off its new trucks.\n",
	},
	/* A party tag between the name and the cue (Rep. X (D-Wis.) said). */
	{ .name = "party_tag_source", .n = 2,
	  .text = "Rep. Gwen Marlow (D-Wis.) said the bill would fail. Sen. "
	    "Tom Arlen, R-Ky., said the vote was close.\n",
	  .want = {
		{ "Rep. Gwen Marlow", "said", "the bill would fail" },
		{ "Sen. Tom Arlen", "said", "the vote was close" },
	  } },
	/*
	 * A party tag and an apposition before the cue (Rep. X (D-N.Y.), head
	 * of).
	 */
	{ .name = "party_tag_apposition", .n = 1,
	  .text = "Rep. Ada W. Lunde (D-N.Y.), head of the port caucus, said "
	    "the dredging would start soon.\n",
	  .want = {
		{ "Rep. Ada W. Lunde (D-N.Y.), head of the port caucus", "said",
		    "the dredging would start soon" },
	  } },
	/*
	 * A quote inside the clause before an inverted cue: the clause is the
	 * content when the cue takes nothing after it; not when it does.
	 */
	{ .name = "quote_inside_clause", .n = 4,
	  .text = "The harbour \"has seen better days,\" Lunde said on Monday, "
	    "citing the new tariffs. The ferry \"will sail again,\" said Ada "
	    "Lunde, who runs the line. Quoting their \"hopes,\" Lunde urged "
	    "the board to wait.\n",
	  .want = {
		{ "Lunde", "said", "The harbour \"has seen better days,\"" },
		{ "Lunde", "citing", "the new tariffs" },
		{ "Ada Lunde", "said", "The ferry \"will sail again,\"" },
		{ "Lunde", "urged", "the board to wait" },
	  } },
	/* An apposition with a complement between the quote and the cue. */
	{ .name = "quote_source_apposition", .n = 1,
	  .text = "\"We are out of money,\" Ola Brekke, a writer for the Fjord "
	    "Times, said on Twitter.\n",
	  .want = {
		{ "Ola Brekke, a writer for the Fjord Times", "said",
		    "\"We are out of money,\"" },
	  } },
	/*
	 * A cue between commas inside its content: the whole sentence is
	 * content.
	 */
	{ .name = "parenthetical_cue", .n = 2,
	  .text = "The new bridge, Mrs. Brekke said, would cost twice the "
	    "estimate. The port has grown fast, Lunde said, since the tariffs "
	    "fell.\n",
	  .want = {
		{ "Mrs. Brekke", "said",
		    "The new bridge, Mrs. Brekke said, would cost twice the "
		    "estimate" },
		{ "Lunde", "said",
		    "The port has grown fast, Lunde said, since the tariffs "
		    "fell" },
	  } },
	/* A quote that goes on after the cue in the same sentence. */
	{ .name = "quote_goes_on_in_sentence", .n = 2,
	  .text = "\"I like the plan,\" Lunde said, but \"it costs too "
	    "much.\"\n\n\"Every time taxes rise,\" Brekke said, pointing at "
	    "the chart, \"a shop closes.\"\n",
	  .want = {
		{ "Lunde", "said",
		    "\"I like the plan,\" Lunde said, but \"it costs too "
		    "much.\"" },
		{ "Brekke", "said",
		    "\"Every time taxes rise,\" Brekke said, pointing at the "
		    "chart, \"a shop closes.\"" },
	  } },
	/* A transcript: a speaker's turn runs to the paragraph's end. */
	{ .name = "transcript_turns", .n = 2,
	  .text = "Partial transcript\n\n\"LUND: We want the bridge. It is "
	    "late already.\n\n\"(CROSSTALK.)\n\nBERG: No. We wait for the "
	    "vote.\n",
	  .want = {
		{ "LUND", ":", "We want the bridge. It is late already" },
		{ "BERG", ":", "No. We wait for the vote" },
	  } },
	/* A quote signed with a dash and a name, a paragraph each. */
	{ .name = "signed_quote", .n = 2,
	  .text = "Readers write\n\n\xe2\x80\x9cThe ferry must run all "
	    "year.\xe2\x80\x9d \xe2\x80\x95 Ada Lunde\n\n\xe2\x80\x9c" "Fix "
	    "the road first.\xe2\x80\x9d\xe2\x80\x94 Ola Brekke.\n",
	  .want = {
		{ "Ada Lunde", "\xe2\x80\x95",
		    "\xe2\x80\x9cThe ferry must run all year.\xe2\x80\x9d" },
		{ "Ola Brekke", "\xe2\x80\x94",
		    "\xe2\x80\x9c" "Fix the road first.\xe2\x80\x9d" },
	  } },
	/* Cue forms that are nouns here (tremendous support, unveil plans). */
	{ .name = "noun_verb_homograph", .n = 1,
	  .text = "The mayor enjoyed tremendous support from farmers. Lunde "
	    "did not unveil plans to pay for the road. Health worries have "
	    "dogged the mayor. Many farmers claim the road is unsafe.\n",
	  .want = {
		{ "Many farmers", "claim", "the road is unsafe" },
	  } },
	/* A verb whose object is the cue noun (has unveiled plans to). */
	{ .name = "light_verb_noun_cue", .n = 2,
	  .text = "The Green Party has unveiled plans to build ten new "
	    "ferries. The board issued a warning that the mill would close.\n",
	  .want = {
		{ "The Green Party", "has unveiled plans",
		    "to build ten new ferries" },
		{ "The board", "issued a warning",
		    "that the mill would close" },
	  } },
	/* A cue between commas whose content goes on with "and" or a phrase. */
	{ .name = "parenthetical_cue_no_clause", .n = 2,
	  .text = "Repairs would take three weeks, he said, and the ferry "
	    "would wait. The town has a new plan, she said, for how the mills "
	    "can stay open.\n",
	  .want = {
		{ "he", "said",
		    "Repairs would take three weeks, he said, and the ferry "
		    "would wait" },
		{ "she", "said",
		    "The town has a new plan, she said, for how the mills can "
		    "stay open" },
	  } },
	/*
	 * Sources: a relative clause after "But the ...", a remark in brackets
	 * after an inverted source, Jr. before the cue, a topic before a quote.
	 */
	{ .name = "sources_more", .n = 4,
	  .text = "But the Harbour Union, which has ten thousand members, "
	    "wants to keep the rule. The toll \"is a mistake,\" said Mr. Lunde "
	    "(a view many share). Judge Ada Brekke Jr. spoke of the old "
	    "strike. The mayor says of Lunde, \"He will sell the port.\"\n",
	  .want = {
		{ "the Harbour Union, which has ten thousand members", "wants",
		    "to keep the rule" },
		{ "Mr. Lunde", "said", "The toll \"is a mistake,\"" },
		{ "Judge Ada Brekke Jr", "spoke of", "the old strike" },
		{ "The mayor", "says", "\"He will sell the port.\"" },
	  } },
	/* A quote continues the quoted claim before a participle's claim. */
	{ .name = "quote_continued_after_participle", .n = 2,
	  .text = "\"We cannot wait,\" Lunde said, stressing that the bridge "
	    "is old. \"The town needs it now.\"\n",
	  .want = {
		{ "Lunde", "said",
		    "\"We cannot wait,\" Lunde said, stressing that the bridge "
		    "is old. \"The town needs it now.\"" },
		{ "Lunde", "stressing", "that the bridge is old" },
	  } },
	/*
	 * A wh-clause for content (explained how, knows why); the preposition
	 * after a cue is the cue's (complained about); cues added: remarked,
	 * voiced.
	 */
	{ .name = "wh_clause_and_prep", .n = 5,
	  .text = "Lunde complained about the toll. Brekke explained how the "
	    "ferry would run. The mayor knows why the mill closed. Ada Berg "
	    "remarked that the port was quiet. The union voiced concern over "
	    "the cuts.\n",
	  .want = {
		{ "Lunde", "complained about", "the toll" },
		{ "Brekke", "explained", "how the ferry would run" },
		{ "The mayor", "knows", "why the mill closed" },
		{ "Ada Berg", "remarked", "that the port was quiet" },
		{ "The union", "voiced", "concern over the cuts" },
	  } },
	/*
	 * Everything between a quote and its inverted cue is the source, with
	 * its appositions and party tag; "said of X" takes nothing after it.
	 */
	{ .name = "quote_long_source", .n = 3,
	  .text = "\"The toll is unfair,\" Ada Lunde, the mayor of Vik, one of "
	    "the towns in the suit, said at a meeting. ''It is cheap,'' Ola "
	    "Berg, head of the Fjord Centre and a professor at the Vik School, "
	    "said of the plan. \"It would take the land,\" Rep. Ola Dahl "
	    "(D-Ore.), a panel member, said.\n",
	  .want = {
		{ "Ada Lunde, the mayor of Vik, one of the towns in the suit",
		    "said",
		    "\"The toll is unfair,\"" },
		{ "Ola Berg, head of the Fjord Centre and a professor at the "
		    "Vik School",
		    "said",
		    "''It is cheap,''" },
		{ "Rep. Ola Dahl (D-Ore.), a panel member", "said",
		    "\"It would take the land,\"" },
	  } },
	/*
	 * A name set off by dashes before the cue; "that" after an inverted cue
	 * is no source (Ada Berg, who ..., said that ...).
	 */
	{ .name = "dash_and_long_subject", .n = 2,
	  .text = "Lund -- a writer -- said the board would delay its vote. "
	    "Dr. Ada Berg, who as a navy captain ran the base clinic and later "
	    "left as an admiral, said that in 1998 the mayor hid the report.\n",
	  .want = {
		{ "Lund -- a writer", "said",
		    "the board would delay its vote" },
		{ "Dr. Ada Berg, who as a navy captain ran the base clinic and "
		    "later left as an admiral",
		    "said",
		    "that in 1998 the mayor hid the report" },
	  } },
	/*
	 * "as X noted" and "according to X, and B": the sentence is one
	 * content.
	 */
	{ .name = "as_source_and_according_and", .n = 3,
	  .text = "The harbour, as one of Lund's advisers pointed out, rarely "
	    "floods. Fares rose, as the board had warned. Farmers paid a tenth "
	    "of the toll, according to the port office, and shippers paid the "
	    "rest.\n",
	  .want = {
		{ "one of Lund's advisers", "pointed out",
		    "The harbour, as one of Lund's advisers pointed out, "
		    "rarely floods" },
		{ "the board", "had warned", "Fares rose" },
		{ "the port office", "according to",
		    "Farmers paid a tenth of the toll, according to the port "
		    "office, and shippers paid the rest" },
	  } },
	/*
	 * "SOURCE CUE:" ending its paragraph: the next paragraph is the
	 * content.
	 */
	{ .name = "cue_colon_next_paragraph", .n = 1,
	  .text = "Port row\n\nThe governor added:\n\nIt is typical of the "
	    "board. It knows nothing.\n",
	  .want = {
		{ "The governor", "added",
		    "It is typical of the board. It knows nothing" },
	  } },
	{ .name = "according_to", .n = 2,
	  .text = "The plant will close in May, according to Kestrel Motors. "
	    "According to the union, talks have stalled.\n",
	  .want = {
		{ "Kestrel Motors", "according to",
		    "The plant will close in May" },
		{ "the union", "According to", "talks have stalled" },
	  } },
	/*
	 * Sources with more around them: a place after the cue, an apposition
	 * after an inverted source, an interruption between subject and cue.
	 */
	{ .name = "source_with_interruptions", .n = 6,
	  .text = "The ferry fares will rise again, Nils Holt said from his "
	    "office in Tromso. The fishing quota is far too low, said Ana "
	    "Ruiz, a biologist at the University of Lima, who studies the "
	    "stocks. Marta Sousa, who chairs the Lisbon port board, said the "
	    "cranes would be replaced. Jon Lie of Narvik, the union's "
	    "treasurer, said the fund was safe. Sen. Ola Berg, a member of the "
	    "fisheries panel, said the quota was fair. The mayor of a small "
	    "fishing town, who asked not to be named, said the plant would "
	    "close.\n",
	  .want = {
		{ "Nils Holt", "said", "The ferry fares will rise again" },
		{ "Ana Ruiz, a biologist at the University of Lima, who "
		    "studies the stocks",
		    "said",
		    "The fishing quota is far too low" },
		{ "Marta Sousa, who chairs the Lisbon port board", "said",
		    "the cranes would be replaced" },
		{ "Jon Lie of Narvik, the union's treasurer", "said",
		    "the fund was safe" },
		{ "Sen. Ola Berg, a member of the fisheries panel", "said",
		    "the quota was fair" },
		{ "The mayor of a small fishing town, who asked not to be "
		    "named", "said", "the plant would close" },
	  } },
	/*
	 * A relative clause with a cue of its own between the subject and
	 * its verb: the main verb makes the claim (the clause's "want",
	 * "showed", "complained about" none).
	 */
	{ .name = "relative_clause_own_cue", .n = 3,
	  .text = "A senior aide, who did not want to be named, said the vote "
	    "would slip. Nordvik Radio, which showed the first debate, said "
	    "it had asked for a second. Eva Moen, who advises shippers that "
	    "complained about the fees, said the case was weak.\n",
	  .want = {
		{ "A senior aide, who did not want to be named", "said",
		    "the vote would slip" },
		{ "Nordvik Radio, which showed the first debate", "said",
		    "it had asked for a second" },
		{ "Eva Moen, who advises shippers that complained about the "
		    "fees", "said", "the case was weak" },
	  } },
	/* a source with its complement after a time word (Hours later) */
	{ .name = "source_pp_after_time_word", .n = 1,
	  .text = "Hours later a spokeswoman for the mayor said the pier "
	    "would reopen.\n",
	  .want = {
		{ "a spokeswoman for the mayor", "said",
		    "the pier would reopen" },
	  } },
	/* a noun cue form after "that" and before a modal: a subject */
	{ .name = "noun_form_after_that", .n = 0,
	  .text = "Fans were given assurances that highlights would stay "
	    "free to air.\n" },
	/* a noun-verb form after an ordinal or a number is a noun */
	{ .name = "noun_form_after_ordinal", .n = 0,
	  .text = "Prices rose again, as protests spread to a third state.\n" },
	{ .name = "relative_that_after_object", .n = 1,
	  .text = "The pills were recalled after tests found traces of a "
	    "chemical that may raise the risk of cancer. Mr Lund has "
	    "proposed nothing that would raise his own taxes.\n",
	  .want = {
		{ "Mr Lund", "has proposed",
		    "nothing that would raise his own taxes" },
	  } },
	{ .name = "noun_form_after_measure", .n = 1,
	  .text = "The Bank of Ruritania lowered its main rate by a quarter point to "
	    "3% on Monday, saying prices had cooled.\n",
	  .want = {
		{ "The Bank of Ruritania", "saying", "prices had cooled" },
	  } },
	{ .name = "content_then_source_cue", .n = 1,
	  .text = "The tariffs are illegal, Swedish officials said.\n",
	  .want = {
		{ "Swedish officials", "said", "The tariffs are illegal" },
	  } },
	{ .name = "participle", .n = 2,
	  .text = "A newspaper carried remarks from a Danish trade adviser, "
	    "claiming the firm can \xe2\x80\x9cread private files.\xe2\x80\x9d "
	    "Holm spoke in Oslo, saying the tariffs were illegal.\n",
	  .want = {
		{ "a Danish trade adviser", "claiming",
		    "the firm can \xe2\x80\x9cread private "
		    "files.\xe2\x80\x9d" },
		{ "Holm", "saying", "the tariffs were illegal" },
	  } },
	{ .name = "participle_after_claim", .n = 2,
	  .text = "Varga said the plan had failed, adding that new talks would "
	    "begin.\n",
	  .want = {
		{ "Varga", "said", "the plan had failed" },
		{ "Varga", "adding", "that new talks would begin" },
	  } },
	{ .name = "noun_cue", .n = 1,
	  .text = "Finland\xe2\x80\x99s recent decision to buy the jets "
	    "surprised Moscow.\n",
	  .want = {
		{ "Finland\xe2\x80\x99s", "recent decision",
		    "to buy the jets" },
	  } },
	{ .name = "quote_continued_in_paragraph", .n = 1,
	  .text = "\xe2\x80\x9cWe acted lawfully,\xe2\x80\x9d Varga said. "
	    "\xe2\x80\x9cWe will appeal.\xe2\x80\x9d\n",
	  .want = {
		{ "Varga", "said",
		    "\xe2\x80\x9cWe acted lawfully,\xe2\x80\x9d Varga said. "
		    "\xe2\x80\x9cWe will appeal.\xe2\x80\x9d" },
	  } },
	{ .name = "coordinated_verb", .n = 1,
	  .text = "Holm thanked the crowd and said the vote was fair.\n",
	  .want = {
		{ "Holm", "said", "the vote was fair" },
	  } },
	{ .name = "coordinated_claims_split", .n = 2,
	  .text = "Holm proposes a new tax, and plans to cut fees by May.\n",
	  .want = {
		{ "Holm", "proposes", "a new tax" },
		{ "Holm", "plans", "to cut fees by May" },
	  } },
	{ .name = "content_runs_to_quote_end", .n = 1,
	  .text = "Holm said on Monday that \xe2\x80\x9cthe plan works. But it "
	    "is late.\xe2\x80\x9d Then he left.\n",
	  .want = {
		{ "Holm", "said",
		    "that \xe2\x80\x9cthe plan works. But it is "
		    "late.\xe2\x80\x9d" },
	  } },
	{ .name = "content_stops_at_quote_then_while", .n = 2,
	  .text = "Chile\xe2\x80\x99s port board said the dredging \xe2\x80\x9c"
	    "cannot start before spring,\xe2\x80\x9d while Peru\xe2\x80\x99s "
	    "envoys called the pause harmful.\n",
	  .want = {
		{ "Chile\xe2\x80\x99s port board", "said",
		    "the dredging \xe2\x80\x9c" "cannot start before "
		    "spring,\xe2\x80\x9d" },
		{ "Peru\xe2\x80\x99s envoys", "called", "the pause harmful" },
	  } },
	{ .name = "content_stops_before_conjoined_claim", .n = 4,
	  .text = "Ines Moreau said the levy was fair but Ghana said it would "
	    "hurt farmers. Moreau said the port was ready and the union said "
	    "it was not.\n",
	  .want = {
		{ "Ines Moreau", "said", "the levy was fair" },
		{ "Ghana", "said", "it would hurt farmers" },
		{ "Moreau", "said", "the port was ready" },
		{ "the union", "said", "it was not" },
	  } },
	{ .name = "noun_cue_subject_ends", .n = 3,
	  .text = "Kenya\xe2\x80\x99s sudden decision to close the border "
	    "crossing, for instance, was criticised by Uganda. "
	    "Oman\xe2\x80\x99s plan to sell the refinery was dropped in May. "
	    "Peru\xe2\x80\x99s decision to ban the nets angered fishermen.\n",
	  .want = {
		{ "Kenya\xe2\x80\x99s", "sudden decision",
		    "to close the border crossing" },
		{ "Oman\xe2\x80\x99s", "plan", "to sell the refinery" },
		{ "Peru\xe2\x80\x99s", "decision", "to ban the nets" },
	  } },
	{ .name = "subordinate_clause_first", .n = 1,
	  .text = "While she conceded the budget was tight, Ines Moreau spent "
	    "the day in Accra.\n",
	  .want = {
		{ "she", "conceded", "the budget was tight" },
	  } },
	{ .name = "content_skips_opening_connective", .n = 1,
	  .text = "However, exports to Japan will recover next year, the bank "
	    "said.\n",
	  .want = {
		{ "the bank", "said",
		    "exports to Japan will recover next year" },
	  } },
	{ .name = "ascii_quotes", .n = 1,
	  .text = "''The port is closed,'' Ms. Lund said. ''We will reopen "
	    "it.''\n",
	  .want = {
		{ "Ms. Lund", "said",
		    "''The port is closed,'' Ms. Lund said. ''We will reopen "
		    "it.''" },
	  } },
	{ .name = "nested_cue_is_no_claim", .n = 2,
	  .text = "Ines Moreau said that the ministry would formally declare "
	    "its support by June and suggested that it would act alone.\n",
	  .want = {
		{ "Ines Moreau", "said",
		    "that the ministry would formally declare its support by "
		    "June" },
		{ "Ines Moreau", "suggested", "that it would act alone" },
	  } },
	{ .name = "cue_inside_source", .n = 1,
	  .text = "\xe2\x80\x9cGrowth will slow,\xe2\x80\x9d the bank report "
	    "stated.\n",
	  .want = {
		{ "the bank report", "stated",
		    "\xe2\x80\x9cGrowth will slow,\xe2\x80\x9d" },
	  } },
	{ .name = "capitalised_modal_is_name", .n = 1,
	  .text = "Prime Minister Grace May said the vote would go ahead.\n",
	  .want = {
		{ "Prime Minister Grace May", "said",
		    "the vote would go ahead" },
	  } },
	{ .name = "time_between_source_and_cue", .n = 2,
	  .text = "Ines Moreau on Friday called for new talks. The ministry "
	    "last week warned that fuel would run short.\n",
	  .want = {
		{ "Ines Moreau", "called for", "new talks" },
		{ "The ministry", "warned", "that fuel would run short" },
	  } },
	{ .name = "ly_adverb_before_cue", .n = 3,
	  .text = "Moreau sharply criticised the levy. The family said the "
	    "farm was sold. Ghana has firmly rejected the offer.\n",
	  .want = {
		{ "Moreau", "sharply criticised", "the levy" },
		{ "The family", "said", "the farm was sold" },
		{ "Ghana", "has firmly rejected", "the offer" },
	  } },
	{ .name = "capitalised_cue_in_name", .n = 0,
	  .text = "The Lagos Post ran a story that the port was closed. The "
	    "Harbour Report carried the news.\n",
	},
	{ .name = "noun_not_verb", .n = 2,
	  .text = "Ghana has the best plan to fix the roads. An hourlong show "
	    "that aired on Monday was dull. Farmers plan to protest. The "
	    "minister\xe2\x80\x99s claims that the port was safe were false.\n",
	  .want = {
		{ "Farmers", "plan", "to protest" },
		{ "The minister\xe2\x80\x99s", "claims",
		    "that the port was safe" },
	  } },
	/*
	 * An infinitive's verb and object are no source: "to firm up support".
	 */
	{ .name = "infinitive_object_not_source", .n = 0,
	  .text = "The premier travels north to firm up support among young "
	    "voters.\n",
	},
	{ .name = "venue_in_source", .n = 1,
	  .text = "In a radio interview Moreau declared that the levy was "
	    "dead.\n",
	  .want = {
		{ "Moreau", "declared", "that the levy was dead" },
	  } },
	{ .name = "cue_inside_quote", .n = 1,
	  .text = "\xe2\x80\x9cThey said the plan was fine,\xe2\x80\x9d Varga "
	    "said.\n",
	  .want = {
		{ "Varga", "said",
		    "\xe2\x80\x9cThey said the plan was fine,\xe2\x80\x9d" },
	  } },
	{ .name = "writer_question", .n = 0,
	  .text = "Did Norway say it would pay? Will the union claim the vote "
	    "was rigged?\n",
	},
	{ .name = "generic_no_source", .n = 0,
	  .text = "It is said that the river floods every spring. Some say the "
	    "plan is doomed. To say the plan failed is unfair.\n",
	},
	{ .name = "frame_mismatch", .n = 0,
	  .text = "The firm added 200 jobs. She knows the area well.\n",
	},
	{ .name = "determiner_is_no_source", .n = 0,
	  .text = "\"It failed,\" said the. The plan, said a, is dead.\n",
	},
	/* An apposition before the cue is its subject, not inverted content. */
	{ .name = "apposition_subject", .n = 3,
	  .text = "Ghana\xe2\x80\x99s envoy to Austria, Kofi Mensah, rejected "
	    "the report. The head of the port authority, Lena Brandt, said the "
	    "berths would reopen. Exports will grow, said Lena Brandt.\n",
	  .want = {
		{ "Ghana\xe2\x80\x99s envoy to Austria, Kofi Mensah",
		    "rejected",
		    "the report" },
		{ "The head of the port authority, Lena Brandt", "said",
		    "the berths would reopen" },
		{ "Lena Brandt", "said", "Exports will grow" },
	  } },
	/* A mark inside a name (A/S, B&W) does not cut the source. */
	{ .name = "source_name_with_mark", .n = 2,
	  .text = "The shipping group Vestby A/S wants to sell the yard. B&W "
	    "Ferries said fares would rise.\n",
	  .want = {
		{ "The shipping group Vestby A/S", "wants",
		    "to sell the yard" },
		{ "B&W Ferries", "said", "fares would rise" },
	  } },
	/*
	 * A source with a prepositional complement is whole: aides to Ms. Lund.
	 */
	{ .name = "source_with_complement", .n = 3,
	  .text = "But in recent weeks, aides to Ms. Lund say the talks have "
	    "stalled. Ninety percent of those polled say taxes are too high. "
	    "The chief of the port authority said the berths were full.\n",
	  .want = {
		{ "aides to Ms. Lund", "say", "the talks have stalled" },
		{ "Ninety percent of those polled", "say",
		    "taxes are too high" },
		{ "The chief of the port authority", "said",
		    "the berths were full" },
	  } },
	/*
	 * A quote closing the sentence before is no content of a cue with a
	 * clause of its own ("It was hard." The firm also said ten staff ...).
	 */
	{ .name = "quote_before_cue_with_clause", .n = 2,
	  .text = "Port row\n\n\"We are ready,\" said Ann Holm. \"It was hard "
	    "work.\" The firm also said ten staff will repay their bonuses.\n",
	  .want = {
		{ "Ann Holm", "said",
		    "\"We are ready,\" said Ann Holm. \"It was hard work.\"" },
		{ "The firm", "also said", "ten staff will repay their bonuses" },
	  } },
	/*
	 * CONTENT, SOURCE told a listener.: the clause before is the content,
	 * not the listener; a bare "He told the court." is no claim.
	 */
	{ .name = "listener_after_inverted_cue", .n = 4,
	  .text = "Port row\n\nThe merger means a loss in May, the bank "
	    "chairman told a news conference. Ms Holm \"ran the books,\" he "
	    "told the city court, saying she knew the sums. He told the court. "
	    "The port is safe, she told Radio Four's Today programme.\n",
	  .want = {
		{ "the bank chairman", "told", "The merger means a loss in May" },
		{ "he", "told", "Ms Holm \"ran the books,\"" },
		{ "he", "saying", "she knew the sums" },
		{ "she", "told", "The port is safe" },
	  } },
	/*
	 * A cue that takes no listener skips no noun phrase to a "that": the
	 * phrase opens the content ("wrote his book, X said that ..." gives
	 * "wrote" no part of X's clause); a verb cue that takes the phrase
	 * leaves the noun after it no claim of its own.
	 */
	{ .name = "that_after_noun_phrase", .n = 5,
	  .text = "Port row\n\nHolm said the long hours that come with the job "
	    "had worn her down. Back when he wrote his book, Mr. Berg said "
	    "that the port would close. Lund repeated a false claim that he "
	    "opposed the war. Vik told reporters on Monday that the port was "
	    "safe.\n",
	  .want = {
		{ "Holm", "said",
		    "the long hours that come with the job had worn her down" },
		{ "he", "wrote", "his book" },
		{ "Mr. Berg", "said", "that the port would close" },
		{ "Lund", "repeated", "a false claim that he opposed the war" },
		{ "Vik", "told", "that the port was safe" },
	  } },
	/*
	 * Sources that end in an object pronoun or a complement (many of whom
	 * say, those close to him say): the head decides a bare "say".
	 */
	{ .name = "partitive_and_postmod_sources", .n = 4,
	  .text = "Port row\n\nSome of them said the toll would rise. Those "
	    "close to him say he will run. People familiar with the talks said "
	    "a deal was near. He met the farmers, most of whom say the tax is "
	    "unfair.\n",
	  .want = {
		{ "Some of them", "said", "the toll would rise" },
		{ "Those close to him", "say", "he will run" },
		{ "People familiar with the talks", "said", "a deal was near" },
		{ "most of whom", "say", "the tax is unfair" },
	  } },
	/*
	 * A cue form that is a noun as often, read as a noun before a relative
	 * clause (states that have lost) or a comma (Amendment claims, X
	 * said); a comma after a parenthetical cue keeps the verb.
	 */
	{ .name = "noun_verb_before_relative_or_comma", .n = 4,
	  .text = "Port row\n\nLund cited Fifth Amendment claims, prosecutors "
	    "said on Monday. Holm needs Rust Belt states that have lost jobs. "
	    "The fund, the memo states, is empty. Prices will rise, as some "
	    "traders hope, in May.\n",
	  .want = {
		{ "prosecutors", "said", "Lund cited Fifth Amendment claims" },
		{ "Lund", "cited", "Fifth Amendment claims" },
		{ "the memo", "states", "The fund, the memo states, is empty" },
		{ "some traders", "hope",
		    "Prices will rise, as some traders hope, in May" },
	  } },
	/*
	 * A participle with its own subject after ", with" (Oslo welcomed the
	 * ruling, with its mayor saying ...): the subject is the source and
	 * the clause before ends at the comma.
	 */
	{ .name = "with_subject_participle", .n = 3,
	  .text = "Port row\n\nBergen welcomed the ruling, with finance chief "
	    "Anna Holm saying it showed the plan was on track. The talks "
	    "ended, with both sides saying they would meet again.\n",
	  .want = {
		{ "Bergen", "welcomed", "the ruling" },
		{ "finance chief Anna Holm", "saying",
		    "it showed the plan was on track" },
		{ "both sides", "saying", "they would meet again" },
	  } },
	/* Phrasal cues of cues.tsv: made (it) clear, laid out, took issue with. */
	{ .name = "phrasal_cues", .n = 5,
	  .text = "Port row\n\nHolm made it clear he would run. Lund laid out "
	    "his plan for the port. Berg took issue with the ruling. The mayor "
	    "hailed the deal as a triumph. Vik invoked the storms of 1953.\n",
	  .want = {
		{ "Holm", "made it clear", "he would run" },
		{ "Lund", "laid out", "his plan for the port" },
		{ "Berg", "took issue with", "the ruling" },
		{ "The mayor", "hailed", "the deal as a triumph" },
		{ "Vik", "invoked", "the storms of 1953" },
	  } },
	/*
	 * A quote of several sentences that reopens each one and never closes
	 * the first ("A," he said. "B. "C.") continues the claim before it,
	 * though another claim follows in the paragraph.
	 */
	{ .name = "reopened_quote_continues", .n = 2,
	  .text = "Port row\n\n\"Young buyers are squeezed out,\" he said. "
	    "\"The minister has hit them. \"A cut will help them.\" Ann Berg, "
	    "the treasurer, said: \"The sums do not add up.\"\n",
	  .want = {
		{ "he", "said", "\"Young buyers are squeezed out,\" he said. "
		    "\"The minister has hit them. \"A cut will help them.\"" },
		{ "Ann Berg, the treasurer", "said",
		    "\"The sums do not add up.\"" },
	  } },
	/*
	 * "called" that names what an indefinite phrase is (a group called
	 * Vesna Watch is ...) makes no claim; "called X a liar" does.
	 */
	{ .name = "called_naming", .n = 1,
	  .text = "Port row\n\nA new group called Vesna Watch is raising money. "
	    "The threat was a small tanker called Eagle. A spokesman called Mr "
	    "Lund a liar.\n",
	  .want = {
		{ "A spokesman", "called", "Mr Lund a liar" },
	  } },
	/*
	 * A cue in -ing after "be" is a progressive with its subject (Holm is
	 * warning that ...), not a participle without one.
	 */
	{ .name = "progressive_cue", .n = 2,
	  .text = "Port row\n\nThe mayor is warning that the ferry will stop in "
	    "May. Fishermen have been demanding that the quota be raised.\n",
	  .want = {
		{ "The mayor", "is warning",
		    "that the ferry will stop in May" },
		{ "Fishermen", "have been demanding",
		    "that the quota be raised" },
	  } },
	/*
	 * A cue coordinated with "but" takes the sentence's subject (Holm would
	 * not name him but said ...); an adjective cue there needs its "be".
	 */
	{ .name = "coordinated_but", .n = 2,
	  .text = "Port row\n\nThe aide would not name the buyer but said the "
	    "sale was agreed. Holm says he has been loyal to the party but "
	    "critical of the toll.\n",
	  .want = {
		{ "The aide", "said", "the sale was agreed" },
		{ "Holm", "says", "he has been loyal to the party but critical "
		    "of the toll" },
	  } },
	/*
	 * A verb cue opening the phrase before a noun-like cue is no source:
	 * "plans" is inside the object of "defended".
	 */
	{ .name = "cue_in_object", .n = 1,
	  .text = "Port row\n\nThe mayor defended port plans to raise the "
	    "toll.\n",
	  .want = {
		{ "The mayor", "defended", "port plans to raise the toll" },
	  } },
	/*
	 * A participle opening the sentence is no content of the main claim:
	 * "Asked about X," a claim with no source; "Stressing X," one of the
	 * main clause's subject. A gerund subject stays content.
	 */
	{ .name = "opening_participle", .n = 5,
	  .text = "Port row\n\nAsked about the toll, Lund said, \"It will "
	    "rise.\" Stressing the risk, the mayor said the port would close. "
	    "Selling the port, he said, was wrong.\n",
	  .want = {
		{ NULL, "Asked about", "the toll" },
		{ "Lund", "said", "\"It will rise.\"" },
		{ "the mayor", "Stressing", "the risk" },
		{ "the mayor", "said", "the port would close" },
		{ "he", "said", "Selling the port, he said, was wrong" },
	  } },
	/*
	 * Signed quotes: a quote inside one; the quote after a signed one is
	 * not its signer's.
	 */
	{ .name = "signed_quotes", .n = 2,
	  .text = "Port row\n\nThe vote is on Monday.\n\n\xe2\x80\x9cThe port "
	    "is \xe2\x80\x9c"
	    "a ruin\xe2\x80\x9d now.\xe2\x80\x9d \xe2\x80\x95 Ada "
	    "Lund\n\n\xe2\x80\x9cWe want the bridge.\xe2\x80\x9d "
	    "\xe2\x80\x95 Ola Berg\n\n\xe2\x80\x9cIt is far too late.\xe2\x80"
	    "\x9d\n",
	  .want = {
		{ "Ada Lund", "\xe2\x80\x95",
		    "\xe2\x80\x9cThe port is \xe2\x80\x9c" "a ruin"
		    "\xe2\x80\x9d now.\xe2\x80\x9d" },
		{ "Ola Berg", "\xe2\x80\x95",
		    "\xe2\x80\x9cWe want the bridge.\xe2\x80\x9d" },
	  } },
	/*
	 * "according to X" between commas after a phrase that is no clause:
	 * the sentence is the content; after a clause, the clause.
	 */
	{ .name = "according_mid_sentence", .n = 3,
	  .text = "Port row\n\nThe vote is on Monday.\n\nOver the long term, "
	    "according to the budget office, the deficit will rise. The toll "
	    "was cut, according to the mayor, in May. Since May, according "
	    "to the union, ten ships have left.\n",
	  .want = {
		{ "the budget office", "according to", "Over the long term, "
		    "according to the budget office, the deficit will rise" },
		{ "the mayor", "according to", "The toll was cut" },
		{ "the union", "according to", "Since May, according to the "
		    "union, ten ships have left" },
	  } },
	/*
	 * An object opens with no place word (called into a show: a phone
	 * call); "called on X to ..." after an interrupted subject, with a
	 * quote after "to"; "call on" with an object alone.
	 */
	{ .name = "call_object", .n = 2,
	  .text = "Port row\n\nThe vote is on Monday.\n\nThe mayor called into "
	    "a radio show on Friday. The towns could call on their help. Ann "
	    "Berg, the port chief, called on the board to \"act now.\"\n",
	  .want = {
		{ "The towns", "could call on", "their help" },
		{ "Ann Berg, the port chief", "called on",
		    "the board to \"act now.\"" },
	  } },
	/* "as X noted" after a one-word subject: the sentence is the content. */
	{ .name = "as_source_one_word", .n = 1,
	  .text = "Port row\n\nThe vote is on Monday.\n\nBergen, as the mayor "
	    "pointed out, rarely gets storms.\n",
	  .want = {
		{ "the mayor", "pointed out",
		    "Bergen, as the mayor pointed out, rarely gets storms" },
	  } },
	/*
	 * A passive with its agent is a claim of the agent for a cue whose
	 * frame says so (report: by); not without "by".
	 */
	{ .name = "passive_by_agent", .n = 2,
	  .text = "Port row\n\nThe vote is on Monday.\n\nThe deal was first "
	    "reported by the Lagos Post. The theft was reported to the "
	    "police. The toll plan has been backed by the union.\n",
	  .want = {
		{ "the Lagos Post", "was first reported", "The deal" },
		{ "the union", "has been backed", "The toll plan" },
	  } },
	/*
	 * A name's acronym in brackets before the cue is part of the source;
	 * a time phrase that opens the sentence is none of it.
	 */
	{ .name = "acronym_before_cue", .n = 2,
	  .text = "Port row\n\nIn January the independent Harbour Research "
	    "Group (HRG) said the port would need more cranes. The Vik Port "
	    "Board (VPB) said it agreed.\n",
	  .want = {
		{ "the independent Harbour Research Group (HRG)", "said",
		    "the port would need more cranes" },
		{ "The Vik Port Board (VPB)", "said", "it agreed" },
	  } },
	/*
	 * A participle's source: the subject after an opening time phrase,
	 * not the object of a preposition before the comma (only "from" or
	 * "by" names who speaks: remarks from an adviser, claiming ...).
	 */
	{ .name = "participle_subject", .n = 2,
	  .text = "Port row\n\nIn March this year, the port board reopened "
	    "the inquiry, saying new files had been found. Ada Lunde ended "
	    "her speech with a challenge to the union leader, saying "
	    "\xe2\x80\x9c" "bring it on\xe2\x80\x9d.\n",
	  .want = {
		{ "the port board", "saying", "new files had been found" },
		{ "Ada Lunde", "saying",
		    "\xe2\x80\x9c" "bring it on\xe2\x80\x9d" },
	  } },
	/*
	 * A verb that takes an object before "of" or "for", with that word
	 * right after it, is a passive with no "be": no claim of its own.
	 */
	{ .name = "reduced_passive", .n = 1,
	  .text = "Port row\n\nThe mayor accused of lying about the port will "
	    "resign. Varga criticised for the delay, the board said.\n",
	  .want = {
		{ "the board", "said", "Varga criticised for the delay" },
	  } },
	/* "What X wanted was ..." opens a subject: no claim of "wanted". */
	{ .name = "what_subject", .n = 1,
	  .text = "Port row\n\nWhat the mayor wanted was \"a new port for the "
	    "town\", Lund said.\n",
	  .want = {
		{ "Lund", "said", "What the mayor wanted was \"a new port for "
		    "the town\"" },
	  } },
	/*
	 * A noun-verb after the object of a preposition is a noun (hit back
	 * at Labour claims he ...; rules on marketing calls apply).
	 */
	{ .name = "noun_verb_after_prep", .n = 1,
	  .text = "Port row\n\nLund hit back at Labour claims he had misled "
	    "the board. The rules on marketing calls apply to all firms.\n",
	  .want = {
		{ "Lund", "hit back at", "Labour claims he had misled the "
		    "board" },
	  } },
	/*
	 * A relative pronoun as the cue's object, the clause closed by a
	 * comma: no content (The claims, which he denied, are ...).
	 */
	{ .name = "relative_object", .n = 1,
	  .text = "Port row\n\nThe claims, which he has denied, are being "
	    "studied by the board. To which she said, \"Not again.\"\n",
	  .want = {
		{ "she", "said", "\"Not again.\"" },
	  } },
	/* A cue in a condition is no claim (if they said no, ...). */
	{ .name = "condition", .n = 1,
	  .text = "Port row\n\nIf they said no, they were not called again. "
	    "Lund said the calls were legal, if the board believes the rules "
	    "allow them.\n",
	  .want = {
		{ "Lund", "said", "the calls were legal, if the board believes "
		    "the rules allow them" },
	  } },
	/* A relative clause after a comma stays in the content before it. */
	{ .name = "relative_in_content", .n = 2,
	  .text = "Port row\n\nMaria Berg claims she was misled by the board, "
	    "which promised she would have a pension.\n",
	  .want = {
		{ "Maria Berg", "claims", "she was misled by the board, which "
		    "promised she would have a pension" },
	  } },
	/* A past form between a number and a noun is an adjective. */
	{ .name = "number_modifier", .n = 0,
	  .text = "Port row\n\nThe town had 40 of the 300 confirmed cases so "
	    "far.\n",
	},
	/* A participle after a comma is no source (..., casting doubt on X). */
	{ .name = "participle_no_source", .n = 0,
	  .text = "Port row\n\nExports fell by a tenth in May, casting further "
	    "doubt on the strength of the recovery.\n",
	},
};

/* Claim i of d as case k wants it. */
static void
expect_case_claim(const struct doc *d, const char *k, size_t i,
    const struct claim_want *w)
{
	const struct claim *c = &d->claims.v[i];
	const struct span *got[3] = { &c->source, &c->cue, &c->content };
	const char *want[3] = { w->src, w->cue, w->content };
	static const char *const what[3] = { "source", "cue", "content" };
	int j;

	if ((w->src != NULL) != c->has_source)
		fail_msg("%s: claim %zu %s a source", k, i, c->has_source ?
		    "has" : "lacks");
	for (j = w->src != NULL ? 0 : 1; j < 3; j++)
		if (got[j]->end - got[j]->start != strlen(want[j]) ||
		    memcmp(d->text + got[j]->start, want[j],
		    strlen(want[j])) != 0)
			fail_msg("%s: claim %zu %s \"%.*s\", wanted \"%s\"", k,
			    i, what[j], (int)(got[j]->end - got[j]->start),
			    d->text + got[j]->start, want[j]);
}

/* Every case of claim_cases: as many claims, the first ones as wanted. */
static void
test_claim_cases(void **state)
{
	const struct claim_case *k;
	size_t i;

	(void)state;
	for (k = claim_cases; k < claim_cases + sizeof claim_cases /
	    sizeof claim_cases[0]; k++) {
		struct doc *d = uifix_doc(k->text);

		run(d);
		if (d->claims.n != k->n)
			fail_msg("%s: %zu claims, wanted %zu", k->name,
			    d->claims.n, k->n);
		for (i = 0; i < k->n && k->want[i].cue != NULL; i++)
			expect_case_claim(d, k->name, i, &k->want[i]);
		doc_free(d);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claim_cases),
		cmocka_unit_test(test_source_cue_that),
		cmocka_unit_test(test_cue_with_auxiliaries),
		cmocka_unit_test(test_quote_cue_source),
		cmocka_unit_test(test_quote_source_cue),
		cmocka_unit_test(test_source_cue_colon_quote),
		cmocka_unit_test(test_cue_near_text_start),
		cmocka_unit_test(test_according_to_after_claim),
		cmocka_unit_test(test_according_to_leading_claim),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_position_object_to),
		cmocka_unit_test(test_quote_continued_parts),
		cmocka_unit_test(test_quote_continued_next_paragraph),
		cmocka_unit_test(test_quote_inherits_last_speaker),
		cmocka_unit_test(test_colon_headline),
		cmocka_unit_test(test_colon_headline_label),
		cmocka_unit_test(test_quote_in_same_sentence_no_continuation),
		cmocka_unit_test(test_source_relative_clause_body),
		cmocka_unit_test(test_official_speaks_for_country),
		cmocka_unit_test(test_source_body_for),
		cmocka_unit_test(test_pronoun_last_speaker),
		cmocka_unit_test(test_pronoun_introduced),
		cmocka_unit_test(test_pronoun_skips_quoted_names),
		cmocka_unit_test(test_pronoun_previous_subject),
		cmocka_unit_test(test_description_latest_company),
		cmocka_unit_test(test_description_company_typed_person),
		cmocka_unit_test(test_its_executive_body_typed_person),
		cmocka_unit_test(test_inverted_source_title),
		cmocka_unit_test(test_quote_after_empty_paragraph),
		cmocka_unit_test(test_title_description_person),
		cmocka_unit_test(test_country_official_named),
		cmocka_unit_test(test_country_source_no_official),
		cmocka_unit_test(test_source_country_title),
		cmocka_unit_test(test_parties_order),
		cmocka_unit_test(test_cues_longest_first),
		cmocka_unit_test(test_cues_errors),
		cmocka_unit_test(test_coordinated_inside_content),
		cmocka_unit_test(test_content_ends_possessive),
		cmocka_unit_test(test_wh_ability_no_claim),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
