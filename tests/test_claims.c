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

/* ---- shapes */

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

/* Stances and topics: a noun phrase or a wh-clause for content. */
static void
test_noun_phrase_content(void **state)
{
	struct doc *d = uifix_doc("Senator Varga has been critical of the treaty. "
	    "Ms Lindqvist cited the falling harvest. The minister expressed "
	    "concern over the delay. Mr Okafor questioned whether the bridge "
	    "would hold.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "Senator Varga", "has been critical of", "the treaty");
	expect_claim(d, 1, "Ms Lindqvist", "cited", "the falling harvest");
	expect_claim(d, 2, "The minister", "expressed", "concern over the delay");
	expect_claim(d, 3, "Mr Okafor", "questioned",
	    "whether the bridge would hold");
	doc_free(d);
}

/* Cues added or widened: show, decline, talk about, a bare clause. */
static void
test_widened_cues(void **state)
{
	struct doc *d = uifix_doc("The survey shows farmers leaving the valley. "
	    "Tallinn Freight declined to comment. Ms Haddad talked about "
	    "her years in Accra.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "The survey", "shows", "farmers leaving the valley");
	expect_claim(d, 1, "Tallinn Freight", "declined", "to comment");
	expect_claim(d, 2, "Ms Haddad", "talked about", "her years in Accra");
	doc_free(d);
}

/* No bare object that belongs to the cue's clause (known as, showed off). */
static void
test_no_bare_particle(void **state)
{
	struct doc *d = uifix_doc("The group, known as Vesna, showed off its "
	    "new trucks.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
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

/* A party tag between the name and the cue (Rep. X (D-Wis.) said). */
static void
test_party_tag_source(void **state)
{
	struct doc *d = uifix_doc("Rep. Gwen Marlow (D-Wis.) said the bill would "
	    "fail. Sen. Tom Arlen, R-Ky., said the vote was close.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Rep. Gwen Marlow", "said", "the bill would fail");
	expect_claim(d, 1, "Sen. Tom Arlen", "said", "the vote was close");
	doc_free(d);
}

/* A party tag and an apposition before the cue (Rep. X (D-N.Y.), head of). */
static void
test_party_tag_apposition(void **state)
{
	struct doc *d = uifix_doc("Rep. Ada W. Lunde (D-N.Y.), head of the port "
	    "caucus, said the dredging would start soon.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Rep. Ada W. Lunde (D-N.Y.), head of the port caucus",
	    "said", "the dredging would start soon");
	doc_free(d);
}

/*
 * A quote inside the clause before an inverted cue: the clause is the
 * content when the cue takes nothing after it; not when it does.
 */
static void
test_quote_inside_clause(void **state)
{
	struct doc *d = uifix_doc("The harbour \"has seen better days,\" Lunde "
	    "said on Monday, citing the new tariffs. The ferry \"will sail "
	    "again,\" said Ada Lunde, who runs the line. Quoting their \"hopes,\" "
	    "Lunde urged the board to wait.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "Lunde", "said",
	    "The harbour \"has seen better days,\"");
	expect_claim(d, 1, "Lunde", "citing", "the new tariffs");
	expect_claim(d, 2, "Ada Lunde", "said", "The ferry \"will sail again,\"");
	expect_claim(d, 3, "Lunde", "urged", "the board to wait");
	doc_free(d);
}

/* An apposition with a complement between the quote and the cue. */
static void
test_quote_source_apposition(void **state)
{
	struct doc *d = uifix_doc("\"We are out of money,\" Ola Brekke, a writer "
	    "for the Fjord Times, said on Twitter.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Ola Brekke, a writer for the Fjord Times", "said",
	    "\"We are out of money,\"");
	doc_free(d);
}

/* A cue between commas inside its content: the whole sentence is content. */
static void
test_parenthetical_cue(void **state)
{
	struct doc *d = uifix_doc("The new bridge, Mrs. Brekke said, would cost "
	    "twice the estimate. The port has grown fast, Lunde said, since "
	    "the tariffs fell.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Mrs. Brekke", "said",
	    "The new bridge, Mrs. Brekke said, would cost twice the estimate");
	expect_claim(d, 1, "Lunde", "said",
	    "The port has grown fast, Lunde said, since the tariffs fell");
	doc_free(d);
}

/* A quote that goes on after the cue in the same sentence. */
static void
test_quote_goes_on_in_sentence(void **state)
{
	struct doc *d = uifix_doc("\"I like the plan,\" Lunde said, but \"it "
	    "costs too much.\"\n\n\"Every time taxes rise,\" Brekke said, "
	    "pointing at the chart, \"a shop closes.\"\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Lunde", "said", "\"I like the plan,\" Lunde said, "
	    "but \"it costs too much.\"");
	expect_claim(d, 1, "Brekke", "said", "\"Every time taxes rise,\" Brekke "
	    "said, pointing at the chart, \"a shop closes.\"");
	doc_free(d);
}

/* A transcript: a speaker's turn runs to the paragraph's end. */
static void
test_transcript_turns(void **state)
{
	struct doc *d = uifix_doc("Partial transcript\n\n"
	    "\"LUND: We want the bridge. It is late already.\n\n"
	    "\"(CROSSTALK.)\n\n"
	    "BERG: No. We wait for the vote.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "LUND", ":", "We want the bridge. It is late already");
	expect_claim(d, 1, "BERG", ":", "No. We wait for the vote");
	doc_free(d);
}

/* A quote signed with a dash and a name, a paragraph each. */
static void
test_signed_quote(void **state)
{
	struct doc *d = uifix_doc("Readers write\n\n"
	    "\xe2\x80\x9cThe ferry must run all year.\xe2\x80\x9d \xe2\x80\x95 " "Ada Lunde\n\n"
	    "\xe2\x80\x9c" "Fix the road first.\xe2\x80\x9d\xe2\x80\x94 Ola Brekke.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Ada Lunde", "\xe2\x80\x95",
	    "\xe2\x80\x9cThe ferry must run all year.\xe2\x80\x9d");
	expect_claim(d, 1, "Ola Brekke", "\xe2\x80\x94",
	    "\xe2\x80\x9c" "Fix the road first.\xe2\x80\x9d");
	doc_free(d);
}

/* Cue forms that are nouns here (tremendous support, unveil plans). */
static void
test_noun_verb_homograph(void **state)
{
	struct doc *d = uifix_doc("The mayor enjoyed tremendous support from "
	    "farmers. Lunde did not unveil plans to pay for the road. Health "
	    "worries have dogged the mayor. Many farmers claim the road is "
	    "unsafe.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Many farmers", "claim", "the road is unsafe");
	doc_free(d);
}

/* A verb whose object is the cue noun (has unveiled plans to). */
static void
test_light_verb_noun_cue(void **state)
{
	struct doc *d = uifix_doc("The Green Party has unveiled plans to build "
	    "ten new ferries. The board issued a warning that the mill would "
	    "close.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "The Green Party", "has unveiled plans",
	    "to build ten new ferries");
	expect_claim(d, 1, "The board", "issued a warning",
	    "that the mill would close");
	doc_free(d);
}

/* A cue between commas whose content goes on with "and" or a phrase. */
static void
test_parenthetical_cue_no_clause(void **state)
{
	struct doc *d = uifix_doc("Repairs would take three weeks, he said, and "
	    "the ferry would wait. The town has a new plan, she said, for how "
	    "the mills can stay open.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "he", "said", "Repairs would take three weeks, he "
	    "said, and the ferry would wait");
	expect_claim(d, 1, "she", "said", "The town has a new plan, she said, "
	    "for how the mills can stay open");
	doc_free(d);
}

/*
 * Sources: a relative clause after "But the ...", a remark in brackets
 * after an inverted source, Jr. before the cue, a topic before a quote.
 */
static void
test_sources_more(void **state)
{
	struct doc *d = uifix_doc("But the Harbour Union, which has ten thousand "
	    "members, wants to keep the rule. The toll \"is a mistake,\" said "
	    "Mr. Lunde (a view many share). Judge Ada Brekke Jr. spoke of the "
	    "old strike. The mayor says of Lunde, \"He will sell the port.\"\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "the Harbour Union, which has ten thousand members",
	    "wants", "to keep the rule");
	expect_claim(d, 1, "Mr. Lunde", "said", "The toll \"is a mistake,\"");
	expect_claim(d, 2, "Judge Ada Brekke Jr", "spoke of", "the old strike");
	expect_claim(d, 3, "The mayor", "says", "\"He will sell the port.\"");
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

/* A quote continues the quoted claim before a participle's claim. */
static void
test_quote_continued_after_participle(void **state)
{
	struct doc *d = uifix_doc("\"We cannot wait,\" Lunde said, stressing that "
	    "the bridge is old. \"The town needs it now.\"\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Lunde", "said", "\"We cannot wait,\" Lunde said, "
	    "stressing that the bridge is old. \"The town needs it now.\"");
	expect_claim(d, 1, "Lunde", "stressing", "that the bridge is old");
	doc_free(d);
}

/*
 * A wh-clause for content (explained how, knows why); the preposition
 * after a cue is the cue's (complained about); cues added: remarked,
 * voiced.
 */
static void
test_wh_clause_and_prep(void **state)
{
	struct doc *d = uifix_doc("Lunde complained about the toll. Brekke "
	    "explained how the ferry would run. The mayor knows why the mill "
	    "closed. Ada Berg remarked that the port was quiet. The union "
	    "voiced concern over the cuts.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 5);
	expect_claim(d, 0, "Lunde", "complained about", "the toll");
	expect_claim(d, 1, "Brekke", "explained", "how the ferry would run");
	expect_claim(d, 2, "The mayor", "knows", "why the mill closed");
	expect_claim(d, 3, "Ada Berg", "remarked", "that the port was quiet");
	expect_claim(d, 4, "The union", "voiced", "concern over the cuts");
	doc_free(d);
}

/*
 * Everything between a quote and its inverted cue is the source, with its
 * appositions and party tag; "said of X" takes nothing after it.
 */
static void
test_quote_long_source(void **state)
{
	struct doc *d = uifix_doc("\"The toll is unfair,\" Ada Lunde, the mayor "
	    "of Vik, one of the towns in the suit, said at a meeting. ''It is "
	    "cheap,'' Ola Berg, head of the Fjord Centre and a professor at the "
	    "Vik School, said of the plan. \"It would take the land,\" Rep. Ola "
	    "Dahl (D-Ore.), a panel member, said.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Ada Lunde, the mayor of Vik, one of the towns in "
	    "the suit", "said", "\"The toll is unfair,\"");
	expect_claim(d, 1, "Ola Berg, head of the Fjord Centre and a professor "
	    "at the Vik School", "said", "''It is cheap,''");
	expect_claim(d, 2, "Rep. Ola Dahl (D-Ore.), a panel member", "said",
	    "\"It would take the land,\"");
	doc_free(d);
}

/*
 * A name set off by dashes before the cue; "that" after an inverted cue
 * is no source (Ada Berg, who ..., said that ...).
 */
static void
test_dash_and_long_subject(void **state)
{
	struct doc *d = uifix_doc("Lund -- a writer -- said the board would "
	    "delay its vote. Dr. Ada Berg, who as a navy captain ran the base "
	    "clinic and later left as an admiral, said that in 1998 the mayor "
	    "hid the report.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Lund -- a writer", "said",
	    "the board would delay its vote");
	expect_claim(d, 1, "Dr. Ada Berg, who as a navy captain ran the base "
	    "clinic and later left as an admiral", "said",
	    "that in 1998 the mayor hid the report");
	doc_free(d);
}

/* "as X noted" and "according to X, and B": the sentence is one content. */
static void
test_as_source_and_according_and(void **state)
{
	struct doc *d = uifix_doc("The harbour, as one of Lund's advisers "
	    "pointed out, rarely floods. Fares rose, as the board had warned. "
	    "Farmers paid a tenth of the toll, according to the port office, "
	    "and shippers paid the rest.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "one of Lund's advisers", "pointed out", "The harbour, "
	    "as one of Lund's advisers pointed out, rarely floods");
	expect_claim(d, 1, "the board", "had warned", "Fares rose");
	expect_claim(d, 2, "the port office", "according to", "Farmers paid a "
	    "tenth of the toll, according to the port office, and shippers paid "
	    "the rest");
	doc_free(d);
}

/* "SOURCE CUE:" ending its paragraph: the next paragraph is the content. */
static void
test_cue_colon_next_paragraph(void **state)
{
	struct doc *d = uifix_doc("Port row\n\nThe governor added:\n\nIt is "
	    "typical of the board. It knows nothing.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "The governor", "added",
	    "It is typical of the board. It knows nothing");
	doc_free(d);
}

static void
test_according_to(void **state)
{
	struct doc *d = uifix_doc("The plant will close in May, according to Kestrel "
	    "Motors. According to the union, talks have stalled.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Kestrel Motors", "according to",
	    "The plant will close in May");
	expect_claim(d, 1, "the union", "According to", "talks have stalled");
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

/*
 * Sources with more around them: a place after the cue, an apposition
 * after an inverted source, an interruption between subject and cue.
 */
static void
test_source_with_interruptions(void **state)
{
	struct doc *d = uifix_doc("The ferry fares will rise again, Nils Holt said from "
	    "his office in Tromso. The fishing quota is far too low, said Ana "
	    "Ruiz, a biologist at the University of Lima, who studies the "
	    "stocks. Marta Sousa, who chairs the Lisbon port board, said the "
	    "cranes would be replaced. Jon Lie of Narvik, the union's treasurer, "
	    "said the fund was safe. Sen. Ola Berg, a member of the fisheries "
	    "panel, said the quota was fair. The mayor of a small fishing "
	    "town, who asked not to be named, said the plant would close.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 6);
	expect_claim(d, 0, "Nils Holt", "said", "The ferry fares will rise again");
	expect_claim(d, 1, "Ana Ruiz, a biologist at the University of Lima, who "
	    "studies the stocks", "said", "The fishing quota is far too low");
	expect_claim(d, 2, "Marta Sousa, who chairs the Lisbon port board",
	    "said", "the cranes would be replaced");
	expect_claim(d, 3, "Jon Lie of Narvik, the union's treasurer", "said",
	    "the fund was safe");
	expect_claim(d, 4, "Sen. Ola Berg, a member of the fisheries panel",
	    "said", "the quota was fair");
	expect_claim(d, 5, "The mayor of a small fishing town, who asked not "
	    "to be named", "said", "the plant would close");
	doc_free(d);
}

static void
test_content_then_source_cue(void **state)
{
	struct doc *d = uifix_doc("The tariffs are illegal, Swedish officials said.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Swedish officials", "said", "The tariffs are illegal");
	doc_free(d);
}

static void
test_participle(void **state)
{
	struct doc *d = uifix_doc("A newspaper carried remarks from a Danish trade "
	    "adviser, claiming the firm can \xe2\x80\x9cread private files.\xe2\x80\x9d "
	    "Holm spoke in Oslo, saying the tariffs were illegal.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "a Danish trade adviser", "claiming",
	    "the firm can \xe2\x80\x9cread private files.\xe2\x80\x9d");
	expect_claim(d, 1, "Holm", "saying", "the tariffs were illegal");
	doc_free(d);
}

static void
test_participle_after_claim(void **state)
{
	struct doc *d = uifix_doc("Varga said the plan had failed, adding that new "
	    "talks would begin.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Varga", "said", "the plan had failed");
	expect_claim(d, 1, "Varga", "adding", "that new talks would begin");
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

static void
test_noun_cue(void **state)
{
	struct doc *d = uifix_doc("Finland\xe2\x80\x99s recent decision to buy the jets "
	    "surprised Moscow.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Finland\xe2\x80\x99s", "recent decision",
	    "to buy the jets");
	doc_free(d);
}

static void
test_quote_continued_in_paragraph(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cWe acted lawfully,\xe2\x80\x9d Varga said. "
	    "\xe2\x80\x9cWe will appeal.\xe2\x80\x9d\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Varga", "said", "\xe2\x80\x9cWe acted lawfully,\xe2\x80\x9d "
	    "Varga said. \xe2\x80\x9cWe will appeal.\xe2\x80\x9d");
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
	    "Related: What does the ruling mean?\n\nUpdate: talks resume today.\n");
	int lund = ent(d, "Mette Lund", ENT_PERSON, -1, NULL);

	(void)state;
	mention(d, "Mette Lund", lund);
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Mette Lund", ":", "Harbour work will go ahead");
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

static void
test_coordinated_verb(void **state)
{
	struct doc *d = uifix_doc("Holm thanked the crowd and said the vote was fair.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Holm", "said", "the vote was fair");
	doc_free(d);
}

static void
test_coordinated_claims_split(void **state)
{
	struct doc *d = uifix_doc("Holm proposes a new tax, and plans to cut fees "
	    "by May.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Holm", "proposes", "a new tax");
	expect_claim(d, 1, "Holm", "plans", "to cut fees by May");
	doc_free(d);
}

static void
test_content_runs_to_quote_end(void **state)
{
	struct doc *d = uifix_doc("Holm said on Monday that \xe2\x80\x9cthe plan "
	    "works. But it is late.\xe2\x80\x9d Then he left.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Holm", "said", "that \xe2\x80\x9cthe plan works. "
	    "But it is late.\xe2\x80\x9d");
	doc_free(d);
}

/* ---- content boundaries */

static void
test_content_stops_at_quote_then_while(void **state)
{
	struct doc *d = uifix_doc("Chile\xe2\x80\x99s port board said the dredging "
	    "\xe2\x80\x9c" "cannot start before spring,\xe2\x80\x9d while Peru\xe2\x80\x99s "
	    "envoys called the pause harmful.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Chile\xe2\x80\x99s port board", "said",
	    "the dredging \xe2\x80\x9c" "cannot start before spring,\xe2\x80\x9d");
	expect_claim(d, 1, "Peru\xe2\x80\x99s envoys", "called",
	    "the pause harmful");
	doc_free(d);
}

static void
test_content_stops_before_conjoined_claim(void **state)
{
	struct doc *d = uifix_doc("Ines Moreau said the levy was fair but Ghana "
	    "said it would hurt farmers. Moreau said the port was ready and "
	    "the union said it was not.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "Ines Moreau", "said", "the levy was fair");
	expect_claim(d, 1, "Ghana", "said", "it would hurt farmers");
	expect_claim(d, 2, "Moreau", "said", "the port was ready");
	expect_claim(d, 3, "the union", "said", "it was not");
	doc_free(d);
}

static void
test_noun_cue_subject_ends(void **state)
{
	struct doc *d = uifix_doc("Kenya\xe2\x80\x99s sudden decision to close the "
	    "border crossing, for instance, was criticised by Uganda. "
	    "Oman\xe2\x80\x99s plan to sell the refinery was dropped in May. "
	    "Peru\xe2\x80\x99s decision to ban the nets angered fishermen.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Kenya\xe2\x80\x99s", "sudden decision",
	    "to close the border crossing");
	expect_claim(d, 1, "Oman\xe2\x80\x99s", "plan", "to sell the refinery");
	expect_claim(d, 2, "Peru\xe2\x80\x99s", "decision", "to ban the nets");
	doc_free(d);
}

static void
test_subordinate_clause_first(void **state)
{
	struct doc *d = uifix_doc("While she conceded the budget was tight, Ines Moreau "
	    "spent the day in Accra.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "she", "conceded", "the budget was tight");
	doc_free(d);
}

static void
test_content_skips_opening_connective(void **state)
{
	struct doc *d = uifix_doc("However, exports to Japan will recover next year, "
	    "the bank said.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "the bank", "said",
	    "exports to Japan will recover next year");
	doc_free(d);
}

static void
test_ascii_quotes(void **state)
{
	struct doc *d = uifix_doc("''The port is closed,'' Ms. Lund said. ''We will "
	    "reopen it.''\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Ms. Lund", "said", "''The port is closed,'' Ms. Lund "
	    "said. ''We will reopen it.''");
	doc_free(d);
}

/* ---- wrong readings */

static void
test_nested_cue_is_no_claim(void **state)
{
	struct doc *d = uifix_doc("Ines Moreau said that the ministry would formally "
	    "declare its support by June and suggested that it would act "
	    "alone.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Ines Moreau", "said", "that the ministry would "
	    "formally declare its support by June");
	expect_claim(d, 1, "Ines Moreau", "suggested", "that it would act alone");
	doc_free(d);
}

static void
test_cue_inside_source(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cGrowth will slow,\xe2\x80\x9d the bank "
	    "report stated.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "the bank report", "stated",
	    "\xe2\x80\x9cGrowth will slow,\xe2\x80\x9d");
	doc_free(d);
}

static void
test_capitalised_modal_is_name(void **state)
{
	struct doc *d = uifix_doc("Prime Minister Grace May said the vote would go "
	    "ahead.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Prime Minister Grace May", "said",
	    "the vote would go ahead");
	doc_free(d);
}

static void
test_time_between_source_and_cue(void **state)
{
	struct doc *d = uifix_doc("Ines Moreau on Friday called for new talks. "
	    "The ministry last week warned that fuel would run short.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Ines Moreau", "called for", "new talks");
	expect_claim(d, 1, "The ministry", "warned",
	    "that fuel would run short");
	doc_free(d);
}

static void
test_ly_adverb_before_cue(void **state)
{
	struct doc *d = uifix_doc("Moreau sharply criticised the levy. The family "
	    "said the farm was sold. Ghana has firmly rejected the offer.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Moreau", "sharply criticised", "the levy");
	expect_claim(d, 1, "The family", "said", "the farm was sold");
	expect_claim(d, 2, "Ghana", "has firmly rejected", "the offer");
	doc_free(d);
}

static void
test_capitalised_cue_in_name(void **state)
{
	struct doc *d = uifix_doc("The Lagos Post ran a story that the port was "
	    "closed. The Harbour Report carried the news.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
	doc_free(d);
}

static void
test_noun_not_verb(void **state)
{
	struct doc *d = uifix_doc("Ghana has the best plan to fix the roads. An "
	    "hourlong show that aired on Monday was dull. Farmers plan to "
	    "protest. The minister\xe2\x80\x99s claims that the port was "
	    "safe were false.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "Farmers", "plan", "to protest");
	expect_claim(d, 1, "The minister\xe2\x80\x99s", "claims",
	    "that the port was safe");
	doc_free(d);
}

/* An infinitive's verb and object are no source: "to firm up support". */
static void
test_infinitive_object_not_source(void **state)
{
	struct doc *d = uifix_doc("The premier travels north to firm up support "
	    "among young voters.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
	doc_free(d);
}

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

static void
test_venue_in_source(void **state)
{
	struct doc *d = uifix_doc("In a radio interview Moreau declared that the "
	    "levy was dead.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Moreau", "declared", "that the levy was dead");
	doc_free(d);
}

/* ---- not claims */

static void
test_cue_inside_quote(void **state)
{
	struct doc *d = uifix_doc("\xe2\x80\x9cThey said the plan was fine,\xe2\x80\x9d "
	    "Varga said.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 1);
	expect_claim(d, 0, "Varga", "said",
	    "\xe2\x80\x9cThey said the plan was fine,\xe2\x80\x9d");
	doc_free(d);
}

static void
test_writer_question(void **state)
{
	struct doc *d = uifix_doc("Did Norway say it would pay? Will the union "
	    "claim the vote was rigged?\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
	doc_free(d);
}

static void
test_generic_no_source(void **state)
{
	struct doc *d = uifix_doc("It is said that the river floods every spring. "
	    "Some say the plan is doomed. To say the plan failed is unfair.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
	doc_free(d);
}

static void
test_frame_mismatch(void **state)
{
	struct doc *d = uifix_doc("The firm added 200 jobs. She knows the area well.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
	doc_free(d);
}

static void
test_determiner_is_no_source(void **state)
{
	struct doc *d = uifix_doc("\"It failed,\" said the. The plan, said a, is "
	    "dead.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 0);
	doc_free(d);
}

/* An apposition before the cue is its subject, not inverted content. */
static void
test_apposition_subject(void **state)
{
	struct doc *d = uifix_doc("Ghana\xe2\x80\x99s envoy to Austria, Kofi Mensah, "
	    "rejected the report. The head of the port authority, Lena Brandt, "
	    "said the berths would reopen. Exports will grow, said Lena "
	    "Brandt.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Ghana\xe2\x80\x99s envoy to Austria, Kofi Mensah",
	    "rejected", "the report");
	expect_claim(d, 1, "The head of the port authority, Lena Brandt", "said",
	    "the berths would reopen");
	expect_claim(d, 2, "Lena Brandt", "said", "Exports will grow");
	doc_free(d);
}

/* A mark inside a name (A/S, B&W) does not cut the source. */
static void
test_source_name_with_mark(void **state)
{
	struct doc *d = uifix_doc("The shipping group Vestby A/S wants to sell the "
	    "yard. B&W Ferries said fares would rise.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 2);
	expect_claim(d, 0, "The shipping group Vestby A/S", "wants",
	    "to sell the yard");
	expect_claim(d, 1, "B&W Ferries", "said", "fares would rise");
	doc_free(d);
}

/* A source with a prepositional complement is whole: aides to Ms. Lund. */
static void
test_source_with_complement(void **state)
{
	struct doc *d = uifix_doc("But in recent weeks, aides to Ms. Lund say the "
	    "talks have stalled. Ninety percent of those polled say taxes are "
	    "too high. The chief of the port authority said the berths were "
	    "full.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "aides to Ms. Lund", "say", "the talks have stalled");
	expect_claim(d, 1, "Ninety percent of those polled", "say",
	    "taxes are too high");
	expect_claim(d, 2, "The chief of the port authority", "said",
	    "the berths were full");
	doc_free(d);
}

/* ---- speakers and parties */

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
	    "\"The quay is safe,\" Mr. Okoro said.\n";
	struct doc *d = doc_from_bytes("t", s, strlen(s), 0, &cause);
	int okoro, tamm;

	(void)state;
	assert_non_null(d);
	segment_run(d, lx);
	okoro = ent(d, "Tomas Okoro", ENT_PERSON, -1, NULL);
	tamm = ent(d, "Ilse Tamm", ENT_OFFICIAL, -1, "general");
	mention(d, "Okoro", okoro);
	mention(d, "Ilse Tamm", tamm);
	analyse_between(d, lx, "claims", "parties");
	assert_int_equal(d->claims.n, 3);
	expect_claim(d, 0, "Mr. Okoro", "said", "\"The cranes are idle,\"");
	assert_int_equal(d->claims.v[0].speaker, okoro);
	expect_claim(d, 1, "Gen. Ilse Tamm of Estonia", "said",
	    "''We will not wait,''");
	assert_int_equal(d->claims.v[1].speaker, tamm);
	expect_claim(d, 2, "Mr. Okoro", "said", "\"The quay is safe,\"");
	assert_int_equal(d->claims.v[2].speaker, okoro);
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

/*
 * A quote closing the previous sentence is no content of a cue that has
 * a clause of its own ("It was hard." The firm also said ten staff ...).
 */
static void
test_quote_before_cue_with_clause(void **state)
{
	struct doc *d = uifix_doc("Port row\n\n\"We are ready,\" said Ann Holm. "
	    "\"It was hard work.\" The firm also said ten staff will repay "
	    "their bonuses.\n");
	size_t i;

	(void)state;
	run(d);
	for (i = 0; i < d->claims.n; i++)
		if (d->claims.v[i].cue.start == (uint32_t)(strstr(d->text,
		    "also said") - d->text))
			expect_claim(d, i, "The firm", "also said",
			    "ten staff will repay their bonuses");
	doc_free(d);
}

/*
 * CONTENT, SOURCE told a listener.: the clause before is the content, not
 * the listener; a bare "He told the court." is no claim.
 */
static void
test_listener_after_inverted_cue(void **state)
{
	struct doc *d = uifix_doc("Port row\n\nThe merger means a loss in "
	    "May, the bank chairman told a news conference. Ms Holm \"ran "
	    "the books,\" he told the city court, saying she knew the sums. "
	    "He told the court. The port is safe, she told Radio Four's "
	    "Today programme.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "the bank chairman", "told",
	    "The merger means a loss in May");
	expect_claim(d, 1, "he", "told", "Ms Holm \"ran the books,\"");
	expect_claim(d, 2, "he", "saying", "she knew the sums");
	expect_claim(d, 3, "she", "told", "The port is safe");
	doc_free(d);
}

/*
 * A cue that takes no listener skips no noun phrase to a "that": the
 * phrase opens the content (Holm said the demands that ...; "wrote his
 * book, X said that ..." gives "wrote" no part of X's clause); a verb cue
 * that takes the phrase leaves the noun after it no claim of its own.
 */
static void
test_that_after_noun_phrase(void **state)
{
	struct doc *d = uifix_doc("Port row\n\nHolm said the long hours that "
	    "come with the job had worn her down. Back when he wrote his "
	    "book, Mr. Berg said that the port would close. Lund repeated a "
	    "false claim that he opposed the war. Vik told reporters on "
	    "Monday that the port was safe.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 5);
	expect_claim(d, 0, "Holm", "said", "the long hours that come with the "
	    "job had worn her down");
	expect_claim(d, 1, "he", "wrote", "his book");
	expect_claim(d, 2, "Mr. Berg", "said", "that the port would close");
	expect_claim(d, 3, "Lund", "repeated",
	    "a false claim that he opposed the war");
	expect_claim(d, 4, "Vik", "told", "that the port was safe");
	doc_free(d);
}

/*
 * Sources that end in an object pronoun or a complement: "many of whom
 * say", "some of them said", "those close to him say", "people familiar
 * with the talks said" (the head is the source's; a bare "say" after it).
 */
static void
test_partitive_and_postmod_sources(void **state)
{
	struct doc *d = uifix_doc("Port row\n\nSome of them said the toll "
	    "would rise. Those close to him say he will run. People familiar "
	    "with the talks said a deal was near. He met the farmers, most of "
	    "whom say the tax is unfair.\n");

	(void)state;
	run(d);
	assert_int_equal(d->claims.n, 4);
	expect_claim(d, 0, "Some of them", "said", "the toll would rise");
	expect_claim(d, 1, "Those close to him", "say", "he will run");
	expect_claim(d, 2, "People familiar with the talks", "said",
	    "a deal was near");
	expect_claim(d, 3, "most of whom", "say", "the tax is unfair");
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source_cue_that),
		cmocka_unit_test(test_cue_with_auxiliaries),
		cmocka_unit_test(test_quote_cue_source),
		cmocka_unit_test(test_quote_source_cue),
		cmocka_unit_test(test_source_cue_colon_quote),
		cmocka_unit_test(test_noun_phrase_content),
		cmocka_unit_test(test_widened_cues),
		cmocka_unit_test(test_no_bare_particle),
		cmocka_unit_test(test_cue_near_text_start),
		cmocka_unit_test(test_party_tag_source),
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_according_to_after_claim),
		cmocka_unit_test(test_according_to_leading_claim),
		cmocka_unit_test(test_source_with_interruptions),
		cmocka_unit_test(test_content_then_source_cue),
		cmocka_unit_test(test_participle),
		cmocka_unit_test(test_participle_after_claim),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_position_object_to),
		cmocka_unit_test(test_noun_cue),
		cmocka_unit_test(test_quote_continued_in_paragraph),
		cmocka_unit_test(test_quote_continued_parts),
		cmocka_unit_test(test_quote_continued_next_paragraph),
		cmocka_unit_test(test_quote_inherits_last_speaker),
		cmocka_unit_test(test_colon_headline),
		cmocka_unit_test(test_colon_headline_label),
		cmocka_unit_test(test_coordinated_verb),
		cmocka_unit_test(test_coordinated_claims_split),
		cmocka_unit_test(test_content_runs_to_quote_end),
		cmocka_unit_test(test_content_stops_at_quote_then_while),
		cmocka_unit_test(test_content_stops_before_conjoined_claim),
		cmocka_unit_test(test_noun_cue_subject_ends),
		cmocka_unit_test(test_subordinate_clause_first),
		cmocka_unit_test(test_content_skips_opening_connective),
		cmocka_unit_test(test_ascii_quotes),
		cmocka_unit_test(test_nested_cue_is_no_claim),
		cmocka_unit_test(test_cue_inside_source),
		cmocka_unit_test(test_capitalised_modal_is_name),
		cmocka_unit_test(test_time_between_source_and_cue),
		cmocka_unit_test(test_ly_adverb_before_cue),
		cmocka_unit_test(test_capitalised_cue_in_name),
		cmocka_unit_test(test_noun_not_verb),
		cmocka_unit_test(test_infinitive_object_not_source),
		cmocka_unit_test(test_quote_in_same_sentence_no_continuation),
		cmocka_unit_test(test_venue_in_source),
		cmocka_unit_test(test_cue_inside_quote),
		cmocka_unit_test(test_writer_question),
		cmocka_unit_test(test_generic_no_source),
		cmocka_unit_test(test_frame_mismatch),
		cmocka_unit_test(test_determiner_is_no_source),
		cmocka_unit_test(test_apposition_subject),
		cmocka_unit_test(test_source_name_with_mark),
		cmocka_unit_test(test_source_with_complement),
		cmocka_unit_test(test_official_speaks_for_country),
		cmocka_unit_test(test_pronoun_last_speaker),
		cmocka_unit_test(test_pronoun_skips_quoted_names),
		cmocka_unit_test(test_pronoun_previous_subject),
		cmocka_unit_test(test_description_latest_company),
		cmocka_unit_test(test_description_company_typed_person),
		cmocka_unit_test(test_its_executive_body_typed_person),
		cmocka_unit_test(test_inverted_source_title),
		cmocka_unit_test(test_title_description_person),
		cmocka_unit_test(test_country_official_named),
		cmocka_unit_test(test_country_source_no_official),
		cmocka_unit_test(test_source_country_title),
		cmocka_unit_test(test_parties_order),
		cmocka_unit_test(test_cues_longest_first),
		cmocka_unit_test(test_cues_errors),
		cmocka_unit_test(test_party_tag_apposition),
		cmocka_unit_test(test_quote_inside_clause),
		cmocka_unit_test(test_quote_source_apposition),
		cmocka_unit_test(test_parenthetical_cue),
		cmocka_unit_test(test_quote_goes_on_in_sentence),
		cmocka_unit_test(test_transcript_turns),
		cmocka_unit_test(test_signed_quote),
		cmocka_unit_test(test_noun_verb_homograph),
		cmocka_unit_test(test_light_verb_noun_cue),
		cmocka_unit_test(test_parenthetical_cue_no_clause),
		cmocka_unit_test(test_sources_more),
		cmocka_unit_test(test_coordinated_inside_content),
		cmocka_unit_test(test_quote_continued_after_participle),
		cmocka_unit_test(test_wh_clause_and_prep),
		cmocka_unit_test(test_quote_long_source),
		cmocka_unit_test(test_dash_and_long_subject),
		cmocka_unit_test(test_as_source_and_according_and),
		cmocka_unit_test(test_cue_colon_next_paragraph),
		cmocka_unit_test(test_quote_before_cue_with_clause),
		cmocka_unit_test(test_listener_after_inverted_cue),
		cmocka_unit_test(test_that_after_noun_phrase),
		cmocka_unit_test(test_partitive_and_postmod_sources),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
