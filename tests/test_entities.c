/*
 * test_entities.c: recognition, ambiguity, possessives, apostrophes,
 * coreference and affiliation, on sentences of our own (invented officials
 * and companies, real countries).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "analyse.h"
#include "doc.h"
#include "lexicon.h"
#include "tlex.h"
#include "util.h"

#define lx tlex_lx	/* the bundled lexicon, loaded once */


/* Analyse text; the mentions must be sorted and must not overlap. */
static struct doc *
run(const char *text)
{
	char *cause = NULL;
	struct doc *d = doc_from_bytes("test", text, strlen(text), 0, &cause);
	size_t i;

	assert_non_null(d);
	analyse_between(d, lx, "segment", "office");
	for (i = 1; i < d->mentions.n; i++)
		assert_true(d->mentions.v[i - 1].end <= d->mentions.v[i].start);
	for (i = 0; i < d->mentions.n; i++) {
		assert_true(d->mentions.v[i].entity >= 0);
		assert_true((size_t)d->mentions.v[i].entity < d->ents.n);
	}
	return d;
}

/* The entity of that canonical name, or NULL. */
static const struct entity *
ent(const struct doc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->ents.n; i++)
		if (strcmp(d->ents.v[i].name, name) == 0)
			return &d->ents.v[i];
	return NULL;
}

static int
ent_index(const struct doc *d, const struct entity *e)
{
	return (int)(e - d->ents.v);
}

/* Mentions of e (of any kind when kind < 0). */
static int
mentions(const struct doc *d, const struct entity *e, int kind)
{
	size_t i;
	int n = 0;

	for (i = 0; i < d->mentions.n; i++)
		if (d->mentions.v[i].entity == ent_index(d, e) &&
		    (kind < 0 || (int)d->mentions.v[i].kind == kind))
			n++;
	return n;
}

/* The entity of the mention whose text is exactly s (the first such). */
static const struct entity *
mentioned(const struct doc *d, const char *s)
{
	size_t i, n = strlen(s);
	const struct mention *m;

	for (i = 0; i < d->mentions.n; i++) {
		m = &d->mentions.v[i];
		if (m->end - m->start == n &&
		    memcmp(d->text + m->start, s, n) == 0)
			return &d->ents.v[m->entity];
	}
	return NULL;
}

/* Is any mention's text s? */
static int
has_mention(const struct doc *d, const char *s)
{
	return mentioned(d, s) != NULL;
}

static void
test_country_aliases(void **state)
{
	struct doc *d = run("The US and the United States are one. Washington "
	    "said so, and American diplomats agreed.\n");
	const struct entity *e = ent(d, "United States");

	(void)state;
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COUNTRY);
	assert_int_equal(mentions(d, e, -1), 5);
	assert_int_equal(mentions(d, e, MENTION_METONYM), 1);
	assert_int_equal(mentions(d, e, MENTION_DEMONYM), 1);
	assert_int_equal(mentions(d, e, MENTION_NOMINAL), 1);	/* diplomats */
	assert_int_equal(d->ents.n, 1);
	doc_free(d);
}

static void
test_pronoun(void **state)
{
	struct doc *d = run("Ilsa Marnova reached Oslo. She said the deal was "
	    "done.\n");
	const struct entity *e = ent(d, "Ilsa Marnova");

	(void)state;
	assert_non_null(e);
	assert_int_equal(mentions(d, e, MENTION_PRONOUN), 1);
	doc_free(d);
}

static void
test_nominals(void **state)
{
	struct doc *d = run("Huawei sold routers to Nokia. The Chinese firm "
	    "said demand was high, and the firm's rival disagreed. The "
	    "government in Beijing was silent.\n");
	const struct entity *hw = ent(d, "Huawei"), *cn = ent(d, "China");
	size_t i;
	int firms = 0;

	(void)state;
	assert_non_null(hw);
	assert_non_null(cn);
	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->kind != MENTION_NOMINAL)
			continue;
		if (memcmp(d->text + m->start, "firm", 4) == 0) {
			firms++;
			/* "the Chinese firm" is Huawei (of China), "the firm" Nokia */
			assert_int_equal(m->entity, ent_index(d, firms == 1 ?
			    hw : ent(d, "Nokia")));
		}
	}
	assert_int_equal(firms, 2);
	assert_true(has_mention(d, "Chinese"));	/* still China's */
	assert_int_equal(mentions(d, cn, MENTION_NOMINAL), 1);
	doc_free(d);
}

static void
test_jordan_and_chad(void **state)
{
	struct doc *d = run("Michael Jordan visited Amman. Jordan and Egypt "
	    "talked. Chad Pellow said he was pleased; Chad and Niger signed.\n");

	(void)state;
	assert_non_null(ent(d, "Michael Jordan"));
	assert_int_equal(ent(d, "Michael Jordan")->type, ENT_PERSON);
	assert_non_null(ent(d, "Chad Pellow"));
	assert_non_null(ent(d, "Jordan"));
	assert_int_equal(mentions(d, ent(d, "Jordan"), MENTION_NAME), 1);
	assert_non_null(ent(d, "Chad"));
	assert_int_equal(mentions(d, ent(d, "Chad"), -1), 1);
	doc_free(d);
}

static void
test_may(void **state)
{
	struct doc *d = run("In May the vote was held. Theresa May lost it, "
	    "and Mrs May resigned.\n");
	const struct entity *e = ent(d, "Theresa May");

	(void)state;
	assert_non_null(e);
	assert_int_equal(mentions(d, e, -1), 2);
	/* the month names no one; the lexicon adds her country, unnamed */
	for (size_t i = 0; i < d->ents.n; i++)
		assert_true(&d->ents.v[i] == e || d->ents.v[i].first_mention < 0);
	doc_free(d);
}

static void
test_organisations(void **state)
{
	struct doc *d = run("The Velorian Farmers League joined the Liberal "
	    "Party of Canada at the National Union of Glassworkers (NUG) "
	    "rally. NUG said the rally was large.\n");
	const struct entity *e;

	(void)state;
	assert_non_null(ent(d, "Velorian Farmers League"));
	assert_int_equal(ent(d, "Velorian Farmers League")->type,
	    ENT_ORGANISATION);
	assert_non_null(ent(d, "Liberal Party of Canada"));
	assert_null(ent(d, "Canada"));
	e = ent(d, "National Union of Glassworkers");
	assert_non_null(e);
	assert_int_equal(mentions(d, e, -1), 3);
	doc_free(d);
}

static void
test_user_lexicon(void **state)
{
	char path[] = "/tmp/partyline-test-ent.XXXXXX";
	char *cause = NULL;
	struct doc *d;
	FILE *f;
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs("Ombrix\tname\tOmbrix\tcompany\tFinland\n"
	    "Kaja Rill\tname\tKaja Rill\tofficial\tEstonia\n"
	    "Kestrel Aviation\tname\tKestrel Aviation\tcompany\t-\n", f);
	fclose(f);
	assert_int_equal(lexicon_load_user(lx, path, &cause), 0);
	unlink(path);
	d = run("Ombrix met Kaja Rill.\n");
	assert_non_null(ent(d, "Ombrix"));
	assert_int_equal(ent(d, "Ombrix")->type, ENT_COMPANY);
	assert_non_null(ent(d, "Kaja Rill"));
	assert_int_equal(ent(d, "Kaja Rill")->type, ENT_OFFICIAL);
	assert_int_equal(ent(d, "Kaja Rill")->affiliation,
	    ent_index(d, ent(d, "Estonia")));
	doc_free(d);
	/* a company's first word names it later, of the lexicon or not */
	d = run("Kestrel Aviation cut jobs. Kestrel said more would go. "
	    "Brannock Holdings Ltd bought it. Brannock said so.\n");
	assert_non_null(ent(d, "Kestrel Aviation"));
	assert_int_equal(mentions(d, ent(d, "Kestrel Aviation"), -1), 2);
	assert_null(ent(d, "Kestrel"));
	assert_true(mentioned(d, "Brannock") == ent(d, "Brannock Holdings Ltd"));
	doc_free(d);
}

static void
test_headline_and_titles(void **state)
{
	struct doc *d = run("Vell Says Harbour Deal Is Done Despite Quarry "
	    "Union\n\nTomas Vell said on Friday that the deal was done. He "
	    "called the talks an episode of \xe2\x80\x9cHarbour Lights.\xe2\x80\x9d "
	    "Senator Rhea Calder (D-OR) agreed.\n");

	(void)state;
	assert_non_null(ent(d, "Tomas Vell"));
	/* in the Title Case headline only the name met in the text counts */
	assert_int_equal(mentions(d, ent(d, "Tomas Vell"), MENTION_ALIAS), 1);
	assert_null(ent(d, "Quarry Union"));
	assert_null(ent(d, "Harbour Lights"));
	assert_null(ent(d, "D-OR"));
	assert_non_null(ent(d, "Rhea Calder"));
	assert_int_equal(d->mentions.v[0].entity,
	    ent_index(d, ent(d, "Tomas Vell")));
	doc_free(d);
}

static void
test_news_shapes(void **state)
{
	struct doc *d = run("Beijing hit back at Washington on Friday, said "
	    "Tao Renming, China's foreign minister, after the White House "
	    "announced new curbs. Chinese foreign ministry spokesman Lu Qiao "
	    "agreed.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "United States");
	assert_non_null(e);
	assert_int_equal(mentions(d, e, MENTION_METONYM), 2);
	e = ent(d, "Tao Renming");
	assert_non_null(e);
	assert_string_equal(e->role, "foreign minister");
	assert_int_equal(e->affiliation, ent_index(d, ent(d, "China")));
	e = ent(d, "Lu Qiao");
	assert_non_null(e);
	assert_string_equal(e->role, "foreign ministry spokesman");
	assert_int_equal(e->affiliation, ent_index(d, ent(d, "China")));
	doc_free(d);
}

/* An official's home country made after eight entities (ents grows). */
static void
test_home_after_growth(void **state)
{
	char path[] = "/tmp/partyline-test-ent.XXXXXX";
	char *cause = NULL;
	struct doc *d;
	FILE *f;
	int fd = mkstemp(path);
	const struct entity *e;

	(void)state;
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs("Eero Tammsaar\tname\tEero Tammsaar\tofficial\tLatvia\n", f);
	fclose(f);
	assert_int_equal(lexicon_load_user(lx, path, &cause), 0);
	unlink(path);
	d = run("France, Spain, Italy, Greece, Malta, Cyprus and Portugal met "
	    "Eero Tammsaar.\n");
	assert_int_equal(d->ents.n, 9);
	e = ent(d, "Eero Tammsaar");
	assert_non_null(e);
	assert_int_equal(e->affiliation, ent_index(d, ent(d, "Latvia")));
	doc_free(d);
}

static void
test_empty_and_odd(void **state)
{
	struct doc *d = run("");

	(void)state;
	assert_int_equal(d->ents.n, 0);
	doc_free(d);
	d = run("\xe2\x80\x9cUS\xe2\x80\x9d \"UK\" (EU) -- ... ;; '' \xe2\x80\x99\n");
	assert_non_null(ent(d, "United States"));
	assert_non_null(ent(d, "United Kingdom"));
	doc_free(d);
}

/* A heading in capitals is no run of acronyms; his MBA is no body. */
static void
test_shouting(void **state)
{
	struct doc *d = run("Dr Lena Marsh runs a clinic in Oslo.\n\n"
	    "SHE WAS CALLED OUT BY FELLOW DOCTORS \xe2\x80\x94 Marsh has an "
	    "MBA, a TV show and a TV studio.\n\n"
	    "QUESTIONABLE MEDICAL CLAIMS \xe2\x80\x94 EVEN MARSH\xe2\x80\x99S "
	    "BOSS THINKS SHE WANTS FULL CONTROL OF THE NATO FILES.\n");
	const struct entity *e = ent(d, "Lena Marsh");
	size_t i;

	(void)state;
	for (i = 0; i < d->ents.n; i++)
		assert_true(d->ents.v[i].type != ENT_ORGANISATION ||
		    strcmp(d->ents.v[i].name, "NATO") == 0);
	assert_non_null(e);
	assert_ptr_equal(mentioned(d, "MARSH"), e);	/* a name met before */
	assert_false(has_mention(d, "CALLED"));
	assert_false(has_mention(d, "FELLOW"));
	assert_false(has_mention(d, "MBA"));
	assert_false(has_mention(d, "TV"));
	assert_false(has_mention(d, "QUESTIONABLE MEDICAL"));
	assert_non_null(mentioned(d, "NATO"));	/* the lexicon still counts */
	doc_free(d);
}

/*
 * A status before a body is not its name's; a possessive ends a body's
 * name; a common noun joined by "for" to a body at a sentence's start, or
 * a name after "and" following a body's head, is not part of it.
 */
static void
test_org_edges(void **state)
{
	struct doc *d = run("Retired U.S. Air Force Gen. Mark Tull spoke. "
	    "He had talked to the Harbour Network\xe2\x80\x99s Dana Whitlow "
	    "and the Kelp Network\xe2\x80\x99s Tull Varga. "
	    "Support for NATO fell in Portugal. The head of Sony Pictures "
	    "Television and Whitlow met.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "US Air Force");
	assert_non_null(e);
	assert_ptr_equal(mentioned(d, "U.S. Air Force"), e);
	assert_null(mentioned(d, "Retired U.S. Air Force"));
	assert_int_equal(ent(d, "Mark Tull")->affiliation, ent_index(d, e));
	assert_non_null(ent(d, "Harbour Network"));
	assert_non_null(ent(d, "Kelp Network"));
	assert_non_null(ent(d, "Tull Varga"));
	assert_int_equal(ent(d, "Tull Varga")->type, ENT_PERSON);
	e = ent(d, "Dana Whitlow");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_PERSON);
	assert_null(mentioned(d, "Support for NATO"));
	assert_ptr_equal(mentioned(d, "NATO"), ent(d, "NATO"));
	e = ent(d, "Sony Pictures Television");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	assert_ptr_equal(mentioned(d, "Whitlow"), ent(d, "Dana Whitlow"));
	assert_int_equal(mentions(d, ent(d, "Dana Whitlow"), MENTION_ALIAS), 1);
	doc_free(d);
}

/* Found in real articles: words that start no name, and datelines. */
static void
test_not_names(void **state)
{
	struct doc *d = run("LISBON \xe2\x80\x94 Twenty-seven towns sued. "
	    "Author Mira Stone backed Tom Parnell (R-Ohio). Painting Parnell as "
	    "weak failed in the Rust Belt. Obamacare was the issue, and the "
	    "Great Recession was over. Stone, an Ivy League-trained surgeon, "
	    "spoke to the Senate panel on Consumer Protection.\n");
	size_t i;

	(void)state;
	assert_null(mentioned(d, "LISBON"));	/* where, not who */
	assert_null(mentioned(d, "Ivy League-trained"));
	assert_null(mentioned(d, "Ivy"));
	assert_null(mentioned(d, "Consumer Protection"));
	assert_non_null(ent(d, "Mira Stone"));
	assert_non_null(ent(d, "Tom Parnell"));
	assert_null(mentioned(d, "R-Ohio"));
	assert_ptr_equal(mentioned(d, "Parnell"), ent(d, "Tom Parnell"));
	for (i = 0; i < d->ents.n; i++)
		assert_true(d->ents.v[i].type == ENT_COUNTRY ||
		    strcmp(d->ents.v[i].name, "Mira Stone") == 0 ||
		    strcmp(d->ents.v[i].name, "Tom Parnell") == 0 ||
		    strcmp(d->ents.v[i].name, "Senate") == 0);
	doc_free(d);
}

/*
 * Affiliations from a possessive country before a title in an apposition
 * (Peru's envoy to Japan, Ana Ruiz) and from "its" (the latest company).
 */
static void
test_affiliation_possessive_its(void **state)
{
	struct doc *d = run("Peru\xe2\x80\x99s ambassador to Japan, Ana "
	    "Quispell, spoke first. The Lima-based miner Corvina Mining said "
	    "its chief executive Teo Varga would resign. Corvina named Lena "
	    "Roost, its finance director, in his place.\n");
	const struct entity *e, *co;

	(void)state;
	e = ent(d, "Ana Quispell");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_string_equal(e->role, "ambassador");
	assert_int_equal(e->affiliation, ent_index(d, ent(d, "Peru")));
	co = ent(d, "Corvina Mining");
	assert_non_null(co);
	assert_int_equal(co->type, ENT_COMPANY);
	e = ent(d, "Teo Varga");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_string_equal(e->role, "chief executive");
	assert_int_equal(e->affiliation, ent_index(d, co));
	e = ent(d, "Lena Roost");
	assert_non_null(e);
	assert_int_equal(e->affiliation, ent_index(d, co));
	doc_free(d);
}

/* Abbreviated titles with a period before names; state abbreviations. */
static void
test_abbreviated_titles(void **state)
{
	struct doc *d = run("ELKVIEW, W.Va. \xe2\x80\x94 Gov. Nora Blythe "
	    "and Lt. Gov. Owen Tarrant met Atty. Gen. Ruth Kell, who was in "
	    "Dover, Del., and Amb. Ivo Lind.\n");
	const struct entity *e;
	size_t i;

	(void)state;
	e = ent(d, "Nora Blythe");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_string_equal(e->role, "Gov.");
	e = ent(d, "Owen Tarrant");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_string_equal(e->role, "Lt. Gov.");
	e = ent(d, "Ruth Kell");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	e = ent(d, "Ivo Lind");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	for (i = 0; i < d->ents.n; i++)
		assert_int_equal(d->ents.v[i].type, ENT_OFFICIAL);
	doc_free(d);
}

/*
 * Companies named after a description with a place before it (the
 * Lisbon firm X, the Porto-based carrier Y) or with a company's head word
 * (Logistics, Networks, Coal, Resources); a ship's name is no party.
 */
static void
test_company_heads(void **state)
{
	struct doc *d = run("The patrol boat Kestrel Dawn, chartered by the "
	    "Lisbon firm Marveira Freight, sank. The Tallinn-based carrier "
	    "Ostra Systems and Brindle Coal lost money, and Harrow Natural "
	    "Resources did too. Orla Penn, a property developer, said so. "
	    "The Kestrel Coal Association disagreed.\n");
	struct doc *d2;
	const struct entity *e;

	(void)state;
	assert_null(mentioned(d, "Kestrel Dawn"));	/* a boat */
	e = ent(d, "Marveira Freight");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Ostra Systems");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Brindle Coal");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Harrow Natural Resources");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Orla Penn");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_PERSON);
	d2 = run("He joined his Western Brick Corporation.\n");
	e = ent(d2, "Western Brick Corporation");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	doc_free(d2);
	e = ent(d, "Kestrel Coal Association");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
	/* Motor, as Motors: a carmaker, not a man (it said, its president);
	 * Mines, as Mining: a miner, not a man; a Chamber of Mines stays a body */
	d = run("Kestrel Motor admitted that it had faked test data. Brant "
	    "Copper Mines denied it. The Ruritania Chamber of Mines said so.\n");
	e = ent(d, "Kestrel Motor");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Brant Copper Mines");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Ruritania Chamber of Mines");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
	/* Pharma, Estates, Services, Media: companies, not people */
	d = run("Vell Pharma sued Brackley Estates. Tarn Port Services and "
	    "Oxley Media backed the plan.\n");
	e = ent(d, "Vell Pharma");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Brackley Estates");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Tarn Port Services");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Oxley Media");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	doc_free(d);
}

/*
 * Capitalised words glued before a given name (Rival Jane Roe, Miss
 * Galaxy Jane Roe) and adjective-led runs (Presidential Debates) are no
 * person's name.
 */
static void
test_glued_modifiers(void **state)
{
	struct doc *d = run("Boldly, Rival Marta Keane attacked her. Miss "
	    "Galaxy Ilse Varn watched the Presidential Debates from Natural "
	    "Bridge with Keane.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Marta Keane");
	assert_non_null(e);
	assert_int_equal(mentions(d, e, -1), 2);
	assert_non_null(ent(d, "Ilse Varn"));
	assert_null(mentioned(d, "Rival Marta Keane"));
	assert_null(mentioned(d, "Galaxy Ilse Varn"));
	assert_null(mentioned(d, "Presidential Debates"));
	assert_null(mentioned(d, "Natural Bridge"));
	doc_free(d);
	/* a given name we do not know before one we know: one name */
	d = run("Quorin Anna Lind spoke, and Libertarian Anna Vosk agreed.\n");
	assert_non_null(ent(d, "Quorin Anna Lind"));
	assert_non_null(ent(d, "Anna Vosk"));
	doc_free(d);
}

/*
 * A word opening a sentence that the article also writes in small letters
 * is a common noun (Drought ... the drought); a Title Case title is a
 * headline after its colon too.
 */
static void
test_common_capitals(void **state)
{
	struct doc *d = run("A Bold Plan to Save Rivers: Buy Dams, Sell Pumps"
	    "\n\nDrought is a slow thief, said Sara Quill. The drought has "
	    "lasted years, and Quill knows it.\n");

	(void)state;
	assert_null(mentioned(d, "Drought"));
	assert_null(mentioned(d, "Buy Dams"));
	assert_null(mentioned(d, "Sell Pumps"));
	assert_int_equal(d->ents.n, 1);
	assert_int_equal(mentions(d, ent(d, "Sara Quill"), -1), 2);
	doc_free(d);
	/* but a name met before stays one (Ben Harvest ... Harvest) */
	d = run("Ben Harvest runs the farm. The harvest was poor. Harvest "
	    "blamed the rain, and nurses at the VA agreed.\n");
	assert_int_equal(mentions(d, ent(d, "Ben Harvest"), -1), 2);
	assert_true(has_mention(d, "VA"));
	doc_free(d);
}

/*
 * A party named first in other letters than the lexicon's ("The Labour
 * party said", later "Labour") is one entity, with the lexicon's name.
 */
static void
test_lexicon_name_in_other_letters(void **state)
{
	struct doc *d = run("The Labour party said the plan was late. Labour "
	    "said it would wait.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Labour Party");
	assert_non_null(e);
	assert_null(ent(d, "Labour party"));
	assert_int_equal(mentions(d, e, -1), 2);
	doc_free(d);
}

/*
 * A company's head in a Title Case headline names a company only if the
 * article names it so again; a stream's name (Otter Run) is a place; Fuels
 * heads a company's name.
 */
static void
test_headline_company_and_streams(void **state)
{
	struct doc *d = run("A Quiet Plan for Small Towns: Grow Wheat, Sell "
	    "Steel\n\nThe water of Otter Run rose near Dunmore Fuels, and "
	    "Ansel Brook Steel closed.\n");
	const struct entity *e;

	(void)state;
	assert_null(mentioned(d, "Sell Steel"));
	assert_null(mentioned(d, "Otter Run"));
	e = ent(d, "Dunmore Fuels");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = ent(d, "Ansel Brook Steel");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	doc_free(d);
	/* a headline's short company name met whole only later in the text */
	d = run("Ports reopen as Corvane shares rally\n\nCorvane Shipping "
	    "said its ferries would sail again. Corvane shares rose.\n");
	e = ent(d, "Corvane Shipping");
	assert_non_null(e);
	assert_int_equal(mentions(d, e, -1), 3);
	doc_free(d);
}

/*
 * "at a law firm, Jane Roe said": the name after the comma is the
 * sentence's subject, not the firm; a party letter after a titled name,
 * Gov. Jane Roe (D), is no acronym of hers.
 */
static void
test_firm_comma_and_party(void **state)
{
	struct doc *d = run("As an intern at a Lisbon law firm, Mara Quell "
	    "said she learnt a lot. Gov. Ivo Sand (D) agreed, and Sand said "
	    "so twice.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Mara Quell");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_PERSON);
	assert_null(mentioned(d, "D"));
	e = ent(d, "Ivo Sand");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_int_equal(mentions(d, e, MENTION_NAME) +
	    mentions(d, e, MENTION_ALIAS), 2);
	doc_free(d);
	d = run("They set up a new firm, Tavolo, last year.\n");	/* a firm */
	e = ent(d, "Tavolo");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	doc_free(d);
}

/*
 * A person named bare near the words of politics holds or seeks office
 * (issue 9): elected, seats, a member of a legislature. A calling before
 * the name keeps a person a person; the type holds at every mention.
 */
static void
test_office_words(void **state)
{
	struct doc *d = run("Peter Brannigan was re-elected to the Senate "
	    "in 2014. Later Brannigan moved to Spain.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Peter Brannigan");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_int_equal(mentions(d, e, MENTION_NAME) +
	    mentions(d, e, MENTION_ALIAS), 2);
	doc_free(d);
	d = run("Last spring Maria Vell led the Greens to gain nine seats.\n");
	e = ent(d, "Maria Vell");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	doc_free(d);
	d = run("The historian Maria Vell wrote a book on the election.\n");
	e = ent(d, "Maria Vell");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_PERSON);
	doc_free(d);
	d = run("Peter Brannigan bought a small boat in May, and he sailed "
	    "it to Ireland.\n");
	e = ent(d, "Peter Brannigan");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_PERSON);
	doc_free(d);
}

/*
 * Where a party's name ends (issue 9): before its candidate's name
 * ("defeating Liberal Party Pierre Lanctot"), after an owner's possessive
 * ("Lanctot's Progressive Union"), and at "for the" between two parties.
 */
static void
test_party_edges(void **state)
{
	struct doc *d = run("In 1990 she beat Liberal Party Pierre Lanctot "
	    "by a wide margin.\n");
	const struct entity *e;

	(void)state;
	assert_non_null(mentioned(d, "Liberal Party"));
	e = ent(d, "Pierre Lanctot");
	assert_non_null(e);
	assert_true(e->type == ENT_PERSON || e->type == ENT_OFFICIAL);
	doc_free(d);
	d = run("Voters punished Lanctot's Progressive Union in the spring.\n");
	e = mentioned(d, "Progressive Union");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
	d = run("In 2003 Ada Brennick left the Farmers Party for the Rural "
	    "Union Party.\n");
	e = mentioned(d, "Farmers Party");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	e = mentioned(d, "Rural Union Party");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
}

/*
 * "party" in small letters heads a party's name after a known party or a
 * political adjective (the Likud party, the Liberal party), not after a
 * feast (a Christmas party).
 */
static void
test_small_party(void **state)
{
	struct doc *d = run("In 2006 Ada Brennick left the Likud party for "
	    "the Socialist party, and in winter she gave a Christmas party.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Likud party");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	e = mentioned(d, "Socialist party");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	assert_null(mentioned(d, "Christmas party"));
	doc_free(d);
}

/*
 * Cities (data/cities.tsv, issue 9): a city opening a sentence is no
 * person (Calgary had voted ...), nor a two-word city (Tel Aviv); a city
 * that ends a given name is a surname (Ada Van Buren), and a body "on"
 * a city keeps it (the Commission on Benghazi).
 */
static void
test_cities(void **state)
{
	struct doc *d = run("Calgary had voted for the Farmers Party for years. "
	    "Delegates met in Tel Aviv and in Edmonton on Monday.\n\n"
	    "Ada Van Buren said the Commission on Benghazi had met twice.\n");
	const struct entity *e;

	(void)state;
	assert_null(mentioned(d, "Calgary"));
	assert_null(mentioned(d, "Tel Aviv"));
	assert_null(mentioned(d, "Edmonton"));
	e = ent(d, "Ada Van Buren");
	assert_non_null(e);
	assert_true(e->type == ENT_PERSON || e->type == ENT_OFFICIAL);
	e = mentioned(d, "Commission on Benghazi");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
}

/*
 * Where a body's name ends (issue 9): a plural that starts no name still
 * ends one after "of" (the League of Rural Voters), not a day (the Farmers
 * Party Monday); head words after a known body complete in itself are no
 * part of it (the Australian Labor Party Coalition).
 */
static void
test_org_tails(void **state)
{
	struct doc *d = run("Ada Brennick founded the League of Rural Voters "
	    "and the Union of Anxious Scientists in 1990.\n\n"
	    "The Farmers Party Monday chose a new leader.\n\n"
	    "Ivo Sand left the Australian Labor Party Coalition talks.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "League of Rural Voters");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	e = mentioned(d, "Union of Anxious Scientists");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	assert_non_null(mentioned(d, "Farmers Party"));
	assert_null(mentioned(d, "Australian Labor Party Coalition"));
	assert_non_null(mentioned(d, "Australian Labor Party"));
	doc_free(d);
}

/*
 * Bodies joined by "and" (issue 9): a known body of three words or more
 * after "and" stands apart from the name before it (Kisan Samiti and
 * Bharatiya Janata Party), but "Peace and Freedom Party" is one name;
 * heads of other languages (Samiti); a possessive ends a name (on BBC
 * Radio Four's Today); common acronyms are no bodies (VAT, WMD).
 */
static void
test_and_bodies(void **state)
{
	struct doc *d = run("Ivo Sand joined Kisan Samiti and Bharatiya Janata "
	    "Party rallies. Ada Roe ran for the Peace and Freedom Party.\n\n"
	    "Speaking on BBC Radio Four's Today programme, Ann Vale said VAT "
	    "and WMD were the issues.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Kisan Samiti");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	assert_non_null(mentioned(d, "Bharatiya Janata Party"));
	assert_non_null(mentioned(d, "Peace and Freedom Party"));
	assert_non_null(mentioned(d, "BBC Radio Four"));
	assert_null(mentioned(d, "VAT"));
	assert_null(mentioned(d, "WMD"));
	doc_free(d);
	/* a plural occupation before names is no part of them */
	d = run("Singers Ada Brennick and Ivo Sand performed in the square.\n");
	assert_non_null(ent(d, "Ada Brennick"));
	assert_null(ent(d, "Singers Ada Brennick"));
	doc_free(d);
}

/* ---- cases: a text and what must (not) be found in it */

/* An entity wanted: its name; what is not NULL (or 0) is checked. */
struct ent_want {
	const char *name;
	const char *type;	/* country, official, company, person, organisation */
	const char *role;
	const char *of;		/* its affiliation's name, "-" for none */
	int mentions;		/* of any kind */
};

/* Entries of array a; a full array needs no NULL at its end. */
#define NELEM(a) (sizeof (a) / sizeof (a)[0])

/* A case: adding one is an entry of ent_cases. */
struct ent_case {
	const char *name;
	const char *text;
	struct ent_want ents[5];		/* found so (name NULL: end) */
	const char *absent[3];		/* no entity of these names */
	const char *unmentioned[3];		/* no mention of exactly this text */
	const char *mentioned[4];		/* a mention of exactly this text */
	struct {
		const char *text, *ent;	/* the mention of text is ent's */
	} refers[4];
};

static const struct ent_case ent_cases[] = {
	/* "the business of governing" refers to no company. */
	{ .name = "business_of",
	  .text = "Harbour row\n\nAda Roe told Brekkel Holdings the plan was "
	    "late. \"We want to get on with the business of governing,\" she "
	    "said. The company said it would wait.\n",
	  .ents = {
		{ .name = "Brekkel Holdings", .mentions = 2 },
	  },
	  .unmentioned = { "business" },
	  .mentioned = { "company" },
	},
	/* An inline heading's unknown words are no names; a speaker's label
	 * in a transcript is one. */
	{ .name = "inline_heading",
	  .text = "The Harbour Report\n\nThe Pay Gap Persists: It was under "
	    "Mayor Ilse Varga that the port grew. She said it would grow "
	    "again.\n\nSmall Gains for Norway: Fishing rose.\n\nAda Brennick: "
	    "We will win.\n",
	  .ents = {
		{ .name = "Ilse Varga" },
		{ .name = "Norway" },
		{ .name = "Ada Brennick" },
	  },
	  .absent = { "Pay Gap Persists", "Pay Gap", "Small Gains" },
	},
	/* A title in quotation marks of its own is no body; a name the text
	 * says something is called stays one. */
	{ .name = "quoted_title",
	  .text = "Budget day\n\nMs Roe will publish her \"Alternative Budget\" "
	    "on Monday. A group calling itself \"Harbour Alliance\" said it "
	    "would march.\n",
	  .ents = {
		{ .name = "Harbour Alliance" },
	  },
	  .absent = { "Alternative Budget" },
	},
	/* Acronyms of things sold or measured are no bodies (SIM, SMS, APR). */
	{ .name = "product_acronyms",
	  .text = "Brekkel Mobile will sell SIM cards online and send SMS "
	    "alerts; its loans carry a 9% APR, Brekkel Mobile said.\n",
	  .ents = {
		{ .name = "Brekkel Mobile" },
	  },
	  .absent = { "SIM", "SMS", "APR" },
	},
	/* So are a car's or a screen's (EV, AWD, HD) on a maker's page. */
	{ .name = "product_acronyms_cars",
	  .text = "Zorvo will sell its new EV with AWD and an HD screen; "
	    "the range is 300 miles, Zorvo said.\n",
	  .ents = {
		{ .name = "Zorvo" },
	  },
	  .absent = { "EV", "AWD", "HD" },
	},
	/* A page's imperative before a cue is no person (See tweets:). */
	{ .name = "page_imperative",
	  .text = "The Storting met on Tuesday.\n\nSee tweets:\n\nThe Storting "
	    "resolves to observe a minute of silence.\n\nScroll down for "
	    "video.\n",
	  .absent = { "See", "Scroll" },
	},
	{ .name = "case_rules",
	  .text = "Tell us what you ate: turkey and rice. Turkey objected. The "
	    "chad fell out of the ballot.\n",
	  .ents = {
		{ .name = "Turkey", .mentions = 1 },
	  },
	  .absent = { "United States", "Chad" },
	},
	{ .name = "possessives",
	  .text = "The UK\xe2\x80\x99s plan and Huawei's reply. The Wall "
	    "Street Journal saw Nigeria\xe2\x80\x99 borders.\n",
	  .ents = {
		{ .name = "Nigeria" },
	  },
	  .unmentioned = { "The Wall Street Journal", "UK\xe2\x80\x99s" },
	  .mentioned = { "UK", "Huawei", "Wall Street Journal" },
	},
	{ .name = "title_before_name",
	  .text = "US national security adviser Mara Quillon warned allies. "
	    "German Chancellor Lisa Brandtner disagreed, and Prime Minister "
	    "Tomas Vell stayed silent.\n",
	  .ents = {
		{ .name = "Mara Quillon", .type = "official",
		    .role = "national security adviser",
		    .of = "United States" },
		{ .name = "Lisa Brandtner", .type = "official",
		    .of = "Germany" },
		{ .name = "Tomas Vell", .type = "official",
		    .role = "Prime Minister", .of = "-" },
	  },
	},
	{ .name = "apposition_and_possessive_affiliation",
	  .text = "Mara Quillon, the national security adviser, spoke first. "
	    "Britain's foreign secretary Olwen Barr replied, and EU trade "
	    "commissioner Piet Vandaal listened.\n",
	  .ents = {
		{ .name = "Mara Quillon", .type = "official",
		    .role = "national security adviser" },
		{ .name = "Olwen Barr", .of = "United Kingdom" },
		{ .name = "Piet Vandaal", .type = "official",
		    .role = "trade commissioner", .of = "European Union" },
	  },
	},
	{ .name = "surname_and_honorific",
	  .text = "Robert O\xe2\x80\x99" "Dwyer arrived late. Mr O'Dwyer said "
	    "the talks had failed. O\xe2\x80\x99" "Dwyer left.\n",
	  .ents = {
		{ .name = "Robert O\xe2\x80\x99" "Dwyer", .type = "person",
		    .mentions = 3 },
	  },
	  .unmentioned = { "Mr O'Dwyer" },	/* the bare name */
	},
	{ .name = "companies_by_shape",
	  .text = "Zenmark Holdings bought a rival. Later Zenmark said it "
	    "would grow. Trellisoft, a Shenzhen-based firm, objected, and the "
	    "company Quorvia agreed.\n",
	  .ents = {
		{ .name = "Zenmark Holdings", .type = "company",
		    .mentions = 2 },
		{ .name = "Trellisoft", .type = "company" },
		{ .name = "Quorvia", .type = "company" },
	  },
	},
	{ .name = "georgia",
	  .text = "She grew up in Atlanta, Georgia, before moving. Georgia and "
	    "Armenia signed the treaty.\n",
	  .ents = {
		{ .name = "Georgia", .mentions = 1 },
	  },
	},
	{ .name = "niger_and_guinea",
	  .text = "Oil spilled in the Niger Delta. Niger closed its border "
	    "with Guinea, Guinea-Bissau and Equatorial Guinea.\n",
	  .ents = {
		{ .name = "Niger", .mentions = 1 },
		{ .name = "Guinea", .mentions = 1 },
		{ .name = "Guinea-Bissau" },
		{ .name = "Equatorial Guinea" },
	  },
	  .absent = { "Nigeria" },
	},
	{ .name = "seats_of_government",
	  .text = "Ministers met for talks in Paris on Monday. Paris said the "
	    "talks went well, and Moscow disagreed.\n",
	  .ents = {
		{ .name = "France", .mentions = 1 },
		{ .name = "Russia" },
	  },
	},
	{ .name = "role_without_name",
	  .text = "The news came from a French defence official. Later Armand "
	    "Tessier said the order stood.\n",
	  .ents = {
		{ .name = "Armand Tessier", .type = "official",
		    .role = "defence official", .of = "France" },
	  },
	},
	{ .name = "people",
	  .text = "The actor Bruno Castellane met Dervla Kinsey in Dublin. "
	    "Kinsey was pleased.\n",
	  .ents = {
		{ .name = "Bruno Castellane", .type = "person" },
		{ .name = "Dervla Kinsey", .mentions = 2 },
	  },
	},
	{ .name = "name_parts",
	  .text = "Bill Harrow met Olaf IV and John Q. Brennan before the "
	    "Finance Bill passed.\n",
	  .ents = {
		{ .name = "Bill Harrow" },
		{ .name = "Olaf IV" },
		{ .name = "John Q. Brennan" },
	  },
	  .absent = { "Bill", "Finance Bill" },
	},
	/* Bodies joined by "and": each its own, also one with no head. */
	{ .name = "org_lists",
	  .text = "The vote split the Velorian Farmers League and Zorgbund, "
	    "and the Department of Trade and Harbour Works. The Commission on "
	    "Coastal Fisheries met; the Senate on Monday did not.\n",
	  .ents = {
		{ .name = "Velorian Farmers League" },
		{ .name = "Zorgbund", .type = "organisation" },
		{ .name = "Department of Trade and Harbour Works" },
		{ .name = "Commission on Coastal Fisheries" },
	  },
	  .refers = {
		{ "Senate", "Senate" },
	  },
	},
	/*
	 * Coref found in real articles: a middle initial left out, a body's
	 * head alone, a company's one-word name that is a person's met before.
	 */
	/* A generation after a name: the surname still names the person. */
	{ .name = "coref_generation",
	  .text = "Prosecutor Anna Kennedy Jr. said the case was serious, and "
	    "John Roe III agreed. Later Kennedy said the law was clear; Roe "
	    "said so too.\n",
	  .ents = {
		{ .name = "Anna Kennedy Jr", .mentions = 2 },
		{ .name = "John Roe III", .mentions = 2 },
	  },
	  .absent = { "Kennedy", "Roe" },
	},
	{ .name = "coref_news",
	  .text = "Donald J. Parnell met the UN Security Council, and Maria "
	    "Vale wrote to the State Department. Later Donald Parnell said the "
	    "Council was wrong; the Department said so too, and Vale agreed.\n",
	  .ents = {
		{ .name = "Donald J. Parnell" },
		{ .name = "Maria Vale", .mentions = 2 },
	  },
	  .refers = {
		{ "Donald Parnell", "Donald J. Parnell" },
		{ "Council", "UN Security Council" },
		{ "Department", "State Department" },
	  },
	},
	/*
	 * Coref: no article or preposition in a name (Mr. Oran of the Tidewater
	 * League), surnames with particles, and a lone surname met before the
	 * full name.
	 */
	{ .name = "coref_order",
	  .text = "Pellow wins again\n\nPellow was cheered. Ada Pellow thanked "
	    "Jorge Van Alst and Mr. Oran of the Tidewater League. Mr. Van Alst "
	    "agreed with Tidewater League members.\n",
	  .ents = {
		{ .name = "Ada Pellow", .type = "person", .mentions = 3 },
		{ .name = "Jorge Van Alst" },
		{ .name = "Tidewater League", .mentions = 2 },
	  },
	  .absent = { "Pellow" },
	  .unmentioned = { "of the Tidewater League" },
	  .refers = {
		{ "Van Alst", "Jorge Van Alst" },
	  },
	},
	/*
	 * he/she: the subject of the sentence before, not the last name named.
	 */
	{ .name = "pronoun_subject",
	  .text = "Tomas Reale argued for hours with Ilona Marsh. He said the "
	    "plan was sound.\n",
	  .refers = {
		{ "He", "Tomas Reale" },
	  },
	},
	{ .name = "party_lexicon",
	  .text = "Delegates of Golkar met members of Ecolo and of Democrats "
	    "66 in a hotel on Tuesday.\n",
	  .ents = {
		{ .name = "Golkar", .type = "organisation" },
		{ .name = "Ecolo", .type = "organisation" },
		{ .name = "Democrats 66", .type = "organisation" },
	  },
	},
	/*
	 * Lines that are no sentences (issue 9): a wire dateline names where
	 * the story was filed, no country; a line of results names its players,
	 * though most of its words are capitalised.
	 */
	{ .name = "datelines_and_results",
	  .text = "Results of the day\n\nBERLIN 2011-04-02\n\nMara Quell "
	    "(Sweden) beat Ilse Brandvold (Norway) 6-2 7-5\n\nROME (Reuters) - "
	    "The two players meet again on Friday.\n",
	  .ents = {
		{ .name = "Mara Quell", .type = "person" },
		{ .name = "Ilse Brandvold", .type = "person" },
	  },
	  .unmentioned = { "BERLIN", "ROME" },
	  .mentioned = { "Norway" },
	},
	/*
	 * Long names of bodies: a title's word after a head and "of" is the
	 * name's (no official 'Surveyors'), so are capitalised plurals that
	 * end it, and a name a plural's possessive joins to a head.
	 */
	{ .name = "long_body_names",
	  .text = "Pay\n\nThe Royal College of General Surveyors said fees "
	    "were too low. The Northern Council of Chief Engineers said "
	    "bridges were safe. The Association of Chief Fire Officers said "
	    "crews were short. The state secretary of the Scottish Fishing "
	    "Dockers' Union, Tom Reid, said jobs would go.\n",
	  .ents = {
		{ .name = "Royal College of General Surveyors",
		  .type = "organisation" },
		{ .name = "Northern Council of Chief Engineers",
		  .type = "organisation" },
		{ .name = "Association of Chief Fire Officers",
		  .type = "organisation" },
		{ .name = "Scottish Fishing Dockers' Union",
		  .type = "organisation" },
		{ .name = "Tom Reid" },
	  },
	  .absent = { "Surveyors", "Royal College", "Fishing Dockers" },
	},
	/*
	 * A name of a body with "and" inside: a company's head before it is
	 * no company's end, nor "and" the end of a capitalised plural's run.
	 */
	{ .name = "long_body_names_and",
	  .text = "Ships\n\nThe Marine Research and Engineers of Norway said "
	    "hulls were weak. The Union of Coastal Steel and Allied Workers "
	    "said talks failed.\n",
	  .ents = {
		{ .name = "Marine Research and Engineers of Norway",
		  .type = "organisation" },
		{ .name = "Union of Coastal Steel and Allied Workers",
		  .type = "organisation" },
	  },
	  .absent = { "Marine Research" },
	},
	/* A known body's short form is the body (the EC: the European
	 * Commission), no second body. */
	{ .name = "known_acronym_ec",
	  .text = "Budget\n\nThe European Commission said the deficit was too "
	    "high. Later the EC said Portugal had done enough.\n",
	  .ents = {
		{ .name = "European Commission", .mentions = 2 },
	  },
	  .absent = { "EC" },
	},
};

/* Entity w as case k wants it. */
static void
expect_case_ent(const struct doc *d, const char *k, const struct ent_want *w)
{
	const struct entity *e = ent(d, w->name), *of;

	if (e == NULL)
		fail_msg("%s: no entity %s", k, w->name);
	if (w->type != NULL && strcmp(model_ent_type_name(e->type),
	    w->type) != 0)
		fail_msg("%s: %s is a %s, wanted a %s", k, w->name,
		    model_ent_type_name(e->type), w->type);
	if (w->role != NULL && (e->role == NULL || strcmp(e->role,
	    w->role) != 0))
		fail_msg("%s: %s's role is %s, wanted %s", k, w->name,
		    e->role != NULL ? e->role : "none", w->role);
	if (w->of != NULL) {
		of = strcmp(w->of, "-") == 0 ? NULL : ent(d, w->of);
		if (e->affiliation != (of != NULL ? ent_index(d, of) : -1))
			fail_msg("%s: %s's affiliation is %d, wanted %s", k,
			    w->name, e->affiliation, w->of);
	}
	if (w->mentions != 0 && mentions(d, e, -1) != w->mentions)
		fail_msg("%s: %s has %d mentions, wanted %d", k, w->name,
		    mentions(d, e, -1), w->mentions);
}

/* Every case of ent_cases. */
static void
test_ent_cases(void **state)
{
	const struct ent_case *k;
	size_t i;

	(void)state;
	for (k = ent_cases; k < ent_cases + sizeof ent_cases /
	    sizeof ent_cases[0]; k++) {
		struct doc *d = run(k->text);

		for (i = 0; i < NELEM(k->ents) && k->ents[i].name != NULL; i++)
			expect_case_ent(d, k->name, &k->ents[i]);
		for (i = 0; i < NELEM(k->absent) && k->absent[i] != NULL; i++)
			if (ent(d, k->absent[i]) != NULL)
				fail_msg("%s: entity %s found", k->name,
				    k->absent[i]);
		for (i = 0; i < NELEM(k->unmentioned) &&
		    k->unmentioned[i] != NULL; i++)
			if (has_mention(d, k->unmentioned[i]))
				fail_msg("%s: mention %s found", k->name,
				    k->unmentioned[i]);
		for (i = 0; i < NELEM(k->mentioned) && k->mentioned[i] != NULL;
		    i++)
			if (!has_mention(d, k->mentioned[i]))
				fail_msg("%s: no mention %s", k->name,
				    k->mentioned[i]);
		for (i = 0; i < NELEM(k->refers) && k->refers[i].text != NULL;
		    i++)
			if (mentioned(d, k->refers[i].text) !=
			    ent(d, k->refers[i].ent))
				fail_msg("%s: the mention %s is not %s's",
				    k->name, k->refers[i].text,
				    k->refers[i].ent);
		doc_free(d);
	}
}

/*
 * Names with a middle initial that is also a word (Tomas A. Brennick), a
 * small particle (Bill de Lorca) or a particle joined by a hyphen (Maria
 * al-Rawdi) are one person each; a lexicon body written in small letters
 * and in capitals (al-Qaeda, Al-Qaeda) is found in either.
 */
/*
 * A Korean name, family name first, whose family name is a stop word
 * alone (Oh): a person, as "Ahn Sung-ho" was.
 */
static void
test_family_name_first(void **state)
{
	struct doc *d = run("Oh Min-jae, an economist at Kestrel Bank, said "
	    "rates would fall. Ahn Sung-ho, an analyst, agreed.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Oh Min-jae");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_PERSON);
	assert_non_null(ent(d, "Ahn Sung-ho"));
	doc_free(d);
}

static void
test_name_particles(void **state)
{
	struct doc *d = run("The panel heard Tomas A. Brennick and Mayor Bill "
	    "de Lorca on Monday. Rights groups named Maria al-Rawdi among "
	    "the detained. The attack was claimed by al-Qaeda, police said.\n");
	const struct entity *e;

	(void)state;
	assert_non_null(ent(d, "Tomas A. Brennick"));
	assert_null(mentioned(d, "Brennick"));
	assert_non_null(ent(d, "Bill de Lorca"));
	e = ent(d, "Maria al-Rawdi");
	assert_non_null(e);
	assert_true(e->type == ENT_PERSON || e->type == ENT_OFFICIAL);
	e = mentioned(d, "al-Qaeda");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
}

/*
 * A capital "The" after a word in small letters is a body's own (a group
 * called The Climate Union); at a sentence's start or after a colon it is
 * not, and the later "the Climate Union" is the same body.
 */
static void
test_capital_the(void **state)
{
	struct doc *d = run("Ada Brennick joined the grassroots group The "
	    "Climate Union in 2010. Later the Climate Union split. Its "
	    "findings: The Climate Union had lost members.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "The Climate Union");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	assert_int_equal(mentions(d, e, -1), 3);
	assert_true(mentioned(d, "Climate Union") == e);
	doc_free(d);
}

/*
 * Companies named like people (issue 14): a description with no article
 * before the name (Dutch supermarket group Vandrel) or a company's role
 * after it (Torvik chief executive Ann Roe) makes it a company, and its
 * earlier mention as the subject of "said" too; a committee's chairman
 * does not (Oversight Chairman Jane Roe).
 */
static void
test_company_cues(void **state)
{
	struct doc *d = run("Dutch supermarket group Vandrel has filed for "
	    "bankruptcy. Vandrel said it would recover.\n\n"
	    "Torvik said a court would decide. It was a last resort, said "
	    "Torvik chief executive Ann Roe.\n\n"
	    "It was wrong, said Oversight Chairman Jane Roe.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Vandrel");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	assert_int_equal(mentions(d, e, -1), 2);
	e = ent(d, "Torvik");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	assert_int_equal(mentions(d, e, -1), 2);
	e = mentioned(d, "Oversight");
	assert_true(e == NULL || e->type != ENT_COMPANY);
	doc_free(d);
}

/*
 * A peer named by title, surname and seat (Lord Berrow of Tenby) is one
 * person; a full name later with that surname (Ifan Rhys Berrow) is
 * another (issue 14). A plain surname still joins the full name (Mr
 * Pellow ... Ada Pellow).
 */
static void
test_peer_surname(void **state)
{
	struct doc *d = run("Former minister Lord Berrow of Tenby denied the "
	    "claim. One man, Ifan Rhys Berrow, was convicted in 1993.\n\n"
	    "Mr Pellow said no. Later Ada Pellow said yes.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Ifan Rhys Berrow");
	assert_non_null(e);
	assert_int_equal(mentions(d, e, -1), 1);
	assert_true(mentioned(d, "Berrow") != e);
	e = ent(d, "Ada Pellow");
	assert_non_null(e);
	assert_true(mentioned(d, "Pellow") == e);
	doc_free(d);
}

/*
 * A title written as part of a name (Sir, Lord, Queen) starts the
 * mention; the entity is named without it, and the surname alone later
 * is the same person.
 */
static void
test_name_titles(void **state)
{
	struct doc *d = run("Sir Ada Brennick said the plan was late. "
	    "Brennick added that Lord Berrow agreed.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Sir Ada Brennick");
	assert_non_null(e);
	assert_string_equal(e->name, "Ada Brennick");
	assert_true(mentioned(d, "Brennick") == e);
	assert_non_null(mentioned(d, "Lord Berrow"));
	doc_free(d);
}

/*
 * A plural noun and its possessive open a body's name (the People's
 * Bank, the Children's Society), not a day's (Thursday's Y Party rally).
 */
static void
test_possessive_group(void **state)
{
	struct doc *d = run("Savings at the People's Bank fell, a bank "
	    "spokesman said. Thursday's Velorian Party rally was calm.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "People's Bank");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	assert_null(mentioned(d, "Bank"));
	assert_null(mentioned(d, "Thursday's Velorian Party"));
	assert_non_null(mentioned(d, "Velorian Party"));
	doc_free(d);
}

/*
 * Companies by their shape: a known company and a country's or another
 * name after it (an edition, a branch), a name with a firm's head word
 * (Research, Capital, Partners; two heads are one name), a brand in
 * camel case; but not a body's name joined by "for", and not surnames
 * with a capital inside.
 */
static void
test_company_shapes(void **state)
{
	struct doc *d = run("Sales fell, Toyota Deutschland reported. Ann Roe "
	    "of Kestrel Research said prices rose. Tom Vale, chief economist "
	    "at Capital Partners, agreed. The Council for Economic Research "
	    "said so. Sales rose at BrenfordMotion, Ann FitzGerald told Ron "
	    "McAllister and Jo DeMarco. Profits fell at Brandon Stores. The "
	    "shipyard, Corran Marine Engineering, said so. The steelmaker "
	    "Vessler Stahl is struggling. Profits rose at Tamura Shinwa Bank. "
	    "Tamura Shinwa president Ken Oda said so. Brightmoor Communications "
	    "refunded its customers.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Toyota Deutschland");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	assert_null(mentioned(d, "Deutschland"));
	e = mentioned(d, "Kestrel Research");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = mentioned(d, "Capital Partners");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = mentioned(d, "Council for Economic Research");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	e = mentioned(d, "BrenfordMotion");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	assert_int_equal(ent(d, "Ann FitzGerald")->type, ENT_PERSON);
	assert_int_equal(ent(d, "Ron McAllister")->type, ENT_PERSON);
	assert_int_equal(ent(d, "Jo DeMarco")->type, ENT_PERSON);
	/* company heads (Stores, Engineering), a company's word before it */
	assert_int_equal(ent(d, "Brandon Stores")->type, ENT_COMPANY);
	assert_int_equal(ent(d, "Corran Marine Engineering")->type, ENT_COMPANY);
	assert_int_equal(ent(d, "Vessler Stahl")->type, ENT_COMPANY);
	e = mentioned(d, "Brightmoor Communications");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	/* a bank's name without "Bank" names the bank */
	assert_ptr_equal(mentioned(d, "Tamura Shinwa"),
	    mentioned(d, "Tamura Shinwa Bank"));
	doc_free(d);
}

/*
 * "The company" is the company the story is about, the one named most,
 * not the rival named last.
 */
static void
test_main_company(void **state)
{
	struct doc *d = run("Toyota sold more cars in 2020. Toyota beat Honda, "
	    "which lost ground. Sales rose 3%, the company said.\n");

	(void)state;
	assert_ptr_equal(mentioned(d, "company"), ent(d, "Toyota"));
	doc_free(d);
}

/*
 * No person: a name after a capital "The" inside a sentence (the title
 * of a programme or a book), a gerund opening a sentence before a verb;
 * but a surname in -ing before a verb of saying may be one.
 */
static void
test_works_and_gerunds(void **state)
{
	struct doc *d = run("Ann Vale, who hosts The Copper Kettle tells Tom "
	    "Pike she is glad. Sentencing is set for June 3. Manning said he "
	    "was glad.\n");

	(void)state;
	assert_null(mentioned(d, "Copper Kettle"));
	assert_null(mentioned(d, "The Copper Kettle"));
	assert_null(mentioned(d, "Sentencing"));
	assert_non_null(mentioned(d, "Manning"));
	assert_non_null(ent(d, "Ann Vale"));
	doc_free(d);
}

/* A role before a peer's title and name (Judge Lord Berrow) is his. */
static void
test_role_before_peer(void **state)
{
	struct doc *d = run("Judge Lord Berrow, sitting with Lord Tenby, "
	    "ruled on the case.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Lord Berrow");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_OFFICIAL);
	assert_non_null(e->role);
	assert_string_equal(e->role, "Judge");
	doc_free(d);
}

/* Two countries' words joined by a hyphen describe as a demonym does. */
static void
test_demonym_pair(void **state)
{
	struct doc *d = run("US-German carmaker Brenvale has sold more cars.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Brenvale");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	assert_null(mentioned(d, "US-German"));
	doc_free(d);
}

/*
 * A head or minister after a place serves its government (Ontario
 * premier Jo Dent); a correspondent after a city does not.
 */
static void
test_role_after_place(void **state)
{
	struct doc *d = run("Ontario premier Jo Dent agreed. Our Lyon "
	    "correspondent Tom Vale said it was calm.\n");
	const struct entity *e;

	(void)state;
	e = ent(d, "Ontario");
	assert_non_null(e);
	assert_int_equal(ent(d, "Jo Dent")->affiliation, ent_index(d, e));
	assert_null(ent(d, "Lyon"));
	doc_free(d);
}

/*
 * A body's name after "of" may list its fields with commas (the Ministry
 * of Fisheries, Ports and Canals) and end in a title's word (the Tribunal
 * of Justice); names listed after a body without "of" are no part of it.
 */
static void
test_body_lists(void **state)
{
	struct doc *d = run("Figures from the Ministry of Fisheries, Ports and "
	    "Canals (MFPC) fell. The Velorian Party, Dent and Beck said no. "
	    "The Tribunal of Justice ruled on the case.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Ministry of Fisheries, Ports and Canals");
	assert_non_null(e);
	assert_ptr_equal(mentioned(d, "MFPC"), e);
	assert_non_null(mentioned(d, "Velorian Party"));
	assert_null(mentioned(d, "Velorian Party, Dent and Beck"));
	assert_non_null(mentioned(d, "Tribunal of Justice"));
	doc_free(d);
}

/*
 * A status glued by a hyphen (Ex-) is no part of the name after it; a
 * plural head names a body too (the Silver Brigades).
 */
static void
test_status_prefix(void **state)
{
	struct doc *d = run("Ex-Labour MP Ann Roe said the plan would fail. "
	    "Ex-Scottish Office minister Jo Dent agreed. The Silver Brigades "
	    "claimed the attack.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Labour");
	assert_non_null(e);
	assert_int_equal(ent(d, "Ann Roe")->affiliation, ent_index(d, e));
	assert_non_null(mentioned(d, "Scottish Office"));
	assert_null(mentioned(d, "Ex-Scottish Office"));
	e = mentioned(d, "Silver Brigades");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_ORGANISATION);
	doc_free(d);
}

/* Companies of the 2000s news are known by name (data/companies.tsv). */
static void
test_older_companies(void **state)
{
	struct doc *d = run("Chrysler sold more trucks, Merrill Lynch said.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Chrysler");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	e = mentioned(d, "Merrill Lynch");
	assert_non_null(e);
	assert_int_equal(e->type, ENT_COMPANY);
	doc_free(d);
}

/*
 * A body's long name written again in small letters is a mention of it
 * (the office of fair trading), as "the firm" is; a capital in it is not.
 */
static void
test_small_names(void **state)
{
	struct doc *d = run("The Office of Fair Trading opened an inquiry. "
	    "Later the office of fair trading said prices rose.\n");
	const struct entity *e;

	(void)state;
	e = mentioned(d, "Office of Fair Trading");
	assert_non_null(e);
	assert_ptr_equal(mentioned(d, "office of fair trading"), e);
	doc_free(d);
}

/*
 * Not a company: a known company before a name met on its own elsewhere
 * (the comma left out before a speaker), a venue, a firm's head inside a
 * body's name after "for", a handle after a given name or a link's code.
 */
static void
test_company_edges(void **state)
{
	struct doc *d = run("At a meeting with the Washington Post Vale said "
	    "the plan would fail. Vale's view was clear. Crowds filled the "
	    "streets around Toyota Stadium. The Velorian Institute for Climate "
	    "Impact Research said so. Follow JaneRoe or see xqhKqPwz.\n");

	(void)state;
	assert_non_null(mentioned(d, "Washington Post"));
	assert_null(mentioned(d, "Washington Post Vale"));
	assert_null(mentioned(d, "Toyota Stadium"));
	assert_non_null(mentioned(d,
	    "Velorian Institute for Climate Impact Research"));
	assert_null(mentioned(d, "Impact Research"));
	assert_null(ent(d, "JaneRoe"));
	assert_null(ent(d, "xqhKqPwz"));
	doc_free(d);
}

/*
 * A plural opening a sentence whose singular is written in small letters
 * elsewhere is a common noun (Crowds ... the crowd).
 */
static void
test_plural_common(void **state)
{
	struct doc *d = run("Crowds filled the square. The crowd was large. "
	    "More than 30 Labour MPs said they would vote against it, and SNP "
	    "MSPs agreed.\n");

	(void)state;
	assert_null(mentioned(d, "Crowds"));
	/* members of a party in the plural: the party, no body "Labour MPs" */
	assert_null(mentioned(d, "Labour MPs"));
	assert_null(mentioned(d, "SNP MSPs"));
	assert_non_null(mentioned(d, "Labour"));
	doc_free(d);
}

/*
 * A body's head opening its sentence alone, before a comma or a small
 * plural, is a common noun; alone before a verb it is the body.
 */
static void
test_lone_head(void **state)
{
	struct doc *d = run("Trust, candour and plain speech matter, Ann Roe "
	    "said. Council workers met on Monday. Bank holidays are long. "
	    "Union members voted to strike. Parliament voted on Tuesday. "
	    "Police officials said it.\n");

	(void)state;
	assert_null(ent(d, "Trust"));
	assert_null(ent(d, "Council"));
	assert_null(ent(d, "Bank"));
	assert_null(ent(d, "Union"));
	assert_non_null(ent(d, "Parliament"));
	assert_non_null(ent(d, "Police"));
	doc_free(d);
}

/*
 * A body named "Alliance for X" keeps its whole name when a description
 * follows it: X is no company of its own.
 */
static void
test_body_for_described(void **state)
{
	struct doc *d = run("Alliance for Safe Harbours, a lobby group of "
	    "shippers, said the rule was weak.\n");

	(void)state;
	assert_non_null(ent(d, "Alliance for Safe Harbours"));
	assert_null(ent(d, "Safe Harbours"));
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ent_cases),
		cmocka_unit_test(test_country_aliases),
		cmocka_unit_test(test_pronoun),
		cmocka_unit_test(test_nominals),
		cmocka_unit_test(test_jordan_and_chad),
		cmocka_unit_test(test_may),
		cmocka_unit_test(test_organisations),
		cmocka_unit_test(test_user_lexicon),
		cmocka_unit_test(test_headline_and_titles),
		cmocka_unit_test(test_news_shapes),
		cmocka_unit_test(test_home_after_growth),
		cmocka_unit_test(test_empty_and_odd),
		cmocka_unit_test(test_shouting),
		cmocka_unit_test(test_org_edges),
		cmocka_unit_test(test_not_names),
		cmocka_unit_test(test_firm_comma_and_party),
		cmocka_unit_test(test_common_capitals),
		cmocka_unit_test(test_headline_company_and_streams),
		cmocka_unit_test(test_lexicon_name_in_other_letters),
		cmocka_unit_test(test_glued_modifiers),
		cmocka_unit_test(test_affiliation_possessive_its),
		cmocka_unit_test(test_company_heads),
		cmocka_unit_test(test_abbreviated_titles),
		cmocka_unit_test(test_office_words),
		cmocka_unit_test(test_party_edges),
		cmocka_unit_test(test_small_party),
		cmocka_unit_test(test_cities),
		cmocka_unit_test(test_org_tails),
		cmocka_unit_test(test_and_bodies),
		cmocka_unit_test(test_name_particles),
		cmocka_unit_test(test_family_name_first),
		cmocka_unit_test(test_capital_the),
		cmocka_unit_test(test_company_cues),
		cmocka_unit_test(test_peer_surname),
		cmocka_unit_test(test_name_titles),
		cmocka_unit_test(test_possessive_group),
		cmocka_unit_test(test_company_shapes),
		cmocka_unit_test(test_main_company),
		cmocka_unit_test(test_works_and_gerunds),
		cmocka_unit_test(test_role_before_peer),
		cmocka_unit_test(test_demonym_pair),
		cmocka_unit_test(test_role_after_place),
		cmocka_unit_test(test_body_lists),
		cmocka_unit_test(test_status_prefix),
		cmocka_unit_test(test_older_companies),
		cmocka_unit_test(test_small_names),
		cmocka_unit_test(test_company_edges),
		cmocka_unit_test(test_plural_common),
		cmocka_unit_test(test_lone_head),
		cmocka_unit_test(test_body_for_described),
	};

	return cmocka_run_group_tests(tests, tlex_setup, tlex_teardown);
}
