/*
 * words.c: the names of the word classes of data/words.tsv (enum
 * word_class in lexicon.h), in one table the loader and the messages read.
 * The lexicon loads the words themselves; the engines ask
 * lexicon_word_is(entry, WC_...).
 */
#include <string.h>

#include "lexicon.h"

static const char *const words_names[WC_N] = {
	[WC_ARTICLE] = "article",
	[WC_OF] = "of",
	[WC_AND] = "and",
	[WC_FOR] = "for",
	[WC_SAYING] = "saying",
	[WC_TITLE_WORD] = "title-word",
	[WC_PARTICLE] = "name-particle",
	[WC_COMPANY_NOUN] = "company-noun",
	[WC_GOVERNMENT_NOUN] = "government-noun",
	[WC_VESSEL] = "vessel",
	[WC_HE_SHE] = "he-she",
	[WC_ITS] = "its",
	[WC_SPOKESPEOPLE] = "spokespeople",
	[WC_LOCATIVE] = "locative",
	[WC_PERSON_VERB] = "person-verb",
	[WC_ORG_HEAD] = "organisation-head",
	[WC_LAW_HEAD] = "law-head",
	[WC_ORDINAL] = "ordinal",
	[WC_STATE_HEAD] = "state-head",
	[WC_PLACE_WORD] = "place-word",
	[WC_COMPANY_HEAD] = "company-head",
	[WC_NUMBER] = "number-word",
	[WC_STATUS] = "status",
	[WC_AUX] = "auxiliary",
	[WC_CUE_ADV] = "cue-adverb",
	[WC_BE] = "be",
	[WC_PRONOUN] = "pronoun",
	[WC_DET] = "determiner",
	[WC_NP_STOP] = "np-stop",
	[WC_TIME] = "time",
	[WC_VENUE] = "venue",
	[WC_LISTENER] = "listener",
	[WC_AGENT] = "agent",
	[WC_CLAUSE_CUT] = "clause-cut",
	[WC_LABEL] = "label",
	[WC_CONJ] = "conjunction",
	[WC_SUBORD] = "subordinator",
	[WC_CONNECTIVE] = "connective",
	[WC_LY_NOUN] = "ly-noun",
	[WC_PAST_VERB] = "past-verb",
	[WC_HEADLINE_LABEL] = "headline-label",
	[WC_HEADLINE_SOURCE] = "headline-source",
	[WC_NP_PREP] = "np-prep",
	[WC_NP_PREP_APPOS] = "np-prep-appos",
	[WC_VENUE_PREP] = "venue-prep",
	[WC_PLURAL_GROUP] = "plural-group",
	[WC_NO_START] = "no-start",
	[WC_COMPOUND_TAIL] = "compound-tail",
	[WC_ACRONYM_DET] = "acronym-det",
	[WC_TRADE_NOUN] = "trade-noun",
	[WC_SEAT_PREP] = "seat-prep",
	[WC_SEAT_AGENT] = "seat-agent",
	[WC_REF_PERSON] = "ref-person",
	[WC_REF_BODY] = "ref-body",
	[WC_REF_COMPANY] = "ref-company",
	[WC_REF_COUNTRY] = "ref-country",
	[WC_REF_ORGANISATION] = "ref-organisation",
	[WC_REF_TITLE] = "ref-title",
	[WC_REF_OFFICIAL] = "ref-official",
	[WC_SUBJECT_END] = "subject-end",
	[WC_SUBJECT_PREP] = "subject-prep",
	[WC_NOT_OF] = "not-of",
	[WC_OFFICE] = "office",
	[WC_POLITICS] = "politics",
	[WC_CALLING] = "calling",
	[WC_ROLE_NOUN] = "role-noun",
	[WC_TITLE_STOP] = "title-stop",
	[WC_BODY_PREP] = "body-prep",
	[WC_FIRM_WORD] = "firm-word",
	[WC_FORMER] = "former",
	[WC_UNNAMED_SOURCE] = "unnamed-source",
	[WC_STATE_SOURCE] = "state-source",
	[WC_DESCRIPTION] = "description",
	[WC_AFTER_SUBJECT] = "after-subject",
	[WC_TITLE_HEAD] = "title-head",
	[WC_STATE_NOUN] = "state-noun",
	[WC_HONORIFIC_MALE] = "honorific-male",
	[WC_HONORIFIC_FEMALE] = "honorific-female",
	[WC_RELATIVE] = "relative",
	[WC_NOUN_VERB] = "noun-verb",
	[WC_LIGHT_VERB] = "light-verb",
	[WC_WH] = "wh-word",
	[WC_ABBREV] = "abbrev",
	[WC_SENT_STARTER] = "sentence-starter",
	[WC_COMPASS] = "compass",
	[WC_SOURCE_POSTMOD] = "source-postmod",
	[WC_PLAIN_HONORIFIC] = "plain-honorific",
	[WC_STATE_ORGAN] = "state-organ",
	[WC_BODY_TITLE] = "body-title",
	[WC_PEER_TITLE] = "peer-title",
	[WC_NAME_TITLE] = "name-title",
	[WC_PRONOUN_MALE] = "pronoun-male",
	[WC_PRONOUN_FEMALE] = "pronoun-female",
	[WC_GIVEN_MALE] = "given-male",
	[WC_GIVEN_FEMALE] = "given-female",
	[WC_ADJECTIVE_END] = "adjective-ending",
	[WC_MODIFIER_END] = "modifier-ending",
	[WC_ABSTRACT_END] = "abstract-noun-ending",
	[WC_FORMAL_END] = "formal-adjective-ending",
	[WC_CREED_END] = "creed-ending",
	[WC_STAFF] = "staff",
	[WC_RUNNING] = "running",
	[WC_NAME_SUFFIX] = "name-suffix",
	[WC_NAMING] = "naming",
	[WC_LEADS_VERB] = "leads-verb",
	[WC_PERSON_OFFICE] = "person-office",
	[WC_MEASURE_NOUN] = "measure-noun",
	[WC_STATE_MODIFIER] = "state-modifier",
	[WC_LOCAL_TITLE] = "local-title",
	[WC_TITLE_OWN] = "title-own",
};

int
words_class(const char *name, size_t n)
{
	int c;

	for (c = 0; c < WC_N; c++)
		if (words_names[c] != NULL && strlen(words_names[c]) == n &&
		    memcmp(words_names[c], name, n) == 0)
			return c;
	return -1;
}

const char *
words_class_name(enum word_class c)
{
	return words_names[c];
}
